import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { secondmentStatisticsOf } from '#shared/retention/secondment-statistics.js';
import type { SecondmentDocumentHolds, SecondmentPurgeStore } from '#shared/retention/secondments.js';
import { batchWriteAll } from './batch-write.js';
import { queryAll } from './query-all.js';
import { ENDED_PARTITION, NOT_ENDED_PARTITION, secondmentFromItem, secondmentGuardKey, secondmentKey } from './secondment-item.js';
import { openSecondmentStatistics, secondmentStatisticsKey, secondmentStatisticsUpdate } from './secondment-statistics-item.js';
import { tableDesign } from './table-design.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

const { byStatus, byCountry } = tableDesign.indexes;

/** byStatus: secondments a purge claimed and has not finished, out of the not-ended and ended partitions the lists read. */
export const PURGING_PARTITION = 'SECONDMENT_STATE#purging';

const partitionUpTo = async (client: DynamoDBDocumentClient, tableName: string, partition: string, upTo?: string) => {
  const items = await queryAll(client, {
    TableName: tableName,
    IndexName: byStatus.name,
    KeyConditionExpression: upTo === undefined ? '#pk = :pk' : '#pk = :pk AND #sk <= :upTo',
    ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(upTo === undefined ? {} : { '#sk': byStatus.sortKey }) },
    // `~` sorts after every id character: "up to a day" includes all of that day's secondments.
    ExpressionAttributeValues: { ':pk': partition, ...(upTo === undefined ? {} : { ':upTo': `${upTo}#~` }) },
  });
  return items.map(secondmentFromItem);
};

/**
 * The secondments' purge in the one table (docs/data-model.md, pattern 55): Queries of byStatus
 * by last day served, a claim that moves the record to the purging partition and out of its
 * country's, and the removal that counts it in the same transaction. No Scan.
 */
export const dynamoSecondmentPurge = (client: DynamoDBDocumentClient, tableName: string): SecondmentPurgeStore => ({
  listPurging: () => partitionUpTo(client, tableName, PURGING_PARTITION),

  async listLastServedUpTo(upTo) {
    const [notEnded, ended] = await Promise.all([
      partitionUpTo(client, tableName, NOT_ENDED_PARTITION, upTo),
      partitionUpTo(client, tableName, ENDED_PARTITION, upTo),
    ]);
    return [...ended, ...notEnded];
  },

  async claim(secondment, now) {
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: secondmentKey(secondment.id),
          UpdateExpression: 'SET #version = #version + :one, purgeStartedAt = :now, #statusPk = :purging REMOVE #countryPk, #countrySk',
          ConditionExpression: '#version = :seen',
          ExpressionAttributeNames: {
            '#version': 'version',
            '#statusPk': byStatus.partitionKey,
            '#countryPk': byCountry.partitionKey,
            '#countrySk': byCountry.sortKey,
          },
          ExpressionAttributeValues: { ':one': 1, ':seen': secondment.version, ':now': now.toISOString(), ':purging': PURGING_PARTITION },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { kind: 'claimed', version: Number(Attributes?.version) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentKey(secondment.id), ConsistentRead: true, ProjectionExpression: 'pk' }));
      return Item ? { kind: 'changed' } : { kind: 'gone' };
    }
  },

  async eraseBeside(secondmentId) {
    // Everything in the secondment's partition but the record: audit entries, ending-notice claims.
    const key = secondmentKey(secondmentId);
    const beside = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ProjectionExpression: 'pk, sk',
      ExpressionAttributeValues: { ':pk': key.pk },
    });
    const keys = beside.filter((item) => item.sk !== key.sk).map((item) => ({ pk: item.pk, sk: item.sk }));
    await batchWriteAll(client, tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));
    return keys.length;
  },

  async applicationKept(applicationId) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION' }, ConsistentRead: true, ProjectionExpression: 'pk' }),
    );
    return Item !== undefined;
  },

  openStatistics: () => openSecondmentStatistics(client, tableName),

  async remove(secondment, now) {
    const transaction = new TransactWriteCommand({
      TransactItems: [
        {
          Delete: {
            TableName: tableName,
            Key: secondmentKey(secondment.id),
            // Only the record this purge claimed: a second removal (a retried run) fails here and counts nothing.
            ConditionExpression: '#version = :claimed AND attribute_exists(purgeStartedAt)',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':claimed': secondment.version },
          },
        },
        // The application's one-per-application guard names nothing but this secondment: it goes with it.
        { Delete: { TableName: tableName, Key: secondmentGuardKey(secondment.applicationId) } },
        { Update: { TableName: tableName, Key: secondmentStatisticsKey, ...secondmentStatisticsUpdate(secondmentStatisticsOf([secondment]), now.toISOString()) } },
      ],
    });
    try {
      await retryingTransactionConflicts(() => client.send(transaction));
      return true;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') throw error;
      return false;
    }
  },
});

/** Pattern 49's guard, then the secondment: the keys of the documents it refers to that live under its application's prefix. */
export const dynamoSecondmentDocumentHolds = (client: DynamoDBDocumentClient, tableName: string): SecondmentDocumentHolds => ({
  async heldFor(applicationId) {
    const { Item: guard } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentGuardKey(applicationId), ConsistentRead: true }));
    if (typeof guard?.secondmentId !== 'string') return [];
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentKey(guard.secondmentId), ConsistentRead: true }));
    const key = Item ? secondmentFromItem(Item).documents?.confirmationLetter?.key : undefined;
    return key === undefined ? [] : [key];
  },
});
