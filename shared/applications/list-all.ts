import type { Application } from './application.js';
import type { ApplicationFilter, ApplicationStore } from './store.js';

/** Every application a listing matches, page by page: for the few of a country or of a vacancy and a country. */
export const listAll = async (store: Pick<ApplicationStore, 'list'>, filter: ApplicationFilter): Promise<Application[]> => {
  const all: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(filter, { limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};
