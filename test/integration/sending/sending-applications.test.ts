import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaSubmission, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { eulexCall, sendingSetting, servingOfficerSubmission } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: DynamoDBClient;
let hr: Awaited<ReturnType<typeof staffClient>>;

interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: Record<string, unknown>;
}

// Every answer is checked against the OpenAPI document as it arrives; the sending body differs only in what it asks.
const submit = documented(async (_method: string, _path: string, options: { body: unknown }): Promise<Answer> => {
  const response = await fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
});
const apply = (body: unknown) => submit('POST', '/applications', { body });

/** A call as HR publishes it: the vacancy without its server-kept fields. */
const publish = (call: Vacancy) => hr('POST', '/admin/vacancies', { ...call, status: 'open' });

const problemPaths = (answer: Answer) => ((answer.body.errors ?? []) as Array<{ path: string }>).map((error) => error.path.replace(/^body\./, ''));

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  hr = await staffClient(stack, hrOfficer);
}, 120_000);
afterAll(async () => {
  client?.destroy();
  await stack?.stop();
});

describe("a sending unit's calls", () => {
  it('publishes a call for a EULEX Kosovo post with its mission, and lists it with both deadlines', async () => {
    const created = await publish(eulexCall());
    expect(created.status).toBe(201);

    const listed = await fetch(`${stack.url}/vacancies/EULEX-26-07`);
    const call = (await listed.json()) as Vacancy;
    expect(call.deadline).toBe('2026-12-13');
    expect(call.mission).toMatchObject({ mission: 'EULEX Kosovo', organisation: 'EU', missionDeadline: '2026-12-28' });
  });

  it("refuses a post without its mission on a sending stage, naming the field, and writes nothing", async () => {
    const answer = await publish(openVacancy({ number: 'NO-MISSION' }));
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(problemPaths(answer)).toEqual(['mission']);
    expect((await fetch(`${stack.url}/vacancies/NO-MISSION`)).status).toBe(404);
  });
});

describe("a sending unit's applicants", () => {
  it("takes a serving officer's application and stores their force and line manager with it", async () => {
    const answer = await apply(servingOfficerSubmission());
    expect(answer.status).toBe(201);

    const store = dynamoApplicationStore(createDocumentClient(client), stack.tableName);
    const stored = await store.get(String(answer.body.applicationId));
    expect(stored?.category).toBe('serving-police');
    expect(stored?.applicantStatus).toEqual({ force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' });
    expect(stored?.homeAdministrationCountry).toBeUndefined();
  });

  it.each([
    ['a retired officer', { category: 'retired-police', email: 'r.ward@retired.example', applicantStatus: { retiredOn: '2023-09-30', formerForce: 'police-scotland' } }],
    ['a civilian expert on the roster', { category: 'civilian-expert', email: 'l.haddad@experts.example', applicantStatus: { expertise: 'human-rights', onExpertRoster: true } }],
  ])('takes %s', async (_who, overrides) => {
    expect((await apply(servingOfficerSubmission(overrides))).status).toBe(201);
  });

  it('answers 400 naming each field a serving officer left out, in problem+json, and in French when asked', async () => {
    const answer = await apply(servingOfficerSubmission({ applicantStatus: { force: 'met' }, language: 'fr' }));
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(problemPaths(answer)).toEqual(['applicantStatus.lineManager', 'applicantStatus.lineManagerEmail']);
    expect(answer.headers.get('content-language')).toBe('fr');
    expect((answer.body.errors as Array<{ message: string }>)[0]?.message).toMatch(/supérieur hiérarchique/);
  });

  it('refuses a retirement in the future, a force that is not the unit’s, and a receiving organisation’s body', async () => {
    expect(problemPaths(await apply(servingOfficerSubmission({ category: 'retired-police', applicantStatus: { retiredOn: '2027-06-30' } })))).toEqual(['applicantStatus.retiredOn']);
    expect(problemPaths(await apply(servingOfficerSubmission({ applicantStatus: { force: 'atlantis', lineManager: 'A', lineManagerEmail: 'a@b.example' } })))).toEqual(['applicantStatus.force']);
    const receivingBody = await apply(aminaSubmission({ vacancy: 'EULEX-26-07' }));
    expect(receivingBody.status).toBe(400);
    expect(problemPaths(receivingBody)).toEqual(expect.arrayContaining(['category', 'applicantStatus']));
  });

  it('serves the OpenAPI document of a sending stage, whose body asks the applicant’s status', async () => {
    const document = (await (await fetch(`${stack.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>> };
    expect(Object.keys(document.paths['/applications']?.post?.requestBody.content['application/json']?.schema.properties ?? {})).toContain('applicantStatus');
  });
});

describe("a sending unit's pages", () => {
  it.each(['/', '/status'])('send a question on %s to the unit, never to an NCB, in each language', async (path) => {
    for (const [language, unit] of [
      ['en', 'international secondments team'],
      ['fr', 'équipe des détachements internationaux'],
    ] as const) {
      const page = await (await fetch(`${stack.url}${path}?lang=${language}`)).text();
      const visible = page.replace(/<script[\s\S]*?<\/script>/g, '');
      expect(visible).toContain(unit);
      expect(visible).not.toMatch(/\bNCBs?\b|\bBCN\b|National Central Bureau|Bureau central national/);
    }
  });
});
