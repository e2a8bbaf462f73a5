import type { DocumentObjects, UploadOffers } from '#shared/documents/uploads.js';
import { createS3Client } from '../adapters/s3/client.js';
import { s3DocumentObjects } from '../adapters/s3/document-objects.js';
import { s3UploadOffers } from '../adapters/s3/upload-offers.js';
import { readConfig } from '../config.js';

let bucket: { offers: UploadOffers; objects: DocumentObjects } | undefined;

/**
 * The documents bucket, from DOCUMENTS_BUCKET: upload offers and the objects themselves, on one
 * S3 client built on first use. A module of its own, so that routes without documents do not
 * bundle the S3 client.
 */
export const documentsBucket = () => {
  if (!bucket) {
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    const client = createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE });
    bucket = { offers: s3UploadOffers(client, DOCUMENTS_BUCKET), objects: s3DocumentObjects(client, DOCUMENTS_BUCKET) };
  }
  return bucket;
};
