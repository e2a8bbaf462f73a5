import { createHash, randomUUID } from 'node:crypto';
import type { SignOffDependencies } from '#shared/selection-report/sign-off.js';
import { dynamoSignOffs } from '../adapters/dynamodb/selection-report-signoffs.js';
import { createS3Client } from '../adapters/s3/client.js';
import { s3ReportObjects } from '../adapters/s3/report-objects.js';
import { readConfig } from '../config.js';
import { selectionStores } from '../selection/selection-stores.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';
import { renderReport } from './pdf/render-report.js';

let dependencies: SignOffDependencies | undefined;

/** The report's sources, its sign-off record, its files and its PDF layout: built on first use, kept for the container's life. */
export const reportDependencies = (): SignOffDependencies => {
  if (!dependencies) {
    const { client, tableName } = tableClient();
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    const selection = selectionStores();
    dependencies = {
      vacancies: selection.vacancies,
      applications: tableStores().applications,
      selection,
      signOffs: dynamoSignOffs(client, tableName),
      objects: s3ReportObjects(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET),
      render: renderReport,
      sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
      newId: randomUUID,
    };
  }
  return dependencies;
};
