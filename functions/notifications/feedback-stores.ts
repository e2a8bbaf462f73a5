import type { Suppressions } from '#shared/email/send-once.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoSuppressions } from '../adapters/dynamodb/suppressions.js';
import { readConfig } from '../config.js';

let suppressions: Suppressions | undefined;

/** The suppression list alone: the feedback function sends nothing, so it needs no SES client or sender. */
export const feedbackStores = (): { suppressions: Suppressions } => {
  if (!suppressions) {
    const { TABLE_NAME } = readConfig(['TABLE_NAME']);
    suppressions = dynamoSuppressions(createDocumentClient(), TABLE_NAME);
  }
  return { suppressions };
};
