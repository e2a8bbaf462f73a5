import { fieldChanges } from '../audit/field-changes.js';
import { isConfirmed, type Application, type EligibilityOverride } from '../applications/application.js';
import { judgeEligibility } from '../eligibility/eligibility.js';
import { checkTransition, exitsOnly, forwardStatuses, postsTakenReason } from '../applications/status-machine.js';
import { PostsFull, StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { EditConflict } from '../audit/edit-conflict.js';
import { ForbiddenTransition, NotFound, NothingToOverride } from '../errors.js';
import { PostsTaken } from './posts-taken.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { ApplicationChanges } from './application-edit.js';
import { readiness, toApplicationRow, type ApplicationRow } from './application-row.js';
import { termsReader, type TermsOf } from './vacancy-terms-reader.js';
import { openForStaff } from './staff-application.js';

export { EditConflict };

/** Someone else changed the row since the editor saw it: the conflict carries the row as stored now. */
export const applicationConflict = (current: ApplicationRow): EditConflict<ApplicationRow> =>
  new EditConflict(current, `This application was changed by someone else (it is now at version ${current.version}); look at its new values and edit again.`, {
    key: 'problem.conflict.applicationChanged',
    values: { version: current.version },
  });

/** The fields an edit names: a field left out of it is not part of the change, `null` clears one. */
const named = (changes: ApplicationChanges) => (['status', 'score', 'note', 'eligibilityOverride'] as const).filter((field) => changes[field] !== undefined);

/** An eligibility override compares, and is audited, by its reason: who and when are each edit's own. */
const asCompared = <T extends { eligibilityOverride?: { reason: string } | null }>(values: T) => ({
  ...values,
  eligibilityOverride: values.eligibilityOverride === null ? null : values.eligibilityOverride?.reason,
});
const changesOf = (application: Application, changes: ApplicationChanges) => fieldChanges(asCompared(application), asCompared(changes), named(changes));

/** An edit that lost a race in the write itself: the conflict carries the row as stored now. */
export const lostRace = async (store: ApplicationStore, principal: StaffPrincipal, id: string, now: Date): Promise<never> => {
  const fresh = await store.get(id);
  if (!fresh) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  throw await conflictOf(store, fresh, principal, now);
};

/** The 409 of a stale edit, with the row as stored now (its moves judged on its vacancy as stored now). */
export const conflictOf = async (store: ApplicationStore, application: Application, principal: StaffPrincipal, now: Date) =>
  applicationConflict(toApplicationRow(application, principal, await termsReader(store)(application.vacancy), now));

/** The 409 of an offer on a full vacancy, with the count. */
const postsTaken = (posts: number, held: number) => new PostsTaken(posts, held, postsTakenReason(posts, held));

/**
 * An override of a flag the notice's requirements raise: there must be one to override (an
 * application that meets every requirement has none), judged on the vacancy as stored now.
 */
const overrideOf = async (application: Application, reason: string, principal: StaffPrincipal, at: string, termsOf: TermsOf): Promise<EligibilityOverride> => {
  const terms = await termsOf(application.vacancy);
  if (!terms) throw new NotFound(`There is no vacancy ${application.vacancy}.`);
  if (judgeEligibility(terms, application).verdict === 'met') {
    throw new NothingToOverride('Nothing to override: the application meets every requirement of its notice.');
  }
  return { reason, by: principal.email, at };
};

export type EditOutcome = { outcome: 'applied' | 'unchanged'; application: Application };

/**
 * One staff edit of status, score or note, at the version the editor saw: the path every edit
 * takes (PATCH, bulk, import). The status machine judges every move; the audit entry is written
 * in the same transaction as the change; a stale version is an `EditConflict`, never a silent
 * overwrite. Changes that change nothing are `unchanged` and write nothing, at any version.
 */
export const editApplication = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  id: string,
  version: number,
  changes: ApplicationChanges,
  now: Date,
  /** The application as the caller just read it for this principal (an import's row), saving the reads. */
  read?: Application,
  /** The request's reader of vacancy terms (a bulk edit or import reads each vacancy once). */
  termsOf: TermsOf = termsReader(store),
): Promise<EditOutcome> => {
  const application = read?.id === id ? read : await openForStaff(store, principal, id);
  const changed = changesOf(application, changes);
  // Already so, whatever the version: a retried bulk or import finds its own rows unchanged, not in conflict.
  if (Object.keys(changed).length === 0) return { outcome: 'unchanged', application };
  if (application.version !== version) throw await conflictOf(store, application, principal, now);
  let guard: { posts: number } | undefined;
  if (changed.status) {
    const to = changes.status ?? application.status;
    // A forward move is judged on the application and its vacancy (completeness at its clearance, posts, deadline); an exit needs neither.
    const terms = forwardStatuses.includes(to) ? await termsOf(application.vacancy) : undefined;
    if (forwardStatuses.includes(to) && !terms) throw new NotFound(`There is no vacancy ${application.vacancy}.`);
    // An exit is judged without the vacancy; an unconfirmed application has nothing but exits.
    const context = terms ? readiness(application, terms, now).context : { ...exitsOnly, unconfirmed: !isConfirmed(application) };
    const verdict = checkTransition(application.status, to, context);
    if (!verdict.allowed) throw verdict.postsTaken && terms ? postsTaken(terms.posts, terms.held) : new ForbiddenTransition(verdict.reason);
    if (terms) guard = { posts: terms.posts };
  }
  const at = now.toISOString();
  const audit: AuditEntry = { at, by: principal.email, action: changed.status ? 'status-changed' : 'edited', changes: changed };
  const update: Partial<Omit<Application, 'id' | 'version'>> = { updatedAt: at };
  if (changed.status) update.status = changes.status ?? application.status;
  // `null` clears: the stored item loses the attribute (the document client drops undefined).
  if (changed.score) update.score = changes.score ?? undefined;
  if (changed.note) update.note = changes.note ?? undefined;
  if (changed.eligibilityOverride) update.eligibilityOverride = changes.eligibilityOverride ? await overrideOf(application, changes.eligibilityOverride.reason, principal, at, termsOf) : undefined;
  try {
    return { outcome: 'applied', application: await store.update(id, version, update, audit, application, guard) };
  } catch (error) {
    // Another offer took the last post between the judgement and the write: the write refused it.
    if (error instanceof PostsFull) throw postsTaken(guard?.posts ?? 0, error.count.held);
    if (!(error instanceof StaleVersion)) throw error;
    // Lost the race to an edit that set the same values: in place, as a retry would find it.
    const fresh = await openForStaff(store, principal, id);
    if (Object.keys(changesOf(fresh, changes)).length === 0) return { outcome: 'unchanged', application: fresh };
    throw await conflictOf(store, fresh, principal, now);
  }
};
