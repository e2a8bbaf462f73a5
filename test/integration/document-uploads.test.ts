import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { docxBytes, pdfBytes, pngBytes } from '../support/documents.js';
import { callPublicApi } from '../support/public-api.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { aminaSubmission } from '../support/candidates.js';
import { ncbSenegal, staffToken } from '../support/staff.js';

const START = '2026-11-22T09:00:00Z';
const clock = settableClock(START);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let s3: S3Client;

const call = (method: string, path: string, options: { body?: unknown; token?: string } = {}) => callPublicApi(stack.url, method, path, options);

const submit = async (email: string) => {
  const answer = await call('POST', '/applications', {
    body: aminaSubmission({ email }),
  });
  expect(answer.status).toBe(201);
  return answer.body as { applicationId: string; statusToken: string; uploads: Record<string, UploadOffer> };
};

/** Posts the offer's fields, then the file, as the form page does. */
const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'my document.pdf');
  const response = await fetch(url, { method: 'POST', body: form });
  const text = await response.text();
  return { status: response.status, code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(text)?.[1] };
};

const objectExists = async (key: string) =>
  s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key })).then(
    () => true,
    (error: { $metadata?: { httpStatusCode?: number } }) => {
      if (error.$metadata?.httpStatusCode === 404) return false;
      throw error;
    },
  );

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let applicationId = '';
let token = '';
let initialOffers: Record<string, UploadOffer> = {};

const documentsPath = (kind: string, id = applicationId) => `/applications/${id}/documents/${kind}`;
const requestOffer = (kind: string, contentType: string, as = token) => call('POST', documentsPath(kind), { body: { contentType }, token: as });
const complete = (kind: string, key: string, as = token) => call('POST', `${documentsPath(kind)}/complete`, { body: { key }, token: as });
const freshOffer = async (kind = 'cv', contentType = PDF) => {
  const answer = await requestOffer(kind, contentType);
  expect(answer.status).toBe(201);
  return answer.body as unknown as UploadOffer;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  ({ applicationId, statusToken: token, uploads: initialOffers } = await submit('amina.diallo@police.example'));
});
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('uploading documents straight to S3 on the local stack', () => {
  let firstCvKey = '';

  it('takes a PDF posted with the submission’s offer, then records it on complete with its sha256', async () => {
    const cv = pdfBytes('Amina Diallo, Commissaire de police');
    const offer = initialOffers.cv as UploadOffer;

    expect(await upload(offer, cv)).toMatchObject({ status: 204 });
    const done = await complete('cv', offer.fields.key ?? '');

    expect(done.status).toBe(200);
    expect(done.body).toEqual({
      kind: 'cv',
      document: { contentType: PDF, size: cv.length, sha256: sha256(cv), receivedAt: new Date(START).toISOString() },
      missing: ['confirmationLetter', 'ncbValidation'],
    });
    const status = await call('GET', `/applications/${applicationId}`, { token });
    expect(status.body).toMatchObject({ documents: { cv: { contentType: PDF, size: cv.length } }, missing: ['confirmationLetter', 'ncbValidation'] });
    // The upload is gone; the checked copy is kept where no offer can write.
    expect(await objectExists(offer.fields.key ?? '')).toBe(false);
    firstCvKey = (offer.fields.key ?? '').replace(/^uploads\//, 'applications/');
    const kept = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: firstCvKey }));
    expect(sha256(await kept.Body?.transformToByteArray() ?? new Uint8Array())).toBe(sha256(cv));
  });

  it('answers the same record when complete is called again for that upload', async () => {
    const again = await complete('cv', initialOffers.cv?.fields.key ?? '');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ kind: 'cv', document: { contentType: PDF } });
  });

  it('hands out a fresh offer for a DOCX, 201, whose upload replaces the CV and deletes the old one', async () => {
    const offer = await freshOffer('cv', DOCX);
    expect(offer).toMatchObject({ maxBytes: MAX_DOCUMENT_BYTES, contentTypes: [DOCX], expiresAt: '2026-11-22T09:15:00.000Z' });
    expect(offer.fields).toMatchObject({ 'Content-Type': DOCX });
    expect(offer.fields.key).toMatch(new RegExp(`^uploads/${applicationId}/cv/[0-9a-f-]{36}$`));

    expect(await upload(offer, docxBytes())).toMatchObject({ status: 204 });
    const done = await complete('cv', offer.fields.key ?? '');

    expect(done).toMatchObject({ status: 200, body: { document: { contentType: DOCX, sha256: sha256(docxBytes()) } } });
    expect(await objectExists(firstCvKey)).toBe(false);
  });

  it('records a confirmation letter as the candidate’s copy, still missing until the NCB confirms it (it comes through the NCB)', async () => {
    const offer = await freshOffer('confirmationLetter');
    expect(await upload(offer, pdfBytes('Letter'))).toMatchObject({ status: 204 });
    expect((await complete('confirmationLetter', offer.fields.key ?? '')).body).toMatchObject({ missing: ['confirmationLetter', 'ncbValidation'] });
  });

  it('refuses 10 MiB + 1 byte at S3: EntityTooLarge, from the local front as on AWS', async () => {
    const offer = await freshOffer();
    const oversized = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    oversized.set(pdfBytes());
    expect(await upload(offer, oversized)).toEqual({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' });
    expect(await objectExists(offer.fields.key ?? '')).toBe(false);
  });

  it('refuses an offer used after its 15 minutes: AccessDenied, policy expired', async () => {
    const offer = await freshOffer();
    clock.set(new Date(Date.parse(START) + 15 * 60_000 + 1_000));
    try {
      expect(await upload(offer, pdfBytes())).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
    } finally {
      clock.set(START);
    }
  });

  it('refuses a key the policy does not name: AccessDenied', async () => {
    const offer = await freshOffer();
    const own = { ...offer, fields: { ...offer.fields, key: `uploads/${applicationId}/cv/my document.pdf` } };
    const answer = await upload(own, pdfBytes());
    expect(answer).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(answer.message).toContain('Policy Condition failed: ["eq", "$key", ');
  });

  it('lets S3 take a PNG declared as a PDF, but complete refuses it with 422, deletes it and keeps the CV', async () => {
    const offer = await freshOffer();
    expect(await upload(offer, pngBytes())).toMatchObject({ status: 204 });

    const refused = await complete('cv', offer.fields.key ?? '');

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ type: '/problems/document-rejected', status: 422, reason: 'content-mismatch' });
    expect(String(refused.body.detail)).toContain('not a PDF');
    expect(await objectExists(offer.fields.key ?? '')).toBe(false);
    expect((await call('GET', `/applications/${applicationId}`, { token })).body).toMatchObject({ documents: { cv: { contentType: DOCX } } });
  });

  it('answers 422 (missing) for complete without an upload', async () => {
    const offer = await freshOffer('coverLetter');
    const refused = await complete('coverLetter', offer.fields.key ?? '');
    expect(refused).toMatchObject({ status: 422, body: { type: '/problems/document-rejected', reason: 'missing' } });
  });

  it('answers 400 for a key that is not one of this application’s offers for that kind', async () => {
    const refused = await complete('coverLetter', initialOffers.cv?.fields.key ?? '');
    expect(refused).toMatchObject({ status: 400, body: { type: '/problems/validation', errors: [{ path: 'body.key' }] } });
  });

  it('answers 404 for another application’s token and 401 without one, on both routes', async () => {
    const other = await submit('someone.else@police.example');
    expect((await requestOffer('cv', PDF, other.statusToken)).status).toBe(404);
    expect((await complete('cv', initialOffers.cv?.fields.key ?? '', other.statusToken)).status).toBe(404);
    expect((await call('POST', documentsPath('cv'), { body: { contentType: PDF } })).status).toBe(401);
    expect((await call('POST', `${documentsPath('cv')}/complete`, { body: { key: 'x' } })).status).toBe(401);
  });

  it.each([
    ['an unknown kind', 'passport', { contentType: PDF }],
    ['a type that is neither PDF nor DOCX', 'cv', { contentType: 'image/png' }],
    ['an unknown field', 'cv', { contentType: PDF, fileName: 'cv.pdf' }],
    ['no body', 'cv', undefined],
  ])('answers 400 for %s', async (_, kind, body) => {
    const answer = await call('POST', documentsPath(kind), { body, token });
    expect(answer).toMatchObject({ status: 400 });
  });

  it('refuses a new offer for a withdrawn application: 409', async () => {
    const other = await submit('withdrawing@police.example');
    expect((await call('POST', `/applications/${other.applicationId}/withdraw`, { token: other.statusToken })).status).toBe(200);
    const own = await call('POST', documentsPath('cv', other.applicationId), { body: { contentType: PDF }, token: other.statusToken });
    expect(own).toMatchObject({ status: 409, body: { type: '/problems/conflict' } });
  });

  it('refuses a new offer once the deadline day has ended in the duty station: 422 vacancy-closed', async () => {
    clock.set(new Date(Date.parse(START) + 30 * 24 * 60 * 60_000));
    try {
      expect(await requestOffer('cv', PDF)).toMatchObject({ status: 422, body: { type: '/problems/vacancy-closed' } });
    } finally {
      clock.set(START);
    }
  });
});

describe('complete once the vacancy no longer takes documents (the deadline judged at complete)', () => {
  const at = (base: number, minutes: number) => new Date(base + minutes * 60_000);

  /** An application made ten minutes before its vacancy stops taking documents, and that moment. */
  const lateCandidate = async (email: string) => {
    const first = await call('GET', `/applications/${applicationId}`, { token });
    const closesAt = Date.parse(String(first.body.closesAt));
    clock.set(at(closesAt, -10));
    return { ...(await submit(email)), closesAt };
  };
  const offerFor = async (applicationId: string, statusToken: string, kind = 'cv') => {
    const answer = await call('POST', documentsPath(kind, applicationId), { body: { contentType: PDF }, token: statusToken });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body as unknown as UploadOffer;
  };

  it('refuses an upload that reached S3 after the deadline with an offer from before it: 422 document-too-late, object deleted', async () => {
    const { applicationId, statusToken, closesAt } = await lateCandidate('late.upload@police.example');
    try {
      clock.set(at(closesAt, -5));
      const offer = await offerFor(applicationId, statusToken);
      clock.set(at(closesAt, 1));
      expect(await upload(offer, pdfBytes('After the deadline'))).toMatchObject({ status: 204 });

      const done = await call('POST', `${documentsPath('cv', applicationId)}/complete`, { body: { key: offer.fields.key }, token: statusToken });

      expect(done).toMatchObject({ status: 422, body: { type: '/problems/document-too-late' } });
      expect(await objectExists(offer.fields.key ?? '')).toBe(false);
      const view = await call('GET', `/applications/${applicationId}`, { token: statusToken });
      expect(view.body.documents).toEqual({});
    } finally {
      clock.set(START);
    }
  });

  it('records an upload that reached S3 before the deadline when complete comes within the offer’s lifetime, and refuses it after', async () => {
    const { applicationId, statusToken, closesAt } = await lateCandidate('just.in.time@police.example');
    try {
      clock.set(at(closesAt, -5));
      const inTime = await offerFor(applicationId, statusToken);
      const tooSlow = await offerFor(applicationId, statusToken, 'coverLetter');
      clock.set(at(closesAt, -4));
      expect(await upload(inTime, pdfBytes('In time'))).toMatchObject({ status: 204 });
      expect(await upload(tooSlow, pdfBytes('In time, completed late'))).toMatchObject({ status: 204 });

      clock.set(at(closesAt, 5));
      const recorded = await call('POST', `${documentsPath('cv', applicationId)}/complete`, { body: { key: inTime.fields.key }, token: statusToken });
      clock.set(at(closesAt, 12));
      const refused = await call('POST', `${documentsPath('coverLetter', applicationId)}/complete`, { body: { key: tooSlow.fields.key }, token: statusToken });

      expect(recorded.status).toBe(200);
      expect(refused).toMatchObject({ status: 422, body: { type: '/problems/document-too-late' } });
    } finally {
      clock.set(START);
    }
  });

  it('holds the NCB to the same rule: a letter that reached S3 after the deadline is not recorded', async () => {
    const { applicationId, closesAt } = await lateCandidate('late.letter@police.example');
    const ncbCall = async (path: string, body: unknown) => {
      const ncb = await staffToken(stack, ncbSenegal);
      return call('POST', `/admin/applications/${applicationId}/documents/confirmationLetter${path}`, { body, token: ncb });
    };
    try {
      clock.set(at(closesAt, -5));
      const offered = await ncbCall('', { contentType: PDF });
      expect(offered.status).toBe(201);
      const offer = offered.body as unknown as UploadOffer;
      clock.set(at(closesAt, 1));
      expect(await upload(offer, pdfBytes('Letter, late'))).toMatchObject({ status: 204 });

      const done = await ncbCall('/complete', { key: offer.fields.key });

      expect(done).toMatchObject({ status: 422, body: { type: '/problems/document-too-late' } });
    } finally {
      clock.set(START);
    }
  });
});
