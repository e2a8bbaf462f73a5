import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaApplication, aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../support/staff.js';

// The demo data: 1152 is closed; 1702 (Singapore) requires Enhanced screening.
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

interface Answer {
  status: number;
  headers: Headers;
  body: { type?: string; title?: string; detail?: string };
}

// Every answer is checked against the OpenAPI document (GET /openapi.json) as it arrives.
const call = documented(async (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> => {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
});

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TOKEN = 'status-token-of-a-withdrawn-candidate';
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    aminaApplication({ id: idOf(1), vacancy: '1702', nationality: 'FR', email: 'enhanced@police.fr.example', status: 'screening' }),
    aminaApplication({ id: idOf(2), vacancy: '1702', nationality: 'FR', email: 'withdrawn@police.fr.example', status: 'withdrawn', statusTokenHash: await sha256Hex(TOKEN) }),
  ]);
  close();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the API’s problems in the reader’s language (issue 14, point 1)', () => {
  it('tells a French candidate the vacancy is closed in French, the deadline in words, and says French', async () => {
    const answer = await call('POST', '/applications', { body: aminaSubmission({ vacancy: '1152', email: 'late@police.example' }), headers: { 'accept-language': 'fr-CH, fr;q=0.9' } });

    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-language')).toBe('fr');
    expect(answer.body.title).toBe('Le poste n’est plus ouvert aux candidatures');
    expect(answer.body.detail).toMatch(/^Le poste 1152 ne reçoit plus de candidatures depuis la fin de la journée du \d{1,2} \p{L}+ \d{4} \(heure de [\w/]+, UTC[+-]\d{2}:\d{2}\)\.$/u);
    expect(answer.body.detail).not.toMatch(ISO_DATE);
  });

  it('answers in Arabic when the form says the page is Arabic (the body’s language over the header)', async () => {
    const answer = await call('POST', '/applications', { body: aminaSubmission({ vacancy: '9999', email: 'nine@police.example', language: 'ar' }), headers: { 'accept-language': 'fr' } });

    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-language')).toBe('ar');
    expect(answer.body).toMatchObject({ type: '/problems/not-found', title: 'غير موجود', detail: 'لا توجد وظيفة شاغرة برقم 9999.' });
  });

  it('keeps the English answers as they were', async () => {
    const closed = await call('POST', '/applications', { body: aminaSubmission({ vacancy: '1152', email: 'late.en@police.example' }) });
    const unknown = await call('POST', '/applications', { body: aminaSubmission({ vacancy: '9999', email: 'nine.en@police.example' }), headers: { 'accept-language': 'en-GB' } });

    expect(closed.headers.get('content-language')).toBe('en');
    expect(closed.body.title).toBe('The vacancy is closed');
    // In words, English too: no ISO date in prose (issue 14, point 5).
    expect(closed.body.detail).toMatch(/^Vacancy 1152 stopped taking applications at the end of \d{1,2} [A-Z][a-z]+ \d{4} \([\w/]+ time, UTC[+-]\d{2}:\d{2}\)\.$/);
    expect(unknown.body).toMatchObject({ title: 'Not found', detail: 'There is no vacancy 9999.' });
  });

  it('says the candidate’s status link problems in Arabic, French and Spanish', async () => {
    const wrongToken = await call('GET', `/applications/${idOf(2)}`, { headers: { authorization: 'Bearer not-the-token', 'accept-language': 'ar' } });
    const noToken = await call('GET', `/applications/${idOf(2)}`, { headers: { 'accept-language': 'fr' } });
    const withdrawn = await call('POST', `/applications/${idOf(2)}/withdraw`, { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'es' } });

    expect([wrongToken.status, noToken.status, withdrawn.status]).toEqual([404, 401, 422]);
    expect([wrongToken, noToken, withdrawn].map((answer) => answer.headers.get('content-language'))).toEqual(['ar', 'fr', 'es']);
    expect(wrongToken.body.detail).toBe('لا يوجد طلب بهذا المعرّف وهذا الرمز.');
    expect(noToken.body).toMatchObject({ title: 'Connexion requise', detail: 'Veuillez envoyer le jeton de suivi figurant dans votre accusé de réception dans un en-tête `Authorization: Bearer`.' });
    expect(withdrawn.body).toMatchObject({ title: 'Cambio de estado no permitido', detail: 'La candidatura ya está retirada.' });
  });

  it('says an NCB officer’s problems in French and Arabic: screening too low, another country, a decision on a withdrawn application', async () => {
    const france = await staffClient(stack, ncbFrance);

    const low = await france('POST', `/admin/applications/${idOf(1)}/ncb`, { version: 1, decision: 'validated', clearance: 'Basic', screenedOn: '2026-10-01' }, { 'Accept-Language': 'fr' });
    const elsewhere = await france('GET', '/admin/applications?country=DE', undefined, { 'Accept-Language': 'fr' });
    const withdrawn = await france('POST', `/admin/applications/${idOf(2)}/ncb`, { version: 1, decision: 'declined' }, { 'Accept-Language': 'ar' });

    expect([low.status, elsewhere.status, withdrawn.status]).toEqual([422, 403, 409]);
    expect([low, elsewhere, withdrawn].map((answer) => answer.headers.get('content-language'))).toEqual(['fr', 'fr', 'ar']);
    expect(low.body).toMatchObject({
      title: 'L’enquête de sécurité est inférieure au niveau exigé pour le poste',
      detail: 'Le poste 1702 exige une enquête de sécurité de niveau Enhanced, et l’attestation d’une enquête de niveau Basic ne suffit pas : validez la candidature une fois cette enquête menée, ou refusez-la.',
    });
    expect(elsewhere.body.detail).toBe('En tant qu’agent d’un BCN, vous ne voyez que les candidatures que valide le BCN de ce pays : France.');
    expect(withdrawn.body.detail).toBe('الطلب المسحوب لا يقبل قرارًا من المكتب المركزي الوطني.');
  });

  it('says the transport problems in the reader’s language too: a body too large in French, one not JSON in Arabic', async () => {
    const raw = async (body: string, language: string) => {
      const response = await fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body });
      return { status: response.status, language: response.headers.get('content-language'), body: (await response.json()) as Answer['body'] };
    };

    const tooLarge = await raw(JSON.stringify(aminaSubmission({ email: 'big@police.example', currentTitle: 'x'.repeat(70_000) })), 'fr');
    const notJson = await raw('{"vacancy": "1701",', 'ar');

    expect([tooLarge.status, tooLarge.language, notJson.status, notJson.language]).toEqual([413, 'fr', 400, 'ar']);
    expect(tooLarge.body).toMatchObject({ type: '/problems/payload-too-large', title: 'Le corps de la requête est trop volumineux' });
    expect(tooLarge.body.detail).toMatch(/^Le corps de la requête ne doit pas dépasser \d+\u202f\d{3} octets\.$/);
    expect(notJson.body).toMatchObject({ type: '/problems/malformed-json', detail: 'تعذّرت قراءة متن الطلب بصيغة JSON.' });
  });

  it('answers HR’s English-only problems in English whole, and says so, whatever the request asks', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const answer = await hr('GET', '/admin/vacancies/9999', undefined, { 'Accept-Language': 'fr' });

    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-language')).toBe('en');
    expect(answer.body).toMatchObject({ title: 'Not found', detail: 'There is no vacancy 9999.' });
  });

  it('documents Content-Language on the domain’s problems (GET /openapi.json)', async () => {
    const document = (await (await fetch(`${stack.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>> };

    expect(document.paths['/applications']?.post?.responses['422']?.headers).toHaveProperty('Content-Language.schema.enum', ['ar', 'en', 'fr', 'es']);
    expect(document.paths['/admin/applications/{id}/ncb']?.post?.responses['409']?.headers).toHaveProperty('Content-Language');
  });
});
