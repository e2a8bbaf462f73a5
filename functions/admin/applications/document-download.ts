import { documentDownload } from '#shared/admin/document-download.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { documentLinks } from '../../stores/document-links.js';
import { applicationReads } from '../../stores/application-stores.js';
import { staffDocumentPath } from './staff-application-path.js';

const applications = applicationReads();
const links = documentLinks();

/**
 * GET /admin/applications/{id}/documents/{kind}: `{url, expiresAt}`, a 5-minute presigned GET.
 * A download is not written to the audit trail: the trail holds changes (a download changes
 * nothing), and a write here would make a read route a writer. Who opened which document is
 * logged instead, by the staff member's subject and the application id, never a name or email.
 */
export const handler = staffHandler({ name: 'downloadStaffDocument', path: staffDocumentPath }, async ({ path, principal, now, logger }) => {
  const link = await documentDownload({ applications, links }, principal, path.id, path.kind, now);
  logger.info('document link issued', { subject: principal.subject, applicationId: path.id, kind: path.kind });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
