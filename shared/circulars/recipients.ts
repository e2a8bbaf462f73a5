import type { NcbContact } from '../ncb/contact.js';

/**
 * Who a circular goes to: every member country's NCB contact, one per country (the store keeps one
 * per country), in country order so that a run resumed after an outage goes on where it stopped.
 */
export const circularRecipients = (contacts: readonly NcbContact[]): NcbContact[] => {
  const byCountry = new Map<string, NcbContact>();
  for (const contact of contacts) byCountry.set(contact.country, contact);
  return [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
};
