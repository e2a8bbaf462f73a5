import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { tableDesign } from '#functions/adapters/dynamodb/table-design.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let db: ReturnType<typeof createDocumentClient>;

const amina = aminaSubmission;

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

// Every answer is checked against the OpenAPI document (GET /openapi.json) as it arrives.
const call = documented(async (method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Answer> => {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
});

const submit = (body: unknown, headers: Record<string, string> = {}) => call('POST', '/applications', { body, headers });
const mailbox = async () =>
  ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Array<{ to: string[]; subject: string; text: string }> }).items;

const applicationsOf = async (vacancy: string) =>
  (
    await db.send(
      new QueryCommand({
        TableName: stack.tableName,
        // byStatus holds every application; bySubmission only those whose address is confirmed.
        IndexName: tableDesign.indexes.byStatus.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}` },
      }),
    )
  ).Items ?? [];

beforeAll(async () => {
  stack = await startTestStack(clock);
  db = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
});
afterAll(async () => {
  db?.destroy();
  await stack?.stop();
});

describe('the candidate’s path through the API', () => {
  let applicationId = '';
  let statusToken = '';

  it('accepts an application: 201 with its id, a status token and upload offers, and a receipt by email', async () => {
    const answer = await submit(amina());

    expect(answer.status).toBe(201);
    applicationId = String(answer.body.applicationId);
    statusToken = String(answer.body.statusToken);
    expect(applicationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(statusToken.length).toBeGreaterThanOrEqual(43);
    expect(answer.headers.get('location')).toBe(`/applications/${applicationId}`);
    expect(Object.keys(answer.body.uploads as object).sort()).toEqual(['confirmationLetter', 'coverLetter', 'cv']);

    const receipt = (await mailbox()).find((mail) => mail.to.includes('amina.diallo@police.example'));
    expect(receipt?.subject).toBe('Confirm your application: vacancy 1701, Criminal Intelligence Officer');
    expect(receipt?.text).toMatch(new RegExp(`/status#id=${applicationId}&token=${statusToken}&confirm=[A-Za-z0-9_-]{43}`));
  });

  it('stores only a hash of the status token', async () => {
    const { Item } = await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION' } }));
    expect(JSON.stringify(Item)).not.toContain(statusToken);
    expect(Item?.statusTokenHash).toBe(await sha256Hex(statusToken));
  });

  it('shows the status, what is missing and the deadline to the holder of the token', async () => {
    const answer = await call('GET', `/applications/${applicationId}`, { headers: { authorization: `Bearer ${statusToken}` } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      applicationId,
      status: 'submitted',
      missing: ['cv', 'confirmationLetter', 'ncbValidation'],
      deadline: '2026-12-13',
      closesAt: '2026-12-13T23:00:00.000Z',
      canWithdraw: true,
      canUpload: true,
      vacancy: { number: '1701', title: 'Criminal Intelligence Officer' },
    });
  });

  it('answers 401 without a token and 404 with a wrong one or another application’s', async () => {
    expect((await call('GET', `/applications/${applicationId}`)).status).toBe(401);
    expect((await call('GET', `/applications/${applicationId}`, { headers: { authorization: 'Bearer nope' } })).status).toBe(404);
    const other = await submit(amina({ email: 'other.officer@police.example' }));
    const theirs = await call('GET', `/applications/${applicationId}`, { headers: { authorization: `Bearer ${String(other.body.statusToken)}` } });
    expect(theirs.status).toBe(404);
    expect(theirs.body.type).toBe('/problems/not-found');
  });

  it('answers a second application from the same email like any other (201): only its confirmation is refused (test/integration/email-confirmation.test.ts)', async () => {
    const again = await submit(amina({ email: 'Amina.Diallo@POLICE.example' }));
    expect(again.status).toBe(201);
    const toAnother = await submit(amina({ vacancy: '1703' }));
    expect(toAnother.status).toBe(201);
  });

  it('withdraws, then refuses to withdraw again', async () => {
    const auth = { authorization: `Bearer ${statusToken}` };
    const withdrawn = await call('POST', `/applications/${applicationId}/withdraw`, { headers: auth });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false, canUpload: false });
    const again = await call('POST', `/applications/${applicationId}/withdraw`, { headers: auth });
    expect(again.status).toBe(422);
    expect(again.body.type).toBe('/problems/forbidden-transition');
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer without a second record or email', async () => {
    const headers = { 'idempotency-key': 'retry-7c1b9e2a-4f0d-4a51' };
    const body = amina({ email: 'replay@police.example' });
    const first = await submit(body, headers);
    const second = await submit(body, headers);

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.applicationId).toBe(first.body.applicationId);
    expect(second.body.statusToken).toBe(first.body.statusToken);
    expect((await mailbox()).filter((mail) => mail.to.includes('replay@police.example'))).toHaveLength(1);
  });

  it('gives concurrent requests with one key one application', async () => {
    const headers = { 'idempotency-key': 'concurrent-0b8d1f6e-93aa' };
    const body = amina({ email: 'concurrent@police.example' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(body, headers)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((answer) => answer.body.applicationId)).size).toBe(1);
    const stored = (await applicationsOf('1701')).filter((item) => item.email === 'concurrent@police.example');
    expect(stored).toHaveLength(1);
  });

  it('takes a key afresh once its 24 hours are over, even before TTL has removed the old record', async () => {
    const headers = { 'idempotency-key': 'expiring-2b6c0d4e-7a19-4c' };
    const first = await submit(amina({ email: 'day.one@police.example' }), headers);
    try {
      clock.set('2026-11-23T09:00:01Z');
      const nextDay = await submit(amina({ email: 'day.two@police.example' }), headers);
      expect(nextDay.status).toBe(201);
      expect(nextDay.body.applicationId).not.toBe(first.body.applicationId);
    } finally {
      clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('replays an answer after the deadline without fresh upload offers: nothing more can be uploaded', async () => {
    const singapore = '1702';
    const vacancy = (await call('GET', `/vacancies/${singapore}`)).body;
    const headers = { 'idempotency-key': 'late-replay-5d2e8f1a-0b3c' };
    const body = amina({ vacancy: singapore, email: 'late.replay@police.example' });
    try {
      clock.set(`${String(vacancy.deadline)}T15:00:00Z`);
      const first = await submit(body, headers);
      expect(Object.keys(first.body.uploads as object).sort()).toEqual(['confirmationLetter', 'coverLetter', 'cv']);
      clock.set(`${String(vacancy.deadline)}T16:30:00Z`);
      const replay = await submit(body, headers);
      expect(replay.status).toBe(201);
      expect(replay.body.applicationId).toBe(first.body.applicationId);
      expect(replay.body.uploads).toEqual({});
    } finally {
      clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('refuses the same key with another body (422)', async () => {
    const headers = { 'idempotency-key': 'reused-5e0c7a3b-11f2-4d' };
    await submit(amina({ email: 'reuse.one@police.example' }), headers);
    const other = await submit(amina({ email: 'reuse.two@police.example' }), headers);
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('/problems/idempotency-key-reused');
  });
});

describe('bad input gets a clear problem+json and leaves nothing behind', () => {
  const cases: Array<[string, () => Promise<Answer>, number, string]> = [
    ['malformed JSON', () => call('POST', '/applications', { raw: '{"vacancy": "1701",' }), 400, '/problems/malformed-json'],
    ['a body that is not JSON', () => call('POST', '/applications', { raw: 'vacancy=1701', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, '/problems/unsupported-media-type'],
    ['an unknown field', () => submit(amina({ email: 'bad1@police.example', isAdmin: true })), 400, '/problems/validation'],
    ['wrong types', () => submit(amina({ email: 'bad2@police.example', yearsOfExperience: 'twelve', languages: 'en' })), 400, '/problems/validation'],
    ['a bad email', () => submit(amina({ email: 'not-an-email' })), 400, '/problems/validation'],
    ['an unknown nationality', () => submit(amina({ email: 'bad3@police.example', nationality: 'XX' })), 400, '/problems/validation'],
    ['a non-member nationality', () => submit(amina({ email: 'bad4@police.example', nationality: 'KP' })), 400, '/problems/validation'],
    ['a name with CR/LF', () => submit(amina({ email: 'bad5@police.example', familyName: 'Diallo\r\nBcc: all@example.org' })), 400, '/problems/validation'],
    ['no privacy consent', () => submit(amina({ email: 'bad6@police.example', privacyConsent: false })), 400, '/problems/validation'],
    ['a closed vacancy', () => submit(amina({ email: 'bad7@police.example', vacancy: '1152' })), 422, '/problems/vacancy-closed'],
    ['an unknown vacancy', () => submit(amina({ email: 'bad8@police.example', vacancy: '9999' })), 404, '/problems/not-found'],
    ['a draft vacancy', () => submit(amina({ email: 'bad9@police.example', vacancy: '1705' })), 404, '/problems/not-found'],
    ['an oversized body', () => call('POST', '/applications', { raw: JSON.stringify(amina({ email: 'bad10@police.example', currentTitle: 'x'.repeat(70_000) })) }), 413, '/problems/payload-too-large'],
    ['a guessable Idempotency-Key', () => submit(amina({ email: 'bad11@police.example' }), { 'idempotency-key': '1' }), 400, '/problems/validation'],
    ['an application id that is not one', () => call('GET', '/applications/..%2F..%2Fetc', { headers: { authorization: 'Bearer x' } }), 400, '/problems/validation'],
  ];

  it.each(cases)('%s', async (_name, send, status, type) => {
    const before = (await applicationsOf('1701')).length;
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ type, status });
    expect(typeof answer.body.detail).toBe('string');
    expect((await applicationsOf('1701')).length).toBe(before);
  });

  it('names each invalid field in `errors`', async () => {
    const answer = await submit(amina({ email: 'nope', nationality: 'XX', surprise: 1 }));
    const paths = (answer.body.errors as Array<{ path: string }>).map((error) => error.path).sort();
    expect(paths).toEqual(['body', 'body.email', 'body.nationality']);
  });

  it('refuses applications after the end of the deadline day in the duty station, not before', async () => {
    const singapore = '1702';
    const vacancy = (await call('GET', `/vacancies/${singapore}`)).body;
    try {
      clock.set(`${String(vacancy.deadline)}T15:59:00Z`);
      expect((await submit(amina({ vacancy: singapore, email: 'just.in.time@police.example' }))).status).toBe(201);
      clock.set(`${String(vacancy.deadline)}T16:00:00Z`);
      const late = await submit(amina({ vacancy: singapore, email: 'too.late@police.example' }));
      expect(late.status).toBe(422);
      expect(late.body.type).toBe('/problems/vacancy-closed');
    } finally {
      clock.set('2026-11-22T09:00:00Z');
    }
  });
});
