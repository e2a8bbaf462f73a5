import { uploadRequestSchema } from '#shared/documents/schema.js';
import { offerExtensionLetter } from '#shared/secondments/extension-letter.js';
import { extensionPathSchema } from '#shared/secondments/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { offers } = documentsBucket();

/** POST /admin/secondments/{id}/extensions/{extension}/letter `{contentType}`: 201 a presigned POST for the home administration's letter. */
export const handler = staffHandler({ name: 'requestExtensionLetterUpload', path: extensionPathSchema, body: uploadRequestSchema }, async ({ path, body, principal, now }) =>
  json(201, await offerExtensionLetter({ secondments, offers }, principal, path.id, path.extension, body.contentType, now)),
);
