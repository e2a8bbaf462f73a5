import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import type { Eligibility } from '#shared/eligibility/eligibility.js';
import { aminaApplication, aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffToken, storeOf } from '../support/staff.js';

// Issue 15, point 3: the application carries each language's CEFR level and the highest education.
// The demo data's 1701 asks English at C1 (required), French and Arabic at B2 (assets).
const clock = settableClock('2026-11-22T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let db: ReturnType<typeof createDocumentClient>;
let hrToken = '';

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

// Every answer is checked against the OpenAPI document as it arrives.
const submit = documented(async (method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${stack.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
});
const apply = (body: unknown, headers: Record<string, string> = {}) => submit('POST', '/applications', body, headers);
const errorsOf = (answer: Answer) => Object.fromEntries((answer.body.errors as Array<{ path: string; message: string }>).map((error) => [error.path, error.message]));
const stored = async (id: string) => (await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICATION#${id}`, sk: 'APPLICATION' } }))).Item;

const idOf = (n: number) => `7e1f4c1e-0000-4000-8000-${String(300 + n).padStart(12, '0')}`;
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const applicant = (n: number, overrides: Partial<Application>): Application =>
  aminaApplication({ id: idOf(n), vacancy: '1701', nationality: 'FR', email: `levels.${n}@police.fr.example`, yearsOfExperience: 12, ncbValidation: validation, ...overrides });

type Row = { id: string; languageLevels?: Record<string, string>; education?: string; eligibility?: Eligibility };
// Through the documented client too: each row, its languageLevels and education included, is checked against the OpenAPI document.
const rowOf = async (id: string) =>
  ((await submit('GET', '/admin/applications?vacancy=1701', undefined, { authorization: `Bearer ${hrToken}` })).body.items as Row[]).find((row) => row.id === id);
const languageVerdicts = (row: Row | undefined) =>
  row?.eligibility?.judgements.flatMap((one) => (one.requirement === 'language' ? [`${one.language}=${one.verdict}${one.statedLevel ? `(${one.statedLevel})` : ''}`] : []));

beforeAll(async () => {
  stack = await startTestStack(clock);
  db = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    applicant(1, { languages: ['en', 'fr', 'ar'], languageLevels: { en: 'C2', fr: 'B2', ar: 'A2' }, education: 'master' }),
    applicant(2, { languages: ['en', 'fr'], languageLevels: { en: 'B1', fr: 'C1' }, education: 'post-secondary' }),
    // As the code before issue 15, point 3 wrote it: languages as codes, no levels, no education.
    applicant(3, { languages: ['en', 'fr'] }),
  ]);
  close();
  hrToken = await staffToken(stack, hrOfficer);
});
afterAll(async () => {
  db?.destroy();
  await stack?.stop();
});

describe('language levels and education through the API (issue 15, point 3)', () => {
  it('accepts an application with a CEFR level per language and the highest education (201), and stores both', async () => {
    const answer = await apply({ ...aminaSubmission({ email: 'levels.api@police.example' }), languages: ['en', 'fr'], languageLevels: { en: 'C1', fr: 'B2' }, education: 'bachelor' });

    expect(answer.status).toBe(201);
    expect(await stored(String(answer.body.applicationId))).toMatchObject({ languages: ['en', 'fr'], languageLevels: { en: 'C1', fr: 'B2' }, education: 'bachelor' });
  });

  it('still accepts a client made before levels (201): neither field is required, and nothing of them is stored', async () => {
    const answer = await apply({ ...aminaSubmission({ email: 'levels.old-client@police.example' }), languages: ['en', 'fr'] });

    expect(answer.status).toBe(201);
    const item = await stored(String(answer.body.applicationId));
    expect(item).toMatchObject({ languages: ['en', 'fr'] });
    expect(item).not.toHaveProperty('languageLevels');
    expect(item).not.toHaveProperty('education');
  });

  it('refuses a level off the CEFR scale, a level for a language not chosen and an unknown education (400, problem+json, each field named), in the reader’s language', async () => {
    const body = { ...aminaSubmission({ email: 'levels.bad@police.example' }), languages: ['en'], languageLevels: { en: 'fluent' }, education: 'phd' };
    const english = await apply(body);

    expect(english.status).toBe(400);
    expect(english.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(errorsOf(english)).toEqual({
      'body.languageLevels.en': 'A CEFR level: A1, A2, B1, B2, C1 or C2.',
      'body.education': 'One of secondary, post-secondary, bachelor, master, doctorate.',
    });

    const stray = await apply({ ...body, languageLevels: { en: 'C1', de: 'B2' }, education: 'master' }, { 'accept-language': 'fr' });
    expect(stray.status).toBe(400);
    expect(errorsOf(stray)).toEqual({ 'body.languageLevels.de': 'Un niveau seulement pour une langue choisie dans languages.' });

    const arabic = await apply({ ...body, language: 'ar' });
    expect(errorsOf(arabic)['body.languageLevels.en']).toBe('مستوى من الإطار الأوروبي المرجعي (CEFR): A1 أو A2 أو B1 أو B2 أو C1 أو C2.');
  });

  it('judges each stated level against the notice on the staff row: met at or above it, unmet below it', async () => {
    const above = await rowOf(idOf(1));
    const below = await rowOf(idOf(2));

    expect(languageVerdicts(above)).toEqual(['en=met(C2)', 'fr=met(B2)', 'ar=unmet(A2)']);
    expect(above?.eligibility?.verdict).toBe('met');
    expect(above).toMatchObject({ languageLevels: { en: 'C2', fr: 'B2', ar: 'A2' }, education: 'master' });
    expect(languageVerdicts(below)).toEqual(['en=unmet(B1)', 'fr=met(C1)', 'ar=unmet']);
    expect(below?.eligibility?.verdict).toBe('unmet');
    expect(below?.education).toBe('post-secondary');
  });

  it('reads an application stored before levels and education: its row has neither, and its levels are unknown, not refused', async () => {
    const old = await rowOf(idOf(3));

    expect(old).toBeDefined();
    expect(old).not.toHaveProperty('languageLevels');
    expect(old).not.toHaveProperty('education');
    expect(languageVerdicts(old)).toEqual(['en=unknown', 'fr=unknown', 'ar=unmet']);
    expect(old?.eligibility?.verdict).toBe('unknown');
  });
});
