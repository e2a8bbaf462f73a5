import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PostCount } from '#shared/applications/vacancy-terms.js';
import { tableDesign } from './table-design.js';

const { byStatus } = tableDesign.indexes;

/** The vacancy's post counter (docs/data-model.md): offers outstanding plus appointments, and appointments. */
export const postCounterKey = (vacancy: string) => ({ pk: `VACANCY#${vacancy}`, sk: 'POSTS' });

/**
 * The count from the applications themselves (pattern 6, `Select: COUNT`): what a stage wrote
 * before counters existed. Every move into or out of a post writes the counter, creating it from
 * this count the first time, so the count is taken only while no move of the vacancy has yet.
 */
export const derivePostCount = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<PostCount> => {
  const count = async (status: 'offered' | 'appointed') => {
    let total = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: byStatus.name,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :status)',
          ExpressionAttributeNames: { '#pk': byStatus.partitionKey, '#sk': byStatus.sortKey },
          ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}`, ':status': `${status}#` },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      total += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return total;
  };
  const [offered, appointed] = await Promise.all([count('offered'), count('appointed')]);
  return { held: offered + appointed, appointed };
};

/** The counter as stored (consistent), or undefined when none was written yet. */
export const readPostCounter = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<PostCount | undefined> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: postCounterKey(vacancy), ConsistentRead: true }));
  return Item ? { held: Number(Item.held ?? 0), appointed: Number(Item.appointed ?? 0) } : undefined;
};

/** The count as it stands: the counter, or the applications' own count where there is none yet. */
export const postCount = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<PostCount> =>
  (await readPostCounter(client, tableName, vacancy)) ?? derivePostCount(client, tableName, vacancy);

/**
 * The counter's part of a move's transaction: an `ADD` to the stored counter, or, the first time,
 * a `Put` of the derived count plus the move (`attribute_not_exists`, so two first moves cannot
 * both create it; the loser reads the counter and tries again). A move into `offered` is
 * conditioned on a free post.
 */
export const postCounterWrite = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  vacancy: string,
  change: PostCount,
  posts: number | undefined,
): Promise<{ write: Record<string, unknown> } | { full: PostCount }> => {
  const stored = await readPostCounter(client, tableName, vacancy);
  const key = postCounterKey(vacancy);
  if (stored) {
    const offering = change.held > 0;
    return {
      write: {
        Update: {
          TableName: tableName,
          Key: key,
          UpdateExpression: 'ADD held :held, appointed :appointed',
          ConditionExpression: offering ? 'attribute_exists(pk) AND held < :posts' : 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':held': change.held, ':appointed': change.appointed, ...(offering ? { ':posts': posts } : {}) },
        },
      },
    };
  }
  const derived = await derivePostCount(client, tableName, vacancy);
  if (change.held > 0 && posts !== undefined && derived.held >= posts) return { full: derived };
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: { ...key, entity: 'posts', held: derived.held + change.held, appointed: derived.appointed + change.appointed },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
};
