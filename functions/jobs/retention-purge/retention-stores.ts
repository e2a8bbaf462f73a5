import type { DocumentPurge, RetentionStore } from '#shared/retention/store.js';
import { createDocumentClient } from '../../adapters/dynamodb/client.js';
import { dynamoRetentionStore } from '../../adapters/dynamodb/retention-store.js';
import { createS3Client } from '../../adapters/s3/client.js';
import { s3DocumentPurge } from '../../adapters/s3/document-purge.js';
import { readConfig } from '../../config.js';

let stores: { retention: RetentionStore; documents: DocumentPurge } | undefined;

/** The purge's own stores: its table items and the documents bucket; built once per container. */
export const retentionStores = () => {
  if (!stores) {
    const { TABLE_NAME, DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['TABLE_NAME', 'DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    stores = {
      retention: dynamoRetentionStore(createDocumentClient(), TABLE_NAME),
      documents: s3DocumentPurge(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET),
    };
  }
  return stores;
};
