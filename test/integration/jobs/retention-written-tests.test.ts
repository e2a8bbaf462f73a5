import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { dynamoWrittenTests } from '#functions/adapters/dynamodb/written-test-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import type { WrittenTest } from '#shared/written-tests/test.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

/**
 * The retention purge and the written tests (issue 16, point 2): an application past its
 * retention takes its invitation to the test with it (its answer and the reason it gave); the
 * tests, which name no candidate, stay until the vacancy's purge is finished (its appointed
 * candidate's too, ten years on), and then go with whatever is left.
 */
type Summary = Record<string, number>;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;

const VACANCY = 'R-970';
const hr = 'hr.officer@secondment-hub.local';
const rejected = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000971', vacancy: VACANCY, status: 'rejected', email: 'rejected.test@police.example' });
const withdrawn = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000972', vacancy: VACANCY, status: 'withdrawn', email: 'withdrawn.test@police.example' });
const appointed = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000973', vacancy: VACANCY, status: 'appointed', email: 'appointed.test@police.example' });
const TEST = 'c0000000-0000-4000-8000-000000000971';
const sitting: WrittenTest = {
  id: TEST,
  vacancy: VACANCY,
  format: 'sitting',
  startsAt: '2026-01-20T08:00:00.000Z',
  endsAt: '2026-01-20T10:00:00.000Z',
  timeZone: 'Europe/Paris',
  address: 'Lyon, 200 quai Charles de Gaulle, room 2',
  maxMark: 50,
  passMark: 30,
  status: 'scheduled',
  revision: 1,
  sequence: 0,
  updatedAt: '2026-01-10T08:00:00.000Z',
  updatedBy: hr,
};

const runPurge = async (now: string): Promise<Summary> => {
  const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Summary }).summary;
};

const testItems = async () =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `WRITTEN-TESTS#${VACANCY}` } }))).Items ?? [];

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
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [rejected, withdrawn, appointed]);

  // The test as the API wrote it in January: one sitting, three invitations, one asking for another time with a reason.
  const tests = dynamoWrittenTests(table, stack.tableName);
  await tests.createTest(sitting);
  for (const application of [rejected, withdrawn, appointed]) {
    await tests.putInvitation({ vacancy: VACANCY, applicationId: application.id, testId: TEST, invitedAt: '2026-01-11T08:00:00.000Z', invitedBy: hr, revision: 1 }, undefined);
  }
  await tests.putInvitation(
    { vacancy: VACANCY, applicationId: withdrawn.id, testId: TEST, invitedAt: '2026-01-11T08:00:00.000Z', invitedBy: hr, answer: 'another-time', reason: 'My daughter is in hospital that week', answeredAt: '2026-01-12T08:00:00.000Z', revision: 2 },
    1,
  );
}, 120_000);
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

describe('retention-purge and the written tests of purged applications', () => {
  it('takes the unsuccessful candidates’ invitations and answers, keeps the appointed one’s and the test; a second run finds nothing', async () => {
    const first = await runPurge('2026-12-01T03:00:00Z');
    const second = await runPurge('2026-12-01T03:05:00Z');
    const items = await testItems();

    expect(first).toMatchObject({ applicationsPurged: 2 });
    expect(items.filter((item) => String(item.sk).startsWith('INVITATION#')).map((item) => item.applicationId)).toEqual([appointed.id]);
    expect(items.filter((item) => String(item.sk).startsWith('TEST#')).map((item) => item.id)).toEqual([TEST]);
    expect(JSON.stringify(items)).not.toContain(rejected.id);
    expect(JSON.stringify(items)).not.toContain(withdrawn.id);
    expect(JSON.stringify(items)).not.toContain('hospital');
    expect(second).toMatchObject({ applicationsPurged: 0, itemsDeleted: 0 });
  }, 60_000);

  it('takes everything left of the vacancy’s written tests once the appointed candidate goes, ten years on', async () => {
    const last = await runPurge('2036-03-01T03:00:00Z');

    expect(last).toMatchObject({ applicationsPurged: 1, appointedPurged: 1 });
    expect(await testItems()).toEqual([]);
  }, 60_000);
});
