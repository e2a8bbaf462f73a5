import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WrittenTestsOfVacancy } from '#shared/letters/store.js';

/**
 * Whether a vacancy has a written test: one Query of a single key in the written tests' partition
 * (`WRITTEN-TESTS#<vacancy>`, items `TEST#<id>`; functions/adapters/dynamodb/written-test-store.ts).
 */
export const dynamoWrittenTestsOfVacancy = (client: DynamoDBDocumentClient, tableName: string): WrittenTestsOfVacancy => ({
  async hasWrittenTest(vacancy) {
    const answer = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :test)',
        ExpressionAttributeValues: { ':pk': `WRITTEN-TESTS#${vacancy}`, ':test': 'TEST#' },
        ProjectionExpression: 'pk',
        Limit: 1,
      }),
    );
    return (answer.Items ?? []).length > 0;
  },
});
