import type { PendingReceiptStore } from '#shared/applications/pending-receipt.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import type { ManagedVacancyStore } from '#shared/vacancies/store.js';
import { dynamoApplicationStore } from '../adapters/dynamodb/application-store.js';
import { dynamoPendingReceipts } from '../adapters/dynamodb/pending-receipts.js';
import { tableClient } from './table-client.js';
import { vacancyStore } from './vacancy-store.js';

let stores: { vacancies: ManagedVacancyStore; applications: ApplicationStore; pendingReceipts: PendingReceiptStore } | undefined;

/**
 * The table-backed stores, from TABLE_NAME: built on first use and kept for the container's
 * life, so a handler module shares one DynamoDB client across requests.
 */
export const tableStores = () => {
  if (!stores) {
    const { client, tableName } = tableClient();
    stores = {
      vacancies: vacancyStore(),
      applications: dynamoApplicationStore(client, tableName),
      pendingReceipts: dynamoPendingReceipts(client, tableName),
    };
  }
  return stores;
};
