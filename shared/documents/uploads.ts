import { formatDate, formatTime } from '../i18n/format.js';
import { letterCounts, type Application } from '../applications/application.js';
import { applicationVacancyGone, noMoreDocuments } from '../applications/application-problems.js';
import { confirmationState } from '../applications/confirmation.js';
import { candidateMayUpload } from '../applications/status-view.js';
import { vacancyClosed } from '../applications/vacancy-closed.js';
import { isFinal } from '../applications/status-machine.js';
import { StaleVersion, type ApplicationStore } from '../applications/store.js';
import { ConfirmationExpired, Conflict, dayIn, DocumentRejected, DocumentTooLate, NotFound, timeIn, ValidationFailed } from '../errors.js';
import { vacancyEndedAt } from '../retention/policy.js';
import { applicationsCloseAt, isTakingApplications } from '../vacancies/deadline.js';
import type { ManagedVacancyStore, VacancyStore } from '../vacancies/store.js';
import { checkDocumentBytes, checkDocumentSize, documentContentType, type Refusal } from './content-check.js';
import { receivedKey, uploadKey, uploadObjectId } from './keys.js';
import {
  MAX_DOCUMENT_BYTES,
  MIN_DOCUMENT_BYTES,
  documentLabels,
  type DocumentContentType,
  type DocumentKind,
  type DocumentSupplier,
  type ReceivedDocument,
} from './kinds.js';

/** How long a presigned POST may be used. */
export const UPLOAD_OFFER_SECONDS = 15 * 60;

/** What a presigned POST must enforce; the S3 adapter writes it as policy conditions. */
export interface UploadPolicy {
  key: string;
  /** One type is pinned exactly. S3 has no "one of" condition: several only share a prefix. */
  contentTypes: readonly DocumentContentType[];
  minBytes: number;
  maxBytes: number;
  expiresInSeconds: number;
  /** The policy's clock: it is signed at this time and expires `expiresInSeconds` later. */
  now: Date;
}

/** A presigned POST as the API hands it out: the browser posts `fields` and then the file to `url`. */
export interface UploadOffer {
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
  contentTypes: DocumentContentType[];
  expiresAt: string;
}

export interface UploadOffers {
  offer(policy: UploadPolicy): Promise<UploadOffer>;
}

/** The documents bucket as the rules need it; functions/adapters/s3/document-objects.ts implements it. */
export interface DocumentObjects {
  /**
   * Size, stored Content-Type and the object's own time (S3's LastModified: when its upload
   * arrived), or undefined when there is no such object.
   */
  head(key: string): Promise<{ size: number; contentType: string | undefined; lastModified?: Date } | undefined>;
  /** The object's first `maxBytes + 1` bytes at most (so an oversized one shows it), or undefined. */
  read(key: string, maxBytes: number): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array, contentType: DocumentContentType): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface OfferRequest {
  applicationId: string;
  kind: DocumentKind;
  /** What the client says it will send; one type pins the policy's Content-Type. */
  contentTypes: readonly DocumentContentType[];
  now: Date;
  newObjectId?: () => string;
}

/** One presigned POST for one document of an application, at a fresh server-made key. */
export const uploadOffer = (offers: UploadOffers, request: OfferRequest): Promise<UploadOffer> =>
  offers.offer({
    key: uploadKey(request.applicationId, request.kind, (request.newObjectId ?? (() => crypto.randomUUID()))()),
    contentTypes: request.contentTypes,
    minBytes: MIN_DOCUMENT_BYTES,
    maxBytes: MAX_DOCUMENT_BYTES,
    expiresInSeconds: UPLOAD_OFFER_SECONDS,
    now: request.now,
  });

const mayTakeDocuments = async (vacancies: VacancyStore, application: Application, now: Date): Promise<void> => {
  const vacancy = await vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  if (candidateMayUpload(application, vacancy, now)) return;
  if (isFinal(application.status)) throw noMoreDocuments(application.status);
  if (!isTakingApplications(vacancy, now)) throw vacancyClosed(vacancy, 'documents');
  if (confirmationState(application, now) === 'expired') {
    throw new ConfirmationExpired(
      'This application was not confirmed from its email in time, so it takes no documents. If you wish to apply, please submit the form again.',
      { key: 'problem.confirmationExpired.documents' },
    );
  }
  throw noMoreDocuments(application.status);
};

/**
 * `POST /applications/{id}/documents/{kind}`: a fresh upload offer, while the vacancy takes
 * applications and the application is still in the running. `application` was opened with its token.
 */
export const offerDocumentUpload = async (
  deps: { vacancies: VacancyStore; offers: UploadOffers; newObjectId?: () => string },
  application: Application,
  kind: DocumentKind,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  await mayTakeDocuments(deps.vacancies, application, now);
  return uploadOffer(deps.offers, { applicationId: application.id, kind, contentTypes: [contentType], now, newObjectId: deps.newObjectId });
};

/** The vacancies as `complete` judges its deadline: the vacancy, and its history (when it was closed or cancelled). */
export type DocumentDeadlines = Pick<ManagedVacancyStore, 'get' | 'history'>;

export interface CompletionDependencies {
  applications: Pick<ApplicationStore, 'get' | 'update'>;
  objects: DocumentObjects;
  vacancies: DocumentDeadlines;
  /** Told of an object that could not be deleted: the record is right, the bucket keeps an orphan. */
  onOrphan?: (key: string, error: unknown) => void;
}

export interface Completed {
  application: Application;
  document: ReceivedDocument;
}

const sha256Hex = async (bytes: Uint8Array): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** Deletes an object the record no longer needs; a failure leaves an orphan, which `onOrphan` is told of. */
export const removeQuietly = async (deps: Pick<CompletionDependencies, 'objects' | 'onOrphan'>, key: string): Promise<void> => {
  try {
    await deps.objects.remove(key);
  } catch (error) {
    deps.onOrphan?.(key, error);
  }
};

/** When a vacancy stopped taking documents, and its duty station's zone (the reader is told the time there). */
interface DocumentsClosed {
  at: Date;
  timeZone: string;
}

/**
 * When the application's vacancy stopped taking documents, or undefined while it still takes them:
 * the end of its deadline day, or the moment it was closed, cancelled or filled when that came
 * first (its history says when), and never later than `now`.
 */
const documentsClosedAt = async (vacancies: DocumentDeadlines, application: Application, now: Date): Promise<DocumentsClosed | undefined> => {
  const vacancy = await vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  if (isTakingApplications(vacancy, now)) return undefined;
  const ended = vacancy.status === 'open' ? undefined : vacancyEndedAt(vacancy, await vacancies.history(vacancy.number), now);
  return { at: new Date(Math.min(applicationsCloseAt(vacancy).getTime(), ended?.getTime() ?? Number.POSITIVE_INFINITY, now.getTime())), timeZone: vacancy.timeZone };
};

/**
 * After the close, only an upload that arrived before it (by the object's own time) is recorded,
 * and only within an offer's lifetime of its arrival: the offer it came with was signed before
 * that, so it has expired by then. Anything else is too late.
 */
const lateness = (uploadedAt: Date | undefined, closed: DocumentsClosed, now: Date): DocumentTooLate | undefined => {
  const words = `${formatDate('en', closed.at, closed.timeZone)} at ${formatTime('en', closed.at, closed.timeZone)} (${closed.timeZone})`;
  const when = { day: dayIn(closed.at, closed.timeZone), time: timeIn(closed.at, closed.timeZone), timeZone: closed.timeZone };
  if (uploadedAt === undefined || uploadedAt.getTime() >= closed.at.getTime()) {
    return new DocumentTooLate(`This document arrived after the vacancy stopped taking documents on ${words}, so it cannot be recorded.`, {
      key: 'problem.documentTooLate.arrivedAfter',
      values: when,
    });
  }
  if (now.getTime() >= uploadedAt.getTime() + UPLOAD_OFFER_SECONDS * 1000) {
    const minutes = UPLOAD_OFFER_SECONDS / 60;
    return new DocumentTooLate(
      `This document arrived before the vacancy stopped taking documents on ${words}, but it was not recorded within ${minutes} minutes of its arrival, and it can no longer be recorded.`,
      { key: 'problem.documentTooLate.notRecordedInTime', values: { ...when, minutes } },
    );
  }
  return undefined;
};

/**
 * Checks the uploaded object and keeps its bytes at `keepAt`; a bad object is deleted and refused.
 * `closedAt` is set once the vacancy no longer takes documents: then the object's time is judged too.
 * Also the NCB's proposal documents' check (shared/proposals/documents.ts), which no vacancy closes.
 */
export const checkAndKeep = async (
  deps: Pick<CompletionDependencies, 'objects' | 'onOrphan'>,
  key: string,
  keepAt: string,
  now: Date,
  closedAt: DocumentsClosed | undefined,
): Promise<ReceivedDocument> => {
  const refuse = async ({ reason, detail, translation }: Refusal): Promise<never> => {
    await removeQuietly(deps, key);
    throw new DocumentRejected(reason, `${detail} It was deleted; upload the document again with a new offer.`, {
      key: 'problem.documentRejected.deleted',
      values: { problem: { message: translation } },
    });
  };
  const head = await deps.objects.head(key);
  if (!head) {
    throw new DocumentRejected(
      'missing',
      'Nothing was uploaded with this offer. Post the file to the offer’s url first (an offer lasts 15 minutes), then call complete.',
      { key: 'problem.documentRejected.nothingUploaded' },
    );
  }
  const late = closedAt ? lateness(head.lastModified, closedAt, now) : undefined;
  if (late) {
    await removeQuietly(deps, key);
    throw late;
  }
  const size = checkDocumentSize(head.size);
  if (!size.ok) return refuse(size);
  const contentType = documentContentType(head.contentType);
  if (!contentType) {
    const type = head.contentType ?? 'no type';
    return refuse({
      reason: 'wrong-type',
      detail: `The file was stored as ${type}; only PDF and Word (DOCX) documents are accepted.`,
      translation: { key: 'problem.documentRejected.storedAs', values: { type } },
    });
  }
  const bytes = await deps.objects.read(key, MAX_DOCUMENT_BYTES);
  if (!bytes) throw new DocumentRejected('missing', 'The upload disappeared while it was checked. Upload the document again.', { key: 'problem.documentRejected.disappeared' });
  const verdict = checkDocumentBytes(bytes, contentType);
  if (!verdict.ok) return refuse(verdict);
  const sha256 = await sha256Hex(bytes);
  await deps.objects.write(keepAt, bytes, contentType);
  return { key: keepAt, contentType, size: bytes.length, sha256, receivedAt: now.toISOString() };
};

const MAX_ATTEMPTS = 3;

/** Writes the document on the application with its audit entry; another change meanwhile means read and try again. */
const record = async (
  store: Pick<ApplicationStore, 'get' | 'update'>,
  application: Application,
  kind: DocumentKind,
  document: ReceivedDocument,
  by: string,
  attempt = 1,
): Promise<{ application: Application; replaced: ReceivedDocument | undefined }> => {
  // A concurrent complete of the same upload got there first: its record stands, and is ours.
  if (application.documents[kind]?.key === document.key) return { application, replaced: undefined };
  if (isFinal(application.status)) throw noMoreDocuments(application.status);
  const replaced = application.documents[kind];
  // A copy must not undo the letter that counts: it would need the NCB's confirmation again.
  if (kind === 'confirmationLetter' && document.suppliedBy === 'candidate' && letterCounts(replaced)) {
    throw new Conflict('Your NCB has already sent or confirmed your confirmation letter: there is nothing more to upload. If it is wrong, contact your NCB.', {
      key: 'problem.conflict.letterCountsAlready',
    });
  }
  try {
    const updated = await store.update(
      application.id,
      application.version,
      { documents: { ...application.documents, [kind]: document }, updatedAt: document.receivedAt },
      { at: document.receivedAt, by, action: 'document-received', changes: { [kind]: { from: replaced ?? null, to: document } } },
    );
    return { application: updated, replaced };
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    if (attempt >= MAX_ATTEMPTS) {
      throw new Conflict('The application kept changing while the document was recorded. Please call complete again.', { key: 'problem.conflict.keptChanging' });
    }
    const fresh = await store.get(application.id);
    if (!fresh) throw new NotFound('There is no application with this id and token.', { key: 'problem.notFound.statusToken' });
    return record(store, fresh, kind, document, by, attempt + 1);
  }
};

/** The application as stored now, if it records `keepAt` for `kind`: a concurrent complete of the same upload won. */
const recordedElsewhere = async (store: Pick<ApplicationStore, 'get'>, applicationId: string, kind: DocumentKind, keepAt: string): Promise<Completed | undefined> => {
  const fresh = await store.get(applicationId);
  const document = fresh?.documents[kind];
  return fresh && document?.key === keepAt ? { application: fresh, document } : undefined;
};

/**
 * `POST /applications/{id}/documents/{kind}/complete`: checks what was uploaded at `key` (there,
 * 1 B to 10 MiB, a PDF or DOCX whose bytes are what its type claims) and records it in place of
 * an earlier one of the same kind; the replaced object and the upload are deleted afterwards.
 * The record names its supplier: a candidate's copy of the confirmation letter counts only once
 * the NCB confirms it (letterCounts in shared/applications/application.ts), and never replaces a letter that counts.
 * The deadline is judged again here, for the candidate and the NCB alike: once the vacancy is
 * past its deadline, closed or cancelled, only an upload that arrived before that moment (by the
 * object's LastModified) is recorded, within 15 minutes (an offer's lifetime) of its arrival;
 * anything else is refused as too late. Completing the same upload twice, one after the other or
 * at once, answers the first result. `by` is the audit entry's author: the candidate, or the NCB
 * officer attaching a letter.
 */
export const completeDocumentUpload = async (
  deps: CompletionDependencies,
  application: Application,
  kind: DocumentKind,
  key: string,
  now: Date,
  by = 'candidate',
  supplier: DocumentSupplier = 'candidate',
): Promise<Completed> => {
  const objectId = uploadObjectId(key, application.id, kind);
  if (!objectId) {
    throw new ValidationFailed([{ path: 'body.key', message: `Not the key of an upload offer for this application's ${documentLabels[kind]}.` }]);
  }
  const keepAt = receivedKey(application.id, kind, objectId);
  const current = application.documents[kind];
  if (current?.key === keepAt) return { application, document: current };
  if (isFinal(application.status)) throw noMoreDocuments(application.status);
  const closedAt = await documentsClosedAt(deps.vacancies, application, now);

  let document: ReceivedDocument;
  try {
    document = { ...(await checkAndKeep(deps, key, keepAt, now, closedAt)), suppliedBy: supplier };
  } catch (error) {
    // The upload is gone because a concurrent complete recorded it and deleted it: answer its result.
    const won = error instanceof DocumentRejected && error.reason === 'missing' ? await recordedElsewhere(deps.applications, application.id, kind, keepAt) : undefined;
    if (won) return won;
    throw error;
  }
  let recorded: Awaited<ReturnType<typeof record>>;
  try {
    recorded = await record(deps.applications, application, kind, document, by);
  } catch (error) {
    // Delete the copy only when nothing points at it: a concurrent complete may have recorded this very key.
    const won = await recordedElsewhere(deps.applications, application.id, kind, keepAt).catch(() => 'unknown' as const);
    if (won === 'unknown') throw error;
    if (won) return won;
    // The upload stays, so that complete can be called again.
    await removeQuietly(deps, keepAt);
    throw error;
  }
  await removeQuietly(deps, key);
  if (recorded.replaced && recorded.replaced.key !== keepAt) await removeQuietly(deps, recorded.replaced.key);
  return { application: recorded.application, document: recorded.application.documents[kind] ?? document };
};
