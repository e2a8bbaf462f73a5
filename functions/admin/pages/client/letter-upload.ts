/**
 * The NCB attaches the confirmation letter on the candidate's behalf: an offer from the staff
 * route, the file straight to storage under its presigned POST, then `complete` checks and records
 * it (presigned-upload.ts).
 */
import type { ApplicationRow } from './answers.js';
import { uploadThroughOffer } from './presigned-upload.js';
import { segment, staffApi } from './staff-api.js';

export { UploadNotSent as LetterNotSent } from './presigned-upload.js';

export const uploadLetter = async (row: ApplicationRow, file: File): Promise<ApplicationRow> => {
  const path = `admin/applications/${segment(row.id)}/documents/confirmationLetter`;
  return uploadThroughOffer(file, {
    offer: ({ contentType }) => staffApi('POST', path, { json: { contentType } }),
    // The answer carries the row at its new version, so the decision that follows is not stale.
    complete: async (offer) => (await staffApi<{ row: ApplicationRow }>('POST', `${path}/complete`, { json: { key: offer.fields.key ?? '' } })).row,
  });
};
