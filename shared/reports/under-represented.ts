/**
 * Which member countries count as under-represented (or unrepresented) among the seconded staff:
 * data HR maintains, not a rule of the code (issue 17, point 5). One stored list with a revision;
 * every change audited with who, when, and the countries added and removed.
 */
import { Conflict } from '../errors.js';
import { isMemberCountry, memberCountryCodes } from '../reference/countries.js';
import * as z from '../zod.js';

export interface UnderRepresentedList {
  countries: string[];
  /** Bumped by every save; 0 while nothing was ever saved (an empty list). */
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface UnderRepresentedAuditEntry {
  at: string;
  by: string;
  revision: number;
  added: string[];
  removed: string[];
}

export const emptyUnderRepresented = (): UnderRepresentedList => ({ countries: [], revision: 0 });

const memberCountry = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals, such as SN.'), z.refine(isMemberCountry, 'Not a member country.'));

/** `PUT /admin/reports/under-represented`: the whole list as HR wants it, at the revision read. */
export const underRepresentedBodySchema = z.strictObject({
  countries: z
    .array(memberCountry)
    .check(
      z.maxLength(memberCountryCodes.size, 'At most every member country.'),
      z.refine((countries) => new Set(countries).size === countries.length, 'Each country once.'),
    ),
  revision: z.int().check(z.minimum(0, 'The revision read, 0 or more.')),
});
export type UnderRepresentedBody = z.output<typeof underRepresentedBodySchema>;

/** The list saved over another's change: read it again. */
export class StaleUnderRepresented extends Error {}

export interface UnderRepresentedStore {
  get(): Promise<UnderRepresentedList>;
  /** Writes `next` only while the stored revision is `expectedRevision` (0: none stored), with its audit entry; else StaleUnderRepresented. */
  save(next: UnderRepresentedList, expectedRevision: number, audit: UnderRepresentedAuditEntry): Promise<void>;
  /** The changes, oldest first. */
  history(): Promise<UnderRepresentedAuditEntry[]>;
}

/** HR's new list at the revision read; a list the same as the stored one writes nothing. */
export const saveUnderRepresented = async (
  store: UnderRepresentedStore,
  body: UnderRepresentedBody,
  by: string,
  now: Date,
): Promise<UnderRepresentedList> => {
  const current = await store.get();
  const countries = [...body.countries].sort();
  const added = countries.filter((code) => !current.countries.includes(code));
  const removed = current.countries.filter((code) => !countries.includes(code));
  if (added.length === 0 && removed.length === 0) return current;
  const stale = () => new Conflict(`The list of under-represented countries was changed by someone else (it is now at revision ${current.revision}): read it again.`);
  if (body.revision !== current.revision) throw stale();
  const at = now.toISOString();
  const next: UnderRepresentedList = { countries, revision: current.revision + 1, updatedAt: at, updatedBy: by };
  try {
    await store.save(next, current.revision, { at, by, revision: next.revision, added, removed });
  } catch (error) {
    if (error instanceof StaleUnderRepresented) throw stale();
    throw error;
  }
  return next;
};
