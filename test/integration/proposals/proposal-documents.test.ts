import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { pdfBytes } from '../../support/documents.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { proposalBody } from '../../support/proposals.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, ncbSenegal, panelMember, staffClient } from '../../support/staff.js';

/**
 * Issue 15, point 7: HR reads a proposal's CV and confirmation letter before matching it, through
 * `GET /admin/proposals/{id}/documents/{kind}` (a 5-minute signed link, as an application's
 * document); an NCB officer its own country's only. Every answer checked against the OpenAPI document.
 */
// s3rver behind the local S3 front judges a signed GET's expiry by its own wall clock: the stack's clock starts at the real time.
const clock = settableClock(new Date(Math.floor(Date.now() / 1000) * 1000));
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let admin: Client;
let france: Client;
let senegal: Client;
let panel: Client;

const proposalIdOf = (answer: { body: Record<string, unknown> }) => String((answer.body.proposal as { id: string }).id);

/** The NCB sends one document as the browser does: an offer, the POST to S3, complete. */
const sendDocument = async (id: string, kind: 'cv' | 'confirmationLetter', bytes: Uint8Array) => {
  const offer = await france('POST', `/admin/proposals/${id}/documents/${kind}`, { contentType: PDF });
  expect(offer.status).toBe(201);
  const { url, fields } = offer.body as unknown as UploadOffer;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'document.pdf');
  expect((await fetch(url, { method: 'POST', body: form })).status).toBe(204);
  expect((await france('POST', `/admin/proposals/${id}/documents/${kind}/complete`, { key: fields.key })).status).toBe(200);
};

/** What the signed link serves, as a browser following it would get it. */
const bytesBehind = async (answer: { status: number; body: Record<string, unknown> }) => {
  expect(answer.status).toBe(200);
  const file = await fetch(String(answer.body.url));
  expect(file.status).toBe(200);
  return new Uint8Array(await file.arrayBuffer());
};

const cv = pdfBytes('CV of Claire Martin, commissaire');
const letter = pdfBytes('Confirmation letter of the Police nationale');
let open: string;
let incomplete: string;

beforeAll(async () => {
  stack = await startTestStack(clock);
  hr = documented(await staffClient(stack, hrOfficer));
  admin = documented(await staffClient(stack, administrator));
  france = documented(await staffClient(stack, ncbFrance));
  senegal = documented(await staffClient(stack, ncbSenegal));
  panel = await staffClient(stack, panelMember);
  open = proposalIdOf(await france('POST', '/admin/proposals', proposalBody('FR'), { 'Idempotency-Key': crypto.randomUUID() }));
  await sendDocument(open, 'cv', cv);
  await sendDocument(open, 'confirmationLetter', letter);
  incomplete = proposalIdOf(await france('POST', '/admin/proposals', proposalBody('FR'), { 'Idempotency-Key': crypto.randomUUID() }));
  await sendDocument(incomplete, 'cv', pdfBytes('Another CV'));
});
afterAll(async () => {
  await stack?.stop();
});

describe('GET /admin/proposals/{id}/documents/{kind}', () => {
  it('gives HR both documents of an open proposal: the bytes the NCB uploaded come back, as a file to save', async () => {
    const cvLink = await hr('GET', `/admin/proposals/${open}/documents/cv`);
    const letterLink = await hr('GET', `/admin/proposals/${open}/documents/confirmationLetter`);

    expect(await bytesBehind(cvLink)).toEqual(cv);
    expect(await bytesBehind(letterLink)).toEqual(letter);
    expect(cvLink.headers.get('cache-control')).toBe('no-store');
    expect(Date.parse(String(cvLink.body.expiresAt)) - clock.now().getTime()).toBe(5 * 60 * 1000);
    const saved = await fetch(String(cvLink.body.url));
    expect(saved.headers.get('content-disposition')).toContain(`proposal-cv-${open}.pdf`);
    expect(String(cvLink.body.url)).not.toMatch(/claire|martin/i);
  });

  it('gives an administrator any proposal’s document, and an NCB officer its own country’s', async () => {
    expect(await bytesBehind(await admin('GET', `/admin/proposals/${open}/documents/confirmationLetter`))).toEqual(letter);
    expect(await bytesBehind(await france('GET', `/admin/proposals/${open}/documents/cv`))).toEqual(cv);
  });

  it('answers another country’s NCB officer the 404 of an unknown id', async () => {
    const theirs = await senegal('GET', `/admin/proposals/${open}/documents/cv`);
    const unknown = await senegal('GET', `/admin/proposals/${crypto.randomUUID()}/documents/cv`);

    expect(theirs.status).toBe(404);
    expect(theirs.type).toMatch(/^application\/problem\+json/);
    expect(theirs.body).toMatchObject({ type: unknown.body.type, detail: unknown.body.detail });
  });

  it('answers a 404 problem for a document not uploaded yet, saying which', async () => {
    const missing = await hr('GET', `/admin/proposals/${incomplete}/documents/confirmationLetter`);
    const inFrench = await france('GET', `/admin/proposals/${incomplete}/documents/confirmationLetter`, undefined, { 'Accept-Language': 'fr' });

    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^application\/problem\+json/);
    expect(missing.body.detail).toBe('No confirmation letter has been received for this proposal.');
    expect(inFrench.body.detail).toBe('Aucune lettre de confirmation n’a été reçue pour cette proposition.');
    expect(await bytesBehind(await hr('GET', `/admin/proposals/${incomplete}/documents/cv`))).toEqual(pdfBytes('Another CV'));
  });

  it('refuses a selection panel member (a group that reads no proposal) with a 403 problem', async () => {
    const refused = await panel('GET', `/admin/proposals/${open}/documents/cv`);

    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/^application\/problem\+json/);
  });

  it('refuses a kind that is not a proposal’s document with a 400 problem', async () => {
    const refused = await hr('GET', `/admin/proposals/${open}/documents/coverLetter`);

    expect(refused.status).toBe(400);
    expect(refused.type).toMatch(/^application\/problem\+json/);
  });
});
