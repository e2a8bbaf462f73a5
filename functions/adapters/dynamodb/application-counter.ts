import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/applications/application.js';
import { isConfirmed } from '#shared/applications/confirmation.js';
import { addCounts, zeroCounts, type ApplicationCounts, type CountsChange } from '#shared/applications/counts.js';
import type { CountsStore, StoredCounts } from '#shared/applications/count-reconciliation.js';
import { applicationStatuses, type ApplicationStatus } from '#shared/applications/status-machine.js';
import { tableDesign } from './table-design.js';

const { byStatus, incomplete } = tableDesign.indexes;

/** A vacancy's counts (docs/data-model.md, "Counts per vacancy"): beside the vacancy and its post counter. */
export const countsKey = (vacancy: string) => ({ pk: `VACANCY#${vacancy}`, sk: 'COUNTS' });

/** One top-level number per count, so that an `ADD` never needs a map to exist. */
const statusAttribute = (status: ApplicationStatus) => `status_${status}`;
const COUNT_ATTRIBUTES: ReadonlyArray<[string, (counts: ApplicationCounts) => number]> = [
  ...applicationStatuses.map((status): [string, (counts: ApplicationCounts) => number] => [statusAttribute(status), (counts) => counts.byStatus[status]]),
  ['incomplete', (counts) => counts.incomplete],
  ['unconfirmed', (counts) => counts.unconfirmed],
];

const countsFromItem = (item: Record<string, unknown>): ApplicationCounts => {
  const counts = zeroCounts();
  for (const status of applicationStatuses) counts.byStatus[status] = Number(item[statusAttribute(status)] ?? 0);
  counts.incomplete = Number(item.incomplete ?? 0);
  counts.unconfirmed = Number(item.unconfirmed ?? 0);
  return counts;
};

const counterItem = (vacancy: string, counts: ApplicationCounts, fields: Record<string, unknown>) => ({
  ...countsKey(vacancy),
  entity: 'counts',
  vacancy,
  ...Object.fromEntries(COUNT_ATTRIBUTES.map(([name, of]) => [name, of(counts)])),
  ...fields,
});

/** The counter as stored (consistent read), or undefined on a vacancy none was written for yet. */
export const readCounter = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<StoredCounts | undefined> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: countsKey(vacancy), ConsistentRead: true }));
  if (!Item) return undefined;
  return {
    counts: countsFromItem(Item),
    revision: Number(Item.revision ?? 0),
    updatedAt: String(Item.updatedAt ?? ''),
    ...(typeof Item.reconciledAt === 'string' ? { reconciledAt: Item.reconciledAt } : {}),
    ...(typeof Item.reconciledRevision === 'number' ? { reconciledRevision: Item.reconciledRevision } : {}),
  };
};

/**
 * The counts from the applications themselves (pattern 6, reading back three attributes): what a
 * stage wrote before counters existed, and the reconciliation's recount. Counted page by page, so
 * a vacancy of any size costs memory for one page. The `byStatus` index is eventually consistent.
 */
export const recountFromRows = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<ApplicationCounts> => {
  let counts = zeroCounts();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: byStatus.name,
        KeyConditionExpression: '#pk = :pk',
        ProjectionExpression: '#status, #incomplete, #confirmation',
        ExpressionAttributeNames: { '#pk': byStatus.partitionKey, '#status': 'status', '#incomplete': incomplete.partitionKey, '#confirmation': 'emailConfirmation' },
        ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}` },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const part = zeroCounts();
      // The sparse index's key marks an application waiting for something, as every reader counts it.
      if (!isConfirmed(item as Pick<Application, 'emailConfirmation'>)) part.unconfirmed = 1;
      else {
        part.byStatus[item.status as ApplicationStatus] = 1;
        if (String(item[incomplete.partitionKey] ?? '').startsWith('INCOMPLETE#')) part.incomplete = 1;
      }
      counts = addCounts(counts, part);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return counts;
};

/** The counts as they stand: the counter, or the applications' own count where there is none yet (read-only). */
export const currentCounts = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<ApplicationCounts> =>
  (await readCounter(client, tableName, vacancy))?.counts ?? recountFromRows(client, tableName, vacancy);

/**
 * The counter's part of a change's transaction: an `ADD` to the stored counter (`attribute_exists`,
 * so a counter can never be made up from a change alone), or, the first time, a `Put` of the
 * applications' own count plus the change (`attribute_not_exists`, so two first changes cannot
 * both create it: the loser reads the counter and tries again). A deletion (`whenAbsent: 'leave'`)
 * does not create it (a purge of a large vacancy would count its rows for every page): it checks
 * that there is still none, and the counter is made later from the rows that remain.
 */
export const countsWrite = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  vacancy: string,
  change: CountsChange,
  at: string,
  whenAbsent: 'create' | 'leave' = 'create',
): Promise<Record<string, unknown>> => {
  const stored = await readCounter(client, tableName, vacancy);
  if (stored) {
    const moving = COUNT_ATTRIBUTES.map(([name, of]) => [name, of(change)] as const).filter(([, value]) => value !== 0);
    const names = Object.fromEntries(moving.map(([name], index) => [`#c${index}`, name]));
    const values = Object.fromEntries(moving.map(([, value], index) => [`:c${index}`, value]));
    return {
      Update: {
        TableName: tableName,
        Key: countsKey(vacancy),
        UpdateExpression: `ADD ${[...moving.map((_, index) => `#c${index} :c${index}`), '#revision :one'].join(', ')} SET #updatedAt = :at`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { ...names, '#revision': 'revision', '#updatedAt': 'updatedAt' },
        ExpressionAttributeValues: { ...values, ':one': 1, ':at': at },
      },
    };
  }
  if (whenAbsent === 'leave') return { ConditionCheck: { TableName: tableName, Key: countsKey(vacancy), ConditionExpression: 'attribute_not_exists(pk)' } };
  const derived = await recountFromRows(client, tableName, vacancy);
  return {
    Put: {
      TableName: tableName,
      Item: counterItem(vacancy, addCounts(derived, change), { revision: 1, updatedAt: at }),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
};

/** The reconciliation's side of the table (shared/applications/count-reconciliation.ts). */
export const dynamoCountsStore = (client: DynamoDBDocumentClient, tableName: string): CountsStore => ({
  read: (vacancy) => readCounter(client, tableName, vacancy),
  recount: (vacancy) => recountFromRows(client, tableName, vacancy),
  async settle(vacancy, counts, seen, now) {
    // Only over the counter as it was read: a change since (a new revision) leaves it to the next run.
    const revision = (seen?.revision ?? 0) + 1;
    try {
      if (seen && counts === undefined) {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: countsKey(vacancy),
            UpdateExpression: 'SET reconciledAt = :now, reconciledRevision = :seen',
            ConditionExpression: 'revision = :seen',
            ExpressionAttributeValues: { ':now': now, ':seen': seen.revision },
          }),
        );
        return true;
      }
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: counterItem(vacancy, counts ?? zeroCounts(), { revision, updatedAt: seen?.updatedAt || now, reconciledAt: now, reconciledRevision: revision }),
          ConditionExpression: seen ? 'revision = :seen' : 'attribute_not_exists(pk)',
          ...(seen ? { ExpressionAttributeValues: { ':seen': seen.revision } } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return false;
    }
  },
});
