import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { testUid } from '#shared/written-tests/calendar.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * Written tests on the local stack (issue 16, point 2), with DynamoDB Local and the SES emulator:
 * HR schedules, invites (one email each, in French, with an .ics read back by ical.js), corrects
 * and cancels; candidates answer from their status token; results are recorded by hand (two at
 * once for one candidate) and imported from a CSV that is checked whole first and imports once.
 */
const clock = settableClock('2026-12-01T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;

const VACANCY = '1781';
const idOf = (n: number) => `7c2e5d1f-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tokenOf = (n: number) => `status-token-of-written-test-candidate-${n}-${'y'.repeat(12)}`;
const at = '2026-11-20T10:00:00.000Z';
const document = (n: number, kind: string): ReceivedDocument => ({ key: `applications/${idOf(n)}/${kind}`, contentType: 'application/pdf', size: 120_000, sha256: '0'.repeat(64), receivedAt: at });

/** A shortlisted candidate with everything a forward move needs (CV, letter, the NCB's validation); `incomplete` without them. */
const candidate = async (n: number, overrides: Partial<Application> = {}, incomplete = false): Promise<Application> =>
  aminaApplication({
    id: idOf(n),
    vacancy: VACANCY,
    email: `written${n}@police.example`,
    givenName: `Candidate${n}`,
    status: 'shortlisted',
    statusTokenHash: await sha256Hex(tokenOf(n)),
    language: 'fr',
    timeZone: 'America/Montreal',
    ...(incomplete
      ? {}
      : {
          documents: { cv: document(n, 'cv'), confirmationLetter: document(n, 'confirmationLetter') },
          ncbValidation: { decision: 'validated' as const, screeningAttested: true, at, by: 'ncb.fr@police.example' },
        }),
    ...overrides,
  });

const asCandidate = (n: number, token = tokenOf(n)) =>
  documented(async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'fr', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, unknown> };
  });

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};
const icsOf = (email: MailItem | undefined) => {
  const attachment = email?.attachments?.[0];
  const event = new ICAL.Component(ICAL.parse(Buffer.from(attachment?.content ?? '', 'base64').toString('utf8'))).getFirstSubcomponent('vevent');
  return { attachment, event };
};

type Test = { id: string; startsAt: string; endsAt: string; revision: number; sequence: number };
const sitting = (overrides: Record<string, unknown> = {}) => ({
  format: 'sitting',
  startsAt: '2027-01-20T09:30',
  endsAt: '2027-01-20T11:30',
  timeZone: 'Europe/Paris',
  address: 'Lyon, 200 quai Charles de Gaulle, salle 2',
  maxMark: 100,
  passMark: 60,
  ...overrides,
});
let first: Test;
let second: Test;
const application = async (n: number) => (await stores.applications.get(idOf(n))) as Application;

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  hr = documented(await staffClient(stack, hrOfficer));
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(openVacancy({ number: VACANCY, status: 'closed', deadline: '2026-11-15', publishedAt: '2026-10-01' }));
  client.destroy();
  await seedApplications(stores.applications, [
    await candidate(1),
    await candidate(2),
    await candidate(3),
    await candidate(4, {}, true),
    await candidate(5, { status: 'screening', email: 'screening@police.example' }),
    // Written as the code before written tests wrote it: no writtenTest attribute at all.
    await candidate(6, { language: 'ar', timeZone: 'Asia/Riyadh' }),
  ]);
}, 180_000);
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('HR schedules a test', () => {
  it('reads the times in the named zone, and answers 201 with the instants in UTC', async () => {
    const created = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting());
    expect(created.status).toBe(201);
    first = created.body.test as Test;
    expect(first).toMatchObject({ startsAt: '2027-01-20T08:30:00.000Z', endsAt: '2027-01-20T10:30:00.000Z', revision: 1, sequence: 0 });
  });

  it('refuses a time the zone skips (clocks going forward), an unknown field, and a pass mark above the maximum, with a 400 naming each', async () => {
    const skipped = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ startsAt: '2027-03-28T02:30', endsAt: '2027-03-28T04:30' }));
    const unknown = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, { ...sitting(), room: '2' });
    const marks = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ passMark: 120 }));
    const both = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ platformLink: 'https://tests.example/1781' }));

    expect(skipped.status).toBe(400);
    expect(skipped.type).toContain('application/problem+json');
    expect(JSON.stringify(skipped.body.errors)).toContain('startsAt');
    expect(unknown.status).toBe(400);
    expect(marks.status).toBe(400);
    expect(JSON.stringify(marks.body.errors)).toContain('passMark');
    expect(both.status).toBe(400);
  });

  it('answers 404 for a vacancy that does not exist, and 403 to an NCB officer', async () => {
    const ncb = await staffClient(stack, ncbFrance);
    expect((await hr('POST', `/admin/written-tests/9999/tests`, sitting())).status).toBe(404);
    expect((await ncb('GET', `/admin/written-tests/${VACANCY}`)).status).toBe(403);
  });
});

describe('HR invites the shortlisted candidates', () => {
  it('invites every shortlisted one once, each emailed in their language with the test as an .ics', async () => {
    let answer: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (answer = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${first.id}/invitations`, { allShortlisted: true })));
    const again = await sentDuring(() => hr('POST', `/admin/written-tests/${VACANCY}/tests/${first.id}/invitations`, { applicationIds: [idOf(1), idOf(5)] }));

    const items = answer?.body.items as Array<{ applicationId: string; outcome: string }>;
    expect(items.map((item) => item.outcome)).toEqual(['invited', 'invited', 'invited', 'invited', 'invited']);
    expect(items.map((item) => item.applicationId).sort()).toEqual([1, 2, 3, 4, 6].map(idOf));
    const screening = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${first.id}/invitations`, { applicationIds: [idOf(5)] });
    expect(screening.body.items).toEqual([expect.objectContaining({ applicationId: idOf(5), outcome: 'not-invitable' })]);
    expect(again).toEqual([]);
    const french = sent.find((email) => email.to.includes('written1@police.example'));
    expect(french?.subject).toBe(`Poste ${VACANCY}, Criminal Intelligence Officer : vous êtes présélectionné(e) et invité(e) à une épreuve écrite`);
    expect(french?.text).toContain('Début : 20 janvier 2027, 09:30, heure de Europe/Paris (UTC+01:00)');
    expect(french?.text).toContain('03:30 à votre heure (America/Montreal, UTC-05:00)');
    expect(french?.text).toContain('L’épreuve est notée sur 100 : une note de 60 ou plus est une réussite.');
    const arabic = sent.find((email) => email.to.includes('written6@police.example'));
    expect(arabic?.subject).toContain('اختبار كتابي');
    expect(sent).toHaveLength(5);

    const { attachment, event } = icsOf(french);
    expect(attachment?.filename).toBe('written-test.ics');
    expect(attachment?.contentType).toBe('text/calendar');
    expect(event?.getFirstPropertyValue('uid')).toBe(testUid(first.id, idOf(1)));
    expect(event?.getFirstProperty('dtstart')?.toICALString()).toBe('DTSTART:20270120T083000Z');
    expect(event?.getFirstProperty('dtend')?.toICALString()).toBe('DTEND:20270120T103000Z');
    expect(event?.getFirstPropertyValue('location')).toBe('Lyon, 200 quai Charles de Gaulle, salle 2');
  });
});

describe('the candidate answers from the status page', () => {
  it('sees the test in UTC with its zone and their own, and may answer until it starts', async () => {
    const view = await asCandidate(1)('GET', `/applications/${idOf(1)}/written-test`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ invited: true, candidateTimeZone: 'America/Montreal', canAnswer: true, answerUntil: '2027-01-20T08:30:00.000Z' });
    expect(view.body.test).toMatchObject({ format: 'sitting', timeZone: 'Europe/Paris', maxMark: 100, passMark: 60, cancelled: false });
  });

  it('confirms; asks for another time only with a reason (a 400 in French without one)', async () => {
    const confirmed = await asCandidate(1)('PUT', `/applications/${idOf(1)}/written-test`, { answer: 'confirmed' });
    const bare = await asCandidate(2)('PUT', `/applications/${idOf(2)}/written-test`, { answer: 'another-time' });
    const another = await asCandidate(2)('PUT', `/applications/${idOf(2)}/written-test`, { answer: 'another-time', reason: 'Je suis en mission à l’étranger cette semaine-là.' });

    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ answer: 'confirmed', canAnswer: true });
    expect(bare.status).toBe(400);
    expect(another.status).toBe(200);
    expect(another.body).toMatchObject({ answer: 'another-time', reason: 'Je suis en mission à l’étranger cette semaine-là.' });
  });

  it('refuses one not invited (403, in French) and a wrong token (404)', async () => {
    const screening = await asCandidate(5)('PUT', `/applications/${idOf(5)}/written-test`, { answer: 'confirmed' });
    const wrong = await asCandidate(2)('GET', `/applications/${idOf(1)}/written-test`);
    const notShown = await asCandidate(5)('GET', `/applications/${idOf(5)}/written-test`);

    expect(screening.status).toBe(403);
    expect(screening.body.detail).toBe('Cette candidature n’est pas invitée à une épreuve écrite.');
    expect(wrong.status).toBe(404);
    expect(notShown.body).toMatchObject({ invited: false, canAnswer: false });
  });

  it('shows HR each answer, and HR moves the candidate who asked to another sitting with a new invitation', async () => {
    const board = await hr('GET', `/admin/written-tests/${VACANCY}`);
    const invitations = board.body.invitations as Array<{ applicationId: string; answer?: string; reason?: string }>;
    expect(invitations.find((invitation) => invitation.applicationId === idOf(2))).toMatchObject({ answer: 'another-time', reason: 'Je suis en mission à l’étranger cette semaine-là.' });
    expect((board.body.candidates as unknown[]).length).toBe(5);

    second = (await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ startsAt: '2027-01-27T09:30', endsAt: '2027-01-27T11:30' }))).body.test as Test;
    let moved: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (moved = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${second.id}/invitations`, { applicationIds: [idOf(2)] })));

    expect(moved?.body.items).toEqual([expect.objectContaining({ applicationId: idOf(2), outcome: 'moved', email: 'sent' })]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('27 janvier 2027, 09:30');
    const view = await asCandidate(2)('GET', `/applications/${idOf(2)}/written-test`);
    expect(view.body).not.toHaveProperty('answer');
    expect((view.body.test as { startsAt: string }).startsAt).toBe('2027-01-27T08:30:00.000Z');
  });
});

describe('HR corrects and cancels', () => {
  it('tells the candidates of the corrected test once (a higher SEQUENCE), and answers 409 to a stale revision', async () => {
    let corrected: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (corrected = await hr('PUT', `/admin/written-tests/${VACANCY}/tests/${first.id}`, { ...sitting({ startsAt: '2027-01-20T10:00', endsAt: '2027-01-20T12:00' }), revision: 1 })));
    const stale = await hr('PUT', `/admin/written-tests/${VACANCY}/tests/${first.id}`, { ...sitting(), revision: 1 });

    expect(corrected?.status).toBe(200);
    expect((corrected?.body.test as Test).sequence).toBe(1);
    // Candidates 1, 3, 4 and 6 are still invited to the first sitting; 2 moved away.
    expect(sent.map((email) => email.to[0]).sort()).toEqual(['written1@police.example', 'written3@police.example', 'written4@police.example', 'written6@police.example']);
    expect(icsOf(sent[0]).event?.getFirstPropertyValue('sequence')).toBe(1);
    expect(stale.status).toBe(409);
    first = corrected?.body.test as Test;
  });

  it('cancels a test nobody is invited to; a cancelled one cannot be corrected or invited to', async () => {
    const spare = (await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ startsAt: '2027-02-03T09:30', endsAt: '2027-02-03T11:30' }))).body.test as Test;
    const cancelled = await hr('DELETE', `/admin/written-tests/${VACANCY}/tests/${spare.id}?revision=1`);
    const invite = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${spare.id}/invitations`, { applicationIds: [idOf(1)] });

    expect(cancelled.status).toBe(200);
    expect(invite.status).toBe(409);
    expect((await hr('DELETE', `/admin/written-tests/${VACANCY}/tests/${spare.id}?revision=2`)).status).toBe(409);
  });
});

describe('results', () => {
  it('refuses a result before the test starts (409)', async () => {
    const early = await hr('PUT', `/admin/written-tests/${VACANCY}/results/${idOf(1)}`, { mark: 70 });
    expect(early.status).toBe(409);
  });

  it('refuses a whole CSV with bad rows, listing each by line, and writes nothing', async () => {
    clock.set('2027-01-27T12:00:00.000Z');
    // A token signed in December has expired by then: sign in again.
    hr = documented(await staffClient(stack, hrOfficer));
    const csv = [
      'Reference,Name,Mark',
      `${idOf(1)},Candidate1,72.5`,
      `${idOf(99)},Nobody,50`,
      `${idOf(5)},Candidate5,40`,
      `${idOf(3)},Candidate3,140`,
      `${idOf(1)},Candidate1 again,72.5`,
      'not-a-reference,X,10',
    ].join('\n');
    const refused = await hr('POST', `/admin/written-tests/${VACANCY}/results/import`, { csv });
    const header = await hr('POST', `/admin/written-tests/${VACANCY}/results/import`, { csv: 'candidate,points\nx,1\n' });

    expect(refused.status).toBe(400);
    expect(refused.type).toContain('application/problem+json');
    const errors = refused.body.errors as Array<{ path: string; message: string }>;
    expect(errors.map((error) => error.path)).toEqual(['csv.line.3', 'csv.line.4', 'csv.line.5', 'csv.line.6', 'csv.line.7']);
    expect(errors[1]?.message).toContain('not invited');
    expect(errors[2]?.message).toContain('above the test’s maximum of 100');
    expect(errors[3]?.message).toContain('line 2');
    expect(header.status).toBe(400);
    expect((header.body.errors as Array<{ path: string }>)[0]?.path).toBe('csv.line.1');
    expect((await application(1)).status).toBe('shortlisted');
    expect((await application(1)).writtenTest).toBeUndefined();
  });

  it('imports a good file: each shortlisted candidate moves to tested, a mark at the pass mark passes; the same file again changes nothing', async () => {
    const csv = `reference;mark\r\n${idOf(1)};72,5\r\n${idOf(3)};60\r\n${idOf(6)};59.99\r\n`;
    const imported = await hr('POST', `/admin/written-tests/${VACANCY}/results/import`, { csv });
    const versions = await Promise.all([1, 3, 6].map(async (n) => (await application(n)).version));
    const again = await hr('POST', `/admin/written-tests/${VACANCY}/results/import`, { csv });

    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ recorded: 3, unchanged: 0, conflicts: 0 });
    expect(again.body).toMatchObject({ recorded: 0, unchanged: 3 });
    expect(await Promise.all([1, 3, 6].map(async (n) => (await application(n)).version))).toEqual(versions);
    const one = await application(1);
    expect(one.status).toBe('tested');
    expect(one.writtenTest).toMatchObject({ testId: first.id, mark: 72.5, passMark: 60, maxMark: 100, passed: true, recordedBy: hrOfficer.email });
    expect((await application(3)).writtenTest?.passed).toBe(true);
    expect((await application(6)).writtenTest).toMatchObject({ passed: false, mark: 59.99 });
    expect((await application(6)).status).toBe('tested');
    const history = await stores.applications.history(idOf(1));
    expect(history.at(-1)).toMatchObject({ action: 'status-changed', by: hrOfficer.email, changes: { status: { from: 'shortlisted', to: 'tested' } } });
  });

  it('answers 422 when the status machine refuses the move (an incomplete application)', async () => {
    const refused = await hr('PUT', `/admin/written-tests/${VACANCY}/results/${idOf(4)}`, { mark: 80 });
    expect(refused.status).toBe(422);
    expect((await application(4)).writtenTest).toBeUndefined();
  });

  it('two result writes at once for one candidate: no lost update, one history entry per write that landed', async () => {
    const before = await application(2);
    const answers = await Promise.all([
      hr('PUT', `/admin/written-tests/${VACANCY}/results/${idOf(2)}`, { mark: 81 }),
      hr('PUT', `/admin/written-tests/${VACANCY}/results/${idOf(2)}`, { mark: 45 }),
    ]);

    const landed = answers.filter((answer) => answer.status === 200);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true);
    const after = await application(2);
    expect(after.version).toBe(before.version + landed.length);
    expect(after.status).toBe('tested');
    expect(after.writtenTest?.testId).toBe(second.id);
    expect((landed.at(-1)?.body.writtenTest as { mark: number } | undefined)?.mark).toBeDefined();
    const entries = (await stores.applications.history(idOf(2))).filter((entry) => entry.changes.writtenTest);
    expect(entries).toHaveLength(landed.length);
    expect((entries.at(-1)?.changes.writtenTest?.to as { mark: number }).mark).toBe(after.writtenTest?.mark);
  });

  it('a test with results is neither cancelled nor re-marked (409); the marks may not change under them', async () => {
    const cancel = await hr('DELETE', `/admin/written-tests/${VACANCY}/tests/${first.id}?revision=${first.revision}`);
    const remark = await hr('PUT', `/admin/written-tests/${VACANCY}/tests/${first.id}`, { ...sitting({ startsAt: '2027-01-28T10:00', endsAt: '2027-01-28T12:00', passMark: 50 }), revision: first.revision });
    expect(cancel.status).toBe(409);
    expect(remark.status).toBe(409);
  });

  it('the candidate, now tested, sees the test but no longer answers it', async () => {
    const view = await asCandidate(1)('GET', `/applications/${idOf(1)}/written-test`);
    const answer = await asCandidate(1)('PUT', `/applications/${idOf(1)}/written-test`, { answer: 'confirmed' });
    expect(view.body).toMatchObject({ invited: true, canAnswer: false });
    expect(view.body).not.toHaveProperty('mark');
    expect(answer.status).toBe(403);
  });

  it('"every shortlisted" leaves on their sitting one who sat it and awaits a result; choosing them moves them', async () => {
    const later = await hr('POST', `/admin/written-tests/${VACANCY}/tests`, sitting({ startsAt: '2027-02-10T09:30', endsAt: '2027-02-10T11:30' }));
    const laterId = (later.body.test as Test).id;
    // Candidate 4 (shortlisted, incomplete: no result could be recorded) sat an earlier sitting.
    const board = (await hr('GET', `/admin/written-tests/${VACANCY}`)).body;
    const invitedTo = (board.invitations as Array<{ applicationId: string; testId: string }>).find((invitation) => invitation.applicationId === idOf(4))?.testId;
    const all = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${laterId}/invitations`, { allShortlisted: true });
    const chosen = await hr('POST', `/admin/written-tests/${VACANCY}/tests/${laterId}/invitations`, { applicationIds: [idOf(4)] });

    expect(later.status).toBe(201);
    expect([first.id, second.id]).toContain(invitedTo);
    expect(all.body.items).toEqual([expect.objectContaining({ applicationId: idOf(4), outcome: 'not-invitable', reason: expect.stringContaining('has taken place') })]);
    expect(chosen.body.items).toEqual([expect.objectContaining({ applicationId: idOf(4), outcome: 'moved' })]);
  });
});
