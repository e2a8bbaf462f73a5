import type { DocumentKind, ReceivedDocument } from '../documents/kinds.js';
import type { ApplicationSubmission } from './schema.js';
import type { ApplicationStatus } from './status-machine.js';
import type { Clearance } from '../vacancies/schema.js';
import type { Offer } from '../offers/offer.js';
import type { WrittenTestResult } from '../written-tests/result.js';
import { requirementsOf, type Requirement } from '../profiles/requirements.js';
import type { MissionNomination } from '../nomination/nomination.js';

export interface NcbValidation {
  decision: 'validated' | 'declined';
  /** True on every validation; an item written before `clearance` existed means Basic (clearance.ts). */
  screeningAttested: boolean;
  /** The level of screening the NCB attests with a validation (absent on a decline and on old items). */
  clearance?: Clearance;
  /** The date of that screening, `YYYY-MM-DD`. */
  screenedOn?: string;
  note?: string;
  at: string;
  by: string;
}

/** A force's decision on releasing its officer for a mission, for the period it names. */
export interface ReleaseDecision {
  decision: 'approved' | 'refused';
  /** The period released, YYYY-MM-DD (an approval names it). */
  from?: string;
  until?: string;
  note?: string;
  at: string;
  by: string;
}

/** Who overrode an eligibility flag, when, and why. */
export interface EligibilityOverride {
  reason: string;
  by: string;
  at: string;
}

/** An application as stored: the candidate's submission plus what the process has added. */
export interface Application extends Omit<ApplicationSubmission, 'privacyConsent'> {
  id: string;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
  /** Bumped by every change: edits carry the version they saw (optimistic locking). */
  version: number;
  privacyConsentAt: string;
  documents: Partial<Record<DocumentKind, ReceivedDocument>>;
  ncbValidation?: NcbValidation;
  /**
   * A sending unit's serving officer's release by their force for the mission's period (issue 18,
   * point 4); absent until the force's approver decides, and on every other application.
   */
  release?: ReleaseDecision;
  /** A sending unit's nomination of the candidate to the mission (issue 18, point 5); absent on every other application. */
  nomination?: MissionNomination;
  /** HR's assessment, 0 to 100; staff only, never shown to the candidate. */
  score?: number;
  /** HR's working note; staff only. */
  note?: string;
  /**
   * HR's decision to go on with an application the notice's requirements flag (shared/eligibility/),
   * with its reason; staff only, audited like every edit. Absent on items written before it existed.
   */
  eligibilityOverride?: EligibilityOverride;
  /** Why the organisation ended the application itself; absent (old items too) when someone decided it. */
  endedBecause?: 'vacancy-cancelled' | 'offer-declined' | 'offer-lapsed';
  /** SHA-256 of the candidate's status token; the token itself is never stored. */
  statusTokenHash: string;
  /** The address's confirmation (confirmation.ts); absent on items written before it existed, which count as confirmed. */
  emailConfirmation?: EmailConfirmation;
  /** Where the application came from when not from the form: an NCB's short-term proposal (shared/proposals/match.ts). Absent on every other. */
  origin?: { proposalId: string };
  /** The written test's result (shared/written-tests/result.ts); staff only until the result letter. */
  writtenTest?: WrittenTestResult;
  /** The offer of a post made on this application (shared/offers/offer.ts). */
  offer?: Offer;
  /**
   * Every status it held, in the status machine's order, and when it last moved into `appointed`
   * (status-record.ts): internal, for the reports, never in an answer. Absent on items stored
   * before they existed and never added to them: their history says it.
   */
  statusesHeld?: ApplicationStatus[];
  appointedAt?: string;
}

/**
 * An application counts only once its address is confirmed from the receipt email: someone who
 * does not control an address can then neither take its one-per-email guard (taken only at the
 * confirmation) nor make the organisation treat invented details as that person's application.
 */
export interface EmailConfirmation {
  /** SHA-256 of the confirmation token, which only the receipt email carries. */
  tokenHash: string;
  /** After this an unconfirmed application can no longer be confirmed; the retention purge removes it. */
  expiresAt: string;
  /** When the address was confirmed; absent while it waits. */
  confirmedAt?: string;
}

/** What an application still needs before it can be shortlisted. */
/**
 * An application written before addresses were confirmed has no `emailConfirmation`: it was
 * accepted under the rule of its day, and it already holds its one-per-email guard, so it is confirmed.
 * (Here, beside the application, so that the counts read it without the confirmation's store.)
 */
export const isConfirmed = (application: Pick<Application, 'emailConfirmation'>): boolean =>
  application.emailConfirmation === undefined || application.emailConfirmation.confirmedAt !== undefined;

export type MissingItem = Requirement;

/**
 * The country whose NCB validates the application and forwards its letter: the home
 * administration's. An application stored before the form asked for it has its nationality,
 * which was then the rule and is still the form's default.
 */
export const ncbCountry = (application: Pick<Application, 'nationality' | 'homeAdministrationCountry'>): string =>
  application.homeAdministrationCountry ?? application.nationality;

/**
 * Whether a confirmation letter counts as received. It comes through the NCB (notice 1152), so
 * one the NCB or the organisation's staff supplied counts, and a candidate's copy counts once the
 * NCB confirmed it. A letter stored before suppliers were recorded counts: it was received under
 * the rule of its day, and stages already moved on it (docs/data-model.md).
 */
export const letterCounts = (letter: ReceivedDocument | undefined): boolean =>
  letter !== undefined && (letter.suppliedBy !== 'candidate' || letter.confirmedByNcb !== undefined);

/** A copy the candidate uploaded that waits for the NCB's confirmation. */
export const letterAwaitsNcb = (letter: ReceivedDocument | undefined): boolean => letter !== undefined && !letterCounts(letter);

/** Whether each requirement is met; which ones an application has is its category's (../profiles/requirements.ts). */
const met: Readonly<Record<MissingItem, (application: RequirementFacts) => boolean>> = {
  cv: (application) => application.documents.cv !== undefined,
  confirmationLetter: (application) => letterCounts(application.documents.confirmationLetter),
  ncbValidation: (application) => application.ncbValidation?.decision === 'validated',
  release: (application) => application.release?.decision === 'approved',
};

/** What the requirements read of an application. */
export type RequirementFacts = Pick<Application, 'documents' | 'ncbValidation' | 'category' | 'release'>;

export const missingItems = (application: RequirementFacts): MissingItem[] =>
  requirementsOf(application.category).filter((requirement) => !met[requirement](application));

export const isComplete = (application: RequirementFacts): boolean =>
  missingItems(application).length === 0;

export const missingItemLabels: Record<MissingItem, string> = {
  cv: 'your CV',
  confirmationLetter: 'the confirmation letter from your home administration, sent through your NCB',
  ncbValidation: 'validation by your National Central Bureau (NCB)',
  release: 'your release for the mission by your police force',
};
