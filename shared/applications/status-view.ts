import type { DocumentKind } from '../documents/kinds.js';
import { languageOr, type Language } from '../i18n/languages.js';
import { applicationsCloseAt, isTakingApplications } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';
import { letterAwaitsNcb, type Application, type MissingItem } from './application.js';
import { missingAtLevel } from './clearance.js';
import { confirmationState, type ConfirmationState } from './confirmation.js';
import { checkTransition, exitsOnly } from './status-machine.js';

export interface ApplicationStatusView {
  applicationId: string;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone'>;
  status: Application['status'];
  submittedAt: string;
  documents: Partial<Record<DocumentKind, { contentType: string; size: number; receivedAt: string }>>;
  missing: MissingItem[];
  /** The candidate's copy of the confirmation letter is in and waits for the NCB's confirmation (it is still in `missing`). */
  letterAwaitsNcb: boolean;
  deadline: string;
  closesAt: string;
  canWithdraw: boolean;
  canUpload: boolean;
  /** Set when the organisation ended the application itself: the vacancy cancelled, or its offer declined or lapsed (the offer section says which). */
  endedBecause?: Application['endedBecause'];
  /** `pending` until the address is confirmed from the receipt email (it does not count until then), `expired` when that can no longer happen. */
  confirmation: ConfirmationState;
  /** While pending: when the confirmation link expires. */
  confirmBy?: string;
  /** The language the candidate applied in: the status page is shown in it unless its link says `?lang=`. */
  language: Language;
}

/** A candidate may withdraw until an offer is made; after that, through HR. */
export const candidateMayWithdraw = (application: Pick<Application, 'status'>): boolean =>
  !['offered', 'appointed'].includes(application.status) &&
  checkTransition(application.status, 'withdrawn', exitsOnly).allowed;

export const candidateMayUpload = (application: Pick<Application, 'status' | 'emailConfirmation'>, vacancy: Vacancy, now: Date): boolean =>
  !['withdrawn', 'rejected', 'appointed'].includes(application.status) &&
  isTakingApplications(vacancy, now) &&
  confirmationState(application, now) !== 'expired';

/** What the candidate sees of their application: no internal notes, scores or staff names. */
export const statusView = (application: Application, vacancy: Vacancy, now: Date): ApplicationStatusView => ({
  applicationId: application.id,
  vacancy: { number: vacancy.number, title: vacancy.title, location: vacancy.location, timeZone: vacancy.timeZone },
  status: application.status,
  submittedAt: application.submittedAt,
  documents: Object.fromEntries(
    Object.entries(application.documents).map(([kind, document]) => [
      kind,
      { contentType: document.contentType, size: document.size, receivedAt: document.receivedAt },
    ]),
  ),
  // Counted at the vacancy's level: what HR's grid says is missing, the candidate's page says too.
  missing: missingAtLevel(application, vacancy.clearance),
  letterAwaitsNcb: letterAwaitsNcb(application.documents.confirmationLetter),
  deadline: vacancy.deadline,
  closesAt: applicationsCloseAt(vacancy).toISOString(),
  canWithdraw: candidateMayWithdraw(application),
  canUpload: candidateMayUpload(application, vacancy, now),
  ...(application.endedBecause ? { endedBecause: application.endedBecause } : {}),
  confirmation: confirmationState(application, now),
  language: languageOr(application.language),
  ...(confirmationState(application, now) === 'pending' && application.emailConfirmation ? { confirmBy: application.emailConfirmation.expiresAt } : {}),
});
