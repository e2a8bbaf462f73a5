/**
 * HR keeps the roster of deployable civilian experts (issue 18, point 7): add, edit at the version
 * read, remove; each change audited (who, when, which fields) in the write that makes it.
 */
import { EditConflict } from '../audit/edit-conflict.js';
import { Conflict, NotFound } from '../errors.js';
import { sortableName } from '../i18n/names.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { RosterExpert } from './expert.js';
import type { ExpertCreate, ExpertUpdate } from './schema.js';
import { ExpertEmailTaken, ExpertMoved, type ExpertRoster } from './store.js';

export interface RosterDependencies {
  roster: ExpertRoster;
  /** A new expert's id (a UUID). */
  newId: () => string;
}

/** The fields HR edits, in the order an audit entry names them. */
const editable = ['givenName', 'familyName', 'email', 'language', 'fields', 'languages', 'yearsOfExperience', 'availableFrom', 'availableUntil', 'vettingExpiresOn', 'note'] as const;

/** A value as text with its objects' keys in order: a record read back from the table may hold a map's keys in another order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );

const emailTaken = (email: string) => new Conflict(`An expert with the email ${email} is already on the roster.`);
const unknownExpert = () => new NotFound('There is no expert with this id on the roster.');

/** The record as HR typed it: optional fields left out are absent, never `undefined`. */
const fieldsOf = (body: ExpertCreate): Omit<RosterExpert, 'id' | 'invitations' | 'version' | 'createdAt' | 'updatedAt'> => {
  const fields: Record<string, unknown> = {};
  for (const name of editable) if (body[name] !== undefined) fields[name] = body[name];
  return fields as Omit<RosterExpert, 'id' | 'invitations' | 'version' | 'createdAt' | 'updatedAt'>;
};

/** `GET /admin/experts`: by family name, then given name. */
export const listExperts = async (roster: Pick<ExpertRoster, 'list'>): Promise<RosterExpert[]> =>
  (await roster.list()).sort((a, b) => sortableName(a).localeCompare(sortableName(b)) || a.id.localeCompare(b.id));

/** `POST /admin/experts`: one record per email. */
export const addExpert = async (deps: RosterDependencies, principal: StaffPrincipal, body: ExpertCreate, now: Date): Promise<RosterExpert> => {
  const at = now.toISOString();
  const expert: RosterExpert = { id: deps.newId(), ...fieldsOf(body), invitations: [], version: 1, createdAt: at, updatedAt: at };
  try {
    await deps.roster.create(expert, { at, by: principal.email, action: 'added' });
  } catch (error) {
    if (error instanceof ExpertEmailTaken) throw emailTaken(expert.email);
    throw error;
  }
  return expert;
};

const stale = (current: RosterExpert) =>
  new EditConflict(current, `This expert was changed by someone else (now at version ${current.version}); look at the new values and try again.`);

/** `PUT /admin/experts/{id}`: the whole record at the version read; the same values again write nothing. */
export const editExpert = async (roster: ExpertRoster, principal: StaffPrincipal, id: string, body: ExpertUpdate, now: Date): Promise<RosterExpert> => {
  const current = await roster.get(id);
  if (!current) throw unknownExpert();
  if (current.version !== body.version) throw stale(current);
  const { version: _version, ...typed } = body;
  const fields = fieldsOf(typed);
  const changed = editable.filter((name) => canonical(current[name]) !== canonical(fields[name]));
  if (changed.length === 0) return current;
  const at = now.toISOString();
  const { id: _id, invitations, createdAt } = current;
  const next: RosterExpert = { id, ...fields, invitations, version: current.version + 1, createdAt, updatedAt: at };
  try {
    await roster.update(next, current.version, current.email, { at, by: principal.email, action: 'edited', fields: changed });
  } catch (error) {
    if (error instanceof ExpertEmailTaken) throw emailTaken(next.email);
    if (!(error instanceof ExpertMoved)) throw error;
    const fresh = await roster.get(id);
    throw fresh ? stale(fresh) : unknownExpert();
  }
  return next;
};

/** `DELETE /admin/experts/{id}`: the expert asked to leave; the record and its guard go (the audit trail, which holds no personal data, stays). Gone already: nothing to do. */
export const removeExpert = async (roster: ExpertRoster, principal: StaffPrincipal, id: string, now: Date): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    const current = await roster.get(id);
    if (!current) return;
    try {
      await roster.remove(current, { at: now.toISOString(), by: principal.email, action: 'removed' });
      return;
    } catch (error) {
      // Changed between the read and the delete (an invitation): read it again, a few times, then a 409 to retry.
      if (!(error instanceof ExpertMoved)) throw error;
      if (attempt >= 3) throw new Conflict('This expert is being changed at this moment: try again in a moment.');
    }
  }
};
