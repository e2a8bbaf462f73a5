/**
 * The NCB attaches the confirmation letter on the candidate's behalf: an offer from the staff
 * route, the file straight to storage under its presigned POST, then `complete` checks and records it.
 * The file checks and S3's error wording are the candidate page's own (functions/pages/client/files.ts),
 * in the staff page's language.
 */
import type { UploadOffer } from '#shared/documents/uploads.js';
import { contentTypeOf, describeFileProblem, describeStorageError } from '../../../pages/client/files.js';
import type { ApplicationRow } from './answers.js';
import { segment, staffApi } from './staff-api.js';
import { t, words } from '../../../pages/client/words.js';

export class LetterNotSent extends Error {}

export const uploadLetter = async (row: ApplicationRow, file: File): Promise<ApplicationRow> => {
  const problem = describeFileProblem(file, words);
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
    throw new LetterNotSent(t('admin.ncb.letterUnreachable'));
  }
  if (!stored.ok) throw new LetterNotSent(describeStorageError(stored.status, await stored.text().catch(() => ''), words));
  // The answer carries the row at its new version, so the decision that follows is not stale.
  const recorded = await staffApi<{ row: ApplicationRow }>('POST', `${path}/complete`, { json: { key: offer.fields.key ?? '' } });
  return recorded.row;
};

