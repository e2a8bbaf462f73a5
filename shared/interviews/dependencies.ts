import type { Application } from '../applications/application.js';
import type { SendOnceDependencies } from '../email/send-once.js';
import type { Panel } from '../selection/panel.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { InterviewStore } from './store.js';

/** What the interviews' rules read and write through: the stores, email, the status page's address, ids. */
export interface InterviewDependencies {
  interviews: InterviewStore;
  applications: { get(id: string): Promise<Application | undefined> };
  vacancies: { get(number: string): Promise<Vacancy | undefined> };
  panels: { get(vacancy: string): Promise<Panel | undefined> };
  email: SendOnceDependencies;
  /** The status page's address without its secrets (the receipt's link is the one that opens it). */
  publicBaseUrl: string;
  newId: () => string;
}
