import { vacancyStatuses } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { sameCounts, type ApplicationCounts } from './counts.js';

/** A vacancy's counter as stored (`VACANCY#<n>` / `COUNTS`). */
export interface StoredCounts {
  counts: ApplicationCounts;
  /** Bumped by every change written to it: the reconciliation writes only over the revision it read. */
  revision: number;
  /** When a change last moved it. */
  updatedAt: string;
  /** When a recount last found it right, and at which revision (never set by the write that creates or repairs it). */
  reconciledAt?: string;
  reconciledRevision?: number;
  /**
   * When each batch of writes still open on it began (a bulk edit, an import, a cancelled
   * vacancy's sweep): its rows are written without the counter, and the batch adds their sum when
   * it ends. While any is open the counts lack those rows: reads count the rows instead.
   */
  pendingSince: string[];
}

/** The table side of the reconciliation; the DynamoDB implementation is functions/adapters/dynamodb/application-counter.ts. */
export interface CountsStore {
  read(vacancy: string): Promise<StoredCounts | undefined>;
  /** The counts from the vacancy's applications themselves (every row read). */
  recount(vacancy: string): Promise<ApplicationCounts>;
  /**
   * Records the outcome over the counter exactly as `seen` (none: it must still be absent):
   * `counts` replaces the stored counts and any batch marks (or creates the counter), unstamped,
   * so the next run recounts it; undefined stamps it as found right at its revision. False when
   * the counter changed meanwhile: the next run looks again.
   */
  settle(vacancy: string, counts: ApplicationCounts | undefined, seen: StoredCounts | undefined, now: string): Promise<boolean>;
}

/**
 * A counter changed this recently is left for the next run: the recount reads an index that is
 * eventually consistent, and a change of the last moments might not be in it yet.
 */
export const SETTLE_MS = 60_000;
/** A counter unchanged since it was last found right is recounted again after this long anyway. */
export const RECHECK_MS = 7 * 86_400_000;
/**
 * A batch runs inside one function invocation, which Lambda ends after 15 minutes at most: a mark
 * older than this belongs to a batch that never ended (a crash, a timeout), and its rows are
 * counted by a recount instead.
 */
export const BATCH_MS = 15 * 60_000;

export interface ReconciliationSummary {
  [name: string]: number;
  vacancies: number;
  /** Counters made from the rows for vacancies that had none. */
  created: number;
  /** Counters that differed from their recount and were set to it. */
  repaired: number;
  /** Counters left marked by a batch that never ended: set to their recount, the marks gone. */
  released: number;
  /** Counters found equal to the recount. */
  confirmed: number;
  /** Unchanged since last found right: not read again. */
  skipped: number;
  /** Changed too recently or during the recount: left to the next run. */
  deferred: number;
  /** Vacancies not reached because the run stopped for time: the next run takes them. */
  notReached: number;
}

/**
 * `count-reconciliation`: every vacancy's counts recounted from its applications and the counter
 * set to the recount where it differs (or created where a stage has none yet: the only place a
 * counter is created). Idempotent, and resumable: a counter a recount found right is stamped with
 * the revision it found, so a run cut short (or run again) skips those and goes on with the rest.
 * A counter it created or repaired is not stamped: the recount read an index that may lag, so the
 * next run confirms it. A counter moved by a change while it counts is not overwritten (the write
 * is conditioned on the revision read), and one with a batch still open is left alone.
 */
export const reconcileCounts = async (
  deps: { vacancies: VacancyStore; counts: CountsStore },
  now: Date,
  options: { shouldStop?: () => boolean } = {},
): Promise<ReconciliationSummary> => {
  const shouldStop = options.shouldStop ?? (() => false);
  const at = now.toISOString();
  const numbers = (await Promise.all(vacancyStatuses.map((status) => deps.vacancies.listByStatus(status))))
    .flat()
    .map((vacancy) => vacancy.number)
    .sort();
  const summary: ReconciliationSummary = { vacancies: numbers.length, created: 0, repaired: 0, released: 0, confirmed: 0, skipped: 0, deferred: 0, notReached: 0 };
  for (const [index, vacancy] of numbers.entries()) {
    if (shouldStop()) {
      summary.notReached = numbers.length - index;
      break;
    }
    const seen = await deps.counts.read(vacancy);
    const marked = (seen?.pendingSince.length ?? 0) > 0;
    if (seen) {
      const found =
        !marked && seen.reconciledRevision === seen.revision && seen.reconciledAt !== undefined && Date.parse(seen.reconciledAt) > now.getTime() - RECHECK_MS;
      if (found) {
        summary.skipped += 1;
        continue;
      }
      // A batch still running adds its rows when it ends: a recount now would count them twice.
      const batchOpen = seen.pendingSince.some((since) => Date.parse(since) > now.getTime() - BATCH_MS);
      if (batchOpen || Date.parse(seen.updatedAt) > now.getTime() - SETTLE_MS) {
        summary.deferred += 1;
        continue;
      }
    }
    const recount = await deps.counts.recount(vacancy);
    const same = seen !== undefined && !marked && sameCounts(seen.counts, recount);
    if (!(await deps.counts.settle(vacancy, same ? undefined : recount, seen, at))) summary.deferred += 1;
    else if (!seen) summary.created += 1;
    else if (same) summary.confirmed += 1;
    else if (marked) summary.released += 1;
    else summary.repaired += 1;
  }
  return summary;
};
