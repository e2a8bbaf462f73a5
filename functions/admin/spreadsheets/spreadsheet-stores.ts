import type { ExportFiles } from '#shared/admin/spreadsheet/export-applications.js';
import type { ExportLog } from '#shared/admin/spreadsheet/export-log.js';
import { dynamoExportLog } from '../../adapters/dynamodb/export-log.js';
import { createS3Client } from '../../adapters/s3/client.js';
import { s3ExportObjects, type ExportObjects } from '../../adapters/s3/export-objects.js';
import { readConfig } from '../../config.js';
import { tableClient } from '../../stores/table-client.js';
import { exportFiles } from './export-files.js';

let stores: { log: ExportLog; files: ExportFiles; objects: ExportObjects } | undefined;

/** The export log (the table) and the export files (the documents bucket; its objects for another sheet's files, the roster's), built once per container. */
export const spreadsheetStores = () => {
  if (!stores) {
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    const { client, tableName } = tableClient();
    const objects = s3ExportObjects(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET);
    stores = { log: dynamoExportLog(client, tableName), files: exportFiles(objects), objects };
  }
  return stores;
};
