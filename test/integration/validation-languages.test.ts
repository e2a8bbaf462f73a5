import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, staffClient } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

interface Answer {
  status: number;
  headers: Headers;
  body: { title?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
}

// Every answer is checked against the OpenAPI document (GET /openapi.json) as it arrives.
const submit = documented(async (_method: string, path: string, options: { body: unknown; headers?: Record<string, string> }): Promise<Answer> => {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(options.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
});

/** A submission wrong in three fields: an address, the years (above 60) and the consent. */
const badSubmission = (overrides: Record<string, unknown> = {}) =>
  aminaSubmission({ email: 'not-an-address', yearsOfExperience: 61, privacyConsent: false, ...overrides });

const messages = (answer: Answer) => Object.fromEntries((answer.body.errors ?? []).map((error) => [error.path, error.message]));

beforeAll(async () => {
  stack = await startTestStack(clock);
});
afterAll(async () => {
  await stack?.stop();
});

describe('validation problems in the request’s language (issue 14, point 1)', () => {
  it('answers a bad submission in French when the browser asks for French (Accept-Language), and says so', async () => {
    const answer = await submit('POST', '/applications', { body: badSubmission(), headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' } });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('content-language')).toBe('fr');
    expect(answer.body).toMatchObject({ title: 'La demande n’est pas valable', detail: 'La demande n’est pas valable.' });
    expect(messages(answer)).toEqual({
      'body.email': 'Ce n’est pas une adresse électronique valable.',
      'body.yearsOfExperience': 'Au plus 60.',
      'body.privacyConsent': 'Pour faire acte de candidature, vous devez accepter l’avis de confidentialité.',
    });
  });

  it('answers in Arabic when the form says the page is in Arabic (the body’s language wins over the header)', async () => {
    const answer = await submit('POST', '/applications', { body: badSubmission({ language: 'ar' }), headers: { 'accept-language': 'en' } });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-language')).toBe('ar');
    expect(answer.body.title).toBe('البيانات المرسلة غير صالحة');
    expect(messages(answer)).toEqual({
      'body.email': 'هذا ليس عنوان بريد إلكتروني صالحًا.',
      'body.yearsOfExperience': 'يجب ألا تتجاوز القيمة 60.',
      'body.privacyConsent': 'الموافقة على إشعار الخصوصية شرط لتقديم الطلب.',
    });
  });

  it('answers in English as before when nothing asks for another language', async () => {
    const answer = await submit('POST', '/applications', { body: badSubmission({ nickname: 'Ami' }) });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-language')).toBe('en');
    expect(answer.body).toMatchObject({ title: 'The request is not valid', detail: 'The request is not valid.' });
    expect(messages(answer)).toEqual({
      'body.email': 'Not an email address.',
      'body.yearsOfExperience': 'Too big: expected number to be <=60',
      'body.privacyConsent': 'Consent to the privacy notice is required to apply.',
      body: 'Unknown field(s): nickname.',
    });
  });

  it('answers an NCB officer’s incomplete validation in French', async () => {
    const call = await staffClient(stack, ncbFrance);

    const answer = await call('POST', '/admin/applications/5b1f4c1e-0000-4000-8000-0000000000ff/ncb', { version: 1, decision: 'validated' }, { 'Accept-Language': 'fr' });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-language')).toBe('fr');
    expect((answer.body.errors as Array<{ path: string; message: string }>).map((error) => error.message)).toEqual([
      'Une validation indique le niveau de l’enquête de sécurité effectuée : Basic ou Enhanced, au moins celui qu’exige l’avis de vacance.',
      'Une validation indique la date de l’enquête de sécurité (AAAA-MM-JJ).',
    ]);
  });

  it('says the rules outside zod and the paths’ and queries’ own messages in the request’s language (French, Arabic), never in English', async () => {
    const candidate = async (method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}) => {
      const response = await fetch(`${stack.url}${path}`, { method, headers: { 'content-type': 'application/json', ...options.headers }, body: options.body });
      return { status: response.status, language: response.headers.get('content-language'), body: (await response.json()) as Answer['body'] };
    };
    const ncb = await staffClient(stack, ncbFrance);
    const hr = await staffClient(stack, hrOfficer);
    const said = (answer: { body: { errors?: unknown } }) => Object.fromEntries(((answer.body.errors ?? []) as Array<{ path: string; message: string }>).map((error) => [error.path, error.message]));

    // A lone surrogate in a text (the JSON body's reader): in Arabic.
    const surrogate = await candidate('POST', '/applications', { body: JSON.stringify(aminaSubmission({ givenName: 'Amina\ud800' })), headers: { 'accept-language': 'ar' } });
    // An Idempotency-Key not of the form asked (the handler's header check): in French.
    const idempotency = await candidate('POST', '/applications', { body: JSON.stringify(aminaSubmission()), headers: { 'accept-language': 'fr', 'idempotency-key': 'short' } });
    // A query parameter given twice, and a value outside the schema's choice: in French.
    const repeated = await candidate('GET', '/vacancies?status=open&status=all', { headers: { 'accept-language': 'fr' } });
    const listStatus = await candidate('GET', '/vacancies?status=closed', { headers: { 'accept-language': 'ar' } });
    // Not an application id (the path's schema): in Arabic.
    const id = await candidate('GET', '/applications/not-an-id', { headers: { 'accept-language': 'ar' } });
    // The NCB officer's: a cursor of no listing of theirs, and a document other than the letter.
    const cursor = await ncb('GET', '/admin/applications?cursor=bm90IGEgY3Vyc29y', undefined, { 'Accept-Language': 'fr' });
    const letterOnly = await ncb('POST', '/admin/applications/5b1f4c1e-0000-4000-8000-0000000000ff/documents/cv', { contentType: 'application/pdf' }, { 'Accept-Language': 'ar' });
    // HR's listing with neither vacancy nor country: the same words.
    const scope = await hr('GET', '/admin/applications', undefined, { 'Accept-Language': 'fr' });

    for (const answer of [surrogate, idempotency, repeated, listStatus, id, cursor, letterOnly, scope]) expect(answer.status).toBe(400);
    expect([surrogate.language, idempotency.language, repeated.language, id.language]).toEqual(['ar', 'fr', 'fr', 'ar']);
    expect([cursor.headers.get('content-language'), letterOnly.headers.get('content-language')]).toEqual(['fr', 'ar']);
    expect(said(surrogate)).toEqual({ 'body.givenName': 'النص ليس بترميز يونيكود سليم: نصف زوج بديل منفرد (\\ud800-\\udfff) ليس حرفًا.' });
    expect(said(idempotency)).toEqual({ 'headers.Idempotency-Key': 'Veuillez utiliser de 16 à 128 lettres, chiffres, - ou _, par exemple un UUID aléatoire.' });
    expect(said(repeated)).toEqual({ 'query.status': 'Veuillez ne donner ce paramètre qu’une fois.' });
    expect(said(listStatus)).toEqual({ 'query.status': 'يُرجى استخدام status=open (القيمة الافتراضية) أو status=all.' });
    expect(said(id)).toEqual({ 'path.id': 'هذا ليس معرّف طلب.' });
    expect(said(cursor)).toEqual({ 'query.cursor': 'Ce curseur n’appartient pas à cette liste : recommencez sans curseur.' });
    expect(said(letterOnly)).toEqual({ 'path.kind': 'لا يرفق المكتب المركزي الوطني إلا رسالة التأكيد: يُرجى استخدام confirmationLetter.' });
    expect(said(scope)).toEqual({ 'query.vacancy': 'Veuillez indiquer un avis de vacance (vacancy=1152) ou un pays (country=FR).' });
  });

  it('documents the header on every route that validates its input (GET /openapi.json)', async () => {
    const document = (await (await fetch(`${stack.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>> };

    expect(document.paths['/applications']?.post?.responses['400']?.headers).toHaveProperty('Content-Language.schema.enum', ['ar', 'en', 'fr', 'es']);
    expect(document.paths['/admin/applications/{id}/ncb']?.post?.responses['400']?.headers).toHaveProperty('Content-Language');
  });
});
