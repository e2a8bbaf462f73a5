import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoExpertRoster } from '#functions/adapters/dynamodb/expert-roster.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { mailboxOf } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { applyToCall, eulexCall, sendingSetting } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, metApprover, staffClient } from '../../support/staff.js';

/**
 * A sending unit's roster of deployable civilian experts (issue 18, point 7), on the local stack:
 * HR keeps it (one record per email, edits at the version read, removal on request, each change
 * audited), lists the experts a call could use with the reasons, and invites them to apply once
 * per call, each in their language with the link to the call's form. Every answer but the 204's
 * (the document has no body-less answer yet) is checked against the OpenAPI document.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
const CALL = 'EUMM-26-03';
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let approver: Client;
let dynamo: DynamoDBClient;

interface Expert {
  id: string;
  version: number;
  email: string;
  invitations: Array<{ vacancy: string; at: string; by: string }>;
}
interface Match {
  expert: { id: string; name: string };
  verdict: string;
  reasons: Array<Record<string, unknown>>;
  invitedAt?: string;
  applied: boolean;
}

const body = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Nino',
  familyName: 'Beridze',
  email: 'nino.beridze@experts.example',
  language: 'en',
  fields: ['border-monitoring', 'human-rights'],
  languages: [
    { language: 'en', level: 'C1' },
    { language: 'ka', level: 'C2' },
  ],
  yearsOfExperience: 9,
  availableFrom: '2027-01-01',
  vettingExpiresOn: '2028-06-30',
  ...overrides,
});

const experts: Record<string, Expert> = {};
const add = async (name: string, overrides: Record<string, unknown>) => {
  const made = await hr('POST', '/admin/experts', body(overrides));
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  experts[name] = made.body as unknown as Expert;
  return experts[name] as Expert;
};
const idOf = (name: string) => experts[name]?.id ?? '';
const matches = async (): Promise<Match[]> => {
  const answer = await hr('GET', `/admin/experts/matches/${CALL}`);
  expect(answer.status).toBe(200);
  return answer.body.matches as Match[];
};

const signIn = async () => {
  hr = documented(await staffClient(stack, hrOfficer));
  approver = documented(await staffClient(stack, metApprover));
};

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await signIn();
  const call = eulexCall(
    {
      number: CALL,
      title: 'Monitor',
      location: 'Tbilisi',
      timeZone: 'Asia/Tbilisi',
      notice: {
        experience: { minimumYears: 5, items: [{ text: 'Five years in border management or monitoring.', need: 'required' }] },
        languages: [
          { language: 'en', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
          { language: 'fr', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
        ],
      },
    },
    { roleCategory: 'border-monitoring', mission: 'EUMM Georgia', missionDeadline: '2027-01-20', rankSought: 'Monitor' },
  );
  const created = await hr('POST', '/admin/vacancies', { ...call, status: 'open' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}, 180_000);
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

describe("a sending unit's roster of civilian experts", () => {
  it('adds an expert, and refuses a second record with the same email whatever its case', async () => {
    const nino = await add('nino', {});
    expect(nino).toMatchObject({ email: 'nino.beridze@experts.example', version: 1, invitations: [], createdAt: '2026-11-22T09:00:00.000Z' });
    const again = await hr('POST', '/admin/experts', body({ givenName: 'N.', email: 'Nino.Beridze@Experts.example' }));
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already on the roster/);
  });

  it('refuses a bad body naming the field, and a force approver altogether', async () => {
    const noField = await hr('POST', '/admin/experts', body({ fields: [] }));
    expect(noField.status).toBe(400);
    expect(JSON.stringify(noField.body.errors)).toMatch(/fields/);
    const police = await hr('POST', '/admin/experts', body({ email: 'x@experts.example', fields: ['training'] }));
    expect(police.status).toBe(400);
    expect(JSON.stringify(police.body.errors)).toMatch(/fields/);
    const backwards = await hr('POST', '/admin/experts', body({ email: 'y@experts.example', availableFrom: '2027-06-01', availableUntil: '2027-05-01' }));
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body.errors)).toMatch(/availableUntil/);
    expect((await approver('GET', '/admin/experts')).status).toBe(403);
    expect((await approver('POST', `/admin/experts/invitations/${CALL}`, { experts: [idOf('nino')] })).status).toBe(403);
  });

  it('edits at the version read; a stale version is a 409 with the record as it stands', async () => {
    const edited = await hr('PUT', `/admin/experts/${idOf('nino')}`, { ...body({ yearsOfExperience: 10 }), version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ yearsOfExperience: 10, version: 2 });
    const stale = await hr('PUT', `/admin/experts/${idOf('nino')}`, { ...body({ yearsOfExperience: 11 }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: idOf('nino'), yearsOfExperience: 10, version: 2 });
    expect((await hr('PUT', '/admin/experts/4f7b1c2e-8d3a-4e5f-9a6b-1c2d3e4f5a6b', { ...body(), version: 1 })).status).toBe(404);
    const notAnId = await hr('PUT', '/admin/experts/nope', { ...body(), version: 2 });
    expect(notAnId.status).toBe(400);
  });

  it('removes an expert who asked to leave, twice the same 204, and keeps who did it', async () => {
    const leaving = await add('leaving', { givenName: 'Dato', familyName: 'Kvirikashvili', email: 'dato@experts.example' });
    expect((await hr('DELETE', `/admin/experts/${leaving.id}`)).status).toBe(204);
    expect((await hr('DELETE', `/admin/experts/${leaving.id}`)).status).toBe(204);
    const roster = (await hr('GET', '/admin/experts')).body.items as Expert[];
    expect(roster.map((expert) => expert.id)).not.toContain(leaving.id);
    // Its email may come back as a new record.
    expect((await hr('POST', '/admin/experts', body({ givenName: 'Dato', email: 'dato@experts.example', fields: ['rule-of-law'] }))).status).toBe(201);
    const trail = await dynamoExpertRoster(createDocumentClient(dynamo), stack.tableName).history(leaving.id);
    expect(trail.map(({ action, by }) => [action, by])).toEqual([
      ['added', hrOfficer.email],
      ['removed', hrOfficer.email],
    ]);
    const ninoTrail = await dynamoExpertRoster(createDocumentClient(dynamo), stack.tableName).history(idOf('nino'));
    expect(ninoTrail.map(({ action, fields }) => [action, fields])).toEqual([
      ['added', undefined],
      ['edited', ['yearsOfExperience']],
    ]);
  });

  it('lists the roster by family name, then given name', async () => {
    await add('amira', { givenName: 'Amira', familyName: 'Saleh', email: 'amira.saleh@experts.example', language: 'ar', fields: ['border-monitoring'], languages: [{ language: 'ar', level: 'C2' }, { language: 'fr', level: 'C1' }], yearsOfExperience: 6, availableFrom: '2027-04-20', vettingExpiresOn: undefined });
    await add('pablo', { givenName: 'Pablo', familyName: 'Abad', email: 'pablo.abad@experts.example', language: 'es', fields: ['border-monitoring'], languages: [{ language: 'es', level: 'C2' }, { language: 'en', level: 'B1' }], yearsOfExperience: 3 });
    const names = ((await hr('GET', '/admin/experts')).body.items as Array<{ givenName: string; familyName?: string }>).map((expert) => `${expert.familyName}, ${expert.givenName}`);
    expect(names).toEqual(['Abad, Pablo', 'Beridze, Dato', 'Beridze, Nino', 'Saleh, Amira']);
  });

  it("moves an expert's email guard with the email, and refuses another expert's", async () => {
    const pablo = experts.pablo as Expert;
    const pabloBody = body({ givenName: 'Pablo', familyName: 'Abad', language: 'es', fields: ['border-monitoring'], languages: [{ language: 'es', level: 'C2' }, { language: 'en', level: 'B1' }], yearsOfExperience: 3 });
    const taken = await hr('PUT', `/admin/experts/${pablo.id}`, { ...pabloBody, email: 'amira.saleh@experts.example', version: pablo.version });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toMatch(/already on the roster/);
    const moved = await hr('PUT', `/admin/experts/${pablo.id}`, { ...pabloBody, email: 'p.abad@experts.example', version: pablo.version });
    expect(moved.status).toBe(200);
    // The new address is held; the old one is free again: he takes it back.
    expect((await hr('POST', '/admin/experts', body({ email: 'p.abad@experts.example' }))).status).toBe(409);
    const back = await hr('PUT', `/admin/experts/${pablo.id}`, { ...pabloBody, email: 'pablo.abad@experts.example', version: pablo.version + 1 });
    expect(back.status).toBe(200);
    expect(back.body.version).toBe(pablo.version + 2);
  });

  it("lists a call's matching experts with the reasons, met first, and none of another field", async () => {
    const answer = await hr('GET', `/admin/experts/matches/${CALL}`);
    expect(answer.status).toBe(200);
    expect(answer.body.period).toEqual({ from: '2027-01-20', until: '2028-01-19' });
    expect(answer.body.call).toMatchObject({ number: CALL, status: 'open', mission: { mission: 'EUMM Georgia', roleCategory: 'border-monitoring' } });
    const listed = answer.body.matches as Match[];
    expect(listed.map((match) => [match.expert.name, match.verdict])).toEqual([
      ['Nino Beridze', 'met'],
      ['Amira Saleh', 'unknown'],
      ['Pablo Abad', 'unmet'],
    ]);
    const amira = listed[1] as Match;
    expect(amira.reasons).toEqual([
      { kind: 'field', verdict: 'met', field: 'border-monitoring' },
      { kind: 'experience', verdict: 'met', minimumYears: 5, years: 6 },
      { kind: 'language', verdict: 'unmet', language: 'en', need: 'required', level: 'B2', oneOf: ['en', 'fr'] },
      { kind: 'language', verdict: 'met', language: 'fr', need: 'required', level: 'B2', statedLevel: 'C1', oneOf: ['en', 'fr'] },
      { kind: 'availability', verdict: 'met', from: '2027-04-20', needFrom: '2027-04-20', needUntil: '2028-01-19' },
      { kind: 'vetting', verdict: 'unknown', needUntil: '2028-01-19' },
    ]);
    // Too few years, and neither English at B2 nor French.
    expect((listed[2] as Match).reasons.filter((reason) => reason.verdict === 'unmet').map((reason) => [reason.kind, reason.language])).toEqual([
      ['experience', undefined],
      ['language', 'en'],
      ['language', 'fr'],
    ]);
    expect(listed.every((match) => !match.applied && match.invitedAt === undefined)).toBe(true);
    expect((await hr('GET', '/admin/experts/matches/NO-SUCH-CALL')).status).toBe(404);
  });

  it('invites experts once per call, each in their language with the link to the form, and records it', async () => {
    const first = await hr('POST', `/admin/experts/invitations/${CALL}`, { experts: [idOf('nino'), idOf('amira')] });
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([
      { id: idOf('nino'), outcome: 'sent' },
      { id: idOf('amira'), outcome: 'sent' },
    ]);
    const unknown = '4f7b1c2e-8d3a-4e5f-9a6b-1c2d3e4f5a6b';
    // Dato's field is the rule of law, not this call's border monitoring: the email would claim a match he does not have.
    const dato = ((await hr('GET', '/admin/experts')).body.items as Expert[]).find((expert) => expert.email === 'dato@experts.example')?.id ?? '';
    const again = await hr('POST', `/admin/experts/invitations/${CALL}`, { experts: [idOf('nino'), unknown, dato] });
    expect(again.body.results).toEqual([
      { id: idOf('nino'), outcome: 'already-sent' },
      { id: unknown, outcome: 'not-found' },
      { id: dato, outcome: 'not-matching' },
    ]);
    expect((await mailboxOf(stack.url)).some((item) => item.to.includes('dato@experts.example'))).toBe(false);
    const mail = await mailboxOf(stack.url);
    // The call's form in each expert's own language.
    const link = `${stack.url}/?lang=en&vacancy=${CALL}`;
    const toNino = mail.filter((item) => item.to.includes('nino.beridze@experts.example'));
    const toAmira = mail.filter((item) => item.to.includes('amira.saleh@experts.example'));
    expect(toNino).toHaveLength(1);
    expect(toAmira).toHaveLength(1);
    expect(toNino[0]?.subject).toMatch(/^Invitation to apply/);
    expect(toNino[0]?.text).toContain(link);
    expect(toAmira[0]?.subject).toMatch(/^ندعوكم/);
    expect(toAmira[0]?.text).toContain(`${stack.url}/?lang=ar&vacancy=${CALL}`);
    const nino = ((await hr('GET', '/admin/experts')).body.items as Expert[]).find((expert) => expert.id === idOf('nino'));
    expect(nino?.invitations).toEqual([{ vacancy: CALL, at: '2026-11-22T09:00:00.000Z', by: hrOfficer.email }]);
    const invited = await matches();
    expect(invited.filter((match) => match.invitedAt).map((match) => match.expert.name)).toEqual(['Nino Beridze', 'Amira Saleh']);
  });

  it('refuses a bad invitation naming the field', async () => {
    const empty = await hr('POST', `/admin/experts/invitations/${CALL}`, { experts: [] });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.errors)).toMatch(/experts/);
    const notIds = await hr('POST', `/admin/experts/invitations/${CALL}`, { experts: ['nope'] });
    expect(notIds.status).toBe(400);
    expect(JSON.stringify(notIds.body.errors)).toMatch(/experts/);
  });

  it('shows an expert who applied to the call as applied', async () => {
    await applyToCall(stack.url, {
      vacancy: CALL,
      email: 'pablo.abad@experts.example',
      givenName: 'Pablo',
      familyName: 'Abad',
      category: 'civilian-expert',
      applicantStatus: { expertise: 'border-monitoring', onExpertRoster: true },
    });
    const listed = await matches();
    expect(listed.find((match) => match.expert.id === idOf('pablo'))?.applied).toBe(true);
    expect(listed.filter((match) => match.applied)).toHaveLength(1);
  });

  it('refuses invitations once the national deadline has passed in the duty station', async () => {
    // 13 December ends at 20:00 UTC in Tbilisi.
    clock.set('2026-12-13T20:00:00Z');
    await signIn();
    const late = await hr('POST', `/admin/experts/invitations/${CALL}`, { experts: [idOf('pablo')] });
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/no longer takes applications/);
    expect((await mailboxOf(stack.url)).filter((item) => item.to.includes('pablo.abad@experts.example') && /Invit/.test(item.subject))).toHaveLength(0);
  });
});
