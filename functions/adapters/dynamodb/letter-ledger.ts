import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimKey } from '#shared/email/send-once.js';
import { claimId, type LetterLedger } from '#shared/letters/store.js';

/** A claim's key, as functions/adapters/dynamodb/email-claims.ts writes it (pattern 14). */
const keyOf = (key: ClaimKey) => ({ pk: key.scope, sk: `CLAIM#${key.kind}#${key.day}` });

/** How many times unprocessed keys are asked again (DynamoDB hands some back under load) before giving up. */
const ATTEMPTS = 5;

/**
 * The letters' claims read 100 at a time (BatchGetItem, consistent): held when sent, or pending
 * under a lease not yet over (as `isClaimed` judges). A filter only: sendOnce's conditional claim
 * still decides whether a letter goes.
 */
export const dynamoLetterLedger = (client: DynamoDBDocumentClient, tableName: string): LetterLedger => ({
  async held(keys, at) {
    const held = new Set<string>();
    let pending: Array<Record<string, unknown>> = keys.map(keyOf);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt === ATTEMPTS) throw new Error('The claims could not all be read: DynamoDB kept handing keys back.');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const answer = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true, ProjectionExpression: 'pk, sk, #state, leaseUntil', ExpressionAttributeNames: { '#state': 'state' } } } }));
      for (const item of answer.Responses?.[tableName] ?? []) {
        if (item.state === 'pending' && String(item.leaseUntil) < at.toISOString()) continue;
        const [, kind, ...day] = String(item.sk).split('#');
        held.add(claimId({ scope: String(item.pk), kind: kind ?? '', day: day.join('#') }));
      }
      pending = (answer.UnprocessedKeys?.[tableName]?.Keys ?? []) as Array<Record<string, unknown>>;
    }
    return held;
  },
});
