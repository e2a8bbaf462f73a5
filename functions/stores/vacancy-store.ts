import type { ManagedVacancyStore } from '#shared/vacancies/store.js';
import { dynamoVacancyStore } from '../adapters/dynamodb/vacancy-store.js';
import { tableClient } from './table-client.js';

let store: ManagedVacancyStore | undefined;

/**
 * The vacancies in the table, on the container's one client (built on first use). A module of its
 * own, so that a route reading only vacancies does not bundle the application store (15 KB).
 */
export const vacancyStore = (): ManagedVacancyStore => {
  if (!store) {
    const { client, tableName } = tableClient();
    store = dynamoVacancyStore(client, tableName);
  }
  return store;
};
