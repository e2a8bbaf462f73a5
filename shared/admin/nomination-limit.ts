import { ncbCountry, type Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStore } from '../applications/store.js';
import { Conflict, countryNamed } from '../errors.js';
import { personName } from '../i18n/names.js';

/**
 * A vacancy's limit of validated applications per member country (issue 15, point 8; the UN's
 * practice is two per post): the NCB chooses which of its nationals to put forward. A validation
 * counts while the application is still in the running; a decline, a withdrawal or a rejection
 * frees its place.
 */
export const countsAsNomination = (application: Application): boolean =>
  application.ncbValidation?.decision === 'validated' && application.status !== 'withdrawn' && application.status !== 'rejected';

export interface Nominations {
  /** The nominations item's revision the judgement was made on: the write is conditioned on it. */
  revision: number;
  /** The country's applications whose validation counts now, besides the one being judged. */
  counting: Application[];
}

/**
 * The validations that count now for a vacancy and a country, `self` aside: those the nominations
 * item claims (written by every validation under a limit, so one made a moment ago is there even
 * before the index shows it) and those the listing finds (made before the vacancy had a limit),
 * each read again and kept only while it still counts.
 */
export const countingNominations = async (
  store: Pick<ApplicationStore, 'nominations' | 'list' | 'get'>,
  vacancy: string,
  country: string,
  self: string,
): Promise<Nominations> => {
  const [claims, listed] = await Promise.all([store.nominations(vacancy, country), listAll(store, { vacancy, country })]);
  const ids = new Set([...claims.validated, ...listed.filter(countsAsNomination).map((application) => application.id)]);
  ids.delete(self);
  const current = await Promise.all([...ids].map((id) => store.get(id)));
  const counting = current
    .filter((application): application is Application => application !== undefined && application.vacancy === vacancy && ncbCountry(application) === country)
    .filter(countsAsNomination)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return { revision: claims.revision, counting };
};

/** One more validation than the vacancy allows the country: a 409 that names the ones that count. */
export class NominationLimitReached extends Conflict {
  constructor(
    readonly vacancy: string,
    readonly country: string,
    readonly limit: number,
    readonly counting: readonly Application[],
  ) {
    const named = counting.map((application) => `${personName(application)} (${application.id})`).join(', ');
    super(
      `Vacancy ${vacancy} takes at most ${limit} validated ${limit === 1 ? 'application' : 'applications'} per member country, and ${country}'s NCB has validated ${counting.length}: ${named}. Decline one of them first to validate another.`,
      { key: 'problem.conflict.nominationLimit', values: { vacancy, limit, country: countryNamed(country), count: counting.length, named } },
    );
  }
}
