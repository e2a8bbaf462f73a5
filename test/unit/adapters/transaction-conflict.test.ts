import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { retryingTransactionConflicts } from '#functions/adapters/dynamodb/transaction-conflict.js';

/** What DynamoDB answers a transaction that met another in flight: an injected fault, as DynamoDB Local never does it. */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('a transaction cancelled by another in flight (TransactionConflict, injected)', () => {
  it('is sent again, and answers what the retry answers', async () => {
    let calls = 0;
    const result = await retryingTransactionConflicts(async () => {
      calls += 1;
      if (calls === 1) throw cancelled('None', 'TransactionConflict');
      return 'written';
    });

    expect(result).toBe('written');
    expect(calls).toBe(2);
  });

  it('gives up after three tries, throwing the cancellation for the 503', async () => {
    let calls = 0;
    const write = retryingTransactionConflicts(async () => {
      calls += 1;
      throw cancelled('TransactionConflict');
    });

    await expect(write).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(calls).toBe(3);
  });

  it('does not retry a failed condition: that is the answer (a stale version, a taken email)', async () => {
    let calls = 0;
    const write = retryingTransactionConflicts(async () => {
      calls += 1;
      throw cancelled('ConditionalCheckFailed', 'TransactionConflict');
    });

    await expect(write).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(calls).toBe(1);
  });
});
