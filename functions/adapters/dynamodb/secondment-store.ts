import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ApplicationAlreadySeconded, StaleSecondment, type SecondmentStore } from '#shared/secondments/store.js';
import { queryAll } from './query-all.js';
import {
  ENDED_PARTITION,
  NOT_ENDED_PARTITION,
  secondmentAuditFromItem,
  secondmentAuditItem,
  secondmentCountryPartition,
  secondmentFromItem,
  secondmentGuardItem,
  secondmentGuardKey,
  secondmentItem,
  secondmentKey,
} from './secondment-item.js';
import { tableDesign } from './table-design.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { conditionFailedAt, putAtVersion } from './versioned-put.js';

const { byStatus, byCountry } = tableDesign.indexes;

/** The last-day window as a key condition on a partition sorted by `<lastDay>#<id>`. */
const lastDayCondition = (window: { from?: string; upTo?: string }) => {
  // `~` sorts after every id character: "up to a day" includes all of that day's secondments.
  const upTo = window.upTo === undefined ? undefined : `${window.upTo}#~`;
  if (window.from !== undefined && upTo !== undefined) return { condition: ' AND #sk BETWEEN :from AND :upTo', values: { ':from': window.from, ':upTo': upTo } };
  if (window.from !== undefined) return { condition: ' AND #sk >= :from', values: { ':from': window.from } };
  if (upTo !== undefined) return { condition: ' AND #sk <= :upTo', values: { ':upTo': upTo } };
  return { condition: '', values: {} };
};

/**
 * Secondments in the one table (docs/data-model.md, "Secondments", patterns 48 to 51): GetItem by
 * id or through the application's guard, a Query of the not-ended partition (byStatus) by last day,
 * or of a country's (byCountry); each write one transaction with its audit entry. No Scan.
 */
export const dynamoSecondmentStore = (client: DynamoDBDocumentClient, tableName: string): SecondmentStore => {
  const get = async (id: string) => {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentKey(id), ConsistentRead: true }));
    // One the retention purge has begun to delete is gone already for its readers: never shown half deleted.
    return Item && Item.purgeStartedAt === undefined ? secondmentFromItem(Item) : undefined;
  };
  return {
    get,

    async ofApplication(applicationId) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentGuardKey(applicationId), ConsistentRead: true }));
      return typeof Item?.secondmentId === 'string' ? get(Item.secondmentId) : undefined;
    },

    async history(id) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': `SECONDMENT#${id}`, ':audit': 'AUDIT#' },
      });
      return items.map(secondmentAuditFromItem);
    },

    async listNotEnded(window) {
      const { condition, values } = lastDayCondition(window);
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byStatus.name,
        KeyConditionExpression: `#pk = :pk${condition}`,
        ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(condition ? { '#sk': byStatus.sortKey } : {}) },
        ExpressionAttributeValues: { ':pk': NOT_ENDED_PARTITION, ...values },
      });
      return items.map(secondmentFromItem);
    },

    async listEndingFrom(from) {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byStatus.name,
        KeyConditionExpression: '#pk = :pk AND #sk >= :from',
        ExpressionAttributeNames: { '#pk': byStatus.partitionKey, '#sk': byStatus.sortKey },
        ExpressionAttributeValues: { ':pk': ENDED_PARTITION, ':from': from },
      });
      return items.map(secondmentFromItem);
    },

    async listByCountry(country) {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byCountry.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': byCountry.partitionKey },
        ExpressionAttributeValues: { ':pk': secondmentCountryPartition(country) },
      });
      return items.map(secondmentFromItem);
    },

    async create(secondment, audit) {
      const transaction = new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: secondmentGuardItem(secondment), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: secondmentItem(secondment), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: secondmentAuditItem(secondment.id, secondment.version, audit), ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      });
      try {
        await retryingTransactionConflicts(() => client.send(transaction));
      } catch (error) {
        if (conditionFailedAt(error, 0)) {
          const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentGuardKey(secondment.applicationId), ConsistentRead: true }));
          throw new ApplicationAlreadySeconded(String(Item?.secondmentId));
        }
        throw error;
      }
    },

    async update(next, expectedVersion, audit) {
      await putAtVersion(client, tableName, { item: secondmentItem(next), expectedVersion, audit: secondmentAuditItem(next.id, next.version, audit), stale: () => new StaleSecondment() });
    },
  };
};
