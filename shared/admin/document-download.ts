import type { ApplicationStore } from '../applications/store.js';
import { NotFound } from '../errors.js';
import { PDF, documentLabels, type DocumentContentType, type DocumentKind } from '../documents/kinds.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openForStaff } from './staff-application.js';

/** How long a download link works: long enough to click, short enough that a forwarded link is soon dead. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

/** What a download link must say; the S3 adapter signs it (functions/adapters/s3/document-links.ts). */
export interface DownloadLinkRequest {
  key: string;
  /** What S3 answers as Content-Type, whatever the object's own metadata says. */
  contentType: string;
  /** Sent as `Content-Disposition: attachment`, so the browser saves the file rather than opening it in our origin. */
  fileName: string;
  expiresInSeconds: number;
  /** The link is signed at this time and expires `expiresInSeconds` later. */
  now: Date;
}

export interface DownloadLink {
  url: string;
  expiresAt: string;
}

export interface DocumentLinks {
  link(request: DownloadLinkRequest): Promise<DownloadLink>;
}

/**
 * The saved file's name: vacancy, kind and application id, never the candidate's name, since the
 * name travels in the signed URL's query string and so into S3 access logs. ASCII only.
 */
export const downloadFileName = (application: { id: string; vacancy: string }, kind: DocumentKind, contentType: DocumentContentType): string =>
  `${application.vacancy}-${kind}-${application.id}.${contentType === PDF ? 'pdf' : 'docx'}`.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * `GET /admin/applications/{id}/documents/{kind}`: a short-lived link to the checked copy of a
 * received document; 404 when that document has not been received (or the id is another
 * country's, for an NCB officer).
 */
export const documentDownload = async (
  deps: { applications: Pick<ApplicationStore, 'get'>; links: DocumentLinks },
  principal: StaffPrincipal,
  id: string,
  kind: DocumentKind,
  now: Date,
): Promise<DownloadLink> => {
  const application = await openForStaff(deps.applications, principal, id);
  const document = application.documents[kind];
  if (!document) throw new NotFound(`No ${documentLabels[kind]} has been received for this application.`, { key: 'problem.notFound.document', values: { kind } });
  return deps.links.link({
    key: document.key,
    contentType: document.contentType,
    fileName: downloadFileName(application, kind, document.contentType),
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
    now,
  });
};
