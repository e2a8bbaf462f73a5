import { createHash } from 'node:crypto';
import { DynamoDBClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client, type ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { LocalStack } from '#infra/local/stack.js';

/**
 * An item as text with every map's keys in order, however deep: DynamoDB returns a map
 * attribute's keys (an audit entry's `changes`) in no promised order, and a fingerprint must not
 * change with it.
 */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/**
 * How many items the table holds and objects the bucket holds: a refused request must leave both
 * as they were. A Scan is fine here: a test's table holds a few hundred items.
 */
export const censusOf = (stack: Pick<LocalStack, 'tableName' | 'bucket' | 'endpoints'>) => {
  const dynamodb = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  /** Items of one kind (`sk = APPLICATION`, `sk = VACANCY`), or all of them. */
  const items = async (sortKey?: string): Promise<number> => {
    let count = 0;
    let start: ScanCommandOutput['LastEvaluatedKey'];
    do {
      const page = await dynamodb.send(
        new ScanCommand({
          TableName: stack.tableName,
          Select: 'COUNT',
          ExclusiveStartKey: start,
          ...(sortKey ? { FilterExpression: 'sk = :sk', ExpressionAttributeValues: { ':sk': { S: sortKey } } } : {}),
        }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return count;
  };
  const objects = async (): Promise<number> => {
    let count = 0;
    let token: ListObjectsV2CommandOutput['NextContinuationToken'];
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, ContinuationToken: token }));
      count += page.KeyCount ?? 0;
      token = page.NextContinuationToken;
    } while (token);
    return count;
  };
  /** A digest of every item and object: equal before and after means nothing at all was written. */
  const fingerprint = async (): Promise<string> => {
    const lines: string[] = [];
    let start: ScanCommandOutput['LastEvaluatedKey'];
    do {
      const page = await dynamodb.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: start, ConsistentRead: true }));
      for (const item of page.Items ?? []) lines.push(canonical(item));
      start = page.LastEvaluatedKey;
    } while (start);
    let token: ListObjectsV2CommandOutput['NextContinuationToken'];
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, ContinuationToken: token }));
      for (const object of page.Contents ?? []) lines.push(`s3:${object.Key}:${object.ETag}`);
      token = page.NextContinuationToken;
    } while (token);
    return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  };
  /** Every object key in the bucket. */
  const keys = async (): Promise<string[]> => {
    const found: string[] = [];
    let token: ListObjectsV2CommandOutput['NextContinuationToken'];
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, ContinuationToken: token }));
      found.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
      token = page.NextContinuationToken;
    } while (token);
    return found;
  };
  return {
    items,
    keys,
    fingerprint,
    objects,
    /** Everything at once, to compare before and after a run. */
    snapshot: async () => ({ items: await items(), objects: await objects() }),
    close: () => {
      dynamodb.destroy();
      s3.destroy();
    },
  };
};
