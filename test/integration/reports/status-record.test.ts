import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem, auditItem } from '#functions/adapters/dynamodb/application-item.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { AuditEntry } from '#shared/applications/store.js';
import type { ReportFigures } from '#shared/reports/figures.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';
import { confirmFromReceipt } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbSenegal, staffClient, storeOf } from '../../support/staff.js';

/*
 * The statuses an application item records it held, and its appointment (issue 17, point 5; shared/applications/status-record.ts):
 * written by the store on every path, on the local stack; an item the code before wrote keeps
 * working (the report reads its history); and the record stays internal, as the gender answer does.
 */

const clock = settableClock('2026-12-07T12:00:00Z');
const VACANCY = '1790';
let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let store: ReturnType<typeof storeOf>;

/** The record's attributes named anywhere in a text a person reads. */
const namesRecord = (text: string) => /statusesHeld|appointedAt/.test(text);

const id = (n: number) => `5b1f4c1e-0000-4000-8000-0000000017${String(n).padStart(2, '0')}`;
const entry = (at: string, from: string, to: string): AuditEntry => ({ at, by: 'hr@example', action: 'status-changed', changes: { status: { from, to } } });

/** Written as the code before the record wrote them: the item without it, with the history of its moves. */
const writeOld = async (application: Application, history: AuditEntry[]) => {
  await table.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(application) }));
  await table.send(new PutCommand({ TableName: stack.tableName, Item: auditItem(application.id, 1, { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: {} }) }));
  for (const [index, one] of history.entries()) await table.send(new PutCommand({ TableName: stack.tableName, Item: auditItem(application.id, index + 2, one) }));
};

let submitted: { applicationId: string; statusToken: string };

beforeAll(async () => {
  stack = await startTestStack(clock);
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  store = storeOf(stack);
  await dynamoVacancyStore(table, stack.tableName).put(openVacancy({ number: VACANCY, publishedAt: '2026-09-01' }));

  // Through the form, as a candidate sends it, then confirmed from the receipt.
  const answer = await fetch(`${stack.url}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'status-record-4f1e2d3c-9a8b' },
    body: JSON.stringify(aminaSubmission({ vacancy: VACANCY, email: 'record.new@police.sn.example' })),
  });
  expect(answer.status).toBe(201);
  submitted = (await answer.json()) as typeof submitted;
  expect((await confirmFromReceipt(stack.url, submitted.applicationId)).status).toBe(200);

  // Old shape: interviewed, then rejected; appointed from an offer on 2026-11-11 (71 days after publication).
  await writeOld(aminaApplication({ id: id(1), vacancy: VACANCY, email: 'old.rejected@police.sn.example', status: 'rejected' }), [
    entry('2026-10-01T09:00:00.000Z', 'shortlisted', 'interviewed'),
    entry('2026-10-20T09:00:00.000Z', 'interviewed', 'rejected'),
  ]);
  await writeOld(aminaApplication({ id: id(2), vacancy: VACANCY, email: 'old.appointed@police.sn.example', status: 'appointed' }), [
    entry('2026-11-11T09:00:00.000Z', 'offered', 'appointed'),
  ]);
  // An old item still going, moved after the change: it stays without the record.
  await writeOld(aminaApplication({ id: id(3), vacancy: VACANCY, email: 'old.moved@police.sn.example', status: 'interviewed' }), [
    entry('2026-10-01T09:00:00.000Z', 'shortlisted', 'interviewed'),
  ]);
  // New shape through the store: offered, then appointed on 2026-11-21 (81 days after publication).
  const offered = aminaApplication({ id: id(4), vacancy: VACANCY, email: 'new.appointed@police.sn.example', status: 'offered' });
  await store.applications.create(offered, { at: offered.submittedAt, by: 'candidate', action: 'submitted', changes: {} });
  // The copy the store read (a caller's own copy, without the record, would write the item without it).
  const stored = await store.applications.get(id(4));
  await store.applications.update(id(4), 1, { status: 'appointed' }, entry('2026-11-21T09:00:00.000Z', 'offered', 'appointed'), stored, { posts: 2 });
}, 120_000);

afterAll(async () => {
  store?.close();
  dynamo?.destroy();
  await stack?.stop();
});

describe('the store records the statuses held on every write', () => {
  it('starts an application from the form with submitted, and keeps it through the confirmation of its address', async () => {
    expect(await store.applications.get(submitted.applicationId)).toMatchObject({ version: 2, statusesHeld: ['submitted'] });
  });

  it('adds each status HR moves it to, and the appointment time of a move into appointed', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const moved = await hr('PATCH', `/admin/applications/${submitted.applicationId}`, { version: 2, status: 'screening' });
    const rejected = await hr('PATCH', `/admin/applications/${submitted.applicationId}`, { version: 3, status: 'rejected' });

    expect(moved.status).toBe(200);
    expect(rejected.status).toBe(200);
    expect(await store.applications.get(submitted.applicationId)).toMatchObject({ status: 'rejected', statusesHeld: ['submitted', 'screening', 'rejected'] });
    expect(await store.applications.get(id(4))).toMatchObject({ statusesHeld: ['offered', 'appointed'], appointedAt: '2026-11-21T09:00:00.000Z' });
  });

  it('leaves an item the code before wrote without the record when it moves: its history alone knows its past', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const rejected = await hr('PATCH', `/admin/applications/${id(3)}`, { version: 1, status: 'rejected' });

    expect(rejected.status).toBe(200);
    const stored = await store.applications.get(id(3));
    expect(stored).toMatchObject({ status: 'rejected', version: 2 });
    expect(stored && ('statusesHeld' in stored || 'appointedAt' in stored)).toBe(false);
  });
});

describe('the report over items of both shapes', () => {
  it('counts the stages and days to appointment the records and histories say', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const { status, body } = await hr('GET', '/admin/reports');

    expect(status).toBe(200);
    const row = (body as unknown as ReportFigures).vacancies.find((one) => one.vacancy === VACANCY);
    // Applied: the form's, the three old ones, the new appointed one. Interviewed: the two old ones
    // that reached it (from their histories) and both appointed ones.
    expect(row?.pipeline).toMatchObject({ applied: 5, shortlisted: 4, tested: 0, interviewed: 4, offered: 2, appointed: 2 });
    expect(row?.daysToAppointment).toMatchObject({ appointments: 2, first: 71 });
  });
});

describe('the record stays internal', () => {
  it('is in no listing, edit answer or history a member of staff reads, nor in the candidate’s status answer', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const ncb = await staffClient(stack, ncbSenegal);

    const answers = [
      await hr('GET', `/admin/applications?vacancy=${VACANCY}`),
      await ncb('GET', `/admin/applications?vacancy=${VACANCY}`),
      await hr('PATCH', `/admin/applications/${id(4)}`, { version: 2, note: 'Arrives in January' }),
      await hr('GET', `/admin/applications/${id(4)}/history`),
      await hr('GET', `/admin/applications/${submitted.applicationId}/history`),
    ];
    const own = await fetch(`${stack.url}/applications/${submitted.applicationId}`, { headers: { authorization: `Bearer ${submitted.statusToken}` } });

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(namesRecord(JSON.stringify(answer.body))).toBe(false);
    }
    expect((answers[0]?.body.items as unknown[]).length).toBe(5);
    expect(own.status).toBe(200);
    expect(namesRecord(await own.text())).toBe(false);
    expect(await store.applications.get(id(4))).toMatchObject({ note: 'Arrives in January', appointedAt: '2026-11-21T09:00:00.000Z' });
  });
});
