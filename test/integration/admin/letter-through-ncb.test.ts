import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { aminaApplication, aminaSubmission } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * Issue 12, points 4 and 5: the confirmation letter counts once it came through the NCB (its own
 * upload, or its confirmation of the candidate's copy), and the NCB is the home administration's
 * country's, the nationality when the candidate named none. Old items (no supplier, no home
 * country) are written the old way, straight to the table, and read with the new code.
 */
const START = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = settableClock(START);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let admin: Awaited<ReturnType<typeof staffClient>>;
let senegal: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const OLD = '5b1f4c1e-0000-4000-8000-0000000001d0';
const COPY = '5b1f4c1e-0000-4000-8000-0000000001d1';
const letter = { key: `applications/${COPY}/confirmationLetter/0c7e1a52-1111-4111-8111-111111111111`, contentType: PDF, size: 900, sha256: 'b'.repeat(64), receivedAt: '2026-11-20T10:05:00.000Z' } as const;

const call = async (method: string, path: string, options: { body?: unknown; token?: string } = {}) => {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
};

const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'letter.pdf');
  return (await fetch(url, { method: 'POST', body: form })).status;
};

const confirmPath = (id: string) => `/admin/applications/${id}/documents/confirmationLetter/confirm`;
const ids = (body: Record<string, unknown>) => (body.items as Array<{ id: string }>).map((row) => row.id);

beforeAll(async () => {
  stack = await startTestStack(clock);
  // An item as the previous version wrote it: no homeAdministrationCountry, a letter without a supplier, keyed by nationality.
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const old = aminaApplication({ id: OLD, nationality: 'SN', email: 'old@police.sn.example', status: 'screening' });
  const oldLetter = { key: `applications/${OLD}/confirmationLetter/0c7e1a52-2222-4222-8222-222222222222`, contentType: PDF, size: 900, sha256: 'c'.repeat(64), receivedAt: '2026-11-20T10:05:00.000Z' };
  const order = `${old.submittedAt}#${OLD}`;
  await createDocumentClient(client).send(
    new PutCommand({
      TableName: stack.tableName,
      Item: {
        pk: `APPLICATION#${OLD}`,
        sk: 'APPLICATION',
        gsi1pk: `VACANCY#${old.vacancy}`,
        gsi1sk: `screening#${order}`,
        gsi2pk: 'COUNTRY#SN',
        gsi2sk: `${old.vacancy}#screening#${order}`,
        gsi3pk: `VACANCY#${old.vacancy}`,
        gsi3sk: order,
        gsi4pk: `INCOMPLETE#${old.vacancy}`,
        gsi4sk: order,
        entity: 'application',
        ...old,
        documents: { confirmationLetter: oldLetter },
      },
    }),
  );
  client.destroy();
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    // A Senegalese national seconded from a French administration: France's NCB validates.
    aminaApplication({ id: COPY, nationality: 'SN', homeAdministrationCountry: 'FR', email: 'copy@police.fr.example', documents: { confirmationLetter: { ...letter, suppliedBy: 'candidate' } } }),
  ]);
  close();
  [hr, admin, senegal, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, administrator), staffClient(stack, ncbSenegal), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('an item stored before suppliers and home countries were recorded', () => {
  it('keeps its letter as received and its nationality’s NCB, and is listed under that country', async () => {
    const own = await senegal('GET', '/admin/applications?country=SN');
    const other = await france('GET', `/admin/applications/${OLD}/history`);

    expect(own.status).toBe(200);
    const row = (own.body.items as Array<Record<string, unknown>>).find((item) => item.id === OLD);
    expect(row).toMatchObject({ ncbCountry: 'SN', letterAwaitsNcb: false, missing: ['cv', 'ncbValidation'] });
    expect((row?.documents as Record<string, Record<string, unknown>>).confirmationLetter?.suppliedBy).toBeUndefined();
    expect(other.status).toBe(404);
  });

  it('needs no confirmation: confirming it writes nothing', async () => {
    const answer = await senegal('POST', confirmPath(OLD), { version: 1 });

    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(1);
  });
});

describe('the NCB of the home administration’s country', () => {
  it('lists the application for France’s NCB, not Senegal’s, though the candidate is Senegalese', async () => {
    const byFrance = await france('GET', '/admin/applications');
    const bySenegal = await senegal('GET', '/admin/applications');
    const bySenegalDirect = await senegal('GET', `/admin/applications/${COPY}/history`);

    expect(ids(byFrance.body)).toContain(COPY);
    expect(ids(bySenegal.body)).not.toContain(COPY);
    expect(bySenegalDirect.status).toBe(404);
    expect((byFrance.body.items as Array<Record<string, unknown>>).find((row) => row.id === COPY)).toMatchObject({ nationality: 'SN', ncbCountry: 'FR' });
  });

  it('refuses Senegal’s NCB the confirmation with the 404 of an unknown id', async () => {
    const answer = await senegal('POST', confirmPath(COPY), { version: 1 });

    expect(answer.status).toBe(404);
  });
});

describe('the candidate’s copy of the letter', () => {
  it('is still missing until the NCB confirms it, and the row says it waits for the NCB', async () => {
    const { body } = await hr('GET', '/admin/applications?country=FR');
    const row = (body.items as Array<Record<string, unknown>>).find((item) => item.id === COPY);

    expect(row).toMatchObject({ letterAwaitsNcb: true, complete: false });
    expect(row?.missing).toContain('confirmationLetter');
    expect((row?.documents as Record<string, Record<string, unknown>>).confirmationLetter).toMatchObject({ suppliedBy: 'candidate' });
  });

  it('is not HR’s to confirm: 403', async () => {
    const answer = await hr('POST', confirmPath(COPY), { version: 1 });

    expect(answer.status).toBe(403);
  });

  it('refuses a confirmation at a version not read: 409 with the row as stored', async () => {
    const answer = await france('POST', confirmPath(COPY), { version: 9 });

    expect(answer.status).toBe(409);
    expect(JSON.stringify(answer.body)).toContain(COPY);
  });

  it('counts once France’s NCB confirms it, with the officer in the history', async () => {
    const answer = await france('POST', confirmPath(COPY), { version: 1 });
    const history = await hr('GET', `/admin/applications/${COPY}/history`);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: 2, letterAwaitsNcb: false });
    expect(answer.body.missing).not.toContain('confirmationLetter');
    const documents = answer.body.documents as Record<string, Record<string, unknown>>;
    expect(documents.confirmationLetter).toMatchObject({ suppliedBy: 'candidate', confirmedByNcb: { by: ncbFrance.email } });
    const entries = (history.body.items ?? history.body) as Array<Record<string, unknown>>;
    expect(entries.find((entry) => entry.action === 'letter-confirmed')).toMatchObject({ by: ncbFrance.email });
  });

  it('answers the same row to a repeated confirmation, and writes nothing', async () => {
    const answer = await france('POST', confirmPath(COPY), { version: 1 });

    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(2);
  });
});

describe('the candidate’s own path', () => {
  let applicationId = '';
  let statusToken = '';

  it('takes the home administration’s country in the submission and routes the application to that NCB', async () => {
    const submitted = await call('POST', '/applications', { body: aminaSubmission({ email: 'home.country@police.example', nationality: 'SN', homeAdministrationCountry: 'FR' }) });
    expect(submitted.status).toBe(201);
    ({ applicationId, statusToken } = submitted.body as { applicationId: string; statusToken: string });

    const byFrance = await france('GET', '/admin/applications');
    expect(ids(byFrance.body)).toContain(applicationId);
  });

  it('refuses a home administration outside the member countries: 400', async () => {
    const answer = await call('POST', '/applications', { body: aminaSubmission({ email: 'nowhere@police.example', homeAdministrationCountry: 'KP' }) });

    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('homeAdministrationCountry');
  });

  it('records the candidate as supplier, and the status page says the copy waits for the NCB', async () => {
    const offer = await call('POST', `/applications/${applicationId}/documents/confirmationLetter`, { body: { contentType: PDF }, token: statusToken });
    expect(offer.status).toBe(201);
    const fields = (offer.body as unknown as UploadOffer).fields;
    expect(await upload(offer.body as unknown as UploadOffer, pdfBytes('Lettre de confirmation'))).toBeLessThan(300);
    const completed = await call('POST', `/applications/${applicationId}/documents/confirmationLetter/complete`, { body: { key: fields.key }, token: statusToken });
    expect(completed.status).toBe(200);

    const status = await call('GET', `/applications/${applicationId}`, { token: statusToken });

    expect(status.body).toMatchObject({ letterAwaitsNcb: true });
    expect(status.body.missing).toContain('confirmationLetter');
  });

  it('refuses a candidate’s copy in place of a letter the NCB already confirmed: 409', async () => {
    const row = (await france('GET', '/admin/applications')).body.items as Array<{ id: string; version: number }>;
    const version = row.find((item) => item.id === applicationId)?.version ?? 0;
    expect((await france('POST', confirmPath(applicationId), { version })).status).toBe(200);
    const offer = await call('POST', `/applications/${applicationId}/documents/confirmationLetter`, { body: { contentType: PDF }, token: statusToken });
    await upload(offer.body as unknown as UploadOffer, pdfBytes('Another copy'));

    const completed = await call('POST', `/applications/${applicationId}/documents/confirmationLetter/complete`, { body: { key: (offer.body as unknown as UploadOffer).fields.key }, token: statusToken });
    const status = await call('GET', `/applications/${applicationId}`, { token: statusToken });

    expect(completed.status).toBe(409);
    expect(status.body).toMatchObject({ letterAwaitsNcb: false });
    expect(status.body.missing).not.toContain('confirmationLetter');
  });

  it('records an administrator’s upload through the NCB route as HR’s, which counts at once', async () => {
    const submitted = await call('POST', '/applications', { body: aminaSubmission({ email: 'by.admin@police.example' }) });
    const id = String(submitted.body.applicationId);
    const offer = await admin('POST', `/admin/applications/${id}/documents/confirmationLetter`, { contentType: PDF });
    await upload(offer.body as unknown as UploadOffer, pdfBytes('Letter by post'));

    const completed = await admin('POST', `/admin/applications/${id}/documents/confirmationLetter/complete`, { key: (offer.body as unknown as UploadOffer).fields.key });

    expect(completed.status).toBe(200);
    expect(completed.body.missing).not.toContain('confirmationLetter');
    expect((completed.body.row as { documents: Record<string, Record<string, unknown>> }).documents.confirmationLetter).toMatchObject({ suppliedBy: 'hr' });
  });
});
