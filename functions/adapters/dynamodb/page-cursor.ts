import { ValidationFailed } from '#shared/errors.js';

const invalidCursor = () =>
  new ValidationFailed([{ path: 'query.cursor', message: 'Not a cursor of this listing: start again without one.' }]);

/** Which listing a cursor belongs to: the index, its partition and whatever narrows it (a sort-key prefix, a filter). */
export interface CursorScope {
  keys: readonly string[];
  partitionKey: string;
  partition: string;
  /** Everything else that shaped the Query, as one string. */
  narrowing: string;
}

/** DynamoDB's LastEvaluatedKey as an opaque, URL-safe cursor, tied to the listing it came from. */
export const encodeCursor = (key: Record<string, unknown> | undefined, scope: CursorScope): string | undefined =>
  key ? Buffer.from(JSON.stringify({ listing: scope.narrowing, key }), 'utf8').toString('base64url') : undefined;

/**
 * A cursor back into the ExclusiveStartKey it came from. It must come from the same listing (same
 * index, partition and narrowing) and hold exactly that index's keys, as strings: anything else
 * would make DynamoDB refuse the Query (a start key outside its range is a 500), or page through
 * a partition the caller may not see.
 */
export const decodeCursor = (cursor: string | undefined, scope: CursorScope): Record<string, string> | undefined => {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const { listing, key } = parsed as { listing?: unknown; key?: unknown };
  if (listing !== scope.narrowing || typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidCursor();
  const entries = Object.entries(key);
  const wanted = new Set(scope.keys);
  if (entries.length !== wanted.size || entries.some(([name, value]) => !wanted.has(name) || typeof value !== 'string' || value.length > 512)) {
    throw invalidCursor();
  }
  const start = key as Record<string, string>;
  if (start[scope.partitionKey] !== scope.partition) throw invalidCursor();
  return start;
};
