import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { UnconfirmedStore } from '#shared/retention/unconfirmed.js';
import { UNCONFIRMED_PARTITION } from './application-store.js';
import { countsWrite } from './application-counter.js';
import { addCounts, countsChange, zeroCounts, type CountedApplication } from '#shared/applications/counts.js';
import { tableDesign } from './table-design.js';
import { emptyStatistics, statisticsOf, type CountedFacts, type RetentionStatistics } from '#shared/retention/statistics.js';
import type { PurgeAuditEntry, RetentionRecord, RetentionStore } from '#shared/retention/store.js';
import type { SecondmentStatisticsSource } from '#shared/retention/secondment-statistics.js';
import { readSecondmentStatistics } from './secondment-statistics-item.js';
import { batchWriteAll } from './batch-write.js';
import { queryAll } from './query-all.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

const { incomplete } = tableDesign.indexes;
const recordKey = (vacancy: string) => ({ pk: `STATS#${vacancy}`, sk: 'RETENTION' });
const applicationKey = (id: string) => ({ pk: `APPLICATION#${id}`, sk: 'APPLICATION' });

/**
 * `ADD` of a batch's counts to the record's maps: map keys (country codes, statuses) go through
 * expression names, never into the expression itself.
 */
const statisticsUpdate = (statistics: RetentionStatistics, at: string) => {
  const names: Record<string, string> = { '#total': 'total', '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':total': statistics.total, ':at': at };
  const adds = ['#total :total'];
  for (const map of ['byStatus', 'byCountry', 'byCategory'] as const) {
    names[`#${map}`] = map;
    Object.entries(statistics[map]).forEach(([key, count], index) => {
      names[`#${map}${index}`] = key;
      values[`:${map}${index}`] = count;
      adds.push(`#${map}.#${map}${index} :${map}${index}`);
    });
  }
  // Each its own attribute: ADD makes a missing one, where a map a record kept before lacks could not take a key.
  Object.entries(statistics.byQuarterGender).forEach(([key, count], index) => {
    names[`#quarterGender${index}`] = `${QUARTER_GENDER}${key}`;
    values[`:quarterGender${index}`] = count;
    adds.push(`#quarterGender${index} :quarterGender${index}`);
  });
  return { UpdateExpression: `ADD ${adds.join(', ')} SET #updatedAt = :at`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
};

/** The statistics' maps as stored: the gender counts are attributes of their own. */
const withoutQuarterGender = ({ byQuarterGender: _counts, ...maps }: RetentionStatistics) => maps;

/** The prefix of a kept gender count's attribute: `quarterGender 2026-Q3 woman`. */
const QUARTER_GENDER = 'quarterGender ';
const quarterGenderOf = (item: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(Object.entries(item).flatMap(([name, value]) => (name.startsWith(QUARTER_GENDER) ? [[name.slice(QUARTER_GENDER.length), Number(value)]] : [])));

/**
 * Pattern 26: unconfirmed applications by expiry, in the sparse index's UNCONFIRMED partition
 * (application-store.ts), and their removal at the version their claim left.
 */
/** An application's delete in a transaction, only while it is at the version the purge read. */
const deleteAtVersion = (tableName: string, id: string, version: number) => ({
  Delete: {
    TableName: tableName,
    Key: applicationKey(id),
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': version },
  },
});

export const dynamoUnconfirmedStore = (client: DynamoDBDocumentClient, tableName: string): UnconfirmedStore => ({
  async listExpired(now, limit) {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: incomplete.name,
        KeyConditionExpression: '#pk = :pk AND #sk < :now',
        ExpressionAttributeNames: { '#pk': incomplete.partitionKey, '#sk': incomplete.sortKey },
        ExpressionAttributeValues: { ':pk': UNCONFIRMED_PARTITION, ':now': now.toISOString() },
        Limit: limit,
      }),
    );
    return (Items ?? []).map((item) => item as unknown as Application);
  },

  async discard(application, now) {
    const { id, version } = application;
    // Out of the vacancy's unconfirmed count in the same transaction (pattern 13e); a counter never written stays unwritten.
    const counts = await countsWrite(client, tableName, application.vacancy, countsChange(application, undefined), now.toISOString());
    const transaction = new TransactWriteCommand({
      TransactItems: [
        deleteAtVersion(tableName, id, version),
        counts,
      ],
    });
    try {
      // The counter is the vacancy's one hot item: a submission or edit in flight on it is waited out, not taken for a change.
      await retryingTransactionConflicts(() => client.send(transaction));
      return true;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      // The application changed after its claim, or its counter was made meanwhile: the next run takes it.
      return false;
    }
  },
});

const PURGE_FIELDS = ['at', 'run', 'vacancy', 'groups', 'endedAt', 'applications', 'documents', 'items', 'deferred'] as const;

/** The retention purge's items (docs/data-model.md): the statistics record and purge audit entries beside it. */
export const dynamoRetentionStore = (client: DynamoDBDocumentClient, tableName: string): RetentionStore & SecondmentStatisticsSource => {
  const deleteAll = (keys: Array<Record<string, unknown>>) => batchWriteAll(client, tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));

  const removeTogether = async (vacancy: string, applications: ReadonlyArray<{ id: string; version: number; facts: CountedFacts & CountedApplication }>, at: string) => {
    // Out of the vacancy's counts in the same transaction (pattern 13e); a counter never written stays unwritten.
    const change = applications.reduce((sum, { facts }) => addCounts(sum, countsChange(facts, undefined)), zeroCounts());
    const counts = await countsWrite(client, tableName, vacancy, change, at);
    const transaction = new TransactWriteCommand({
      TransactItems: [
        ...applications.map(({ id, version }) => deleteAtVersion(tableName, id, version)),
        { Update: { TableName: tableName, Key: recordKey(vacancy), ...statisticsUpdate(statisticsOf(applications.map((a) => a.facts)), at) } },
        counts,
      ],
    });
    await retryingTransactionConflicts(() => client.send(transaction));
  };

  return {
    secondmentStatistics: () => readSecondmentStatistics(client, tableName),

    async record(vacancy) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: recordKey(vacancy), ConsistentRead: true }));
      if (!Item) return undefined;
      const record: RetentionRecord = {
        vacancy,
        statistics: {
          total: Number(Item.total ?? 0),
          byStatus: (Item.byStatus ?? {}) as Record<string, number>,
          byCountry: (Item.byCountry ?? {}) as Record<string, number>,
          byCategory: (Item.byCategory ?? {}) as Record<string, number>,
          byQuarterGender: quarterGenderOf(Item),
        },
        purged: (Item.purged ?? {}) as RetentionRecord['purged'],
        ...(typeof Item.vacancyVersion === 'number' ? { vacancyVersion: Item.vacancyVersion } : {}),
      };
      return record;
    },

    async open(vacancy) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...recordKey(vacancy), entity: 'retention-statistics', vacancy, ...withoutQuarterGender(emptyStatistics()), purged: {} },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    async claim(application, now) {
      try {
        const { Attributes } = await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: applicationKey(application.id),
            UpdateExpression: 'SET #version = #version + :one, purgeStartedAt = :now',
            ConditionExpression: '#version = :seen',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1, ':seen': application.version, ':now': now.toISOString() },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return { kind: 'claimed', version: Number(Attributes?.version) };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: applicationKey(application.id), ConsistentRead: true, ProjectionExpression: 'pk' }));
        return Item ? { kind: 'changed' } : { kind: 'gone' };
      }
    },

    async erasePersonalItems(application) {
      // Everything in the application's partition but the item itself: audit entries, reminder claims.
      const beside = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ProjectionExpression: 'pk, sk',
        ExpressionAttributeValues: { ':pk': `APPLICATION#${application.id}` },
      });
      const keys = beside.filter((item) => item.sk !== 'APPLICATION').map((item) => ({ pk: item.pk, sk: item.sk }));
      await deleteAll(keys);
      // The one-per-email guard holds the address's hash, which is personal data too. Only the
      // guard this application holds: an unconfirmed one holds none, and must not free the
      // address's confirmed application's guard.
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { pk: `APPLICANT#${application.vacancy}#${await sha256Hex(application.email)}`, sk: 'APPLICANT' },
            ConditionExpression: 'applicationId = :id',
            ExpressionAttributeValues: { ':id': application.id },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return keys.length;
      }
      return keys.length + 1;
    },

    async remove(vacancy, applications, now) {
      if (applications.length === 0) return [];
      const at = now.toISOString();
      try {
        await removeTogether(vacancy, applications, at);
        return applications.map(({ id }) => id);
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
      }
      // One of them changed after its claim: the others one by one, each with its own counts.
      const removed: string[] = [];
      for (const application of applications) {
        try {
          await removeTogether(vacancy, [application], at);
          removed.push(application.id);
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
        }
      }
      return removed;
    },

    async recordPurge(entry, completed) {
      const audit = { Put: { TableName: tableName, Item: { pk: `STATS#${entry.vacancy}`, sk: `PURGE#${entry.at}#${entry.run}`, entity: 'retention-purge', ...entry } } };
      if (!completed) {
        await client.send(new TransactWriteCommand({ TransactItems: [audit] }));
        return;
      }
      const names: Record<string, string> = { '#purged': 'purged', '#vacancyVersion': 'vacancyVersion' };
      const values: Record<string, unknown> = { ':endedAt': completed.endedAt, ':vacancyVersion': completed.vacancyVersion };
      const sets = completed.groups.map((group, index) => {
        names[`#g${index}`] = group;
        return `#purged.#g${index} = :endedAt`;
      });
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            audit,
            {
              Update: {
                TableName: tableName,
                Key: recordKey(entry.vacancy),
                UpdateExpression: `SET ${[...sets, '#vacancyVersion = :vacancyVersion'].join(', ')}`,
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
          ],
        }),
      );
    },

    async purges(vacancy) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :purge)',
        ExpressionAttributeValues: { ':pk': `STATS#${vacancy}`, ':purge': 'PURGE#' },
      });
      return items.map((item) => Object.fromEntries(PURGE_FIELDS.map((field) => [field, item[field]])) as unknown as PurgeAuditEntry);
    },
  };
};
