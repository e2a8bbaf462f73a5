import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SelectionPurgeStore } from '#shared/retention/selection.js';
import { batchWriteAll } from './batch-write.js';
import { queryAll } from './query-all.js';
import { selectionPartition } from './selection-audit.js';

/**
 * A purged application's selection items (shared/retention/selection.ts), in the vacancy's
 * selection partition (docs/data-model.md, patterns 35 to 40): `MARKS#<id>#<member>`,
 * `RECOMMENDATION#<id>`, and the `AUDIT#` entries whose applicationId is the application's.
 */
export const dynamoSelectionPurge = (client: DynamoDBDocumentClient, tableName: string): SelectionPurgeStore => ({
  async eraseCandidate(vacancy, applicationId, now) {
    const pk = selectionPartition(vacancy);
    const [marks, recommendation] = await Promise.all([
      queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :marks)',
        ProjectionExpression: 'pk, sk',
        ExpressionAttributeValues: { ':pk': pk, ':marks': `MARKS#${applicationId}#` },
      }),
      client.send(new GetCommand({ TableName: tableName, Key: { pk, sk: `RECOMMENDATION#${applicationId}` }, ProjectionExpression: 'pk, sk', ConsistentRead: true })),
    ]);
    const keys = [...marks, ...(recommendation.Item ? [recommendation.Item] : [])].map((item) => ({ pk: item.pk, sk: item.sk }));
    // Every entry naming the application was written with a mark or a recommendation, which only
    // this purge deletes, after redacting: with neither left, there is nothing to redact either,
    // and the application that never came before a panel costs two key reads.
    if (keys.length === 0) return { deleted: 0, redacted: 0 };
    const entries = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      FilterExpression: 'applicationId = :id AND attribute_not_exists(redactedAt)',
      ProjectionExpression: 'pk, sk',
      ExpressionAttributeValues: { ':pk': pk, ':audit': 'AUDIT#', ':id': applicationId },
    });
    for (const entry of entries) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: entry.pk, sk: entry.sk },
          // Who, when, what kind of change and the application's reference stay; the scores, comments and reasons go.
          UpdateExpression: 'SET #changes = :none, redactedAt = :at REMOVE #changed',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#changes': 'changes', '#changed': 'changed' },
          ExpressionAttributeValues: { ':none': {}, ':at': now.toISOString() },
        }),
      );
    }
    await batchWriteAll(client, tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));
    return { deleted: keys.length, redacted: entries.length };
  },
});
