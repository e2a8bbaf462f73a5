import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicationStore } from '#shared/applications/store.js';
import { dynamoApplicationQueries } from './application-queries.js';
import { dynamoApplicationReads } from './application-reads.js';
import { dynamoApplicationTerms } from './application-terms.js';
import { dynamoApplicationWrites } from './application-writes.js';

export { applicationItem, UNCONFIRMED_PARTITION } from './application-item.js';

/**
 * Every part of the application store on one client: the local stack, the tests and the functions
 * that use most of it. A function that needs less takes only its parts (functions/stores/application-stores.ts).
 */
export const dynamoApplicationStore = (client: DynamoDBDocumentClient, tableName: string): ApplicationStore => ({
  ...dynamoApplicationReads(client, tableName),
  ...dynamoApplicationQueries(client, tableName),
  ...dynamoApplicationTerms(client, tableName),
  ...dynamoApplicationWrites(client, tableName),
});
