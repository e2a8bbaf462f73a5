import { describe, expect, it } from 'vitest';
import { reconcileCounts, type CountsStore, type StoredCounts } from '#shared/applications/count-reconciliation.js';
import { countAll, countsChange, countsOf, isNoChange, zeroCounts, type ApplicationCounts } from '#shared/applications/counts.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2026-11-21T08:00:00.000Z', suppliedBy: 'ncb' as const };
const validated = { decision: 'validated' as const, screeningAttested: true, at: '2026-11-21T08:00:00.000Z', by: 'ncb' };
const complete = aminaApplication({ documents: { cv: received, confirmationLetter: received }, ncbValidation: validated });
const unconfirmed = aminaApplication({ emailConfirmation: { tokenHash: 'h', expiresAt: '2026-11-23T10:00:00.000Z' } });

const counts = (changes: Partial<Omit<ApplicationCounts, 'byStatus'>> & { byStatus?: Partial<ApplicationCounts['byStatus']> }): ApplicationCounts => {
  const zero = zeroCounts();
  return { ...zero, ...changes, byStatus: { ...zero.byStatus, ...changes.byStatus } };
};

describe('an application’s part of its vacancy’s counts', () => {
  it('counts an unconfirmed application apart, in no status', () => {
    expect(countsOf(unconfirmed)).toEqual(counts({ unconfirmed: 1 }));
  });

  it('counts a received application by status, and as incomplete while active and missing something', () => {
    expect(countsOf(aminaApplication())).toEqual(counts({ byStatus: { submitted: 1 }, incomplete: 1 }));
    expect(countsOf(complete)).toEqual(counts({ byStatus: { submitted: 1 } }));
    // A withdrawn application waits for nothing.
    expect(countsOf(aminaApplication({ status: 'withdrawn' }))).toEqual(counts({ byStatus: { withdrawn: 1 } }));
  });

  it('moves nothing for an edit of a score or a note, and both ends of a move for a status change', () => {
    expect(isNoChange(countsChange(complete, { ...complete, score: 80 } as typeof complete))).toBe(true);
    expect(countsChange(aminaApplication(), aminaApplication({ status: 'rejected' }))).toEqual(counts({ byStatus: { submitted: -1, rejected: 1 }, incomplete: -1 }));
    expect(countsChange(undefined, unconfirmed)).toEqual(counts({ unconfirmed: 1 }));
    expect(countsChange(complete, undefined)).toEqual(counts({ byStatus: { submitted: -1 } }));
  });

  it('counts many as the sum of each', () => {
    expect(countAll([complete, unconfirmed, aminaApplication()])).toEqual(counts({ byStatus: { submitted: 2 }, incomplete: 1, unconfirmed: 1 }));
  });
});

describe('the reconciliation', () => {
  const vacancies = (numbers: string[]): VacancyStore => ({
    get: async () => undefined,
    listByStatus: async (status) => (status === 'open' ? numbers.map((number): Vacancy => openVacancy({ number })) : []),
    put: async () => undefined,
  });
  const NOW = new Date('2026-11-22T09:00:00.000Z');
  const stored = (overrides: Partial<StoredCounts> = {}): StoredCounts => ({
    counts: counts({ byStatus: { submitted: 2 } }),
    revision: 4,
    updatedAt: '2026-11-21T09:00:00.000Z',
    pendingSince: [],
    ...overrides,
  });

  /** Counters in memory, recounts as given, and a way to make a settle lose its race. */
  const memoryCounts = (counters: Record<string, StoredCounts | undefined>, rows: Record<string, ApplicationCounts>, losing: string[] = []) => {
    const settled: Array<[string, ApplicationCounts | undefined]> = [];
    const store: CountsStore = {
      read: async (vacancy) => counters[vacancy],
      recount: async (vacancy) => rows[vacancy] ?? zeroCounts(),
      settle: async (vacancy, next, seen) => {
        if (losing.includes(vacancy) || counters[vacancy]?.revision !== seen?.revision) return false;
        settled.push([vacancy, next]);
        // As the DynamoDB store: a recount written (created, repaired) is not stamped; a counter found right is.
        counters[vacancy] = next
          ? { counts: next, revision: (seen?.revision ?? 0) + 1, updatedAt: seen?.updatedAt ?? '', pendingSince: [] }
          : { ...(seen ?? stored()), reconciledAt: NOW.toISOString(), reconciledRevision: seen?.revision ?? 0 };
        return true;
      },
    };
    return { store, settled, counters };
  };

  it('creates a missing counter, repairs a drifted one, confirms a right one, and skips it on the next run', async () => {
    const memory = memoryCounts(
      { A: undefined, B: stored(), C: stored() },
      { A: counts({ unconfirmed: 3 }), B: counts({ byStatus: { submitted: 1, rejected: 1 } }), C: counts({ byStatus: { submitted: 2 } }) },
    );

    const first = await reconcileCounts({ vacancies: vacancies(['A', 'B', 'C']), counts: memory.store }, NOW);
    const second = await reconcileCounts({ vacancies: vacancies(['A', 'B', 'C']), counts: memory.store }, NOW);

    const third = await reconcileCounts({ vacancies: vacancies(['A', 'B', 'C']), counts: memory.store }, NOW);

    expect(first).toMatchObject({ vacancies: 3, created: 1, repaired: 1, confirmed: 1, deferred: 0 });
    expect(memory.counters.B?.counts).toEqual(counts({ byStatus: { submitted: 1, rejected: 1 } }));
    // What it created or repaired came from an index that may lag: the next run counts it again before trusting it.
    expect(second).toMatchObject({ skipped: 1, created: 0, repaired: 0, confirmed: 2 });
    expect(third).toMatchObject({ skipped: 3 });
  });

  it('leaves alone a counter whose batch is still open, and sets one whose batch never ended to its recount', async () => {
    const open = stored({ pendingSince: ['2026-11-22T08:50:00.000Z'], updatedAt: '2026-11-22T08:50:00.000Z' });
    // A batch begun 20 minutes ago cannot still be running (BATCH_MS): its rows are in no counter.
    const abandoned = stored({ pendingSince: ['2026-11-22T08:40:00.000Z'], updatedAt: '2026-11-22T08:40:00.000Z', reconciledAt: '2026-11-22T03:30:00.000Z', reconciledRevision: 4 });
    const memory = memoryCounts({ A: open, B: abandoned }, { A: counts({ byStatus: { rejected: 2 } }), B: counts({ byStatus: { submitted: 2 } }) });

    const summary = await reconcileCounts({ vacancies: vacancies(['A', 'B']), counts: memory.store }, NOW);

    expect(summary).toMatchObject({ deferred: 1, released: 1, skipped: 0, confirmed: 0 });
    expect(memory.settled).toEqual([['B', counts({ byStatus: { submitted: 2 } })]]);
    expect(memory.counters.B?.pendingSince).toEqual([]);
  });

  it('leaves to the next run a counter changed in the last minute, or changed while it counted', async () => {
    const memory = memoryCounts({ A: stored({ updatedAt: '2026-11-22T08:59:30.000Z' }), B: stored() }, { B: counts({}) }, ['B']);

    const summary = await reconcileCounts({ vacancies: vacancies(['A', 'B']), counts: memory.store }, NOW);

    expect(summary).toMatchObject({ deferred: 2, repaired: 0 });
    expect(memory.settled).toEqual([]);
  });

  it('stops between vacancies when told, and a second run finishes what the first left', async () => {
    const memory = memoryCounts({ A: undefined, B: undefined, C: undefined }, {});
    let budget = 1;

    const cut = await reconcileCounts({ vacancies: vacancies(['A', 'B', 'C']), counts: memory.store }, NOW, { shouldStop: () => budget-- <= 0 });
    const rest = await reconcileCounts({ vacancies: vacancies(['A', 'B', 'C']), counts: memory.store }, NOW);

    expect(cut).toMatchObject({ created: 1, notReached: 2 });
    expect(rest).toMatchObject({ created: 2, confirmed: 1 });
  });
});
