/** Every page of a listing, followed cursor by cursor: the grid sorts and filters in the browser, so it holds them all. */
import { LIST_LIMIT_MAX } from '#shared/admin/application-row.js';
import type { ApplicationPage, ApplicationRow } from './answers.js';
import { staffApi } from './staff-api.js';

export const listingPath = (filter: { vacancy?: string }, cursor?: string): string => {
  const query = new URLSearchParams({ limit: String(LIST_LIMIT_MAX) });
  if (filter.vacancy) query.set('vacancy', filter.vacancy);
  if (cursor) query.set('cursor', cursor);
  return `admin/applications?${query}`;
};

export const loadAllRows = async (filter: { vacancy?: string }, onProgress: (loaded: number) => void): Promise<ApplicationRow[]> => {
  const rows: ApplicationRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await staffApi<ApplicationPage>('GET', listingPath(filter, cursor));
    rows.push(...page.items);
    onProgress(rows.length);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
};
