import type { ApplicationQueries, ApplicationReads, ApplicationTerms, ApplicationWrites } from '#shared/applications/store.js';
import { dynamoApplicationQueries } from '../adapters/dynamodb/application-queries.js';
import { dynamoApplicationReads } from '../adapters/dynamodb/application-reads.js';
import { dynamoApplicationTerms } from '../adapters/dynamodb/application-terms.js';
import { dynamoApplicationWrites } from '../adapters/dynamodb/application-writes.js';
import { tableClient } from './table-client.js';

/**
 * The parts of the application store (shared/applications/store.ts), each on the container's one
 * client and built on first use. A handler takes only the parts it calls, so that a route that
 * only reads an application bundles no write path, counter or listing (issue 13, point 10);
 * table-stores.ts gives the whole store to the functions that use most of it.
 */
const part = <T>(make: (client: ReturnType<typeof tableClient>['client'], tableName: string) => T): (() => T) => {
  let made: T | undefined;
  return () => {
    if (!made) {
      const { client, tableName } = tableClient();
      made = make(client, tableName);
    }
    return made;
  };
};

/** get, findIdempotencyRecord, history. */
export const applicationReads: () => ApplicationReads = /* @__PURE__ */ part(dynamoApplicationReads);
/** list, tally, listIncomplete, listSubmittedSince. */
export const applicationQueries: () => ApplicationQueries = /* @__PURE__ */ part(dynamoApplicationQueries);
/** vacancyTerms, counts. */
export const applicationTerms: () => ApplicationTerms = /* @__PURE__ */ part(dynamoApplicationTerms);
/** create, confirm, update, batch. */
export const applicationWrites: () => ApplicationWrites = /* @__PURE__ */ part(dynamoApplicationWrites);
