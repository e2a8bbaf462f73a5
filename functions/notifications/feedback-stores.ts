import type { CircularBounceRecorder } from '#shared/circulars/store.js';
import type { Suppressions } from '#shared/email/send-once.js';
import { dynamoCircularBounceRecorder } from '../adapters/dynamodb/circular-store.js';
import { dynamoSuppressions } from '../adapters/dynamodb/suppressions.js';
import { tableClient } from '../stores/table-client.js';

interface FeedbackStores {
  suppressions: Suppressions;
  /** The circular's sends, on which a bounce is recorded by its message id. */
  circularBounces: CircularBounceRecorder;
}

let stores: FeedbackStores | undefined;

/** The suppression list and the circular's bounces: the feedback function sends nothing, so it needs no SES client or sender. */
export const feedbackStores = (): FeedbackStores => {
  if (!stores) {
    const { client, tableName } = tableClient();
    stores = { suppressions: dynamoSuppressions(client, tableName), circularBounces: dynamoCircularBounceRecorder(client, tableName) };
  }
  return stores;
};
