import { uploadRequestSchema } from '#shared/documents/schema.js';
import { offerProposalDocument } from '#shared/proposals/documents.js';
import { proposalDocumentPathSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();
const { offers } = documentsBucket();

/** POST /admin/proposals/{id}/documents/{kind} `{contentType}`: 201 a fresh presigned POST for the NCB, as for its letter. */
export const handler = staffHandler({ name: 'requestProposalUpload', path: proposalDocumentPathSchema, body: uploadRequestSchema }, async ({ path, body, principal, now }) =>
  json(201, await offerProposalDocument({ proposals, offers }, principal, path.id, path.kind, body.contentType, now)),
);
