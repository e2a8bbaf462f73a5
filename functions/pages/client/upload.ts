import type { DocumentKind } from '#shared/documents/kinds.js';
import { ApiError, callApi } from './api.js';
import type { Credentials, UploadOffer } from './answers.js';
import { contentTypeOf, describeFileProblem, describeStorageError, parseStorageError } from './files.js';
import { t, words } from './words.js';

/** Why an upload did not end with the document recorded, in words for the candidate. */
export class UploadFailed extends Error {}

/** The document store said no; `expired` when the offer's policy had run out. */
class StorageRefused extends UploadFailed {
  constructor(message: string, readonly expired: boolean) {
    super(message);
  }
}

const messageOf = (error: unknown): string => {
  if (error instanceof UploadFailed) return error.message;
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  return t('upload.somethingWrong');
};

/** A presigned POST sent with XMLHttpRequest, which (unlike fetch) reports upload progress. */
const postToStorage = (offer: UploadOffer, file: File, onProgress: (fraction: number) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const form = new FormData();
    // S3 reads the policy's fields first; anything after `file` is ignored.
    for (const [name, value] of Object.entries(offer.fields)) form.append(name, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', offer.url);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else {
        const answer = request.responseText;
        reject(new StorageRefused(describeStorageError(request.status, answer, words), parseStorageError(answer).expired));
      }
    });
    request.addEventListener('error', () =>
      reject(new UploadFailed(t('upload.unreachable'))),
    );
    request.addEventListener('abort', () => reject(new UploadFailed(t('upload.stopped'))));
    request.send(form);
  });

export interface UploadRequest {
  credentials: Credentials;
  kind: DocumentKind;
  file: File;
  /** An offer already in hand (the submit answer's); a fresh one is asked for when it does not fit the file. */
  offer?: UploadOffer;
  onProgress: (fraction: number) => void;
}

/** Offer, upload straight to storage, then ask the API to check and record it. Resolves, or rejects with a readable UploadFailed. */
export const uploadDocument = async ({ credentials, kind, file, offer, onProgress }: UploadRequest): Promise<void> => {
  try {
    const problem = describeFileProblem(file, words);
    if (problem) throw new UploadFailed(problem);
    const contentType = contentTypeOf(file) ?? '';
    const path = `applications/${encodeURIComponent(credentials.applicationId)}/documents/${kind}`;
    const freshOffer = () =>
      callApi<UploadOffer>('POST', path, { body: JSON.stringify({ contentType }), statusToken: credentials.statusToken });
    // An offer pins one content type (the submit answer's are for PDF): a Word file needs its own.
    let usable = offer && (offer.contentTypes as readonly string[]).includes(contentType) ? offer : await freshOffer();
    try {
      await postToStorage(usable, file, onProgress);
    } catch (error) {
      // Offers last 15 minutes by the server's clock, not the browser's: once refused as expired, ask again.
      if (!(error instanceof StorageRefused && error.expired)) throw error;
      usable = await freshOffer();
      await postToStorage(usable, file, onProgress);
    }
    await callApi<unknown>('POST', `${path}/complete`, {
      body: JSON.stringify({ key: usable.fields.key ?? '' }),
      statusToken: credentials.statusToken,
    });
  } catch (error) {
    throw error instanceof UploadFailed ? error : new UploadFailed(messageOf(error));
  }
};
