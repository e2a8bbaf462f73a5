import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExportLog, ExportRecord } from '#shared/admin/spreadsheet/export-log.js';
import { queryAll } from './query-all.js';

const monthOf = (at: string) => at.slice(0, 7);

/**
 * Exports by month (docs/data-model.md: `EXPORT#<yyyy-mm>` / `<at>#<by>#<file>`): a month is one
 * Query. The file's own name (a UUID) keeps two exports in one millisecond (a double click) apart.
 */
export const dynamoExportLog = (client: DynamoDBDocumentClient, tableName: string): ExportLog => ({
  async record(entry) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: `EXPORT#${monthOf(entry.at)}`, sk: `${entry.at}#${entry.by}#${entry.key.slice(entry.key.lastIndexOf('/') + 1)}`, entity: 'export', ...entry },
      }),
    );
  },

  async month(month) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `EXPORT#${month}` },
    });
    return items.map(({ at, by, format, filter, rows, key, sheet }) => ({ at, by, format, filter, rows, key, ...(sheet ? { sheet } : {}) }) as ExportRecord);
  },
});
