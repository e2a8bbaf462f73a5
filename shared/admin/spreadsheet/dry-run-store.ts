import type { Application } from '../../applications/application.js';
import { StaleVersion, type ApplicationStore } from '../../applications/store.js';

/**
 * The store as a dry run sees it: reads go through, an update answers what it would store
 * (with the same version check) and writes nothing. So a dry run judges every row by the very
 * path a real import takes (editApplication), not by a copy of its rules.
 */
export const dryRunStore = (store: ApplicationStore): ApplicationStore => ({
  ...store,
  create: async () => {
    throw new Error('A dry run creates nothing.');
  },
  update: async (id, expectedVersion, changes, _audit, read) => {
    const current = read?.id === id ? read : await store.get(id);
    if (!current || current.version !== expectedVersion) throw new StaleVersion();
    const next: Application = { ...current, ...changes, id, version: expectedVersion + 1 };
    return next;
  },
});
