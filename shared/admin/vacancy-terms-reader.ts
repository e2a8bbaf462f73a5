import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import type { VacancyTerms } from '../applications/vacancy-terms.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { toApplicationRow, type ApplicationRow } from './application-row.js';

/** A vacancy's terms, or undefined when there is no such vacancy (then nothing may go forward). */
export type TermsOf = (vacancy: string) => Promise<VacancyTerms | undefined>;

/**
 * Each vacancy's terms read once for a request (a page, a bulk edit, an export), however many of
 * its applications it touches. The write still judges posts against the counter as stored.
 */
export const termsReader = (store: Pick<ApplicationStore, 'vacancyTerms'>): TermsOf => {
  const read = new Map<string, Promise<VacancyTerms | undefined>>();
  return (vacancy) => {
    let terms = read.get(vacancy);
    if (!terms) {
      terms = store.vacancyTerms(vacancy);
      // A failed read is not kept: the next row asks again.
      terms.catch(() => read.delete(vacancy));
      read.set(vacancy, terms);
    }
    return terms;
  };
};

/** The row of one application, its moves judged on its vacancy as stored now: for a path that answers one row. */
export const rowOf = async (
  store: Pick<ApplicationStore, 'vacancyTerms'>,
  application: Application,
  viewer: StaffPrincipal | undefined,
  now: Date,
  termsOf: TermsOf = termsReader(store),
): Promise<ApplicationRow> => toApplicationRow(application, viewer, await termsOf(application.vacancy), now);
