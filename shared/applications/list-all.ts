import type { Application } from './application.js';
import type { ApplicationFilter, ApplicationStore } from './store.js';

export interface ListAllOptions {
  /** Applications per Query (100 unless said). */
  pageSize?: number;
  /** Called once per Query made, for a caller that counts its reads (the letters' bench). */
  onPage?: () => void;
}

/** Every application a listing matches, page by page (the byStatus and byCountry indexes; never a Scan). */
export const listAll = async (store: Pick<ApplicationStore, 'list'>, filter: ApplicationFilter, { pageSize = 100, onPage }: ListAllOptions = {}): Promise<Application[]> => {
  const all: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(filter, { limit: pageSize, ...(cursor ? { cursor } : {}) });
    onPage?.();
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};
