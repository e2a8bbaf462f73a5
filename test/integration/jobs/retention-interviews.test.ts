import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoInterviews } from '#functions/adapters/dynamodb/interview-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Slot } from '#shared/interviews/slot.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

/**
 * The retention purge and the interviews (issue 16, point 3): an application past its retention
 * takes its invitation and its hold on a slot with it (the slot stays, free, for the vacancy's
 * other candidates' record); once the vacancy's purge is finished (its appointed candidate's too,
 * ten years on), its slots, the invitations left and its place in the reminders' list go.
 */
type Summary = Record<string, number>;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;

const VACANCY = 'R-960';
const hr = 'hr.officer@secondment-hub.local';
const rejected = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000961', vacancy: VACANCY, status: 'rejected', email: 'rejected@police.example' });
const invitedOnly = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000962', vacancy: VACANCY, status: 'withdrawn', email: 'withdrawn@police.example' });
const appointed = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000963', vacancy: VACANCY, status: 'appointed', email: 'appointed@police.example' });
const slotOf = (id: string, startsAt: string): Slot => ({
  id,
  vacancy: VACANCY,
  startsAt,
  durationMinutes: 45,
  timeZone: 'Europe/Paris',
  place: 'Lyon, room 3',
  panelMembers: ['ana.panel@secondment-hub.local'],
  status: 'open',
  revision: 1,
  sequence: 0,
  updatedAt: '2026-01-20T08:00:00.000Z',
  updatedBy: hr,
});
const FIRST = 'b0000000-0000-4000-8000-000000000961';
const SECOND = 'b0000000-0000-4000-8000-000000000963';

const runPurge = async (now: string): Promise<Summary> => {
  const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Summary }).summary;
};

const interviewItems = async () =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `INTERVIEWS#${VACANCY}` } }))).Items ?? [];
const listed = async () => (await table.send(new GetCommand({ TableName: stack.tableName, Key: { pk: 'INTERVIEW-VACANCIES', sk: `VACANCY#${VACANCY}` } }))).Item !== undefined;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  // A vacancy filled on 2 February 2026: its unsuccessful candidates are past 183 days by December, its appointed one ten years on.
  const vacancies = dynamoVacancyStore(table, stack.tableName);
  const vacancyAudit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });
  let stored = await vacancies.create({ ...openVacancy({ number: VACANCY, title: 'Analyst', publishedAt: '2026-01-01', deadline: '2026-01-15' }), status: 'open' }, vacancyAudit('2026-01-01T08:00:00.000Z', 1, 'created'));
  stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, vacancyAudit('2026-01-16T08:00:00.000Z', stored.version + 1, 'close'));
  await vacancies.update({ ...stored, status: 'filled' }, stored.version, vacancyAudit('2026-02-02T08:00:00.000Z', stored.version + 1, 'fill'));
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [rejected, invitedOnly, appointed]);

  // The interviews as the API wrote them in January: two slots, three invitations, two bookings.
  const interviews = dynamoInterviews(table, stack.tableName);
  await interviews.createSlot(slotOf(FIRST, '2026-01-27T08:00:00.000Z'));
  await interviews.createSlot(slotOf(SECOND, '2026-01-27T09:00:00.000Z'));
  for (const application of [rejected, invitedOnly, appointed]) await interviews.invite({ vacancy: VACANCY, applicationId: application.id, invitedAt: '2026-01-21T08:00:00.000Z', invitedBy: hr });
  await interviews.book(VACANCY, rejected.id, FIRST, undefined, '2026-01-22T08:00:00.000Z', 'candidate');
  await interviews.book(VACANCY, appointed.id, SECOND, undefined, '2026-01-22T09:00:00.000Z', hr);
}, 120_000);
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

describe('retention-purge and the interviews of purged applications', () => {
  it('takes the unsuccessful candidates’ invitations and holds, keeps the appointed one’s and the slots; a second run finds nothing', async () => {
    const first = await runPurge('2026-12-01T03:00:00Z');
    const second = await runPurge('2026-12-01T03:05:00Z');
    const items = await interviewItems();

    expect(first).toMatchObject({ applicationsPurged: 2 });
    expect(items.filter((item) => String(item.sk).startsWith('INVITATION#')).map((item) => item.applicationId)).toEqual([appointed.id]);
    expect(items.filter((item) => String(item.sk).startsWith('SLOT#')).map((slot) => [slot.id, slot.bookedBy])).toEqual([
      [FIRST, undefined],
      [SECOND, appointed.id],
    ]);
    expect(JSON.stringify(items)).not.toContain(rejected.id);
    expect(JSON.stringify(items)).not.toContain(invitedOnly.id);
    expect(await listed()).toBe(true);
    expect(second).toMatchObject({ applicationsPurged: 0, itemsDeleted: 0 });
  }, 60_000);

  it('takes everything left of the vacancy’s interviews once the appointed candidate goes, ten years on, and the reminders’ list forgets it', async () => {
    const last = await runPurge('2036-03-01T03:00:00Z');
    const reminders = await fetch(`${stack.url}/_local/jobs/interview-reminders?now=2036-03-01T04:05:00.000Z`, { method: 'POST' });

    expect(last).toMatchObject({ applicationsPurged: 1, appointedPurged: 1 });
    expect(await interviewItems()).toEqual([]);
    expect(await listed()).toBe(false);
    expect(reminders.status).toBe(200);
  }, 60_000);
});
