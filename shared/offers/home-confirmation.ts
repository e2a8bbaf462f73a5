/**
 * The home administration's confirmation of the secondment's terms (issue 16, point 7) comes
 * through the candidate's NCB, as the confirmation letter does: the NCB of the candidate's
 * country uploads the home administration's letter through a presigned POST into the documents
 * bucket (checked like every document), and records it; the audit entry names the officer.
 */
import { ncbCountry, type Application } from '../applications/application.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { openForStaff } from '../admin/staff-application.js';
import { conflictOf } from '../admin/edit-application.js';
import { MAX_DOCUMENT_BYTES, MIN_DOCUMENT_BYTES, type DocumentContentType } from '../documents/kinds.js';
import { checkAndKeep, removeQuietly, UPLOAD_OFFER_SECONDS, type DocumentObjects, type UploadOffer, type UploadOffers } from '../documents/uploads.js';
import { RECEIVED_PREFIX, UPLOADS_PREFIX } from '../documents/keys.js';
import { DocumentRejected } from '../errors.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { HomeConfirmationLetter, Offer } from './offer.js';
import { alreadyConfirmed, nothingToConfirm } from './problems.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Beside the application's documents (shared/documents/keys.ts), so the retention purge removes it with them. */
const KIND = 'homeConfirmation';
export const homeLetterUploadKey = (applicationId: string, objectId: string): string => `${UPLOADS_PREFIX}${applicationId}/${KIND}/${objectId}`;
const keptKey = (applicationId: string, objectId: string): string => `${RECEIVED_PREFIX}${applicationId}/${KIND}/${objectId}`;

/** An offer outstanding whose confirmation is still to be recorded: what the NCB's list shows. */
export const awaitsHomeConfirmation = (application: Pick<Application, 'status' | 'offer'>): application is Application & { offer: Offer } =>
  application.status === 'offered' && application.offer !== undefined && application.offer.homeConfirmation.confirmedAt === undefined;

const openConfirmable = async (applications: Pick<ApplicationStore, 'get'>, principal: StaffPrincipal, id: string): Promise<Application & { offer: Offer }> => {
  const application = await openForStaff(applications, principal, id);
  if (application.offer?.homeConfirmation.confirmedAt) throw alreadyConfirmed();
  if (!awaitsHomeConfirmation(application)) throw nothingToConfirm();
  return application;
};

/** A fresh presigned POST for the home administration's letter (15 minutes, PDF or DOCX, 10 MiB). */
export const offerHomeLetterUpload = async (
  deps: { applications: Pick<ApplicationStore, 'get'>; offers: UploadOffers; newObjectId?: () => string },
  principal: StaffPrincipal,
  id: string,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  await openConfirmable(deps.applications, principal, id);
  return deps.offers.offer({
    key: homeLetterUploadKey(id, (deps.newObjectId ?? (() => crypto.randomUUID()))()),
    contentTypes: [contentType],
    minBytes: MIN_DOCUMENT_BYTES,
    maxBytes: MAX_DOCUMENT_BYTES,
    expiresInSeconds: UPLOAD_OFFER_SECONDS,
    now,
  });
};

/**
 * Checks the uploaded letter, keeps it, and records the confirmation on the offer at the
 * application's `version` (a stale one is the edit conflict's 409 with the row as stored now).
 */
export const recordHomeConfirmation = async (
  deps: { applications: ApplicationStore; objects: DocumentObjects; onOrphan?: (key: string, error: unknown) => void },
  principal: StaffPrincipal,
  id: string,
  body: { key: string; version: number },
  now: Date,
): Promise<Application> => {
  const application = await openConfirmable(deps.applications, principal, id);
  const prefix = `${UPLOADS_PREFIX}${id}/${KIND}/`;
  const objectId = body.key.startsWith(prefix) ? body.key.slice(prefix.length) : '';
  if (!UUID.test(objectId)) {
    throw new DocumentRejected('missing', 'This key is not an upload offered for this application’s home confirmation letter.', { key: 'problem.documentRejected.nothingUploaded' });
  }
  if (application.version !== body.version) throw await conflictOf(deps.applications, application, principal, now);
  const kept = await checkAndKeep(deps, body.key, keptKey(id, objectId), now, undefined);
  await removeQuietly(deps, body.key);
  const at = now.toISOString();
  const letter: HomeConfirmationLetter = { key: kept.key, contentType: kept.contentType, size: kept.size, sha256: kept.sha256, receivedAt: kept.receivedAt };
  // An NCB officer records for their country; an admin (no country scope) for the organisation, received off-line.
  const by = principal.email;
  const offer: Offer = { ...application.offer, homeConfirmation: { ...application.offer.homeConfirmation, confirmedAt: at, confirmedBy: by, letter } };
  const audit: AuditEntry = {
    at,
    by,
    action: 'home-confirmed',
    changes: { homeConfirmation: { from: null, to: { confirmedAt: at, country: ncbCountry(application), scope: countryScope(principal) ?? 'organisation' } } },
  };
  try {
    return await deps.applications.update(id, body.version, { offer, updatedAt: at }, audit, application);
  } catch (error) {
    // The kept copy goes with a write that did not land: a second attempt keeps its own.
    await removeQuietly(deps, kept.key);
    if (!(error instanceof StaleVersion)) throw error;
    const fresh = await openForStaff(deps.applications, principal, id);
    if (fresh.offer?.homeConfirmation.confirmedAt) throw alreadyConfirmed();
    throw await conflictOf(deps.applications, fresh, principal, now);
  }
};
