import type { NcbContactStore } from '#shared/ncb/store.js';
import { dynamoNcbContacts } from '../adapters/dynamodb/ncb-contacts.js';
import { tableClient } from './table-client.js';

let store: NcbContactStore | undefined;

/** The NCB contacts in the table, from TABLE_NAME: built on first use and kept for the container's life. */
export const ncbContactStore = (): NcbContactStore => {
  if (!store) {
    const { client, tableName } = tableClient();
    store = dynamoNcbContacts(client, tableName);
  }
  return store;
};
