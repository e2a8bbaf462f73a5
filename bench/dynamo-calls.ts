import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchWriteItem, 25 a call, 8 in flight, until DynamoDB took every item: a bench's data, written outside its meter. */
export const writeAll = async (client: DynamoDBDocumentClient, tableName: string, items: ReadonlyArray<Record<string, unknown>>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < items.length) {
        const start = next;
        next += 25;
        let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
    }),
  );
};

/** A metered client's calls by command, as a table cell reads them: "Get 28, Query 132". */
export const callsText = (calls: Readonly<Record<string, number>>): string =>
  Object.entries(calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name.replace(/Command$/, '')} ${count}`)
    .join(', ');

/**
 * A bench's meter and its measured runs: `current()` is what the metered client counts into, and
 * `measure(work)` gives a run a fresh meter, times it, and answers what it counted.
 */
export const meterRuns = <M>(empty: () => M) => {
  let meter = empty();
  return {
    current: (): M => meter,
    measure: async <T>(work: () => Promise<T>): Promise<{ result: T; wall: number; meter: M }> => {
      meter = empty();
      const started = performance.now();
      const result = await work();
      const wall = performance.now() - started;
      const used = meter;
      meter = empty();
      return { result, wall, meter: used };
    },
  };
};
