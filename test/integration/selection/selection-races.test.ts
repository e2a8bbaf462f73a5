import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoMarks } from '#functions/adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '#functions/adapters/dynamodb/selection-panels.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Marks } from '#shared/selection/marks.js';
import type { Panel } from '#shared/selection/panel.js';
import { PanelMoved, StaleSelectionItem, type SelectionAuditEntry } from '#shared/selection/store.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';

/**
 * The writes' own conditions, on DynamoDB Local: what the rules judged on a read must still hold
 * when the write lands, so a submission and HR's change of the panel in between cannot both win.
 */
const clock = settableClock('2026-12-01T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: DynamoDBClient;
let panels: ReturnType<typeof dynamoPanels>;
let marks: ReturnType<typeof dynamoMarks>;

const audit = (vacancy: string, action: SelectionAuditEntry['action']): SelectionAuditEntry => ({ vacancy, at: clock.now().toISOString(), by: 'test@x.org', action, changes: {} });
const panelOf = (vacancy: string, revision: number, lockedAt?: string): Panel => ({
  vacancy,
  members: ['a@x.org', 'b@x.org'],
  chair: 'a@x.org',
  criteria: [{ id: 'experience', kind: 'experience', label: 'Experience', weight: 1 }],
  spreadThreshold: 2,
  revision,
  ...(lockedAt ? { lockedAt } : {}),
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'hr@x.org',
});
const marksOf = (vacancy: string, member: string, state: Marks['state'], revision: number): Marks => ({
  vacancy,
  applicationId: '11111111-1111-4111-8111-111111111111',
  member,
  scores: { experience: { score: 3 } },
  state,
  revision,
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...(state === 'submitted' ? { submittedAt: '2026-12-01T10:00:00.000Z' } : {}),
});

beforeAll(async () => {
  stack = await startTestStack(clock);
  client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const documents = createDocumentClient(client);
  panels = dynamoPanels(documents, stack.tableName);
  marks = dynamoMarks(documents, stack.tableName);
});
afterAll(async () => {
  client?.destroy();
  await stack?.stop();
});

describe('selection writes under concurrency', () => {
  it('refuses a submission judged against a panel HR changed meanwhile, and writes none of it', async () => {
    await panels.save(panelOf('2001', 1), undefined, audit('2001', 'panel-created'));
    await marks.save(marksOf('2001', 'a@x.org', 'draft', 1), undefined, audit('2001', 'marks-saved'));
    // HR's change lands between the member's read of the panel (revision 1) and the submission.
    await panels.save(panelOf('2001', 2), panelOf('2001', 1), audit('2001', 'panel-changed'));

    await expect(marks.save(marksOf('2001', 'a@x.org', 'submitted', 2), 1, audit('2001', 'marks-submitted'), { panelRevision: 1 })).rejects.toThrow(PanelMoved);

    expect((await marks.get('2001', '11111111-1111-4111-8111-111111111111', 'a@x.org'))?.state).toBe('draft');
    expect((await panels.get('2001'))?.lockedAt).toBeUndefined();
    // Entries of one instant sort by their random suffix: compared as a set.
    expect((await panels.history('2001')).map((entry) => entry.action).sort()).toEqual(['marks-saved', 'panel-changed', 'panel-created']);
  });

  it('refuses HR’s save read before a submission locked the panel, so the lock is never lost', async () => {
    await panels.save(panelOf('2002', 1), undefined, audit('2002', 'panel-created'));
    await marks.save(marksOf('2002', 'a@x.org', 'draft', 1), undefined, audit('2002', 'marks-saved'));
    await marks.save(marksOf('2002', 'a@x.org', 'submitted', 2), 1, audit('2002', 'marks-submitted'), { panelRevision: 1 });

    await expect(panels.save(panelOf('2002', 2), panelOf('2002', 1), audit('2002', 'panel-changed'))).rejects.toThrow(PanelMoved);

    expect(await panels.get('2002')).toMatchObject({ revision: 1, lockedAt: '2026-12-01T10:00:00.000Z' });
  });

  it('lets two members submit at once: the lock makes no new revision, and keeps the first instant', async () => {
    await panels.save(panelOf('2003', 1), undefined, audit('2003', 'panel-created'));
    for (const member of ['a@x.org', 'b@x.org']) await marks.save(marksOf('2003', member, 'draft', 1), undefined, audit('2003', 'marks-saved'));

    const results = await Promise.allSettled(['a@x.org', 'b@x.org'].map((member) => marks.save(marksOf('2003', member, 'submitted', 2), 1, audit('2003', 'marks-submitted'), { panelRevision: 1 })));

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect((await marks.listByVacancy('2003')).map((mark) => mark.state)).toEqual(['submitted', 'submitted']);
    expect(await panels.get('2003')).toMatchObject({ revision: 1, lockedAt: '2026-12-01T10:00:00.000Z' });
  });

  it('refuses a second first draft and a stale revision: neither overwrites', async () => {
    await marks.save(marksOf('2004', 'a@x.org', 'draft', 1), undefined, audit('2004', 'marks-saved'));

    await expect(marks.save({ ...marksOf('2004', 'a@x.org', 'draft', 1), scores: { experience: { score: 5 } } }, undefined, audit('2004', 'marks-saved'))).rejects.toThrow(StaleSelectionItem);
    await expect(marks.save({ ...marksOf('2004', 'a@x.org', 'draft', 3), scores: { experience: { score: 5 } } }, 2, audit('2004', 'marks-saved'))).rejects.toThrow(StaleSelectionItem);

    expect((await marks.get('2004', '11111111-1111-4111-8111-111111111111', 'a@x.org'))?.scores).toEqual({ experience: { score: 3 } });
  });

  it('moves memberships with the panel: a member who leaves no longer finds it', async () => {
    await panels.save(panelOf('2005', 1), undefined, audit('2005', 'panel-created'));
    await panels.save({ ...panelOf('2005', 2), members: ['a@x.org', 'c@x.org'] }, panelOf('2005', 1), audit('2005', 'panel-changed'));

    expect(await panels.vacanciesOf('b@x.org')).not.toContain('2005');
    expect(await panels.vacanciesOf('c@x.org')).toContain('2005');
    expect(await panels.vacanciesOf('a@x.org')).toContain('2005');
  });
});
