import { countryNamed, Forbidden } from '../errors.js';
import type { ApplicationStore } from '../applications/store.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import { toApplicationRow, type ApplicationListQuery, type ApplicationRow } from './application-row.js';
import { termsReader, type TermsOf } from './vacancy-terms-reader.js';

/**
 * A page of the staff grid. An NCB officer's listing is always limited to their own country,
 * whatever the query says; asking for another country is refused rather than quietly ignored.
 */
export const listApplications = async (
  store: Pick<ApplicationStore, 'list' | 'vacancyTerms'>,
  principal: StaffPrincipal,
  query: ApplicationListQuery,
  now: Date,
  /** The request's reader of vacancy terms: an export reading many pages reads each vacancy once. */
  termsOf: TermsOf = termsReader(store),
): Promise<{ items: ApplicationRow[]; nextCursor?: string }> => {
  const scope = countryScope(principal);
  if (scope !== undefined && query.country !== undefined && query.country !== scope) {
    throw new Forbidden(`As an NCB officer you see only the applications the NCB of ${scope} validates.`, {
      key: 'problem.forbidden.ncbCountry',
      values: { country: countryNamed(scope) },
    });
  }
  const country = scope ?? query.country;
  const page = await store.list(
    {
      ...(query.vacancy !== undefined ? { vacancy: query.vacancy } : {}),
      ...(country !== undefined ? { country } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
    },
    { limit: query.limit, ...(query.cursor !== undefined ? { cursor: query.cursor } : {}) },
  );
  // Each vacancy on the page read once, for its clearance, posts and deadline (what each row may do next).
  const terms = new Map(await Promise.all([...new Set(page.items.map((a) => a.vacancy))].map(async (v) => [v, await termsOf(v)] as const)));
  return {
    items: page.items.map((application) => toApplicationRow(application, principal, terms.get(application.vacancy), now)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
};
