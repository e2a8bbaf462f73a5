import { secondmentDocumentLink } from '#shared/secondments/download.js';
import { secondmentDocumentPathSchema } from '#shared/secondments/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentLinks } from '../stores/document-links.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const links = documentLinks();

/** GET /admin/secondments/{id}/documents/{kind}: `{url, expiresAt}`, a 5-minute signed GET; logged by subject and id, never a name. */
export const handler = staffHandler({ name: 'downloadSecondmentDocument', path: secondmentDocumentPathSchema }, async ({ path, principal, now, logger }) => {
  const link = await secondmentDocumentLink({ secondments, links }, principal, path.id, path.kind, now);
  logger.info('document link issued', { subject: principal.subject, secondmentId: path.id, kind: path.kind });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
