import type { Application } from '../applications/application.js';
import { covers } from '../applications/clearance.js';
import { sha256Hex } from '../applications/secrets.js';
import { IdempotencyKeyTaken, NominationsMoved, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { vacancyClosed } from '../applications/vacancy-closed.js';
import { clearanceTooLow } from '../admin/ncb-rules.js';
import { countingNominations, NominationLimitReached } from '../admin/nomination-limit.js';
import { Conflict, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { currentStatus, isTakingApplications } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';
import { newVacancy } from '../vacancies/save-vacancy.js';
import { VacancyNumberTaken, type ManagedVacancyStore, type VacancyAuditEntry } from '../vacancies/store.js';
import { openProposal } from './access.js';
import { judgeMove } from './moves.js';
import type { Proposal } from './proposal.js';
import { idempotencyRecord, idempotentReplay } from './propose.js';
import type { ProposalMatchBody } from './schema.js';
import { OfficerAlreadyApplied, type MatchWrite, StaleProposal, type ProposalStore } from './store.js';

export interface MatchDependencies {
  proposals: ProposalStore;
  vacancies: Pick<ManagedVacancyStore, 'get'>;
  /** The vacancy's nominations per country (shared/admin/nomination-limit.ts). */
  applications: Pick<ApplicationStore, 'nominations' | 'list' | 'get'>;
  newStatusToken: () => string;
}

export interface Matched {
  outcome: 'created' | 'replayed';
  proposal: Proposal;
  /** The application's vacancy number. */
  vacancyNumber: string;
}

const notShortTerm = (number: string) =>
  new Conflict(`Vacancy ${number} is not an open short-term vacancy.`, { key: 'problem.conflict.notShortTermVacancy', values: { number } });

/**
 * The vacancy to match to: a published short-term one taking applications (advertised or not), or
 * a new one, judged and audited as POST /admin/vacancies creates one (`newVacancy`), and not
 * advertised: it was made for one unit's need and this officer, so it stays off the public list
 * and out of the circular until HR advertises it.
 */
const vacancyFor = async (
  deps: MatchDependencies,
  principal: StaffPrincipal,
  id: string,
  body: ProposalMatchBody,
  now: Date,
): Promise<{ vacancy: Vacancy; audit?: VacancyAuditEntry }> => {
  if ('vacancyNumber' in body) {
    const vacancy = await deps.vacancies.get(body.vacancyNumber);
    if (!vacancy || vacancy.status === 'draft') throw new NotFound(`There is no vacancy ${body.vacancyNumber}.`, { key: 'problem.notFound.vacancy', values: { number: body.vacancyNumber } });
    if (vacancy.secondmentType !== 'short-term' || currentStatus(vacancy, now) !== 'open') throw notShortTerm(vacancy.number);
    if (!isTakingApplications(vacancy, now)) throw vacancyClosed(vacancy, 'applications');
    return { vacancy };
  }
  const vacancy = { ...body.vacancy, advertised: false };
  if (vacancy.secondmentType !== 'short-term' || vacancy.status !== 'open') throw notShortTerm(vacancy.number);
  const audit = newVacancy(principal, vacancy, now, { proposal: { from: null, to: id } });
  if (!isTakingApplications(vacancy, now)) throw vacancyClosed(vacancy, 'applications');
  if (await deps.vacancies.get(vacancy.number)) throw vacancyNumberTaken(vacancy.number);
  return { vacancy, audit };
};

const vacancyNumberTaken = (number: string) =>
  new Conflict(`Vacancy ${number} exists already.`, { key: 'problem.conflict.vacancyNumberTaken', values: { number } });

/**
 * The application a proposal becomes: the officer's details, both documents as the NCB supplied
 * them, and the NCB's validation with the screening it attested when it proposed. It is received
 * and complete from its first moment, and from there follows the path of any application. Its id
 * is the proposal's; no address confirmation, since the NCB vouches for the officer's address;
 * the privacy consent is the NCB's proposal, under the organisation's rules for NCBs.
 */
export const applicationOf = async (proposal: Proposal, vacancy: Vacancy, statusToken: string, now: Date): Promise<Application> => {
  const { officer } = proposal;
  const at = now.toISOString();
  return {
    id: proposal.id,
    vacancy: vacancy.number,
    givenName: officer.givenName,
    ...(officer.familyName ? { familyName: officer.familyName } : {}),
    email: officer.email,
    nationality: officer.nationality,
    category: 'law-enforcement',
    currentTitle: officer.rank,
    homeAdministration: officer.homeAdministration,
    homeAdministrationCountry: proposal.country,
    yearsOfExperience: officer.yearsOfExperience,
    languages: officer.languages,
    ...(officer.languageLevels ? { languageLevels: officer.languageLevels } : {}),
    education: officer.education,
    language: officer.preferredLanguage,
    status: 'submitted',
    submittedAt: at,
    updatedAt: at,
    version: 1,
    privacyConsentAt: proposal.proposedAt,
    documents: { ...proposal.documents },
    ncbValidation: {
      decision: 'validated',
      screeningAttested: true,
      clearance: proposal.screening.clearance,
      screenedOn: proposal.screening.screenedOn,
      at: proposal.proposedAt,
      by: proposal.proposedBy,
    },
    statusTokenHash: await sha256Hex(statusToken),
    origin: { proposalId: proposal.id },
  };
};

/** Another validation of the country took the nominations meanwhile this many times: a 409 to retry, as the NCB's validation gives. */
const NOMINATION_ATTEMPTS = 5;

/**
 * `POST /admin/proposals/{id}/match`: HR matches an open proposal to a unit's operational need, a
 * published short-term vacancy or one created here, and so makes it an application on that
 * vacancy. The screening must cover the vacancy's clearance (422); the vacancy's limit of
 * validated applications per country holds (409 naming the ones that count, also under a
 * concurrent validation); the officer's address may hold one application per vacancy (409). The
 * application, the proposal's state, the vacancy's counts and nominations, a new vacancy and the
 * officer's owed email are one transaction. A second match finds the proposal matched (409); a
 * retry with the same Idempotency-Key gets the first answer.
 */
export const matchProposal = async (
  deps: MatchDependencies,
  principal: StaffPrincipal,
  id: string,
  body: ProposalMatchBody,
  now: Date,
  idempotencyKey?: string,
): Promise<Matched & { statusToken?: string }> => {
  const requestHash = await sha256Hex(JSON.stringify({ match: id, body }));
  const replay = () =>
    idempotentReplay(deps.proposals, idempotencyKey, requestHash, now, async (proposalId) => {
      const proposal = await deps.proposals.get(proposalId);
      return proposal?.match ? { outcome: 'replayed' as const, proposal, vacancyNumber: proposal.match.vacancyNumber } : undefined;
    });
  const replayed = await replay();
  if (replayed) return replayed;

  let proposal = await openProposal(deps.proposals, principal, id);
  judgeMove(proposal, 'match', now);
  const { vacancy, audit: vacancyAudit } = await vacancyFor(deps, principal, id, body, now);
  const isNew = vacancyAudit !== undefined;
  if (!covers(proposal.screening.clearance, vacancy.clearance)) throw clearanceTooLow(vacancy.number, vacancy.clearance, proposal.screening.clearance);

  const at = now.toISOString();
  const statusToken = deps.newStatusToken();
  const created = vacancyAudit ? { vacancy, audit: vacancyAudit } : undefined;
  const idempotency = await idempotencyRecord(idempotencyKey, requestHash, id, now);
  for (let attempt = 1; ; attempt += 1) {
    judgeMove(proposal, 'match', now);
    const application = await applicationOf(proposal, vacancy, statusToken, now);
    const matched: Proposal = {
      ...proposal,
      state: 'matched',
      match: { vacancyNumber: vacancy.number, applicationId: application.id, matchedAt: at, matchedBy: principal.email },
      updatedAt: at,
      version: proposal.version + 1,
    };
    const limit = vacancy.maxValidatedPerCountry;
    let nominations: MatchWrite['nominations'];
    if (limit !== undefined) {
      const { revision, counting } = isNew ? { revision: 0, counting: [] } : await countingNominations(deps.applications, vacancy.number, proposal.country, application.id);
      if (counting.length >= limit) throw new NominationLimitReached(vacancy.number, proposal.country, limit, counting);
      nominations = { vacancy: vacancy.number, country: proposal.country, revision, claims: [...counting.map((one) => one.id), application.id] };
    }
    const applicationAudit: AuditEntry = {
      at,
      by: principal.email,
      action: 'submitted',
      changes: { status: { from: null, to: 'submitted' }, proposal: { from: null, to: id } },
    };
    try {
      await deps.proposals.match({
        proposal: matched,
        expectedVersion: proposal.version,
        audit: { at, by: principal.email, action: 'matched', changes: { state: { from: proposal.state, to: 'matched' }, vacancy: { from: null, to: vacancy.number } } },
        application,
        applicationAudit,
        ...(created ? { newVacancy: created } : {}),
        ...(nominations ? { nominations } : {}),
        ...(idempotency ? { idempotency } : {}),
        owedEmail: { proposalId: id, kind: 'matched', at, statusToken },
      });
      return { outcome: 'created', proposal: matched, vacancyNumber: vacancy.number, statusToken };
    } catch (error) {
      if (error instanceof IdempotencyKeyTaken) {
        const raced = await replay();
        if (raced) return raced;
        throw error;
      }
      if (error instanceof OfficerAlreadyApplied) {
        throw new Conflict(`This officer already has an application to vacancy ${vacancy.number}.`, { key: 'problem.conflict.officerApplied', values: { vacancy: vacancy.number } });
      }
      if (error instanceof VacancyNumberTaken) throw vacancyNumberTaken(vacancy.number);
      if (error instanceof NominationsMoved && attempt < NOMINATION_ATTEMPTS) continue;
      if (error instanceof NominationsMoved) {
        throw new Conflict('Other validations of your country for this vacancy are being recorded at this moment: try again in a moment.', { key: 'problem.conflict.nominationsBusy' });
      }
      if (!(error instanceof StaleProposal) || attempt >= NOMINATION_ATTEMPTS) throw error;
      // Moved since it was read (a document, a withdrawal, the job, another match): judge it as it is now.
      const fresh = await deps.proposals.get(id);
      if (!fresh) throw error;
      proposal = fresh;
    }
  }
};
