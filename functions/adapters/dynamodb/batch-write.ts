import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchWriteItem takes 25 requests at most. */
const BATCH = 25;
/** Throttled requests come back unprocessed: a few retries, with a growing pause, before giving up. */
const RETRIES = 5;

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/** Every request written, 25 at a time, sending back what DynamoDB left unprocessed; fails rather than loop for ever. */
export const batchWriteAll = async (client: DynamoDBDocumentClient, tableName: string, requests: readonly WriteRequest[]): Promise<void> => {
  for (let start = 0; start < requests.length; start += BATCH) {
    let pending: readonly WriteRequest[] = requests.slice(start, start + BATCH);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > RETRIES) throw new Error(`BatchWriteItem left ${pending.length} request(s) unprocessed after ${RETRIES} retries`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const answer = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: [...pending] } }));
      pending = (answer.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
};
