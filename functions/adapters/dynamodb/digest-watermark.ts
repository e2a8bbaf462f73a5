import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DigestWatermark, DigestWatermarks } from '#shared/digests/watermark.js';
import { recordAfterSend } from './after-send.js';

const watermarkKey = (digest: string) => ({ pk: `DIGEST#${digest}`, sk: 'WATERMARK' });

/** The digest watermark item (docs/data-model.md, pattern 15): a GetItem, and a Put conditional on the value read. */
export const dynamoDigestWatermarks = (client: DynamoDBDocumentClient, tableName: string): DigestWatermarks => ({
  async read(digest) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: watermarkKey(digest), ConsistentRead: true }));
    if (!Item) return undefined;
    const watermark: DigestWatermark = {
      at: String(Item.at),
      openVacancies: Array.isArray(Item.openVacancies) ? Item.openVacancies.map(String) : [],
    };
    return watermark;
  },

  async advance(digest, previous, next) {
    try {
      // Moved only after the digest went: a move lost to an outage would report the same applications
      // again. A failed condition is an answer (another run moved it), thrown at once.
      await recordAfterSend(
        () =>
          client.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...watermarkKey(digest), entity: 'digest-watermark', at: next.at, openVacancies: next.openVacancies },
              ConditionExpression: previous ? '#at = :previous' : 'attribute_not_exists(pk)',
              ExpressionAttributeNames: previous ? { '#at': 'at' } : undefined,
              ExpressionAttributeValues: previous ? { ':previous': previous.at } : undefined,
            }),
          ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
});
