import { runHrDigest } from '#shared/digests/run-hr-digest.js';
import { dynamoDigestWatermarks } from '../../adapters/dynamodb/digest-watermark.js';
import { readConfig } from '../../config.js';
import { secondmentStore } from '../../secondments/secondment-stores.js';
import { tableClient } from '../../stores/table-client.js';
import { emailStores } from '../../stores/email-stores.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';

// Read and built once per container.
const { HR_DIGEST_RECIPIENTS, PUBLIC_BASE_URL, ORGANISATION_TIME_ZONE, ENDING_NOTICE_MONTHS } = readConfig(['HR_DIGEST_RECIPIENTS', 'PUBLIC_BASE_URL', 'ORGANISATION_TIME_ZONE', 'ENDING_NOTICE_MONTHS']);
const table = tableClient();
const watermarks = dynamoDigestWatermarks(table.client, table.tableName);

/** `hr-digest`, daily: the HR digest of the schedule's time (shared/digests/run-hr-digest.ts). */
export const handler = jobHandler('hr-digest', async ({ now }) =>
  runHrDigest(
    { ...tableStores(), watermarks, email: emailStores(), secondments: secondmentStore() },
    { recipients: HR_DIGEST_RECIPIENTS, publicBaseUrl: PUBLIC_BASE_URL, timeZone: ORGANISATION_TIME_ZONE, endingNoticeMonths: ENDING_NOTICE_MONTHS },
    now,
  ),
);
