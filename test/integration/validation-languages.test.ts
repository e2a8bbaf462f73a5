import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';
import { ncbFrance, staffClient } from '../support/staff.js';

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

  it('documents the header on every route that validates its input (GET /openapi.json)', async () => {
    const document = (await (await fetch(`${stack.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>> };

    expect(document.paths['/applications']?.post?.responses['400']?.headers).toHaveProperty('Content-Language.schema.enum', ['ar', 'en', 'fr', 'es']);
    expect(document.paths['/admin/applications/{id}/ncb']?.post?.responses['400']?.headers).toHaveProperty('Content-Language');
  });
});
