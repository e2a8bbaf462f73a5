import { proposalDocumentDownload } from '#shared/proposals/download.js';
import { proposalDocumentPathSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentLinks } from '../stores/document-links.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();
const links = documentLinks();

/**
 * GET /admin/proposals/{id}/documents/{kind}: `{url, expiresAt}`, a 5-minute presigned GET, as an
 * application's document (functions/admin/applications/document-download.ts). Not audited, as
 * that download is not (a read changes nothing, and the route stays a reader): who opened which
 * document is logged by subject and proposal id, never a name or an email.
 */
export const handler = staffHandler({ name: 'downloadProposalDocument', path: proposalDocumentPathSchema }, async ({ path, principal, now, logger }) => {
  const link = await proposalDocumentDownload({ proposals, links }, principal, path.id, path.kind, now);
  logger.info('document link issued', { subject: principal.subject, proposalId: path.id, kind: path.kind });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
