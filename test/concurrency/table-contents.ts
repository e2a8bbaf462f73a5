import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '#functions/adapters/dynamodb/query-all.js';
import { tableDesign } from '#functions/adapters/dynamodb/table-design.js';

type Item = Record<string, unknown>;

/**
 * A vacancy's applications as the grid reads them: the `byStatus` index (pattern 6), every page;
 * it holds every application, confirmed or not (`bySubmission` only the confirmed ones).
 */
export const applicationsOf = (db: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<Item[]> =>
  queryAll(db, {
    TableName: tableName,
    IndexName: tableDesign.indexes.byStatus.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': tableDesign.indexes.byStatus.partitionKey },
    ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}` },
  });

/**
 * Every item the submissions write, read past the indexes (a Scan: a test's small table), so an
 * orphan no index shows is seen too: the one-per-email guards, audit entries, idempotency records,
 * receipts still owed, and the application items themselves.
 */
export const submissionItems = async (db: DynamoDBDocumentClient, tableName: string) => {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const pk = (item: Item) => String(item.pk);
  return {
    applications: items.filter((item) => item.entity === 'application'),
    guards: items.filter((item) => pk(item).startsWith('APPLICANT#')),
    audits: items.filter((item) => item.entity === 'audit'),
    idempotency: items.filter((item) => pk(item).startsWith('IDEMPOTENCY#')),
    owedReceipts: items.filter((item) => item.entity === 'pending-receipt'),
  };
};
