import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WrittenTestPurgeStore } from '#shared/retention/written-tests.js';
import { batchWriteAll } from './batch-write.js';
import { queryAll } from './query-all.js';
import { testInvitationKey, writtenTestPartition } from './written-test-store.js';

/**
 * A purged application's written test invitation, and a purged vacancy's tests
 * (shared/retention/written-tests.ts), in the vacancy's written tests partition (docs/written-test.md, Data).
 */
export const dynamoWrittenTestPurge = (client: DynamoDBDocumentClient, tableName: string): WrittenTestPurgeStore => ({
  async eraseCandidate(vacancy, applicationId) {
    const { Attributes } = await client.send(new DeleteCommand({ TableName: tableName, Key: testInvitationKey(vacancy, applicationId), ReturnValues: 'ALL_OLD' }));
    return { deleted: Attributes ? 1 : 0 };
  },

  async eraseVacancy(vacancy) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ProjectionExpression: 'pk, sk',
      ExpressionAttributeValues: { ':pk': writtenTestPartition(vacancy) },
    });
    await batchWriteAll(client, tableName, items.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })));
    return { deleted: items.length };
  },
});
