import type { Suppressions } from '#shared/email/send-once.js';
import { dynamoSuppressions } from '../adapters/dynamodb/suppressions.js';
import { tableClient } from '../stores/table-client.js';

let suppressions: Suppressions | undefined;

/** The suppression list alone: the feedback function sends nothing, so it needs no SES client or sender. */
export const feedbackStores = (): { suppressions: Suppressions } => {
  if (!suppressions) {
    const { client, tableName } = tableClient();
    suppressions = dynamoSuppressions(client, tableName);
  }
  return { suppressions };
};
