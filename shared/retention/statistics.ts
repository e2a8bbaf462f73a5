import type { Application } from '../applications/application.js';

/**
 * What is kept of a vacancy's purged applications: counts, each along one dimension only
 * (country, category, status), so no count describes a person by several traits at once.
 */
export interface RetentionStatistics {
  total: number;
  byStatus: Record<string, number>;
  byCountry: Record<string, number>;
  byCategory: Record<string, number>;
}

export type CountedFacts = Pick<Application, 'status' | 'nationality' | 'category'>;

export const emptyStatistics = (): RetentionStatistics => ({ total: 0, byStatus: {}, byCountry: {}, byCategory: {} });

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
  }
  return statistics;
};
