import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicationTerms } from '#shared/applications/store.js';
import type { VacancyTerms } from '#shared/applications/vacancy-terms.js';
import { currentCounts } from './application-counter.js';
import { readNominations } from './nominations.js';
import { postCount } from './post-counter.js';
import { vacancyKey } from './vacancy-store.js';

/** A vacancy's terms with its post count, and its counts by status: the counters as stored now. */
export const dynamoApplicationTerms = (client: DynamoDBDocumentClient, tableName: string): ApplicationTerms => ({
  async vacancyTerms(vacancy) {
    const [{ Item }, count] = await Promise.all([
      client.send(new GetCommand({ TableName: tableName, Key: vacancyKey(vacancy), ConsistentRead: true })),
      postCount(client, tableName, vacancy),
    ]);
    if (!Item) return undefined;
    const terms: VacancyTerms = {
      number: String(Item.number),
      clearance: Item.clearance === 'Enhanced' ? 'Enhanced' : 'Basic',
      posts: Number(Item.posts),
      deadline: String(Item.deadline),
      timeZone: String(Item.timeZone),
      status: Item.status as VacancyTerms['status'],
      // Validated when it was saved (shared/vacancies/notice-schema.ts); the item is read whole anyway.
      ...(Item.notice ? { notice: Item.notice as VacancyTerms['notice'] } : {}),
      ...(Item.maxValidatedPerCountry !== undefined ? { maxValidatedPerCountry: Number(Item.maxValidatedPerCountry) } : {}),
      ...count,
    };
    return terms;
  },

  counts: (vacancy) => currentCounts(client, tableName, vacancy),
  nominations: (vacancy, country) => readNominations(client, tableName, vacancy, country),
});
