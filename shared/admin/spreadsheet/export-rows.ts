import type { ApplicationStore } from '../../applications/store.js';
import { Forbidden } from '../../errors.js';
import { countryScope, maySeeCountry, type StaffPrincipal } from '../../staff/principal.js';
import { LIST_LIMIT_MAX, type ApplicationRow } from '../application-row.js';
import { rowOf, termsReader } from '../vacancy-terms-reader.js';
import { listApplications } from '../list-applications.js';
import type { ExportQuery } from './export-query.js';

/** Selected rows read at once. */
const ID_BATCH = 25;

/**
 * The rows of an export, page by page through the grid's own listing, so an NCB officer gets
 * exactly what their grid shows. The first page is read before this answers: a refused filter
 * fails the request before any file is started.
 */
const byFilter = async (store: ApplicationStore, principal: StaffPrincipal, query: ExportQuery, now: Date): Promise<AsyncIterable<ApplicationRow>> => {
  const filter = { vacancy: query.vacancy, status: query.status, country: query.country, limit: LIST_LIMIT_MAX };
  const termsOf = termsReader(store);
  const first = await listApplications(store, principal, filter, now, termsOf);
  return (async function* () {
    let page = first;
    yield* page.items;
    while (page.nextCursor) {
      page = await listApplications(store, principal, { ...filter, cursor: page.nextCursor }, now, termsOf);
      yield* page.items;
    }
  })();
};

/** The grid's selection, in its order: another country's ids are left out, as if they did not exist. */
const byIds = (store: ApplicationStore, principal: StaffPrincipal, query: ExportQuery, ids: string[], now: Date): AsyncIterable<ApplicationRow> => {
  // An NCB account without a country is refused here, before any read, as the listing refuses it.
  countryScope(principal);
  if (query.country !== undefined && !maySeeCountry(principal, query.country)) {
    throw new Forbidden('As an NCB officer you see only the applications your country\'s NCB validates.', { key: 'problem.forbidden.ncbOwnCountry' });
  }
  const matches = (row: ApplicationRow) =>
    maySeeCountry(principal, row.ncbCountry) &&
    (query.vacancy === undefined || row.vacancy === query.vacancy) &&
    (query.status === undefined || row.status === query.status) &&
    (query.country === undefined || row.ncbCountry === query.country);
  const termsOf = termsReader(store);
  return (async function* () {
    for (let start = 0; start < ids.length; start += ID_BATCH) {
      const found = await Promise.all(ids.slice(start, start + ID_BATCH).map((id) => store.get(id)));
      for (const application of found) {
        if (!application) continue;
        const row = await rowOf(store, application, principal, now, termsOf);
        if (matches(row)) yield row;
      }
    }
  })();
};

export const rowsToExport = async (store: ApplicationStore, principal: StaffPrincipal, query: ExportQuery, now: Date): Promise<AsyncIterable<ApplicationRow>> =>
  query.ids ? byIds(store, principal, query, query.ids, now) : byFilter(store, principal, query, now);
