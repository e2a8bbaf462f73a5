import type { ApplicationStore } from '../applications/store.js';
import type { DocumentContentType } from '../documents/kinds.js';
import { completeDocumentUpload, offerDocumentUpload, type CompletionDependencies, type Completed, type UploadOffer, type UploadOffers } from '../documents/uploads.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { openForStaff } from './staff-application.js';

/**
 * The confirmation letter reaches the organisation through the candidate's NCB (DESIGN.md), so
 * the NCB may attach it on the candidate's behalf: the candidate's upload path, under the same
 * rules (the vacancy still taking documents, a fresh presigned POST, the bytes checked), opened
 * by country scope instead of the status token, with the officer as the audit entry's author.
 */
export const offerNcbLetter = async (
  deps: { applications: ApplicationStore; vacancies: VacancyStore; offers: UploadOffers },
  principal: StaffPrincipal,
  id: string,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  const application = await openForStaff(deps.applications, principal, id);
  return offerDocumentUpload(deps, application, 'confirmationLetter', contentType, now);
};

export const completeNcbLetter = async (
  deps: CompletionDependencies,
  principal: StaffPrincipal,
  id: string,
  key: string,
  now: Date,
): Promise<Completed> => {
  const application = await openForStaff(deps.applications, principal, id);
  // An NCB officer's letter is the NCB's; an admin's (no country scope) is the organisation's own, received off-line.
  const supplier = countryScope(principal) === undefined ? 'hr' : 'ncb';
  return completeDocumentUpload(deps, application, 'confirmationLetter', key, now, principal.email, supplier);
};
