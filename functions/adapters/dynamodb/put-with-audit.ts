import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/** A record's Put and the condition it is written under (a version, an unused key). */
export interface GuardedPut {
  Item: Record<string, unknown>;
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** A condition on another item, checked in the same transaction as the write. */
export interface GuardedCheck {
  Key: Record<string, unknown>;
  ConditionExpression: string;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** A condition on another item that the write also needs (a `ConditionCheck` of the same transaction) failed. */
export class CheckFailed extends Error {}

/**
 * Writes a record and its audit entry in one transaction (docs/data-model.md, patterns 13, 16c,
 * 19): both or neither. Answers false when the record's own condition failed (a stale version, a
 * key in use), so the store can say which; any other failure is thrown.
 */
export const putWithAudit = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  record: GuardedPut,
  audit: Record<string, unknown>,
  /** `ConditionCheck`s on other items, judged in the same transaction: a failed one is `CheckFailed`. */
  checks: GuardedCheck[] = [],
  /** Items written with the record, unconditionally (a new vacancy's counter). */
  alsoPut: Array<Record<string, unknown>> = [],
): Promise<boolean> => {
  try {
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: tableName, ...record } },
        // An audit entry is never overwritten, whatever its key's precision.
        { Put: { TableName: tableName, Item: audit, ConditionExpression: 'attribute_not_exists(pk)' } },
        ...checks.map((check) => ({ ConditionCheck: { TableName: tableName, ...check } })),
        ...alsoPut.map((item) => ({ Put: { TableName: tableName, Item: item } })),
      ],
    });
    await retryingTransactionConflicts(() => client.send(transaction));
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    if (error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
    if (error.CancellationReasons?.slice(2).some((reason) => reason.Code === 'ConditionalCheckFailed')) throw new CheckFailed();
    throw error;
  }
};
