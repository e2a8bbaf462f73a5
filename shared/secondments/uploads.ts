import { MAX_DOCUMENT_BYTES, MIN_DOCUMENT_BYTES, type DocumentContentType } from '../documents/kinds.js';
import { RECEIVED_PREFIX, UPLOADS_PREFIX } from '../documents/keys.js';
import { checkAndKeep, removeQuietly, UPLOAD_OFFER_SECONDS, type DocumentObjects, type UploadOffer, type UploadOffers } from '../documents/uploads.js';
import type { SecondmentDocument } from './document.js';

/*
 * A secondment's own documents (the signed terms, each extension's letter from the home
 * administration) go through a presigned POST as every document does (shared/documents/uploads.ts):
 * offered at `uploads/<secondment>/<part>/<uuid>`, checked, and kept at
 * `applications/<secondment>/<part>/<uuid>`, under the secondment's id (not the application's), so
 * they follow the secondment's retention, not the application's.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `signedTerms`, or `extension-<id>` for an extension's letter. */
export type UploadPart = 'signedTerms' | `extension-${string}`;

export const uploadPrefix = (secondmentId: string, part: UploadPart): string => `${UPLOADS_PREFIX}${secondmentId}/${part}/`;

export const offerSecondmentUpload = (
  offers: UploadOffers,
  secondmentId: string,
  part: UploadPart,
  contentType: DocumentContentType,
  now: Date,
  newObjectId: () => string = () => crypto.randomUUID(),
): Promise<UploadOffer> =>
  offers.offer({
    key: `${uploadPrefix(secondmentId, part)}${newObjectId()}`,
    contentTypes: [contentType],
    minBytes: MIN_DOCUMENT_BYTES,
    maxBytes: MAX_DOCUMENT_BYTES,
    expiresInSeconds: UPLOAD_OFFER_SECONDS,
    now,
  });

/** The object id of an upload this secondment's part was offered, or undefined for any other key. */
export const uploadedObjectId = (key: string, secondmentId: string, part: UploadPart): string | undefined => {
  const prefix = uploadPrefix(secondmentId, part);
  const objectId = key.startsWith(prefix) ? key.slice(prefix.length) : '';
  return UUID.test(objectId) ? objectId : undefined;
};

export interface KeepDependencies {
  objects: DocumentObjects;
  onOrphan?: (key: string, error: unknown) => void;
}

/** Checks the upload (size, type, bytes) and keeps its copy; the upload itself is removed. */
export const keepUpload = async (deps: KeepDependencies, key: string, secondmentId: string, part: UploadPart, objectId: string, now: Date): Promise<SecondmentDocument> => {
  const kept = await checkAndKeep(deps, key, `${RECEIVED_PREFIX}${secondmentId}/${part}/${objectId}`, now, undefined);
  await removeQuietly(deps, key);
  return { key: kept.key, contentType: kept.contentType, size: kept.size, sha256: kept.sha256, receivedAt: kept.receivedAt };
};

export const removeKept = (deps: KeepDependencies, document: SecondmentDocument): Promise<void> => removeQuietly(deps, document.key);
