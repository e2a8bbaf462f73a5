import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/** Whether a cancelled transaction's item at `index` failed its condition. */
export const conditionFailedAt = (error: unknown, index: number): boolean =>
  error instanceof TransactionCanceledException && error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

export interface VersionedPut {
  /** The record's new item; written only while the stored one is still at `expectedVersion`. */
  item: Record<string, unknown>;
  expectedVersion: number;
  /** Its audit entry: a new item, never one overwritten. */
  audit: Record<string, unknown>;
  /** Items that go with the change or not at all (an email owed by it, say). */
  alongside?: ReadonlyArray<Record<string, unknown>>;
  /** The error to throw when the record moved since it was read: the store's own stale error. */
  stale: () => Error;
}

/**
 * A record's change as a record store writes it (secondments, proposals, deployments: docs/data-model.md,
 * patterns 50 and 60): the record at the version read, its audit entry and what goes with it, in
 * one transaction, so a failure half-way writes nothing and two changes from one version give one
 * write and one `stale()`.
 */
export const putAtVersion = async (client: DynamoDBDocumentClient, tableName: string, change: VersionedPut): Promise<void> => {
  const transaction = new TransactWriteCommand({
    TransactItems: [
      {
        Put: {
          TableName: tableName,
          Item: change.item,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': change.expectedVersion },
        },
      },
      { Put: { TableName: tableName, Item: change.audit, ConditionExpression: 'attribute_not_exists(pk)' } },
      ...(change.alongside ?? []).map((item) => ({ Put: { TableName: tableName, Item: item } })),
    ],
  });
  try {
    await retryingTransactionConflicts(() => client.send(transaction));
  } catch (error) {
    if (conditionFailedAt(error, 0)) throw change.stale();
    throw error;
  }
};
