import type { Vacancy, VacancyStatus } from './schema.js';

/** Where vacancies live; the DynamoDB implementation is functions/adapters/dynamodb/vacancy-store.ts. */
export interface VacancyStore {
  get(number: string): Promise<Vacancy | undefined>;
  /** Vacancies stored with this status, by deadline; from `deadlineFrom` (YYYY-MM-DD) on when given. */
  listByStatus(status: VacancyStatus, deadlineFrom?: string): Promise<Vacancy[]>;
  put(vacancy: Vacancy): Promise<void>;
}
