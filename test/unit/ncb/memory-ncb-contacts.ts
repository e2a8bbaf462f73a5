import type { NcbContact } from '#shared/ncb/contact.js';
import type { NcbContactAuditEntry, NcbContactStore } from '#shared/ncb/store.js';

/**
 * NCB contacts in memory, for the rules' unit tests: the same conditional save as the table's
 * (false when the stored contact is not the one read), and a way to lose the next race.
 */
export const memoryNcbContacts = (initial: NcbContact[] = []) => {
  const stored = new Map(initial.map((contact) => [contact.country, { ...contact }]));
  const audit: NcbContactAuditEntry[] = [];
  const asked: string[][] = [];
  let racesToLose = 0;
  const store: NcbContactStore = {
    list: async () => [...stored.values()].map((contact) => ({ ...contact })),
    getMany: async (countries) => {
      asked.push([...countries]);
      return new Map(countries.flatMap((country) => (stored.has(country) ? [[country, { ...stored.get(country) }] as [string, NcbContact]] : [])));
    },
    save: async (contact, entry, expectedUpdatedAt) => {
      if (racesToLose > 0) {
        racesToLose -= 1;
        return false;
      }
      if (stored.get(contact.country)?.updatedAt !== expectedUpdatedAt) return false;
      stored.set(contact.country, { ...contact });
      audit.push(entry);
      return true;
    },
    seed: async (contacts) => {
      for (const contact of contacts) stored.set(contact.country, { ...contact });
    },
  };
  return {
    store,
    audit,
    asked,
    loseRaces: (count: number) => {
      racesToLose = count;
    },
  };
};
