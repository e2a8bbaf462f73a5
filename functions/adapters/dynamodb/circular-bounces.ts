import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { suppressionKey } from './suppressions.js';
import type { CircularBounces } from '#shared/circulars/store.js';

/** BatchGetItem takes 100 keys. */
const GET_BATCH = 100;
const RETRIES = 5;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));


/**
 * Which circular addresses bounced, from the suppression list the SES feedback function writes: a
 * bounce recorded at or after the send is that send's. (The notification's SES message id would
 * tie a bounce to its send exactly; the feedback function records addresses only.)
 */
export const dynamoCircularBounces = (client: DynamoDBDocumentClient, tableName: string): CircularBounces => ({
  async bouncedSince(addresses) {
    const byPk = new Map<string, { address: string; since: string }>();
    for (const entry of addresses) byPk.set((await suppressionKey(entry.address)).pk, entry);
    const bounced = new Set<string>();
    const pks = [...byPk.keys()];
    for (let start = 0; start < pks.length; start += GET_BATCH) {
      let keys: Record<string, unknown>[] | undefined = pks.slice(start, start + GET_BATCH).map((pk) => ({ pk, sk: 'SUPPRESSED' }));
      for (let attempt = 0; keys && keys.length > 0; attempt += 1) {
        if (attempt > RETRIES) throw new Error('Circular bounces: BatchGetItem left keys unprocessed after retries');
        if (attempt > 0) await pause(attempt);
        const answer: BatchGetCommandOutput = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
        for (const item of answer.Responses?.[tableName] ?? []) {
          const entry = byPk.get(String(item.pk));
          if (entry && item.reason === 'bounce' && String(item.at) >= entry.since) bounced.add(entry.address);
        }
        keys = answer.UnprocessedKeys?.[tableName]?.Keys;
      }
    }
    return bounced;
  },
});
