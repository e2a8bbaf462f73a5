import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { emptySecondmentStatistics, type SecondmentStatistics } from '#shared/retention/secondment-statistics.js';

/*
 * The counts kept of purged secondments (docs/data-model.md, "Secondment statistics"): one item for
 * the stage, its maps added to in the transaction that deletes each secondment.
 */

export const secondmentStatisticsKey = { pk: 'SECONDMENT_STATS', sk: 'RETENTION' } as const;

const MAPS = ['byNationality', 'byUnit', 'byType', 'byYearEnded', 'byEnding', 'byMonthsServed'] as const;

/** `ADD` of one secondment's counts: map keys (countries, units) go through expression names, never into the expression. */
export const secondmentStatisticsUpdate = (statistics: SecondmentStatistics, at: string) => {
  const names: Record<string, string> = { '#total': 'total', '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':total': statistics.total, ':at': at };
  const adds = ['#total :total'];
  for (const map of MAPS) {
    names[`#${map}`] = map;
    Object.entries(statistics[map]).forEach(([key, count], index) => {
      names[`#${map}${index}`] = key;
      values[`:${map}${index}`] = count;
      adds.push(`#${map}.#${map}${index} :${map}${index}`);
    });
  }
  return { UpdateExpression: `ADD ${adds.join(', ')} SET #updatedAt = :at`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
};

/** Creates the item with empty maps unless it exists: `ADD` into a map needs the map. */
export const openSecondmentStatistics = async (client: DynamoDBDocumentClient, tableName: string): Promise<void> => {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...secondmentStatisticsKey, entity: 'secondment-statistics', ...emptySecondmentStatistics() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
};

const counts = (value: unknown): Record<string, number> =>
  Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).map(([key, count]) => [key, Number(count)]));

export const readSecondmentStatistics = async (client: DynamoDBDocumentClient, tableName: string): Promise<SecondmentStatistics> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: secondmentStatisticsKey, ConsistentRead: true }));
  if (!Item) return emptySecondmentStatistics();
  return {
    total: Number(Item.total ?? 0),
    byNationality: counts(Item.byNationality),
    byUnit: counts(Item.byUnit),
    byType: counts(Item.byType),
    byYearEnded: counts(Item.byYearEnded),
    byEnding: counts(Item.byEnding),
    byMonthsServed: counts(Item.byMonthsServed),
  };
};
