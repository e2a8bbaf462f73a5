import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { InterviewPurgeStore } from '#shared/retention/interviews.js';
import { batchWriteAll } from './batch-write.js';
import { interviewPartition, interviewVacancyKey, invitationKey, slotKey } from './interview-store.js';
import { queryAll } from './query-all.js';

/**
 * A purged application's interview items, and a purged vacancy's (shared/retention/interviews.ts),
 * in the vacancy's interviews partition (docs/data-model.md, patterns 43 to 45).
 */
export const dynamoInterviewPurge = (client: DynamoDBDocumentClient, tableName: string): InterviewPurgeStore => ({
  async eraseCandidate(vacancy, applicationId) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: invitationKey(vacancy, applicationId), ConsistentRead: true }));
    if (!Item) return { deleted: 0 };
    let deleted = 0;
    // The slot first, while the invitation still names it: a run stopped between finds the invitation next time.
    if (typeof Item.slotId === 'string') {
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: slotKey(vacancy, Item.slotId),
            UpdateExpression: 'REMOVE bookedBy',
            ConditionExpression: 'bookedBy = :id',
            ExpressionAttributeValues: { ':id': applicationId },
          }),
        );
        deleted += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    await client.send(new DeleteCommand({ TableName: tableName, Key: invitationKey(vacancy, applicationId) }));
    return { deleted: deleted + 1 };
  },

  async eraseVacancy(vacancy) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ProjectionExpression: 'pk, sk',
      ExpressionAttributeValues: { ':pk': interviewPartition(vacancy) },
    });
    await batchWriteAll(client, tableName, items.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })));
    const { Attributes } = await client.send(new DeleteCommand({ TableName: tableName, Key: interviewVacancyKey(vacancy), ReturnValues: 'ALL_OLD' }));
    return { deleted: items.length + (Attributes ? 1 : 0) };
  },
});
