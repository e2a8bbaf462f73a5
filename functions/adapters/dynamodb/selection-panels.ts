import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Panel } from '#shared/selection/panel.js';
import { PanelMoved, type PanelStore } from '#shared/selection/store.js';
import { queryAll } from './query-all.js';
import { selectionAuditItem, selectionHistory } from './selection-audit.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/**
 * Panels live in one partition (docs/data-model.md, patterns 35 to 40): HR lists them with one Query,
 * and there are a few per vacancy year. Each member has a membership item in a partition of
 * their own, so a member's vacancies are one Query too, never a Scan.
 */
const PANELS = 'PANELS';
export const panelKey = (vacancy: string) => ({ pk: PANELS, sk: `VACANCY#${vacancy}` });
const membershipKey = (member: string, vacancy: string) => ({ pk: `PANELLIST#${member}`, sk: `VACANCY#${vacancy}` });

const fromItem = (item: Record<string, unknown>): Panel => ({
  vacancy: String(item.vacancy),
  members: (item.members as string[]) ?? [],
  chair: String(item.chair),
  criteria: (item.criteria as Panel['criteria']) ?? [],
  spreadThreshold: Number(item.spreadThreshold),
  revision: Number(item.revision),
  ...(typeof item.lockedAt === 'string' ? { lockedAt: item.lockedAt } : {}),
  updatedAt: String(item.updatedAt),
  updatedBy: String(item.updatedBy),
});

/** The panel's own condition: as seen (its revision, and its lock), or absent. */
const seenCondition = (seen: Pick<Panel, 'revision' | 'lockedAt'> | undefined) => {
  if (!seen) return { ConditionExpression: 'attribute_not_exists(pk)' };
  return seen.lockedAt
    ? { ConditionExpression: 'revision = :revision AND lockedAt = :locked', ExpressionAttributeValues: { ':revision': seen.revision, ':locked': seen.lockedAt } }
    : { ConditionExpression: 'revision = :revision AND attribute_not_exists(lockedAt)', ExpressionAttributeValues: { ':revision': seen.revision } };
};

export const dynamoPanels = (client: DynamoDBDocumentClient, tableName: string): PanelStore => ({
  async get(vacancy) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: panelKey(vacancy), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  },

  async list() {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :vacancy)',
      ExpressionAttributeValues: { ':pk': PANELS, ':vacancy': 'VACANCY#' },
    });
    return items.map(fromItem);
  },

  async vacanciesOf(member) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :vacancy)',
      ExpressionAttributeValues: { ':pk': `PANELLIST#${member}`, ':vacancy': 'VACANCY#' },
    });
    return items.map((item) => String(item.vacancy));
  },

  async save(panel, seen, audit) {
    const leaving = (seen?.members ?? []).filter((member) => !panel.members.includes(member));
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: tableName, Item: { ...panelKey(panel.vacancy), entity: 'selection-panel', ...panel }, ...seenCondition(seen) } },
        { Put: { TableName: tableName, Item: selectionAuditItem(audit), ConditionExpression: 'attribute_not_exists(pk)' } },
        ...panel.members.map((member) => ({
          Put: { TableName: tableName, Item: { ...membershipKey(member, panel.vacancy), entity: 'panel-membership', member, vacancy: panel.vacancy } },
        })),
        ...leaving.map((member) => ({ Delete: { TableName: tableName, Key: membershipKey(member, panel.vacancy) } })),
      ],
    });
    try {
      await retryingTransactionConflicts(() => client.send(transaction));
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') throw new PanelMoved();
      throw error;
    }
  },

  history: (vacancy) => selectionHistory(client, tableName, vacancy),
});
