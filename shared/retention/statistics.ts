import type { Application } from '../applications/application.js';
import { genderOf } from '../reports/gender.js';
import { quarterOf } from '../reports/quarters.js';

/**
 * What is kept of a vacancy's purged applications: counts, each along one dimension only
 * (country, category, status), so no count describes a person by several traits at once; and the
 * self-declared gender by the quarter of submission (`2026-Q3 woman`), the one trait the reports
 * show per quarter, so a closed quarter does not move when its applications are purged (the move
 * would tell whose answers went: docs/reports.md). The answer itself goes with the application.
 */
export interface RetentionStatistics {
  total: number;
  byStatus: Record<string, number>;
  byCountry: Record<string, number>;
  byCategory: Record<string, number>;
  /** Absent from a record kept before issue 17 (its purged applications counted nowhere by gender). */
  byQuarterGender: Record<string, number>;
}

export type CountedFacts = Pick<Application, 'status' | 'nationality' | 'category' | 'submittedAt' | 'gender'>;

export const emptyStatistics = (): RetentionStatistics => ({ total: 0, byStatus: {}, byCountry: {}, byCategory: {}, byQuarterGender: {} });

/** The key of a kept gender count: the quarter of submission and the answer (`notStated` for none). */
export const quarterGenderKey = (application: Pick<Application, 'submittedAt' | 'gender'>): string => `${quarterOf(application.submittedAt)} ${genderOf(application)}`;

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export const statisticsOf = (applications: readonly CountedFacts[]): RetentionStatistics => {
  const statistics = emptyStatistics();
  for (const application of applications) {
    statistics.total += 1;
    bump(statistics.byStatus, application.status);
    bump(statistics.byCountry, application.nationality);
    bump(statistics.byCategory, application.category);
    bump(statistics.byQuarterGender, quarterGenderKey(application));
  }
  return statistics;
};
