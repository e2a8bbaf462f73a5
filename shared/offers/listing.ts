/**
 * What HR and the NCB read of offers (issue 16, point 7). HR: a vacancy's offers (outstanding,
 * answered, lapsed), its posts, the reserve list and who is next on it. The NCB: the offers to its
 * country's officers that wait for the home administration's confirmation.
 */
import { ncbCountry, type Application } from '../applications/application.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStore } from '../applications/store.js';
import { NotFound } from '../errors.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { answerByEndsAt, defaultAnswerBy } from './answer-by.js';
import { offerStage } from './appointing.js';
import { awaitsHomeConfirmation } from './home-confirmation.js';
import type { Offer } from './offer.js';
import { nextOnReserve, reserveList, type ReserveEntry } from './reserve.js';
import type { RankingAnswer } from '../selection/reading.js';

/** `ended`: HR ended the application (rejected, withdrawn on the candidate's word) while its offer waited: the post is free. */
export type OfferState = 'awaiting-answer' | 'accepted' | 'declined' | 'lapsed' | 'appointed' | 'ended';

export interface OfferRow {
  applicationId: string;
  name: string;
  ncbCountry: string;
  status: ApplicationStatus;
  version: number;
  state: OfferState;
  offer: Offer;
  /** The instant the answer-by day ends in the duty station. */
  answerUntil: string;
  /** Whether appointing may go ahead as far as the offer goes (accepted and confirmed). */
  settled: boolean;
}

export interface VacancyOffers {
  vacancy: string;
  timeZone: string;
  posts: number;
  held: number;
  /** The answer-by an offer made now takes by default (the stage's days after today in the duty station). */
  defaultAnswerBy: string;
  offers: OfferRow[];
  reserve: ReserveEntry[];
  next?: ReserveEntry;
  /** Interviewed candidates with no offer yet, HR may offer the post to: in ranking order (unranked last), with the chair's recommendation. */
  interviewed: InterviewedCandidate[];
}

export interface InterviewedCandidate {
  applicationId: string;
  name: string;
  version: number;
  rank?: number;
  recommendation?: string;
}

const nameOf = (application: Pick<Application, 'givenName' | 'familyName'>) => [application.givenName, application.familyName].filter(Boolean).join(' ');

export const offerState = (application: Pick<Application, 'status'>, offer: Offer): OfferState => {
  if (application.status === 'appointed') return 'appointed';
  if (offer.lapsedAt) return 'lapsed';
  if (offer.answer?.decision === 'declined') return 'declined';
  if (application.status !== 'offered') return 'ended';
  return offer.answer ? 'accepted' : 'awaiting-answer';
};

export const offerRow = (application: Application & { offer: Offer }, timeZone: string): OfferRow => ({
  applicationId: application.id,
  name: nameOf(application),
  ncbCountry: ncbCountry(application),
  status: application.status,
  version: application.version,
  state: offerState(application, application.offer),
  offer: application.offer,
  answerUntil: answerByEndsAt(application.offer.answerBy, timeZone).toISOString(),
  settled: offerStage(application) === 'settled' || application.status === 'appointed',
});

const PAGE = 200;

export interface OfferListDependencies {
  applications: Pick<ApplicationStore, 'list' | 'vacancyTerms'>;
  vacancies: Pick<VacancyStore, 'get'>;
  /** The panel's ranking as HR reads it; undefined while the vacancy has no panel. */
  ranking: (vacancy: string) => Promise<RankingAnswer | undefined>;
  answerDays: number;
}

/** The interviewed candidates HR may offer the post to, in the panel's ranking order; those the ranking does not hold after them, by name. */
const interviewedCandidates = (interviewed: readonly Application[], ranking: Pick<RankingAnswer, 'items'> | undefined): InterviewedCandidate[] => {
  const ranked = new Map((ranking?.items ?? []).map((item) => [item.applicationId, item]));
  return interviewed
    .map((application) => {
      const item = ranked.get(application.id);
      return {
        applicationId: application.id,
        name: nameOf(application),
        version: application.version,
        ...(item ? { rank: item.rank } : {}),
        ...(item?.recommendation ? { recommendation: item.recommendation.decision } : {}),
      };
    })
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name));
};

/** HR's view of a vacancy's offers: every application that holds or held an offer, by answer-by, and the reserve list. */
export const vacancyOffers = async (deps: OfferListDependencies, vacancyNumber: string, now: Date): Promise<VacancyOffers> => {
  const [vacancy, terms] = await Promise.all([deps.vacancies.get(vacancyNumber), deps.applications.vacancyTerms(vacancyNumber)]);
  if (!vacancy || !terms) throw new NotFound(`There is no vacancy ${vacancyNumber}.`);
  const statuses: ApplicationStatus[] = ['offered', 'appointed', 'withdrawn', 'rejected', 'interviewed'];
  const [offered, appointed, withdrawn, rejected, interviewed] = await Promise.all(statuses.map((status) => listAll(deps.applications, { vacancy: vacancyNumber, status }, { pageSize: PAGE })));
  const withOffer = [...(offered ?? []), ...(appointed ?? []), ...(withdrawn ?? []), ...(rejected ?? [])].filter((application): application is Application & { offer: Offer } => application.offer !== undefined);
  const current = new Map([...(offered ?? []), ...(appointed ?? []), ...(withdrawn ?? []), ...(interviewed ?? [])].map((application) => [application.id, application]));
  const ranking = await deps.ranking(vacancyNumber);
  const reserve = reserveList(ranking, (id) => current.get(id));
  const next = nextOnReserve(reserve);
  return {
    interviewed: interviewedCandidates(interviewed ?? [], ranking),
    vacancy: vacancyNumber,
    timeZone: vacancy.timeZone,
    posts: terms.posts,
    held: terms.held,
    defaultAnswerBy: defaultAnswerBy(vacancy.timeZone, now, deps.answerDays),
    offers: withOffer.map((application) => offerRow(application, vacancy.timeZone)).sort((a, b) => a.offer.answerBy.localeCompare(b.offer.answerBy) || a.applicationId.localeCompare(b.applicationId)),
    reserve,
    ...(next ? { next } : {}),
  };
};

export interface HomeConfirmationRow {
  applicationId: string;
  vacancy: string;
  name: string;
  version: number;
  answerBy: string;
  /** Whether the candidate has accepted (the NCB may record the confirmation before). */
  accepted: boolean;
  startsOn: string;
  months: number;
  by: string;
  terms: Offer['homeConfirmation']['terms'];
}

/** The offers to the NCB's officers waiting for the home administration's confirmation, soonest due first (HR and admins: every country). */
export const homeConfirmationsToRecord = async (applications: Pick<ApplicationStore, 'list'>, principal: StaffPrincipal, country?: string): Promise<{ items: HomeConfirmationRow[] }> => {
  const scope = countryScope(principal) ?? country;
  if (!scope) return { items: [] };
  const offered = await listAll(applications, { country: scope, status: 'offered' }, { pageSize: PAGE });
  const items = offered
    .filter(awaitsHomeConfirmation)
    .map((application) => ({
      applicationId: application.id,
      vacancy: application.vacancy,
      name: nameOf(application),
      version: application.version,
      answerBy: application.offer.answerBy,
      accepted: application.offer.answer?.decision === 'accepted',
      startsOn: application.offer.startsOn,
      months: application.offer.months,
      by: application.offer.homeConfirmation.by,
      terms: application.offer.homeConfirmation.terms,
    }))
    .sort((a, b) => a.by.localeCompare(b.by) || a.applicationId.localeCompare(b.applicationId));
  return { items };
};
