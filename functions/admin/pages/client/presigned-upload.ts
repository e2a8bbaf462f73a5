/**
 * A file sent straight to the documents bucket under a presigned POST that a staff route offers,
 * then recorded by the route's `complete`: the NCB's letter for an application (letter-upload.ts),
 * a proposal's CV and confirmation letter (proposal-documents.ts). The file checks and S3's error
 * wording are the candidate page's own (functions/pages/client/files.ts), in the staff page's language.
 */
import type { UploadOffer } from '#shared/documents/uploads.js';
import type { DocumentContentType } from '#shared/documents/kinds.js';
import { contentTypeOf, describeFileProblem, describeStorageError } from '../../../pages/client/files.js';
import { t, words } from '../../../pages/client/words.js';

/** The file was not sent: why, in the page's words (the API's own refusals stay StaffApiError). */
export class UploadNotSent extends Error {}

export interface OfferedUpload<T> {
  /** Asks the staff route for a presigned POST for a file of this type. */
  offer(file: { contentType: DocumentContentType }): Promise<UploadOffer>;
  /** Tells the route the file is in, under the offer's key; its answer is the caller's. */
  complete(offer: UploadOffer): Promise<T>;
}

export const uploadThroughOffer = async <T>(file: File, route: OfferedUpload<T>): Promise<T> => {
  const problem = describeFileProblem(file, words);
  const contentType = contentTypeOf(file);
  if (problem || !contentType) throw new UploadNotSent(problem ?? t('upload.somethingWrong'));
  const offer = await route.offer({ contentType });
  const form = new FormData();
  // S3 reads the policy's fields first; anything after `file` is ignored.
  for (const [name, value] of Object.entries(offer.fields)) form.append(name, value);
  form.append('file', file);
  let stored: Response;
  try {
    stored = await fetch(offer.url, { method: 'POST', body: form, credentials: 'omit' });
  } catch {
    throw new UploadNotSent(t('admin.ncb.letterUnreachable'));
  }
  if (!stored.ok) throw new UploadNotSent(describeStorageError(stored.status, await stored.text().catch(() => ''), words));
  return route.complete(offer);
};
