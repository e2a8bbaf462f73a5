import { extensionLetterLink } from '#shared/secondments/download.js';
import { extensionPathSchema } from '#shared/secondments/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentLinks } from '../stores/document-links.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const links = documentLinks();

/** GET /admin/secondments/{id}/extensions/{extension}/letter: the home administration's letter, a 5-minute signed GET. */
export const handler = staffHandler({ name: 'downloadExtensionLetter', path: extensionPathSchema }, async ({ path, principal, now, logger }) => {
  const link = await extensionLetterLink({ secondments, links }, principal, path.id, path.extension, now);
  logger.info('document link issued', { subject: principal.subject, secondmentId: path.id, kind: 'extensionLetter' });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
