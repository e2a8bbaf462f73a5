/**
 * Close-out (issue 16, point 6): once a vacancy is filled, or closed by HR, one bulk action ends
 * every application still open (submitted, screening, shortlisted, tested, interviewed, the reserve
 * list too) as `rejected` through the status machine, each in its own transaction with its audit
 * entry, the vacancy's counts moved once at the end (the store's batch); then each gets the
 * not-retained letter of the stage it reached. An outstanding offer is left alone. Resumable: a run
 * cut short is finished by the next, which finds the ended ones ended and their letters claimed.
 */
import { listAll } from '../applications/list-all.js';
import type { Application } from '../applications/application.js';
import { isConfirmed } from '../applications/application.js';
import { checkTransition, exitsOnly, type ApplicationStatus } from '../applications/status-machine.js';
import { StaleVersion, type AuditEntry } from '../applications/store.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { Conflict } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { CloseOutDependencies, LetterDependencies } from './dependencies.js';
import { stageOf } from './due.js';
import type { LetterReads } from './find-due.js';
import { findDue } from './find-due.js';
import type { NotRetainedStage } from './kinds.js';
import { sendDue, vacancyOf, type SendBudget, type SendSummary } from './send-letters.js';

/** What close-out ends. `offered` and `appointed` are not open: an offer outstanding keeps its post. */
export const openStatuses = ['submitted', 'screening', 'shortlisted', 'tested', 'interviewed'] as const satisfies readonly ApplicationStatus[];

const PAGE = 500;
const PARALLEL = 8;

/** A vacancy may be closed out once it no longer takes applications: filled, or closed. */
const checkClosable = (vacancy: Vacancy): void => {
  if (vacancy.status !== 'closed' && vacancy.status !== 'filled') {
    throw new Conflict(`Vacancy ${vacancy.number} is ${vacancy.status}: close-out ends a vacancy that is filled or closed (its deadline passed), not one that is ${vacancy.status}.`);
  }
};

const openApplications = async (deps: LetterDependencies, vacancy: string): Promise<{ items: Application[]; queries: number }> => {
  const items: Application[] = [];
  let queries = 0;
  for (const status of openStatuses) items.push(...(await listAll(deps.applications, { vacancy, status }, { pageSize: PAGE, onPage: () => (queries += 1) })));
  return { items, queries };
};

export interface CloseOutPreview {
  vacancy: string;
  status: Vacancy['status'];
  /** Applications close-out would end, by their status now. */
  toEnd: number;
  byStatus: Partial<Record<ApplicationStatus, number>>;
  /** The not-retained letters it would send, by the stage reached (the ones ended earlier and not yet told included). */
  letters: Partial<Record<NotRetainedStage, number>>;
  /** Of those ended, the unconfirmed (nobody proved the address): ended, but sent no letter. */
  unconfirmed: number;
}

export const previewCloseOut = async (deps: LetterDependencies, number: string, now: Date): Promise<CloseOutPreview> => {
  const vacancy = await vacancyOf(deps, number);
  checkClosable(vacancy);
  const { items } = await openApplications(deps, number);
  const byStatus: Partial<Record<ApplicationStatus, number>> = {};
  const letters: Partial<Record<NotRetainedStage, number>> = {};
  let unconfirmed = 0;
  for (const application of items) {
    byStatus[application.status] = (byStatus[application.status] ?? 0) + 1;
    if (!isConfirmed(application)) {
      unconfirmed += 1;
      continue;
    }
    const stage = stageOf(application.status, application.writtenTest !== undefined);
    letters[stage] = (letters[stage] ?? 0) + 1;
  }
  // Those already rejected whose letter has not gone (a run cut short, or the job's not yet run).
  for (const letter of (await findDue(deps, number, ['not-retained'], now)).owed) {
    if (letter.due.stage && letter.toCandidate) letters[letter.due.stage] = (letters[letter.due.stage] ?? 0) + 1;
  }
  return { vacancy: number, status: vacancy.status, toEnd: items.length, byStatus, letters, unconfirmed };
};

/** One application ended, read again on a stale version; answers the status it left, or undefined when it was no longer open. */
const endOne = async (update: CloseOutDependencies['applications']['update'], get: CloseOutDependencies['applications']['get'], principal: StaffPrincipal, first: Application, now: Date): Promise<ApplicationStatus | undefined> => {
  let application: Application | undefined = first;
  while (application && (openStatuses as readonly string[]).includes(application.status)) {
    const verdict = checkTransition(application.status, 'rejected', { ...exitsOnly, unconfirmed: !isConfirmed(application) });
    if (!verdict.allowed) return undefined;
    const at = now.toISOString();
    const audit: AuditEntry = { at, by: principal.email, action: 'status-changed', changes: { status: { from: application.status, to: 'rejected' } } };
    try {
      await update(application.id, application.version, { status: 'rejected', updatedAt: at }, audit, application);
      return application.status;
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      application = await get(application.id);
    }
  }
  return undefined;
};

export interface CloseOutResult {
  vacancy: string;
  ended: number;
  letters: SendSummary;
  reads: LetterReads & { closeOutQueries: number };
}

export const closeOut = async (deps: CloseOutDependencies, principal: StaffPrincipal, number: string, now: Date, budget?: SendBudget): Promise<CloseOutResult> => {
  const vacancy = await vacancyOf(deps, number);
  checkClosable(vacancy);
  const { items, queries } = await openApplications(deps, number);
  const rejectedFrom = new Map<string, ApplicationStatus>();
  // One batch: each row its own transaction without the vacancy's counter, which takes their sum once at the end.
  await deps.applications.batch(now.toISOString(), async (update) => {
    await mapBounded(items, PARALLEL, async (application) => {
      const from = await endOne(update, deps.applications.get, principal, application, now);
      if (from) rejectedFrom.set(application.id, from);
    });
  });
  const { summary, reads } = await sendDue(deps, vacancy, ['not-retained'], now, rejectedFrom, budget);
  return { vacancy: number, ended: rejectedFrom.size, letters: summary, reads: { ...reads, closeOutQueries: queries } };
};
