import { ValidationFailed } from '#shared/errors.js';

const invalidCursor = () =>
  new ValidationFailed([{ path: 'query.cursor', message: 'Not a cursor of this listing: start again without one.' }]);

/** DynamoDB's LastEvaluatedKey as an opaque, URL-safe cursor. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;

/**
 * A cursor back into the ExclusiveStartKey it came from. It must hold exactly the keys of the
 * index being queried, as strings, and stay in the same partition: anything else would make
 * DynamoDB fail (a 500) or, worse, page through a partition the caller may not see.
 */
export const decodeCursor = (
  cursor: string | undefined,
  expected: { keys: readonly string[]; partitionKey: string; partition: string },
): Record<string, string> | undefined => {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidCursor();
  const entries = Object.entries(key);
  const wanted = new Set(expected.keys);
  if (entries.length !== wanted.size || entries.some(([name, value]) => !wanted.has(name) || typeof value !== 'string' || value.length > 512)) {
    throw invalidCursor();
  }
  const start = key as Record<string, string>;
  if (start[expected.partitionKey] !== expected.partition) throw invalidCursor();
  return start;
};
