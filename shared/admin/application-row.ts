import * as z from '../zod.js';
import { isConfirmed, letterAwaitsNcb, ncbCountry, type Application, type EligibilityOverride, type MissingItem, type NcbValidation } from '../applications/application.js';
import { applicationStatuses, exitsOnly, nextStatuses, type ApplicationStatus } from '../applications/status-machine.js';
import { missingAtLevel } from '../applications/clearance.js';
import { transitionContext, type VacancyTerms } from '../applications/vacancy-terms.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Clearance } from '../vacancies/schema.js';
import { nationality } from '../applications/schema.js';
import { documentKinds, type DocumentKind, type DocumentSupplier, type NcbLetterConfirmation } from '../documents/kinds.js';
import { vacancyNumber } from '../vacancies/schema.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { judgeEligibility, type Eligibility } from '../eligibility/eligibility.js';
import { offerStage } from '../offers/appointing.js';
import type { ApplicantStatus } from '../profiles/applicant-categories.js';

/** A received document as staff see it in a row: enough to show and fetch it, not where it is stored. */
export interface DocumentSummary {
  contentType: string;
  size: number;
  receivedAt: string;
  /** Who supplied it; absent on a document stored before suppliers were recorded. */
  suppliedBy?: DocumentSupplier;
  /** A candidate's copy of the confirmation letter, once its NCB confirmed it. */
  confirmedByNcb?: NcbLetterConfirmation;
}

/**
 * One application as a row of the staff grid, the export and the list API: everything staff may
 * see, with what the status machine allows next, so the grid offers only those moves.
 */
export interface ApplicationRow {
  id: string;
  vacancy: string;
  givenName: string;
  familyName: string;
  email: string;
  phone?: string;
  nationality: string;
  /** The home administration's country, whose NCB validates: the nationality when the candidate named none. */
  ncbCountry: string;
  category: Application['category'];
  currentTitle: string;
  homeAdministration: string;
  yearsOfExperience: number;
  languages: string[];
  /** Each language's CEFR level as the candidate gave it; absent on applications made before the form asked (issue 15, point 3). */
  languageLevels?: Application['languageLevels'];
  /** The highest education completed (ISCED-based, shared/applications/schema.ts); absent on applications made before. */
  education?: Application['education'];
  /**
   * A sending unit's applicant's status (issue 18, shared/profiles/applicant-categories.ts): their
   * force and line manager, the day they retired, or their expertise. Absent on a receiving stage's rows.
   */
  applicantStatus?: ApplicantStatus;
  status: ApplicationStatus;
  documents: Partial<Record<DocumentKind, DocumentSummary>>;
  ncbValidation?: NcbValidation;
  score?: number;
  note?: string;
  submittedAt: string;
  updatedAt: string;
  version: number;
  complete: boolean;
  missing: MissingItem[];
  /** False while the candidate has not confirmed the address: the application is not received yet (confirmation.ts). */
  emailConfirmed: boolean;
  /** The screening level the vacancy requires, which the NCB's validation must attest. */
  requiredClearance: Clearance;
  /** A confirmation letter the candidate uploaded waits for the NCB's confirmation (it is still in `missing`). */
  letterAwaitsNcb: boolean;
  /** The vacancy still takes documents (until the end of its deadline day): the NCB dialog offers the letter's upload only then. */
  takesDocuments: boolean;
  /** The moves the grid offers; `offered` is never one: an offer has terms (an answer-by above all) and is made in the Offers tab (docs/offers.md). */
  nextStatuses: ApplicationStatus[];
  /**
   * Whether the application meets what its vacancy's notice asks, requirement by requirement
   * (shared/eligibility/): advice for HR, never a rejection. Absent when the vacancy is unknown.
   */
  eligibility?: Eligibility;
  /** HR's decision to go on despite a flag, with its reason (HR and admins see it, as the score). */
  eligibilityOverride?: EligibilityOverride;
}

/**
 * HR's score and note are the organisation's own assessment: HR and admins see them, an NCB
 * officer (who forwards and validates, but does not select) does not.
 */
export const seesAssessment = (viewer: StaffPrincipal | undefined): boolean =>
  viewer === undefined || viewer.groups.includes('hr') || viewer.groups.includes('admin');

/**
 * Whether the application may go forward: complete (isComplete), and validated at the vacancy's
 * clearance level. What is missing adds the NCB's validation when it stands at a lower level
 * (an old validation, or one made before the vacancy was raised to Enhanced).
 */
export const readiness = (application: Application, terms: VacancyTerms | undefined, now: Date) => {
  // An application of a vacancy that does not exist (only test data has one) goes nowhere but out.
  const missing = missingAtLevel(application, terms?.clearance);
  const complete = missing.length === 0;
  const declined = application.ncbValidation?.decision === 'declined';
  const unconfirmed = !isConfirmed(application);
  const offer = offerStage(application);
  return {
    complete,
    missing,
    context: terms ? transitionContext({ complete, declined, unconfirmed, ...(offer ? { offer } : {}) }, terms, now) : { ...exitsOnly, declined, unconfirmed },
  };
};

/**
 * The row of an application as `viewer` may see it (without a viewer, the whole row: HR-only
 * paths), its moves judged against its vacancy's terms as read for this request.
 */
export const toApplicationRow = (application: Application, viewer: StaffPrincipal | undefined, terms: VacancyTerms | undefined, now: Date): ApplicationRow => {
  const { complete, missing, context } = readiness(application, terms, now);
  const assessment = seesAssessment(viewer);
  return {
    id: application.id,
    vacancy: application.vacancy,
    givenName: application.givenName,
    // Empty for a candidate with one name only (the family name is optional).
    familyName: application.familyName ?? '',
    email: application.email,
    ...(application.phone ? { phone: application.phone } : {}),
    nationality: application.nationality,
    ncbCountry: ncbCountry(application),
    category: application.category,
    currentTitle: application.currentTitle,
    homeAdministration: application.homeAdministration,
    yearsOfExperience: application.yearsOfExperience,
    languages: application.languages,
    ...(application.languageLevels ? { languageLevels: application.languageLevels } : {}),
    ...(application.education ? { education: application.education } : {}),
    ...(application.applicantStatus ? { applicantStatus: application.applicantStatus } : {}),
    status: application.status,
    documents: Object.fromEntries(
      documentKinds.flatMap((kind) => {
        const document = application.documents[kind];
        if (!document) return [];
        const { contentType, size, receivedAt, suppliedBy, confirmedByNcb } = document;
        return [[kind, { contentType, size, receivedAt, ...(suppliedBy ? { suppliedBy } : {}), ...(confirmedByNcb ? { confirmedByNcb } : {}) }]];
      }),
    ),
    ...(application.ncbValidation ? { ncbValidation: application.ncbValidation } : {}),
    ...(assessment && application.score !== undefined ? { score: application.score } : {}),
    ...(assessment && application.note !== undefined ? { note: application.note } : {}),
    ...(assessment && application.eligibilityOverride ? { eligibilityOverride: application.eligibilityOverride } : {}),
    submittedAt: application.submittedAt,
    updatedAt: application.updatedAt,
    version: application.version,
    complete,
    missing,
    emailConfirmed: isConfirmed(application),
    requiredClearance: terms?.clearance ?? 'Basic',
    letterAwaitsNcb: letterAwaitsNcb(application.documents.confirmationLetter),
    takesDocuments: terms !== undefined && terms.status === 'open' && now.getTime() < applicationsCloseAt(terms).getTime(),
    nextStatuses: nextStatuses(application.status, context).filter((status) => status !== 'offered'),
    ...(terms ? { eligibility: judgeEligibility(terms, application) } : {}),
  };
};

export const LIST_LIMIT_DEFAULT = 100;
export const LIST_LIMIT_MAX = 1000;

/**
 * `GET /admin/applications` (and the export's filters). A listing needs a vacancy or a country
 * (an NCB officer's own country counts), since each is a Query on an index keyed by one of them
 * (docs/data-model.md, patterns 6 and 7).
 */
export const applicationListQuerySchema = z.strictObject({
  vacancy: z.optional(vacancyNumber),
  status: z.optional(z.enum(applicationStatuses)),
  /** The NCB's country: the home administration's, or the nationality where none was named. */
  country: z.optional(nationality),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(z.coercedNumber().check(z.int(), z.minimum(1), z.maximum(LIST_LIMIT_MAX)), LIST_LIMIT_DEFAULT),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;
