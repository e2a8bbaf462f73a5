import { createHash } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { aminaApplication } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * The local S3 front judges a presigned GET's expiry by the stack's clock, but s3rver behind it
 * judges again by its own wall clock, so this file's clock starts at the real time; the demo
 * vacancies' deadlines count from it.
 */
const START = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = settableClock(START);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let s3: S3Client;
let hr: Awaited<ReturnType<typeof staffClient>>;
let senegal: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const APPLICATION = '5b1f4c1e-0000-4000-8000-00000000d0c1';
const CV_KEY = `applications/${APPLICATION}/cv/0c7e1a52-1111-4111-8111-111111111111`;
const cv = pdfBytes('Moussa Ndiaye, Commissaire divisionnaire');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Posts an offer's fields, then the file, as the grid page does. */
const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'lettre.pdf');
  return (await fetch(url, { method: 'POST', body: form })).status;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: CV_KEY, Body: cv, ContentType: PDF }));
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    aminaApplication({
      id: APPLICATION,
      nationality: 'SN',
      status: 'screening',
      documents: { cv: { key: CV_KEY, contentType: PDF, size: cv.length, sha256: sha256(cv), receivedAt: '2026-11-20T10:05:00.000Z' } },
    }),
  ]);
  close();
  [hr, senegal, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbSenegal), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('downloading a received document', () => {
  it('hands out a 5-minute link that downloads the bytes as an attachment with the stored type', async () => {
    const { status, body } = await hr('GET', `/admin/applications/${APPLICATION}/documents/cv`);

    expect(status).toBe(200);
    expect(body.expiresAt).toBe(new Date(START.getTime() + 5 * 60_000).toISOString());
    const url = new URL(String(body.url));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="1701-cv-${APPLICATION}.pdf"`);
    expect(file.headers.get('content-type')).toBe(PDF);
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(cv));
  });

  it('names no candidate in the link: the file name is vacancy, kind and id', async () => {
    const { body } = await hr('GET', `/admin/applications/${APPLICATION}/documents/cv`);

    expect(decodeURIComponent(String(body.url))).not.toMatch(/Amina|Diallo/i);
  });

  it('gives a link that S3 refuses once its five minutes are over', async () => {
    clock.set(new Date(Date.now() - 5 * 60_000 - 2_000));
    let url = '';
    try {
      url = String((await hr('GET', `/admin/applications/${APPLICATION}/documents/cv`)).body.url);
    } finally {
      clock.set(START);
    }

    const file = await fetch(url);

    expect(file.status).toBe(403);
    expect(await file.text()).toContain('Request has expired');
  });

  it('answers 404 for a document that was not received', async () => {
    const { status, type, body } = await hr('GET', `/admin/applications/${APPLICATION}/documents/confirmationLetter`);

    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.detail).toMatch(/No confirmation letter/);
  });

  it('lets the Senegalese NCB download its national’s CV, and answers 404 to the French one', async () => {
    const own = await senegal('GET', `/admin/applications/${APPLICATION}/documents/cv`);
    const other = await france('GET', `/admin/applications/${APPLICATION}/documents/cv`);

    expect([own.status, other.status]).toEqual([200, 404]);
  });
});

describe('the NCB attaching the confirmation letter, then HR shortlisting a complete application', () => {
  it('refuses to shortlist while the letter and the NCB validation are missing', async () => {
    const { status } = await hr('PATCH', `/admin/applications/${APPLICATION}`, { version: 1, status: 'shortlisted' });

    expect(status).toBe(422);
  });

  it('takes the letter from the NCB through a presigned POST and complete, with the officer as author', async () => {
    const offer = await senegal('POST', `/admin/applications/${APPLICATION}/documents/confirmationLetter`, { contentType: PDF });
    expect(offer.status).toBe(201);
    const letter = pdfBytes('Accord de détachement');
    expect(await upload(offer.body as unknown as UploadOffer, letter)).toBe(204);

    const done = await senegal('POST', `/admin/applications/${APPLICATION}/documents/confirmationLetter/complete`, {
      key: (offer.body as unknown as UploadOffer).fields.key,
    });

    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ kind: 'confirmationLetter', document: { contentType: PDF, sha256: sha256(letter) }, missing: ['ncbValidation'] });
    // The row at its new version, as the NCB officer may see it, for the decision that follows.
    expect(done.body.row).toMatchObject({ id: APPLICATION, version: 2, missing: ['ncbValidation'] });
    expect(done.body.row).not.toHaveProperty('score');
    const history = await hr('GET', `/admin/applications/${APPLICATION}/history`);
    expect((history.body.items as Array<{ by: string; action: string }>).at(-1)).toMatchObject({ by: ncbSenegal.email, action: 'document-received' });
    const link = await hr('GET', `/admin/applications/${APPLICATION}/documents/confirmationLetter`);
    expect(sha256(new Uint8Array(await (await fetch(String(link.body.url))).arrayBuffer()))).toBe(sha256(letter));
  });

  it('takes no other kind of document from an NCB, and nothing for another country', async () => {
    const cvOffer = await senegal('POST', `/admin/applications/${APPLICATION}/documents/cv`, { contentType: PDF });
    const otherCountry = await france('POST', `/admin/applications/${APPLICATION}/documents/confirmationLetter`, { contentType: PDF });

    expect(cvOffer).toMatchObject({ status: 400, body: { errors: [{ path: 'path.kind' }] } });
    expect(otherCountry.status).toBe(404);
  });

  it('shortlists the application once the NCB has validated it', async () => {
    const validated = await senegal('POST', `/admin/applications/${APPLICATION}/ncb`, { version: 2, decision: 'validated', clearance: 'Basic', screenedOn: '2026-11-02' });
    expect(validated).toMatchObject({ status: 200, body: { complete: true, nextStatuses: ['shortlisted', 'rejected', 'withdrawn'] } });

    const { status, body } = await hr('PATCH', `/admin/applications/${APPLICATION}`, { version: 3, status: 'shortlisted' });

    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'shortlisted', version: 4 });
  });
});
