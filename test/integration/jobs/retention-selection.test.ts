import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoMarks } from '#functions/adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '#functions/adapters/dynamodb/selection-panels.js';
import { dynamoRecommendations } from '#functions/adapters/dynamodb/selection-recommendations.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Marks } from '#shared/selection/marks.js';
import type { SelectionAuditEntry } from '#shared/selection/store.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

/**
 * The retention purge and the selection (issue 16, points 1 and 4): an application past its
 * retention takes its panel's marks (scores, comments) and the chair's recommendation (reasons)
 * with it, and the selection's history entries naming it keep who, when and what kind, nothing said.
 */
type Summary = Record<string, number>;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;

const VACANCY = 'R-950';
const hr = 'hr.officer@secondment-hub.local';
const members = ['ana.panel@secondment-hub.local', 'ben.panel@secondment-hub.local'];
const marked = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000951', vacancy: VACANCY, status: 'rejected', email: 'marked@police.example' });
const never = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000952', vacancy: VACANCY, status: 'withdrawn', email: 'never@police.example' });
// What the marks and the recommendation said: none of it may outlive the application.
const SAID = ['SCORE-COMMENT-SECRET', 'OVERALL-SECRET', 'REASONS-SECRET'];

const runPurge = async (now: string): Promise<Summary> => {
  const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Summary }).summary;
};

const selectionItems = async () =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SELECTION#${VACANCY}` } }))).Items ?? [];

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  // A vacancy filled on 2 February 2026: its unsuccessful candidates are past 183 days by December.
  const vacancies = dynamoVacancyStore(table, stack.tableName);
  const vacancyAudit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });
  let stored = await vacancies.create({ ...openVacancy({ number: VACANCY, title: 'Analyst', publishedAt: '2026-01-01', deadline: '2026-01-15' }), status: 'open' }, vacancyAudit('2026-01-01T08:00:00.000Z', 1, 'created'));
  stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, vacancyAudit('2026-01-16T08:00:00.000Z', stored.version + 1, 'close'));
  await vacancies.update({ ...stored, status: 'filled' }, stored.version, vacancyAudit('2026-02-02T08:00:00.000Z', stored.version + 1, 'fill'));
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [marked, never]);

  // The panel, both members' submitted marks of the marked candidate and the chair's recommendation, audited as the API writes them.
  const audit = (at: string, by: string, action: SelectionAuditEntry['action'], changes: SelectionAuditEntry['changes'], applicationId?: string): SelectionAuditEntry => ({
    vacancy: VACANCY,
    at,
    by,
    action,
    ...(applicationId ? { applicationId } : {}),
    changes,
  });
  await dynamoPanels(table, stack.tableName).save(
    { vacancy: VACANCY, members, chair: members[0] ?? '', criteria: [{ id: 'experience', kind: 'experience', label: 'Experience', weight: 1 }], spreadThreshold: 2, revision: 1, updatedAt: '2026-01-20T08:00:00.000Z', updatedBy: hr },
    undefined,
    audit('2026-01-20T08:00:00.000Z', hr, 'panel-created', { members: { from: null, to: members } }),
  );
  const store = dynamoMarks(table, stack.tableName);
  for (const [index, member] of members.entries()) {
    const at = `2026-01-2${index + 1}T09:00:00.000Z`;
    const draft: Marks = { vacancy: VACANCY, applicationId: marked.id, member, scores: { experience: { score: 4, comment: 'SCORE-COMMENT-SECRET' } }, overallComment: 'OVERALL-SECRET', state: 'draft', revision: 1, updatedAt: at };
    // A draft's entry as the code before the history rule wrote it: scores and comments in it.
    await store.save(draft, undefined, audit(at, member, 'marks-saved', { scores: { from: null, to: draft.scores }, overallComment: { from: null, to: draft.overallComment } }, marked.id));
    const submitted: Marks = { ...draft, state: 'submitted', revision: 2, submittedAt: at };
    await store.save(submitted, 1, audit(at, member, 'marks-submitted', { state: { from: 'draft', to: 'submitted' }, scores: { from: draft.scores, to: submitted.scores } }, marked.id), { panelRevision: 1 });
  }
  await dynamoRecommendations(table, stack.tableName).save(
    { vacancy: VACANCY, applicationId: marked.id, decision: 'not-recommended', reasons: 'REASONS-SECRET', by: members[0] ?? '', at: '2026-01-25T09:00:00.000Z', revision: 1 },
    undefined,
    audit('2026-01-25T09:00:00.000Z', members[0] ?? '', 'recommended', { decision: { from: null, to: 'not-recommended' }, reasons: { from: null, to: 'REASONS-SECRET' } }, marked.id),
  );
}, 120_000);
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

describe('retention-purge and the selection of a purged application', () => {
  let first: Summary;
  let second: Summary;
  let before: Array<Record<string, unknown>>;

  beforeAll(async () => {
    before = await selectionItems();
    first = await runPurge('2026-12-01T03:00:00Z');
    second = await runPurge('2026-12-01T03:05:00Z');
  }, 120_000);

  it('deletes the candidate’s marks and the recommendation', async () => {
    const keys = (await selectionItems()).map((item) => String(item.sk));

    expect(before.map((item) => String(item.sk)).filter((sk) => sk.startsWith('MARKS#') || sk.startsWith('RECOMMENDATION#'))).toHaveLength(3);
    expect(keys.filter((sk) => sk.includes(marked.id))).toEqual([]);
  });

  it('keeps who, when and what kind in the history entries naming the candidate, and nothing that was said', async () => {
    const after = await selectionItems();
    const entries = after.filter((item) => item.applicationId === marked.id);

    expect(entries.map((entry) => [entry.action, entry.by]).sort()).toEqual(
      [
        ['marks-saved', members[0]],
        ['marks-saved', members[1]],
        ['marks-submitted', members[0]],
        ['marks-submitted', members[1]],
        ['recommended', members[0]],
      ].sort(),
    );
    for (const entry of entries) expect(entry).toMatchObject({ changes: {}, redactedAt: '2026-12-01T03:00:00.000Z' });
    for (const secret of SAID) expect(JSON.stringify(after)).not.toContain(secret);
  });

  it('keeps the panel, which names no candidate, and its own history', async () => {
    const after = await selectionItems();

    expect((await dynamoPanels(table, stack.tableName).get(VACANCY))?.members).toEqual(members);
    expect(after.find((item) => item.action === 'panel-created')?.changes).toEqual({ members: { from: null, to: members } });
  });

  it('counts what it did, and a second run finds nothing to do', async () => {
    expect(first).toMatchObject({ selectionEntriesRedacted: 5 });
    expect(first.itemsDeleted).toBeGreaterThanOrEqual(3 + 2);
    expect(second).toMatchObject({ applicationsPurged: 0, itemsDeleted: 0, selectionEntriesRedacted: 0 });
  });
});
