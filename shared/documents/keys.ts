import type { DocumentKind } from './kinds.js';

/**
 * Object keys are made here only, never from a client's file name. An upload lands at
 * `uploads/<id>/<kind>/<uuid>`; once checked, its bytes are recorded at
 * `applications/<id>/<kind>/<uuid>`, a key no upload policy names, so the candidate's offer
 * (usable for 15 minutes) cannot overwrite what was checked. Uploads that were never completed
 * stay under `uploads/`, where the bucket's lifecycle rule expires them.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const UPLOADS_PREFIX = 'uploads/';
export const RECEIVED_PREFIX = 'applications/';
/** A nomination's package (issue 18): a ZIP built on request, fetched through a short link, expired by the bucket after a day. */
export const NOMINATION_PACKAGES_PREFIX = 'nomination-packages/';

const prefix = (applicationId: string, kind: DocumentKind) => `${UPLOADS_PREFIX}${applicationId}/${kind}/`;

export const uploadKey = (applicationId: string, kind: DocumentKind, objectId: string): string => {
  if (!UUID.test(objectId)) throw new Error('An object id is a lower-case UUID.');
  return `${prefix(applicationId, kind)}${objectId}`;
};

/** The object id of an upload key of this application and kind, or undefined for any other string. */
export const uploadObjectId = (key: string, applicationId: string, kind: DocumentKind): string | undefined => {
  const start = prefix(applicationId, kind);
  if (!key.startsWith(start)) return undefined;
  const objectId = key.slice(start.length);
  return UUID.test(objectId) ? objectId : undefined;
};

/** Where the checked copy of an upload is kept. */
export const receivedKey = (applicationId: string, kind: DocumentKind, objectId: string): string =>
  `${RECEIVED_PREFIX}${applicationId}/${kind}/${objectId}`;

/** Everything an application's documents are kept under: what a purge removes (its nomination's packages, copies of its CV, too). */
export const applicationDocumentPrefixes = (applicationId: string): string[] => [
  `${UPLOADS_PREFIX}${applicationId}/`,
  `${RECEIVED_PREFIX}${applicationId}/`,
  `${NOMINATION_PACKAGES_PREFIX}${applicationId}/`,
];

/**
 * Where one build of a nomination's package goes: under its application (so its purge removes
 * it, before the bucket's one-day expiry), a key per build (the instant, to the millisecond), so
 * a link already handed out keeps its file while a newer one is written.
 */
export const packageKey = (applicationId: string, now: Date): string =>
  `${NOMINATION_PACKAGES_PREFIX}${applicationId}/${now.toISOString().replace(/[-:.]/g, '')}.zip`;
