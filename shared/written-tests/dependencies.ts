import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import type { SendOnceDependencies } from '../email/send-once.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { WrittenTestStore } from './store.js';

/** What the written tests' rules read and write through: the stores, email, the status page's address, ids. */
export interface WrittenTestDependencies {
  writtenTests: WrittenTestStore;
  /** Reading applications, listing a vacancy's shortlisted ones, and the result's write with its audit entry. */
  applications: Pick<ApplicationStore, 'get' | 'list' | 'update' | 'vacancyTerms'>;
  vacancies: { get(number: string): Promise<Vacancy | undefined> };
  email: SendOnceDependencies;
  /** The status page's address without its secrets (the receipt's link is the one that opens it). */
  publicBaseUrl: string;
  newId: () => string;
}

export type Candidate = Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'language' | 'timeZone'>;
