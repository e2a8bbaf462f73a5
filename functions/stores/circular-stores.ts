import type { CircularBounces, CircularStore } from '#shared/circulars/store.js';
import { dynamoCircularBounces } from '../adapters/dynamodb/circular-bounces.js';
import { dynamoCirculars } from '../adapters/dynamodb/circular-store.js';
import { tableClient } from './table-client.js';

let stores: { circulars: CircularStore; bounces: CircularBounces } | undefined;

/** The circulars' records and the bounces they are counted against, on the container's one table client. */
export const circularStores = () => {
  if (!stores) {
    const { client, tableName } = tableClient();
    stores = { circulars: dynamoCirculars(client, tableName), bounces: dynamoCircularBounces(client, tableName) };
  }
  return stores;
};
