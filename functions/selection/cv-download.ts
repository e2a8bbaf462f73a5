import { selectionCandidatePathSchema } from '#shared/selection/panel.js';
import { cvDownload } from '#shared/selection/cv-download.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { documentLinks } from '../stores/document-links.js';
import { selectionStores } from './selection-stores.js';

/**
 * GET .../candidates/{id}/cv: a 5-minute link to the candidate's CV. Like the grid's download, it
 * writes nothing; who opened which CV is logged by subject and application id, never a name.
 */
export const handler = staffHandler({ name: 'downloadSelectionCv', path: selectionCandidatePathSchema }, async ({ principal, path, now, logger }) => {
  const link = await cvDownload({ ...selectionStores(), links: documentLinks() }, principal, path.vacancy, path.id, now);
  logger.info('selection CV link issued', { subject: principal.subject, applicationId: path.id });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
