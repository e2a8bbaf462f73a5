import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Marks } from '#shared/selection/marks.js';
import { PanelMoved, StaleSelectionItem, type MarksStore } from '#shared/selection/store.js';
import { queryAll } from './query-all.js';
import { selectionAuditItem, selectionPartition } from './selection-audit.js';
import { panelKey } from './selection-panels.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/** A member's marks of one candidate: under the vacancy's selection partition (docs/data-model.md, patterns 35 to 40). */
const marksKey = (vacancy: string, applicationId: string, member: string) => ({ pk: selectionPartition(vacancy), sk: `MARKS#${applicationId}#${member}` });

const fromItem = (item: Record<string, unknown>): Marks => ({
  vacancy: String(item.vacancy),
  applicationId: String(item.applicationId),
  member: String(item.member),
  scores: (item.scores ?? {}) as Marks['scores'],
  ...(typeof item.overallComment === 'string' ? { overallComment: item.overallComment } : {}),
  state: item.state === 'submitted' ? 'submitted' : 'draft',
  revision: Number(item.revision),
  updatedAt: String(item.updatedAt),
  ...(typeof item.submittedAt === 'string' ? { submittedAt: item.submittedAt } : {}),
});

export const dynamoMarks = (client: DynamoDBDocumentClient, tableName: string): MarksStore => ({
  async listByVacancy(vacancy) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :marks)',
      ExpressionAttributeValues: { ':pk': selectionPartition(vacancy), ':marks': 'MARKS#' },
      ConsistentRead: true,
    });
    return items.map(fromItem);
  },

  async get(vacancy, applicationId, member) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: marksKey(vacancy, applicationId, member), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  },

  async save(marks, expectedRevision, audit, submission) {
    const condition =
      expectedRevision === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'revision = :revision AND #state = :draft', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':revision': expectedRevision, ':draft': 'draft' } };
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: tableName, Item: { ...marksKey(marks.vacancy, marks.applicationId, marks.member), entity: 'selection-marks', ...marks }, ...condition } },
        { Put: { TableName: tableName, Item: selectionAuditItem(audit), ConditionExpression: 'attribute_not_exists(pk)' } },
        // The first submission locks the panel's criteria; the panel must be the one the marks were checked against.
        ...(submission
          ? [
              {
                Update: {
                  TableName: tableName,
                  Key: panelKey(marks.vacancy),
                  UpdateExpression: 'SET lockedAt = if_not_exists(lockedAt, :at)',
                  ConditionExpression: 'revision = :revision',
                  ExpressionAttributeValues: { ':at': marks.submittedAt ?? marks.updatedAt, ':revision': submission.panelRevision },
                },
              },
            ]
          : []),
      ],
    });
    try {
      await retryingTransactionConflicts(() => client.send(transaction));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new StaleSelectionItem();
      if (reasons[2]?.Code === 'ConditionalCheckFailed') throw new PanelMoved();
      throw error;
    }
  },
});
