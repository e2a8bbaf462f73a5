import { DOWNLOAD_LINK_SECONDS, downloadFileName, type DocumentLinks, type DownloadLink } from '../admin/document-download.js';
import { NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { SelectionStores } from './store.js';
import { isAssessed, viewerOf } from './visibility.js';

/**
 * A short-lived link to the CV of a candidate before the panel, for whoever may read the panel's
 * candidates: the CV only (the confirmation letter is the NCB's and HR's business, not the
 * assessment's), through the same signed download as the grid's.
 */
export const cvDownload = async (
  deps: Pick<SelectionStores, 'panels' | 'candidates'> & { links: DocumentLinks },
  principal: StaffPrincipal,
  vacancy: string,
  applicationId: string,
  now: Date,
): Promise<DownloadLink> => {
  viewerOf(principal, await deps.panels.get(vacancy), vacancy);
  const application = await deps.candidates.get(applicationId);
  if (!application || application.vacancy !== vacancy || !isAssessed(application.status)) {
    throw new NotFound(`No candidate ${applicationId} of vacancy ${vacancy} is before the panel.`);
  }
  const cv = application.documents.cv;
  if (!cv) throw new NotFound('No CV has been received for this candidate.');
  return deps.links.link({ key: cv.key, contentType: cv.contentType, fileName: downloadFileName(application, 'cv', cv.contentType), expiresInSeconds: DOWNLOAD_LINK_SECONDS, now });
};
