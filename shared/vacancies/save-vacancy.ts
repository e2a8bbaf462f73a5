import { EditConflict } from '../audit/edit-conflict.js';
import { fieldChanges, type FieldChanges } from '../audit/field-changes.js';
import { Conflict, ForbiddenTransition, NotFound } from '../errors.js';
import type { PostCount } from '../applications/vacancy-terms.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { applicationsCloseAt, currentStatus } from './deadline.js';
import type { VacancyCreate, VacancyUpdate } from './edit-schema.js';
import { noticeParts } from './notice-schema.js';
import { vacancyFields, type Vacancy } from './schema.js';
import { assertSecondmentRules } from './secondment-rules.js';
import { checkVacancyMove, vacancyTransitions } from './status-machine.js';
import { PostsBelowHeld, StaleVacancyVersion, VacancyNumberTaken, type ManagedVacancyStore, type StoredVacancy, type VacancyAuditEntry } from './store.js';
import { staffView } from './staff-vacancies.js';

/** The header's fields, compared by value; the notice's body is compared part by part (`changesOf`). */
const FIELDS = (Object.keys(vacancyFields) as (keyof Vacancy)[]).filter((field) => field !== 'notice' && field !== 'mission');

/**
 * What a save changes: each header field, and each part of the notice's body that differs (as
 * `notice.duties` and so on) and the mission post's details. Both sides have been through the schema, so their keys are in the
 * schema's order and JSON compares them by value.
 */
const changesOf = (before: Partial<Vacancy>, after: Vacancy): FieldChanges => {
  const changes = fieldChanges(before, after, FIELDS);
  // A mission post's details are one object: compared by value, as the notice's parts are.
  if (JSON.stringify(before.mission ?? null) !== JSON.stringify(after.mission ?? null)) changes.mission = { from: before.mission ?? null, to: after.mission ?? null };
  for (const part of noticeParts) {
    const from = before.notice?.[part] ?? null;
    const to = after.notice?.[part] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[`notice.${part}`] = { from, to };
  }
  return changes;
};

const deadlinePassed = (vacancy: Vacancy, now: Date): boolean => now.getTime() >= applicationsCloseAt(vacancy).getTime();

/** The 409 of a stale save, carrying the vacancy as stored now (as the application's does). */
const stale = (current: StoredVacancy) =>
  new EditConflict(current, `Vacancy ${current.number} was changed by someone else since you read it (it is now at version ${current.version}); look at its new values and redo your change.`);

/**
 * A new vacancy, judged and with its first audit entry, as `POST /admin/vacancies` and a
 * proposal's match (which writes it in its own transaction) both create one: under the secondment
 * rules, not published past its deadline, its history field by field and the notice part by part.
 * `also` adds to the entry's changes (the match names its proposal).
 */
export const newVacancy = (principal: StaffPrincipal, vacancy: VacancyCreate, now: Date, also: FieldChanges = {}): VacancyAuditEntry => {
  assertSecondmentRules(vacancy);
  if (vacancy.status === 'open' && deadlinePassed(vacancy, now)) {
    throw new ForbiddenTransition('A vacancy cannot be published once its deadline has passed; set a later deadline or save it as a draft.');
  }
  return { at: now.toISOString(), by: principal.email, version: 1, action: 'created', changes: { ...changesOf({}, vacancy), ...also } };
};

/**
 * `POST /admin/vacancies`: a new draft or open vacancy, under the secondment rules, written with
 * its first audit entry unless the number is taken.
 */
export const createVacancy = async (
  store: ManagedVacancyStore,
  principal: StaffPrincipal,
  vacancy: VacancyCreate,
  now: Date,
): Promise<StoredVacancy> => {
  const audit = newVacancy(principal, vacancy, now);
  try {
    return await store.create(vacancy, audit);
  } catch (error) {
    if (error instanceof VacancyNumberTaken) throw new Conflict(`Vacancy ${vacancy.number} exists already.`);
    throw error;
  }
};

export type SaveOutcome = { outcome: 'applied' | 'unchanged'; vacancy: StoredVacancy };

/**
 * `PUT /admin/vacancies/{number}`: the whole vacancy at the version the editor read. The status
 * machine judges a status move from the status as of now (an open vacancy past its deadline is
 * closed), with the deadline as saved, so extending a deadline and reopening is one save. The
 * secondment rules apply to every save; the audit entry is written in the same transaction.
 * A save without `notice` keeps the stored notice; `notice: {}` removes it; one without `advertised` keeps it as stored.
 * Posts are real: `filled` needs an appointment, and posts cannot drop below the offers
 * outstanding plus appointments that hold them (`postCount`, as the applications' counter says).
 */
export const updateVacancy = async (
  store: ManagedVacancyStore,
  principal: StaffPrincipal,
  number: string,
  update: VacancyUpdate,
  now: Date,
  postCount: (vacancy: string) => Promise<PostCount>,
): Promise<SaveOutcome> => {
  const stored = await store.get(number);
  if (!stored) throw new NotFound(`There is no vacancy ${number}.`);
  if (stored.version !== update.version) throw stale(staffView(stored, now));
  const { version: _version, notice, advertised: asked, ...fields } = update;
  // No notice in the save keeps the stored one (an editor that predates notices must not erase it); an empty one removes it.
  const body = notice === undefined ? stored.notice : Object.keys(notice).length > 0 ? notice : undefined;
  // So does no `advertised`: only `advertised: true` puts a vacancy a match made on the public list and in the circular.
  const advertised = asked ?? stored.advertised;
  const next: Vacancy = { ...fields, number, ...(body ? { notice: body } : {}), ...(advertised !== undefined ? { advertised } : {}) };
  assertSecondmentRules(next);

  const from = currentStatus(stored, now);
  let action: VacancyAuditEntry['action'] = 'edited';
  if (next.status !== from) {
    const verdict = checkVacancyMove(from, next.status, { deadlinePassed: deadlinePassed(next, now) });
    if (!verdict.allowed) throw new ForbiddenTransition(verdict.reason);
    action = verdict.move;
    // Appointments only grow (appointed is final), so a count read now cannot be undone before the write.
    if (verdict.move === 'fill' && (await postCount(number)).appointed === 0) {
      throw new ForbiddenTransition(`Vacancy ${number} has no appointment yet: appoint a candidate before marking it filled, or cancel it.`);
    }
  } else if (next.status !== stored.status) {
    // Stored as open, shown as closed since its deadline passed: saving it writes down the close.
    action = vacancyTransitions[stored.status][next.status] ?? 'edited';
  }

  const postsBelowHeld = (held: number) =>
    new Conflict(`Vacancy ${number} has ${held} posts held by offers outstanding and appointments: it cannot have fewer than ${held} posts.`);
  const fewerPosts = next.posts < stored.posts;
  if (fewerPosts) {
    const { held } = await postCount(number);
    if (next.posts < held) throw postsBelowHeld(held);
  }
  const { version: _storedVersion, ...before } = stored;
  const changes = changesOf(before, next);
  if (Object.keys(changes).length === 0) return { outcome: 'unchanged', vacancy: staffView(stored, now) };
  const audit: VacancyAuditEntry = { at: now.toISOString(), by: principal.email, version: stored.version + 1, action, changes };
  try {
    // Fewer posts: the write itself checks the count again, so an offer made since the read keeps its post.
    return { outcome: 'applied', vacancy: staffView(await store.update(next, stored.version, audit, { postsCoverHeld: fewerPosts }), now) };
  } catch (error) {
    if (error instanceof PostsBelowHeld) throw postsBelowHeld((await postCount(number)).held);
    if (error instanceof StaleVacancyVersion) {
      const fresh = await store.get(number);
      if (!fresh) throw new NotFound(`There is no vacancy ${number}.`);
      throw stale(staffView(fresh, now));
    }
    throw error;
  }
};
