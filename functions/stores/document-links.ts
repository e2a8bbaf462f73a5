import type { DocumentLinks } from '#shared/admin/document-download.js';
import { createS3Client } from '../adapters/s3/client.js';
import { s3DocumentLinks } from '../adapters/s3/document-links.js';
import { readConfig } from '../config.js';

let links: DocumentLinks | undefined;

/**
 * Download links into the documents bucket, from DOCUMENTS_BUCKET, on one S3 client built on
 * first use. Apart from documents-bucket.ts, so the download route bundles no upload code.
 */
export const documentLinks = (): DocumentLinks => {
  if (!links) {
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    links = s3DocumentLinks(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET);
  }
  return links;
};
