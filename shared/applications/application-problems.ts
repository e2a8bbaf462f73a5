import { Conflict, NotFound } from '../errors.js';
import type { ApplicationStatus } from './status-machine.js';

/**
 * Problems an application's candidate or NCB meets in more than one rule, each said the same way
 * wherever it is thrown (the catalogues' problem.*).
 */

/** The application's vacancy was deleted (retention) while the application was still there. */
export const applicationVacancyGone = (): NotFound =>
  new NotFound('The vacancy of this application no longer exists.', { key: 'problem.notFound.applicationVacancy' });

/** An application that takes no documents at its status (appointed, rejected, withdrawn, or past its stage). */
export const noMoreDocuments = (status: ApplicationStatus): Conflict =>
  new Conflict(`A ${status} application takes no more documents.`, { key: 'problem.conflict.noMoreDocuments', values: { status } });
