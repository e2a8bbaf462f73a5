import { fieldChanges } from '../audit/field-changes.js';
import { Conflict } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { defaultLanguage } from '../i18n/languages.js';
import type { NcbContact, NcbContactChange } from './contact.js';
import type { NcbContactStore } from './store.js';

/** Two administrators saving the same country at once: each attempt re-reads, so the audit's `from` is what was replaced. */
const ATTEMPTS = 3;

/**
 * Sets a country's NCB address (and name, the language of its digest and the zone it reads times in), stamped with who and when, with an audit entry of
 * what changed. Saving what is already stored writes nothing.
 */
export const saveNcbContact = async (
  store: NcbContactStore,
  principal: StaffPrincipal,
  country: string,
  change: NcbContactChange,
  now: Date,
): Promise<NcbContact> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const current = (await store.getMany([country])).get(country);
    const at = now.toISOString();
    // null: back to the country's zone, which a contact without one reads (contactTimeZone).
    const timeZone = change.timeZone === null ? undefined : (change.timeZone ?? current?.timeZone);
    const next: NcbContact = {
      country,
      email: change.email,
      ...(change.name ? { name: change.name } : {}),
      language: change.language ?? current?.language ?? defaultLanguage,
      ...(timeZone ? { timeZone } : {}),
      updatedAt: at,
      updatedBy: principal.email,
    };
    const changes = fieldChanges<'email' | 'name' | 'language' | 'timeZone'>(current ?? {}, next, ['email', 'name', 'language', 'timeZone']);
    if (current && Object.keys(changes).length === 0) return current;
    if (await store.save(next, { at, by: principal.email, country, changes }, current?.updatedAt)) return next;
  }
  throw new Conflict(`The NCB contact of ${country} is being changed by someone else: try again.`);
};
