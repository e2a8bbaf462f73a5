/**
 * Self-declared gender per closed quarter (issue 17, point 5): applications by the quarter of their
 * submission, appointments by the quarter of the appointment, each quarter's cells suppressed on
 * their own (small-cells.ts). No total across quarters: it would move with each appointment and
 * tell the appointee's answer, as a live count did (quarters.ts).
 */
import { reportedGenders, type ReportedGender } from './gender.js';
import { quarterOf, settledQuarters, type Quarter } from './quarters.js';
import { shareOf, shownCounts, type ShownCount } from './small-cells.js';

export interface GenderFigures {
  cells: Record<ReportedGender, ShownCount>;
  /** Per cent of `total` (the quarter's applications, or appointments, every answer and none), only for cells shown. */
  shares: Partial<Record<ReportedGender, number>>;
  total: number;
}

export interface GenderQuarter extends Quarter {
  applications: GenderFigures;
  appointments: GenderFigures;
}

const genderFigures = (counts: Record<ReportedGender, number>): GenderFigures => {
  const total = reportedGenders.reduce((sum, gender) => sum + counts[gender], 0);
  const cells = shownCounts(counts);
  const shares: Partial<Record<ReportedGender, number>> = {};
  for (const gender of reportedGenders) {
    const value = shareOf(cells[gender], total);
    if (value !== undefined) shares[gender] = value;
  }
  return { cells, shares, total };
};

const zeroGenders = (): Record<ReportedGender, number> => Object.fromEntries(reportedGenders.map((gender) => [gender, 0])) as Record<ReportedGender, number>;

/** A tally of answers by quarter; `quarters(now)` the settled quarters that hold an application or an appointment. */
export const genderTally = () => {
  const applications = new Map<string, Record<ReportedGender, number>>();
  const appointments = new Map<string, Record<ReportedGender, number>>();
  const add = (tally: Map<string, Record<ReportedGender, number>>, at: string, gender: ReportedGender) => {
    const quarter = quarterOf(at);
    const counts = tally.get(quarter) ?? zeroGenders();
    counts[gender] += 1;
    tally.set(quarter, counts);
  };
  return {
    /** An application, at its submission. */
    applied: (submittedAt: string, gender: ReportedGender) => add(applications, submittedAt, gender),
    /** An appointment, at its time. */
    appointed: (at: string, gender: ReportedGender) => add(appointments, at, gender),
    /** Purged applications' kept count (shared/retention/statistics.ts): `2026-Q3 woman`; an unreadable key is left out. */
    kept: (key: string, count: number) => {
      const [quarter = '', answer = ''] = key.split(' ');
      const gender = reportedGenders.find((one) => one === answer);
      if (!/^\d{4}-Q[1-4]$/.test(quarter) || gender === undefined || !Number.isInteger(count) || count <= 0) return;
      const counts = applications.get(quarter) ?? zeroGenders();
      counts[gender] += count;
      applications.set(quarter, counts);
    },
    quarters: (now: Date): GenderQuarter[] =>
      settledQuarters(now)
        .filter(({ quarter }) => applications.has(quarter) || appointments.has(quarter))
        .map((quarter) => ({
          ...quarter,
          applications: genderFigures(applications.get(quarter.quarter) ?? zeroGenders()),
          appointments: genderFigures(appointments.get(quarter.quarter) ?? zeroGenders()),
        })),
  };
};
