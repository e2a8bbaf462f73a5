import { monthsServedBetween } from '../secondments/months.js';
import type { Secondment } from '../secondments/secondment.js';

/**
 * What is kept of purged secondments (issue 17, point 6) for the reports: counts, each along one
 * dimension only, so no count describes an officer by several traits at once; no name, id or email.
 * One item for the whole stage (docs/data-model.md, "Secondment statistics").
 */
export interface SecondmentStatistics {
  /** Secondments purged and counted. */
  total: number;
  /** By the officer's nationality (ISO country code). */
  byNationality: Record<string, number>;
  /** By the unit they served in. */
  byUnit: Record<string, number>;
  /** By type: `regular`, `short-term`. */
  byType: Record<string, number>;
  /** By the year of the last day served (`2031`). */
  byYearEnded: Record<string, number>;
  /** `early` when HR recorded an end before the planned last day, else `on-time`. */
  byEnding: Partial<Record<SecondmentEnding, number>>;
  /** By whole months served, in bands (`monthsServedBands`). */
  byMonthsServed: Partial<Record<MonthsServedBand, number>>;
}

export type SecondmentEnding = 'early' | 'on-time';

/**
 * The bands of months served: the rules' limits (6 and 36 for short-term, 12, 36 and 72 for
 * regular) fall on band edges, so a report can tell an initial run from a renewed one.
 */
export const monthsServedBands = ['0-6', '7-12', '13-24', '25-36', '37-48', '49-60', '61-72', 'over-72'] as const;
export type MonthsServedBand = (typeof monthsServedBands)[number];

export const monthsServedBand = (months: number): MonthsServedBand => {
  if (months <= 6) return '0-6';
  if (months <= 12) return '7-12';
  if (months <= 24) return '13-24';
  if (months <= 36) return '25-36';
  if (months <= 48) return '37-48';
  if (months <= 60) return '49-60';
  if (months <= 72) return '61-72';
  return 'over-72';
};

/** The facts of a secondment the counts read, and nothing that names the officer. */
export type CountedSecondment = Pick<Secondment, 'nationality' | 'unit' | 'type' | 'firstDay' | 'lastDay' | 'ended'>;

/** The last day actually served: the recorded end's, else the planned one (moved by each approved extension). */
export const lastDayServed = (secondment: Pick<Secondment, 'lastDay' | 'ended'>): string => secondment.ended?.lastDay ?? secondment.lastDay;

export const emptySecondmentStatistics = (): SecondmentStatistics => ({
  total: 0,
  byNationality: {},
  byUnit: {},
  byType: {},
  byYearEnded: {},
  byEnding: {},
  byMonthsServed: {},
});

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export const secondmentStatisticsOf = (secondments: readonly CountedSecondment[]): SecondmentStatistics => {
  const statistics = emptySecondmentStatistics();
  for (const secondment of secondments) {
    const lastDay = lastDayServed(secondment);
    statistics.total += 1;
    bump(statistics.byNationality, secondment.nationality);
    bump(statistics.byUnit, secondment.unit);
    bump(statistics.byType, secondment.type);
    bump(statistics.byYearEnded, lastDay.slice(0, 4));
    bump(statistics.byEnding, secondment.ended?.early ? 'early' : 'on-time');
    // An end recorded before the first day served nothing: zero months, not a negative count.
    bump(statistics.byMonthsServed, monthsServedBand(lastDay < secondment.firstDay ? 0 : monthsServedBetween(secondment.firstDay, lastDay)));
  }
  return statistics;
};

/** Where the reports read the kept counts (functions/adapters/dynamodb/retention-store.ts `secondmentStatistics`). */
export interface SecondmentStatisticsSource {
  /** The counts kept of every secondment purged so far; all zero before the first. */
  secondmentStatistics(): Promise<SecondmentStatistics>;
}
