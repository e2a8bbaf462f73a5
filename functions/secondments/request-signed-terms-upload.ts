import { uploadRequestSchema } from '#shared/documents/schema.js';
import { secondmentPathSchema } from '#shared/secondments/schema.js';
import { offerSignedTerms } from '#shared/secondments/signed-terms.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { offers } = documentsBucket();

/** POST /admin/secondments/{id}/signed-terms `{contentType}`: 201 a fresh presigned POST for HR's upload of the signed terms. */
export const handler = staffHandler({ name: 'requestSignedTermsUpload', path: secondmentPathSchema, body: uploadRequestSchema }, async ({ path, body, principal, now }) =>
  json(201, await offerSignedTerms({ secondments, offers }, principal, path.id, body.contentType, now)),
);
