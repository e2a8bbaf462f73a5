import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addCounts, countAll, zeroCounts, type ApplicationCounts, type CountedApplication } from '#shared/applications/counts.js';

/**
 * The applications of one index partition counted per vacancy by the one rule
 * (`countsOf` in shared/applications/counts.ts), page by page, so a partition of any size costs
 * memory for one page: the recount of a vacancy (pattern 21b) and an NCB officer's summary of a
 * country (pattern 21). Reads back only the fields the rule judges by; the index is eventually
 * consistent.
 */
export const countPartition = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  index: { name: string; partitionKey: string },
  partition: string,
): Promise<Map<string, ApplicationCounts>> => {
  const byVacancy = new Map<string, CountedApplication[]>();
  const counts = new Map<string, ApplicationCounts>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ProjectionExpression: '#vacancy, #status, #documents, #validation, #confirmation, #category, #release',
        ExpressionAttributeNames: {
          '#pk': index.partitionKey,
          '#vacancy': 'vacancy',
          '#status': 'status',
          '#documents': 'documents',
          '#validation': 'ncbValidation',
          '#confirmation': 'emailConfirmation',
          '#category': 'category',
          '#release': 'release',
        },
        ExpressionAttributeValues: { ':pk': partition },
        ExclusiveStartKey: start,
      }),
    );
    byVacancy.clear();
    for (const item of page.Items ?? []) {
      const vacancy = String(item.vacancy);
      const ofVacancy = byVacancy.get(vacancy) ?? [];
      ofVacancy.push(item as unknown as CountedApplication);
      byVacancy.set(vacancy, ofVacancy);
    }
    for (const [vacancy, applications] of byVacancy) counts.set(vacancy, addCounts(counts.get(vacancy) ?? zeroCounts(), countAll(applications)));
    start = page.LastEvaluatedKey;
  } while (start);
  return counts;
};
