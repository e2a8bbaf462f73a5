import type { SecondmentStore } from '#shared/secondments/store.js';
import { dynamoSecondmentStore } from '../adapters/dynamodb/secondment-store.js';
import { tableClient } from '../stores/table-client.js';

let secondments: SecondmentStore | undefined;

/** The secondments in the table, on the container's one DynamoDB client, built on first use. */
export const secondmentStore = (): SecondmentStore => {
  if (!secondments) {
    const { client, tableName } = tableClient();
    secondments = dynamoSecondmentStore(client, tableName);
  }
  return secondments;
};
