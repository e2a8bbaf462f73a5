import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SelectionAuditEntry } from '#shared/selection/store.js';
import { queryAll } from './query-all.js';

/** A vacancy's selection: its members' marks, the chair's recommendations and its history (docs/data-model.md, patterns 35 to 40). */
export const selectionPartition = (vacancy: string) => `SELECTION#${vacancy}`;

/** An audit entry's item, written in the transaction of the change it records (never overwritten: the writer conditions it). */
export const selectionAuditItem = (entry: SelectionAuditEntry): Record<string, unknown> => ({
  pk: selectionPartition(entry.vacancy),
  sk: `AUDIT#${entry.at}#${randomUUID()}`,
  entity: 'selection-audit',
  ...entry,
});

const fromItem = (item: Record<string, unknown>): SelectionAuditEntry => ({
  vacancy: String(item.vacancy),
  at: String(item.at),
  by: String(item.by),
  action: item.action as SelectionAuditEntry['action'],
  ...(typeof item.applicationId === 'string' ? { applicationId: item.applicationId } : {}),
  changes: (item.changes ?? {}) as SelectionAuditEntry['changes'],
  ...(Array.isArray(item.changed) ? { changed: item.changed.map(String) } : {}),
});

/** The selection's history, oldest first: one Query of the vacancy's selection partition. */
export const selectionHistory = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<SelectionAuditEntry[]> =>
  (
    await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': selectionPartition(vacancy), ':audit': 'AUDIT#' },
    })
  ).map(fromItem);
