/**
 * The NCB attaches the confirmation letter on the candidate's behalf: an offer from the staff
 * route, the file straight to storage under its presigned POST, then `complete` checks and records it.
 * The file checks and S3's error wording are the candidate page's own (functions/pages/client/files.ts).
 */
import type { UploadOffer } from '#shared/documents/uploads.js';
import { contentTypeOf, fileProblem, storageErrorMessage } from '../../../pages/client/files.js';
import { LIST_LIMIT_MAX } from '#shared/admin/application-row.js';
import type { ApplicationPage, ApplicationRow } from './answers.js';
import { segment, staffApi } from './staff-api.js';

export class LetterNotSent extends Error {}

export const uploadLetter = async (row: ApplicationRow, file: File): Promise<ApplicationRow> => {
  const problem = fileProblem(file);
  if (problem) throw new LetterNotSent(problem);
  const path = `admin/applications/${segment(row.id)}/documents/confirmationLetter`;
  const offer = await staffApi<UploadOffer>('POST', path, { json: { contentType: contentTypeOf(file) } });
  const form = new FormData();
  // S3 reads the policy's fields first; anything after `file` is ignored.
  for (const [name, value] of Object.entries(offer.fields)) form.append(name, value);
  form.append('file', file);
  let stored: Response;
  try {
    stored = await fetch(offer.url, { method: 'POST', body: form, credentials: 'omit' });
  } catch {
    throw new LetterNotSent('The file did not reach the document store. Check your connection and try again.');
  }
  if (!stored.ok) throw new LetterNotSent(storageErrorMessage(stored.status, await stored.text().catch(() => '')));
  const recorded = await staffApi<{ row?: ApplicationRow }>('POST', `${path}/complete`, { json: { key: offer.fields.key ?? '' } });
  return recorded.row ?? (await rowAsStored(row));
};

/** The row as stored now (recording the letter gave it a new version): the listing narrowed to its vacancy and country. */
const rowAsStored = async (row: ApplicationRow): Promise<ApplicationRow> => {
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ vacancy: row.vacancy, country: row.nationality, limit: String(LIST_LIMIT_MAX), ...(cursor ? { cursor } : {}) });
    const page = await staffApi<ApplicationPage>('GET', `admin/applications?${query}`);
    const found = page.items.find((one) => one.id === row.id);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  throw new LetterNotSent('The letter was recorded, but the application is no longer listed: reload the page.');
};
