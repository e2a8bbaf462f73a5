import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SignOffStore, SignedReportRecord } from '#shared/selection-report/store.js';
import { putWithAudit } from './put-with-audit.js';
import { selectionAuditItem, selectionPartition } from './selection-audit.js';

/** A vacancy's signed report: one item in its selection partition (docs/selection-report.md). */
const signOffKey = (vacancy: string) => ({ pk: selectionPartition(vacancy), sk: 'REPORT#SIGNED' });

const fromItem = (item: Record<string, unknown>): SignedReportRecord => ({
  vacancy: String(item.vacancy),
  id: String(item.id),
  by: String(item.by),
  at: String(item.at),
  pdfKey: String(item.pdfKey),
  jsonKey: String(item.jsonKey),
  pdfSha256: String(item.pdfSha256),
  pdfBytes: Number(item.pdfBytes),
});

export const dynamoSignOffs = (client: DynamoDBDocumentClient, tableName: string): SignOffStore => ({
  async get(vacancy) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: signOffKey(vacancy), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  },

  async record(signed, audit) {
    return putWithAudit(
      client,
      tableName,
      { Item: { ...signOffKey(signed.vacancy), entity: 'selection-report-signoff', ...signed }, ConditionExpression: 'attribute_not_exists(pk)' },
      selectionAuditItem(audit),
    );
  },
});
