import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimKey, EmailClaims } from '#shared/email/send-once.js';
import { tableDesign } from './table-design.js';

const keyOf = (key: ClaimKey) => ({ pk: key.scope, sk: `CLAIM#${key.kind}#${key.day}` });

/** Claims as items beside what they are about (docs/data-model.md, pattern 14), expired by TTL. */
export const dynamoEmailClaims = (client: DynamoDBDocumentClient, tableName: string): EmailClaims => ({
  async claim(key, at, expiresAt) {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keyOf(key), entity: 'claim', claimedAt: at.toISOString(), [tableDesign.timeToLiveAttribute]: Math.floor(expiresAt.getTime() / 1000) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async release(key) {
    await client.send(new DeleteCommand({ TableName: tableName, Key: keyOf(key) }));
  },

  async isClaimed(key) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }));
    return Item !== undefined;
  },
});
