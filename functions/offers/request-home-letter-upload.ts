import { offerHomeLetterUpload } from '#shared/offers/home-confirmation.js';
import { homeConfirmationPathSchema, homeLetterUploadSchema } from '#shared/offers/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { tableStores } from '../stores/table-stores.js';

const { applications } = tableStores();
const { offers } = documentsBucket();

/** POST /admin/home-confirmations/{id}/upload `{contentType}`: 201 a presigned POST for the home administration's letter. */
export const handler = staffHandler(
  { name: 'requestHomeLetterUpload', path: homeConfirmationPathSchema, body: homeLetterUploadSchema },
  async ({ path, body, principal, now }) => json(201, await offerHomeLetterUpload({ applications, offers }, principal, path.id, body.contentType, now)),
);
