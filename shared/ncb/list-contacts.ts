import { memberCountryCodes } from '../reference/countries.js';
import { contactAsAnswered, type NcbContact } from './contact.js';
import type { NcbContactStore } from './store.js';

export interface NcbContactList {
  items: NcbContact[];
  /** Member countries with no contact: their nationals' digests cannot be sent. */
  withoutContact: string[];
}

/** The admins' grid of countries and addresses, by country code. */
export const listNcbContacts = async (store: Pick<NcbContactStore, 'list'>): Promise<NcbContactList> => {
  const items = (await store.list()).map(contactAsAnswered).sort((a, b) => a.country.localeCompare(b.country));
  const known = new Set(items.map((contact) => contact.country));
  return { items, withoutContact: [...memberCountryCodes].filter((code) => !known.has(code)).sort() };
};
