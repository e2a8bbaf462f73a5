import { uploadCompletionSchema } from '#shared/documents/schema.js';
import { completeProposalDocument } from '#shared/proposals/documents.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalDocumentPathSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();
const { objects } = documentsBucket();

/** POST /admin/proposals/{id}/documents/{kind}/complete `{key}`: checks the NCB's upload and records it; 200 the proposal (open once both are in). */
export const handler = staffHandler(
  { name: 'completeProposalUpload', path: proposalDocumentPathSchema, body: uploadCompletionSchema },
  async ({ path, body, principal, now, logger }) => {
    const onOrphan = (key: string, error: unknown) => logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
    const proposal = await completeProposalDocument({ proposals, objects, onOrphan }, principal, path.id, path.kind, body.key, now);
    return json(200, { proposal: proposalView(proposal) });
  },
);
