import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationFilter, ApplicationQueries } from '#shared/applications/store.js';
import { ValidationFailed } from '#shared/errors.js';
import { countPartition } from './application-count-rows.js';
import { withoutKeys } from './application-item.js';
import { decodeCursor, encodeCursor, type CursorScope } from './page-cursor.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

/**
 * The Query that serves a listing (docs/data-model.md): with a country, the `byCountry` index
 * (patterns 7), narrowed by vacancy and status through its sort key; with only a vacancy, the
 * `byStatus` index (pattern 6). A status without a vacancy is a filter on the country's items.
 */
const listingQuery = (tableName: string, filter: ApplicationFilter): { input: QueryCommandInput } & CursorScope => {
  const { vacancy, country, status } = filter;
  const { byCountry, byStatus } = tableDesign.indexes;
  if (country !== undefined) {
    const partition = `COUNTRY#${country}`;
    const prefix = vacancy === undefined ? undefined : status === undefined ? `${vacancy}#` : `${vacancy}#${status}#`;
    const input: QueryCommandInput = {
      TableName: tableName,
      IndexName: byCountry.name,
      KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byCountry.partitionKey, ...(prefix ? { '#sk': byCountry.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(prefix ? { ':prefix': prefix } : {}) },
    };
    if (status !== undefined && vacancy === undefined) {
      input.FilterExpression = '#status = :status';
      input.ExpressionAttributeNames = { ...input.ExpressionAttributeNames, '#status': 'status' };
      input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ':status': status };
    }
    return {
      input,
      partitionKey: byCountry.partitionKey,
      partition,
      keys: ['pk', 'sk', byCountry.partitionKey, byCountry.sortKey],
      narrowing: JSON.stringify([byCountry.name, partition, prefix ?? null, vacancy === undefined ? (status ?? null) : null]),
    };
  }
  if (vacancy === undefined) {
    throw new ValidationFailed([{ path: 'query.vacancy', message: 'Name a vacancy (vacancy=1152) or a country (country=FR).' }]);
  }
  const partition = `VACANCY#${vacancy}`;
  return {
    input: {
      TableName: tableName,
      IndexName: byStatus.name,
      KeyConditionExpression: status ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(status ? { '#sk': byStatus.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(status ? { ':prefix': `${status}#` } : {}) },
    },
    partitionKey: byStatus.partitionKey,
    partition,
    keys: ['pk', 'sk', byStatus.partitionKey, byStatus.sortKey],
    narrowing: JSON.stringify([byStatus.name, partition, status ?? null]),
  };
};

/** The listings, tallies and digests' queries, on the indexes (docs/data-model.md). */
export const dynamoApplicationQueries = (client: DynamoDBDocumentClient, tableName: string): ApplicationQueries => ({
  async listIncomplete(vacancy) {
    const { incomplete } = tableDesign.indexes;
    // Pattern 9: only active applications with something missing carry the index's keys.
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: incomplete.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': incomplete.partitionKey },
      ExpressionAttributeValues: { ':pk': `INCOMPLETE#${vacancy}` },
    });
    return items.map((item) => withoutKeys(item) as unknown as Application);
  },

  async list(filter, page) {
    const { input, ...scope } = listingQuery(tableName, filter);
    const startKey = decodeCursor(page.cursor, scope);
    // A filtered Query may return short pages: read on until the page is full or the index ends.
    const items: Record<string, unknown>[] = [];
    let next: Record<string, unknown> | undefined = startKey;
    do {
      const result = await client.send(new QueryCommand({ ...input, Limit: page.limit - items.length, ExclusiveStartKey: next }));
      items.push(...(result.Items ?? []));
      next = result.LastEvaluatedKey;
    } while (next && items.length < page.limit);
    const nextCursor = encodeCursor(next, scope);
    return {
      items: items.map((item) => withoutKeys(item) as unknown as Application),
      ...(nextCursor ? { nextCursor } : {}),
    };
  },

  tally(filter) {
    const { byStatus, byCountry } = tableDesign.indexes;
    // Patterns 6 and 7, counted by the rule the counters follow (the recount's own function).
    return 'vacancy' in filter
      ? countPartition(client, tableName, byStatus, `VACANCY#${filter.vacancy}`)
      : countPartition(client, tableName, byCountry, `COUNTRY#${filter.country}`);
  },

  async listSubmittedSince(vacancy, after, until) {
    const { bySubmission } = tableDesign.indexes;
    // Pattern 8. Sort keys are `<submittedAt>#<id>`: '~' sorts after every id character, so
    // `after#~` leaves out what was submitted at `after` and `until#~` keeps what was at `until`.
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: bySubmission.name,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': bySubmission.partitionKey, '#sk': bySubmission.sortKey },
      ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}`, ':from': after === undefined ? ' ' : `${after}#~`, ':to': `${until}#~` },
    });
    return items.map((item) => withoutKeys(item) as unknown as Application);
  },
});
