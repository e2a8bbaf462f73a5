import { offerNcbLetter } from '#shared/admin/ncb-letter.js';
import { uploadRequestSchema } from '#shared/documents/schema.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { documentsBucket } from '../../stores/documents-bucket.js';
import { tableStores } from '../../stores/table-stores.js';
import { ncbLetterPath } from './staff-application-path.js';

const { applications, vacancies } = tableStores();
const { offers } = documentsBucket();

/** POST /admin/applications/{id}/documents/confirmationLetter `{contentType}`: 201 a fresh presigned POST for the NCB. */
export const handler = staffHandler(
  { name: 'requestNcbLetterUpload', path: ncbLetterPath, body: uploadRequestSchema },
  async ({ path, body, principal, now }) => json(201, await offerNcbLetter({ applications, vacancies, offers }, principal, path.id, body.contentType, now)),
);
