import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CLAIM_LEASE_MS, type ClaimKey, type EmailClaims } from '#shared/email/send-once.js';
import { AFTER_SEND_PATIENCE_MS, recordAfterSend } from './after-send.js';
import { tableDesign } from './table-design.js';

const keyOf = (key: ClaimKey) => ({ pk: key.scope, sk: `CLAIM#${key.kind}#${key.day}` });

/**
 * Claims as items beside what they are about (docs/data-model.md, pattern 14), expired by TTL:
 * `pending` under a lease until the send is confirmed, then `sent`. A claim written before
 * claims had a state counts as sent.
 */
export const dynamoEmailClaims = (
  client: DynamoDBDocumentClient,
  tableName: string,
  /** How long a confirm outlasts a table outage (tests shorten it). */
  { patienceMs = AFTER_SEND_PATIENCE_MS }: { patienceMs?: number } = {},
): EmailClaims => ({
  async claim(key, at, expiresAt) {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keyOf(key),
            entity: 'claim',
            state: 'pending',
            claimedAt: at.toISOString(),
            leaseUntil: new Date(at.getTime() + CLAIM_LEASE_MS).toISOString(),
            [tableDesign.timeToLiveAttribute]: Math.floor(expiresAt.getTime() / 1000),
          },
          // Free, or pending under a lease that ran out (its sender died before sending).
          ConditionExpression: 'attribute_not_exists(pk) OR (#state = :pending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':pending': 'pending', ':now': at.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async confirm(key, at) {
    const update = new UpdateCommand({
      TableName: tableName,
      Key: keyOf(key),
      UpdateExpression: 'SET #state = :sent, sentAt = :at REMOVE leaseUntil',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':sent': 'sent', ':at': at.toISOString() },
    });
    await recordAfterSend(() => client.send(update), { patienceMs });
  },

  async release(key) {
    await client.send(new DeleteCommand({ TableName: tableName, Key: keyOf(key) }));
  },

  async isClaimed(key, at) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }));
    if (!Item) return false;
    return Item.state !== 'pending' || String(Item.leaseUntil) >= at.toISOString();
  },

  async isSent(key) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }));
    return Item !== undefined && Item.state !== 'pending';
  },
});
