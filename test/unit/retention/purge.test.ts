import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { purgeExpiredApplications, type PurgeDependencies } from '#shared/retention/purge.js';
import { statisticsOf, type RetentionStatistics } from '#shared/retention/statistics.js';
import type { PurgeAuditEntry, RetentionRecord, RetentionStore } from '#shared/retention/store.js';
import type { StoredVacancy } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

const policy = { unsuccessfulDays: 183, appointedDays: 3650 };
const vacancy: StoredVacancy = { ...openVacancy({ number: 'R-1', deadline: '2026-01-15' }), status: 'closed', version: 2 };
const history = [{ at: '2026-01-16T08:00:00.000Z', by: 'hr@x', version: 2, action: 'close' as const, changes: {} }];

/** The table and bucket in memory: what the purge's rules need, no more. */
const world = (applications: Application[]) => {
  const items = new Map(applications.map((application) => [application.id, { ...application }]));
  const beside = new Map(applications.map((application) => [application.id, 2]));
  const objects = new Map(applications.map((application) => [application.id, 3]));
  let record: RetentionRecord | undefined;
  const audits: PurgeAuditEntry[] = [];
  const faults = { deleteUnder: 0, remove: 0 };
  // What each step did to which application, in order: the purge's order is what makes it resumable.
  const steps: string[] = [];
  const add = (statistics: RetentionStatistics, more: RetentionStatistics) => {
    statistics.total += more.total;
    for (const map of ['byStatus', 'byCountry', 'byCategory', 'byQuarterGender'] as const) for (const [key, n] of Object.entries(more[map])) statistics[map][key] = (statistics[map][key] ?? 0) + n;
  };
  const retention: RetentionStore = {
    record: async () => record && structuredClone(record),
    open: async () => {
      record ??= { vacancy: vacancy.number, statistics: statisticsOf([]), purged: {} };
    },
    claim: async ({ id, version }) => {
      const item = items.get(id);
      if (!item) return { kind: 'gone' };
      if (item.version !== version) return { kind: 'changed' };
      item.version += 1;
      return { kind: 'claimed', version: item.version };
    },
    erasePersonalItems: async ({ id }) => {
      steps.push(`personal:${id}`);
      const n = beside.get(id) ?? 0;
      beside.set(id, 0);
      return n;
    },
    remove: async (_vacancy, claimed) => {
      if (faults.remove > 0) {
        faults.remove -= 1;
        throw new Error('DynamoDB unavailable');
      }
      for (const { id } of claimed) steps.push(`remove:${id}`);
      const removed = claimed.filter(({ id, version }) => items.get(id)?.version === version);
      for (const { id } of removed) items.delete(id);
      if (record) add(record.statistics, statisticsOf(removed.map(({ facts }) => facts)));
      return removed.map(({ id }) => id);
    },
    recordPurge: async (entry, completed) => {
      audits.push(entry);
      if (completed && record) {
        for (const group of completed.groups) record.purged[group] = completed.endedAt;
        record.vacancyVersion = completed.vacancyVersion;
      }
    },
    purges: async () => audits,
  };
  // The proposals a match made some of the applications from (same id), each with its items.
  const proposals = new Map<string, number>();
  // Each application's selection items (marks, recommendation) and the history entries naming it, before and after the purge.
  const selection = new Map<string, { items: number; entries: number }>();
  const deps: PurgeDependencies = {
    vacancies: { listByStatus: async (status) => (status === vacancy.status ? [vacancy] : []), history: async () => history },
    // Pages of the asked size; the cursor is the last key read, as DynamoDB's, so deletes do not shift pages.
    applications: {
      list: async (_filter, { cursor, limit }) => {
        const after = [...items.values()].filter((application) => cursor === undefined || application.id > cursor).sort((a, b) => a.id.localeCompare(b.id));
        const page = after.slice(0, limit);
        return { items: page, ...(after.length > limit ? { nextCursor: page.at(-1)?.id } : {}) };
      },
    },
    retention,
    proposals: {
      erase: async (id) => {
        const n = proposals.get(id) ?? 0;
        proposals.delete(id);
        return { items: n, removed: n > 0 };
      },
    },
    selection: {
      eraseCandidate: async (_vacancy, id) => {
        steps.push(`selection:${id}`);
        const held = selection.get(id);
        selection.delete(id);
        return { deleted: held?.items ?? 0, redacted: held?.entries ?? 0 };
      },
    },
    // Interviews' items are counted on the local stack (test/integration/jobs/retention-interviews.test.ts).
    interviews: { eraseCandidate: async () => ({ deleted: 0 }), eraseVacancy: async () => ({ deleted: 0 }) },
    // Written tests' items likewise (test/integration/jobs/retention-written-tests.test.ts).
    writtenTests: { eraseCandidate: async () => ({ deleted: 0 }), eraseVacancy: async () => ({ deleted: 0 }) },
    // A secondment's hold on the confirmation letter is tested on the local stack (test/integration/jobs/retention-secondments.test.ts).
    secondmentDocuments: { heldFor: async () => [] },
    documents: {
      deleteUnder: async (prefix) => {
        if (faults.deleteUnder > 0) {
          faults.deleteUnder -= 1;
          throw new Error('S3 unavailable');
        }
        const id = prefix.split('/')[1] ?? '';
        steps.push(`documents:${id}`);
        const n = prefix.startsWith('applications/') ? (objects.get(id) ?? 0) : 0;
        if (prefix.startsWith('applications/')) objects.set(id, 0);
        return n;
      },
    },
  };
  return { deps, items, audits, faults, proposals, selection, steps, record: () => record, edit: (id: string) => ((items.get(id) as Application).version += 1) };
};

const candidates = [
  aminaApplication({ id: 'a-1', vacancy: 'R-1', status: 'rejected' }),
  aminaApplication({ id: 'a-2', vacancy: 'R-1', status: 'withdrawn', nationality: 'FR' }),
];
const now = new Date('2026-12-01T03:00:00Z');

describe('purgeExpiredApplications', () => {
  it('finishes on the next run what a failed run left, counting each application once', async () => {
    const { deps, items, faults, record } = world(candidates);
    faults.deleteUnder = 1;

    await expect(purgeExpiredApplications(deps, policy, now, 'run-1')).rejects.toThrow('S3 unavailable');
    const second = await purgeExpiredApplications(deps, policy, now, 'run-2');

    expect(items.size).toBe(0);
    expect(second.applicationsPurged).toBe(2);
    expect(record()?.statistics.total).toBe(2);
    expect(record()?.purged.unsuccessful).toBe('2026-01-16T08:00:00.000Z');
  });

  it('stops between pages when told its time is nearly up, and the next run finishes the vacancy', async () => {
    const many = Array.from({ length: 60 }, (_, i) => aminaApplication({ id: `m-${String(i).padStart(2, '0')}`, vacancy: 'R-1', status: 'rejected' }));
    const { deps, items, record } = world(many);
    let asked = 0;

    const first = await purgeExpiredApplications(deps, policy, now, 'run-1', { shouldStop: () => (asked += 1) > 1 });
    const afterFirst = { left: items.size, purged: { ...record()?.purged } };
    const second = await purgeExpiredApplications(deps, policy, now, 'run-2');

    expect(first).toMatchObject({ applicationsPurged: 50, stoppedEarly: 1 });
    expect(afterFirst).toEqual({ left: 10, purged: {} });
    expect(second).toMatchObject({ applicationsPurged: 10, stoppedEarly: 0 });
    expect(record()?.statistics.total).toBe(60);
  });

  it('purges the proposal an application was matched from with the application, and no proposal for the others', async () => {
    const matched = aminaApplication({ id: 'p-1', vacancy: 'R-1', status: 'rejected', origin: { proposalId: 'p-1' } });
    const { deps, items, proposals } = world([...candidates, matched]);
    // The proposal item, its three audit entries and a claim; a proposal of the same id as a2 that the application does not name stays.
    proposals.set('p-1', 5);
    proposals.set('a-2', 1);

    const summary = await purgeExpiredApplications(deps, policy, now, 'run-1');

    expect(items.size).toBe(0);
    expect([...proposals.keys()]).toEqual(['a-2']);
    // Two personal items beside each of the three applications, the three items themselves, and the matched proposal's five.
    expect(summary.itemsDeleted).toBe(3 * 2 + 3 + 5);
  });

  it('erases a candidate’s marks and recommendation and redacts its selection history, after its documents and before its application item', async () => {
    const { deps, items, selection, steps } = world(candidates);
    // Three members' marks and a recommendation; four history entries naming a-1 (saves, submissions, the recommendation).
    selection.set('a-1', { items: 4, entries: 4 });

    const summary = await purgeExpiredApplications(deps, policy, now, 'run-1');

    expect(items.size).toBe(0);
    expect(selection.size).toBe(0);
    const ofA1 = steps.filter((step) => step.endsWith(':a-1')).map((step) => step.split(':')[0]);
    expect([...new Set(ofA1)]).toEqual(['documents', 'personal', 'selection', 'remove']);
    // Two personal items beside each application, the two items themselves, a-1's four selection items.
    expect(summary).toMatchObject({ itemsDeleted: 2 * 2 + 2 + 4, selectionEntriesRedacted: 4 });
  });

  it('finishes a run stopped before the application items on the next run, erasing the selection items once (idempotent)', async () => {
    const { deps, items, selection, faults, record } = world(candidates);
    selection.set('a-1', { items: 2, entries: 3 });
    faults.remove = 1;

    await expect(purgeExpiredApplications(deps, policy, now, 'run-1')).rejects.toThrow('DynamoDB unavailable');
    const afterFirst = { left: items.size, selection: selection.size };
    const second = await purgeExpiredApplications(deps, policy, now, 'run-2');
    const third = await purgeExpiredApplications(deps, policy, now, 'run-3');

    expect(afterFirst).toEqual({ left: 2, selection: 0 });
    expect(second).toMatchObject({ applicationsPurged: 2, selectionEntriesRedacted: 0 });
    expect(third).toMatchObject({ applicationsPurged: 0, itemsDeleted: 0, selectionEntriesRedacted: 0 });
    expect(items.size).toBe(0);
    expect(record()?.statistics.total).toBe(2);
  });

  it('purges a vacancy of many pages in one run', async () => {
    const many = Array.from({ length: 120 }, (_, i) => aminaApplication({ id: `m-${String(i).padStart(3, '0')}`, vacancy: 'R-1', status: 'withdrawn' }));
    const { deps, items } = world(many);

    expect(await purgeExpiredApplications(deps, policy, now, 'run-1')).toMatchObject({ applicationsPurged: 120, documentsDeleted: 360 });
    expect(items.size).toBe(0);
  });

  it('leaves an application edited during the run to the next run, and does not call the vacancy done', async () => {
    const { deps, items, record, edit } = world(candidates);
    const listed = deps.applications.list;
    // Someone edits a-2 after the purge read it and before it claims it.
    deps.applications.list = async (...args) => {
      const page = await listed(...args);
      edit('a-2');
      return { items: page.items.map((application) => ({ ...application, version: application.id === 'a-2' ? application.version - 1 : application.version })) };
    };

    const first = await purgeExpiredApplications(deps, policy, now, 'run-1');
    deps.applications.list = listed;
    const second = await purgeExpiredApplications(deps, policy, now, 'run-2');

    expect(first).toMatchObject({ applicationsPurged: 1, deferred: 1 });
    expect(second).toMatchObject({ applicationsPurged: 1, deferred: 0 });
    expect(items.size).toBe(0);
    expect(record()?.statistics.byCountry).toEqual({ SN: 1, FR: 1 });
  });

  it('costs a vacancy finished for good (no appointed candidate) one record read on later runs', async () => {
    const { deps } = world(candidates);
    await purgeExpiredApplications(deps, policy, now, 'run-1');
    const reads = { history: 0, listings: 0 };
    const [listed, history] = [deps.applications.list, deps.vacancies.history];
    deps.applications.list = async (...args) => ((reads.listings += 1), listed(...args));
    deps.vacancies.history = async (...args) => ((reads.history += 1), history(...args));

    const later = await purgeExpiredApplications(deps, policy, new Date('2026-12-02T03:00:00Z'), 'run-2');

    expect(later).toMatchObject({ vacanciesChecked: 1, vacanciesPurged: 0 });
    expect(reads).toEqual({ history: 0, listings: 0 });
  });

  it('keeps looking at a vacancy with an appointed candidate until that retention is over too', async () => {
    const { deps, items, record } = world([...candidates, aminaApplication({ id: 'a-3', vacancy: 'R-1', status: 'appointed' })]);

    await purgeExpiredApplications(deps, policy, now, 'run-1');

    expect([...items.keys()]).toEqual(['a-3']);
    expect(record()?.purged).toEqual({ unsuccessful: '2026-01-16T08:00:00.000Z' });
  });

  it('reads an appointed-waiting vacancy’s history once, not on every later day', async () => {
    const { deps } = world([...candidates, aminaApplication({ id: 'a-3', vacancy: 'R-1', status: 'appointed' })]);
    await purgeExpiredApplications(deps, policy, now, 'run-1');
    let historyReads = 0;
    const history = deps.vacancies.history;
    deps.vacancies.history = async (...args) => ((historyReads += 1), history(...args));

    const later = await purgeExpiredApplications(deps, policy, new Date('2026-12-02T03:00:00Z'), 'run-2');

    expect(later).toMatchObject({ vacanciesChecked: 1, vacanciesPurged: 0 });
    expect(historyReads).toBe(0);
  });

  it('writes no purge audit entry for a day that only found candidates still in selection', async () => {
    const { deps } = world([...candidates, aminaApplication({ id: 'a-4', vacancy: 'R-1', status: 'interviewed' })]);
    await purgeExpiredApplications(deps, policy, now, 'run-1');
    const entries = (await deps.retention.purges('R-1')).length;

    await purgeExpiredApplications(deps, policy, new Date('2026-12-02T03:00:00Z'), 'run-2');

    expect(await deps.retention.purges('R-1')).toHaveLength(entries);
  });

  it('keeps a closed vacancy’s candidates still in selection as long as an appointed one, purging final ones now', async () => {
    const { deps, items, record } = world([...candidates, aminaApplication({ id: 'a-4', vacancy: 'R-1', status: 'interviewed' })]);

    await purgeExpiredApplications(deps, policy, now, 'run-1');
    expect([...items.keys()]).toEqual(['a-4']);
    expect(record()?.purged).toEqual({});

    await purgeExpiredApplications(deps, policy, new Date('2036-03-01T03:00:00Z'), 'run-2');
    expect(items.size).toBe(0);
  });
});
