import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationReads, AuditEntry, IdempotencyRecord } from '#shared/applications/store.js';
import { applicationKey, idempotencyKey, withoutKeys } from './application-item.js';
import { queryAll } from './query-all.js';

/** The application as stored now (a consistent read), without its keys. */
export const getApplication = async (client: DynamoDBDocumentClient, tableName: string, id: string): Promise<Application | undefined> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: applicationKey(id), ConsistentRead: true }));
  return Item ? (withoutKeys(Item) as unknown as Application) : undefined;
};

/** One application, its history and an idempotency record: no write path, no index query, no counter. */
export const dynamoApplicationReads = (client: DynamoDBDocumentClient, tableName: string): ApplicationReads => ({
  get: (id) => getApplication(client, tableName, id),

  async findIdempotencyRecord(keyHash) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: idempotencyKey(keyHash), ConsistentRead: true }));
    if (!Item) return undefined;
    const record: IdempotencyRecord = {
      keyHash: String(Item.keyHash),
      requestHash: String(Item.requestHash),
      sealedAnswer: String(Item.sealedAnswer),
      createdAt: String(Item.createdAt),
      expiresAt: String(Item.expiresOn),
    };
    return record;
  },

  async history(id) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': `APPLICATION#${id}`, ':audit': 'AUDIT#' },
    });
    return items.map((item) => withoutKeys(item) as unknown as AuditEntry);
  },
});
