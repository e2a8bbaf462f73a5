import type { NcbContactStore } from '#shared/ncb/store.js';
import { createDocumentClient } from '../../adapters/dynamodb/client.js';
import { dynamoNcbContacts } from '../../adapters/dynamodb/ncb-contacts.js';
import { readConfig } from '../../config.js';

let store: NcbContactStore | undefined;

/** The NCB contacts in the table, from TABLE_NAME: built on first use and kept for the container's life. */
export const ncbContactStore = (): NcbContactStore => {
  if (!store) {
    const { TABLE_NAME } = readConfig(['TABLE_NAME']);
    store = dynamoNcbContacts(createDocumentClient(), TABLE_NAME);
  }
  return store;
};
