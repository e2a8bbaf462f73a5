import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { readConfig } from '../config.js';

let table: { client: ReturnType<typeof createDocumentClient>; tableName: string } | undefined;

/**
 * The one DynamoDB document client of a container, and the table from TABLE_NAME: every store
 * module builds on it, so a function holds one client and one connection pool, however many
 * stores it uses.
 */
export const tableClient = () => {
  if (!table) {
    const { TABLE_NAME } = readConfig(['TABLE_NAME']);
    table = { client: createDocumentClient(), tableName: TABLE_NAME };
  }
  return table;
};
