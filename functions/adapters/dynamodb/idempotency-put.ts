import type { IdempotencyRecord } from '#shared/applications/store.js';
import { idempotencyKey } from './application-item.js';
import { tableDesign } from './table-design.js';

/**
 * The idempotency record of a creating POST as one Put of a transaction, at the key the
 * applications' records use (one key space for every route): a submission and a proposal, its
 * match among them, write it the same way.
 */
export const idempotencyPut = (tableName: string, record: IdempotencyRecord) => ({
  Put: {
    TableName: tableName,
    Item: {
      ...idempotencyKey(record.keyHash),
      keyHash: record.keyHash,
      requestHash: record.requestHash,
      sealedAnswer: record.sealedAnswer,
      createdAt: record.createdAt,
      expiresOn: record.expiresAt,
      [tableDesign.timeToLiveAttribute]: Math.floor(Date.parse(record.expiresAt) / 1000),
    },
    // TTL deletes some time after expiry: an expired record may be taken over.
    ConditionExpression: 'attribute_not_exists(pk) OR expiresOn <= :now',
    ExpressionAttributeValues: { ':now': record.createdAt },
  },
});
