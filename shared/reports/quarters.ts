/**
 * The calendar quarters (UTC) the reports count gender in (issue 17, point 5; docs/reports.md).
 * Gender is counted per closed quarter only, never live: a live count moves when HR appoints a
 * named person, and the move tells that person's answer. A quarter is shown once it ended at least
 * 14 days ago, so an application confirmed late by email no longer moves it, and only the last 8
 * such quarters are shown.
 */
export const SETTLING_DAYS = 14;
export const QUARTERS_SHOWN = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Quarter {
  /** `2026-Q3`. */
  quarter: string;
  /** Its first and last day (UTC), as dates. */
  from: string;
  to: string;
}

const indexOf = (at: Date) => at.getUTCFullYear() * 4 + Math.floor(at.getUTCMonth() / 3);

const quarterAt = (index: number): Quarter => {
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3;
  return {
    quarter: `${year}-Q${(index % 4) + 1}`,
    from: new Date(Date.UTC(year, first, 1)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(year, first + 3, 0)).toISOString().slice(0, 10),
  };
};

/** The quarter (UTC) of an instant, as `2026-Q3`. */
export const quarterOf = (at: string): string => quarterAt(indexOf(new Date(at))).quarter;

/**
 * The quarters whose gender may be shown at `now`, oldest first: the last 8 that ended at least 14
 * days before (the quarter in progress never).
 */
export const settledQuarters = (now: Date): Quarter[] => {
  const latest = indexOf(new Date(now.getTime() - SETTLING_DAYS * DAY_MS)) - 1;
  return Array.from({ length: QUARTERS_SHOWN }, (_, back) => quarterAt(latest - (QUARTERS_SHOWN - 1) + back));
};
