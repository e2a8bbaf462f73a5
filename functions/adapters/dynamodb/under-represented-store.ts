import { randomUUID } from 'node:crypto';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { emptyUnderRepresented, StaleUnderRepresented, type UnderRepresentedAuditEntry, type UnderRepresentedStore } from '#shared/reports/under-represented.js';
import { putWithAudit } from './put-with-audit.js';
import { queryAll } from './query-all.js';

/** HR's list and its history in one partition (docs/data-model.md, pattern 57). */
const PARTITION = 'REPORTS';
const listKey = { pk: PARTITION, sk: 'UNDER_REPRESENTED' } as const;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export const dynamoUnderRepresentedStore = (client: DynamoDBDocumentClient, tableName: string): UnderRepresentedStore => ({
  async get() {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: listKey, ConsistentRead: true }));
    if (!Item) return emptyUnderRepresented();
    return {
      countries: strings(Item.countries),
      revision: Number(Item.revision),
      ...(typeof Item.updatedAt === 'string' ? { updatedAt: Item.updatedAt } : {}),
      ...(typeof Item.updatedBy === 'string' ? { updatedBy: Item.updatedBy } : {}),
    };
  },

  async save(next, expectedRevision, audit) {
    const written = await putWithAudit(
      client,
      tableName,
      {
        Item: { ...listKey, entity: 'under-represented', ...next },
        ...(expectedRevision === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': expectedRevision } }),
      },
      { pk: PARTITION, sk: `AUDIT#${audit.at}#${randomUUID()}`, entity: 'under-represented-audit', ...audit },
    );
    if (!written) throw new StaleUnderRepresented();
  },

  async history() {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': PARTITION, ':audit': 'AUDIT#' },
    });
    // Two saves in one millisecond share a time: the revision orders them.
    return items
      .map(
        (item): UnderRepresentedAuditEntry => ({
          at: String(item.at),
          by: String(item.by),
          revision: Number(item.revision),
          added: strings(item.added),
          removed: strings(item.removed),
        }),
      )
      .sort((a, b) => a.revision - b.revision);
  },
});
