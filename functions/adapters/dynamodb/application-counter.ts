import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addCounts, zeroCounts, type ApplicationCounts, type CountsChange } from '#shared/applications/counts.js';
import type { CountsStore, StoredCounts } from '#shared/applications/count-reconciliation.js';
import { isTransientDependencyFailure } from '../dependency-failure.js';
import { countPartition } from './application-count-rows.js';
import { COUNT_ATTRIBUTES, counterItem, countsFromItem, countsKey } from './counts-item.js';
import { tableDesign } from './table-design.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

const { byStatus } = tableDesign.indexes;

/** The open batches' marks, a string set of `<began>#<uuid>` (an ISO time holds no `#`). */
const PENDING = 'pending';

/** `ADD` clauses of a change's non-zero counts and the revision, with their names and values. */
const addClauses = (change: CountsChange) => {
  const moving = COUNT_ATTRIBUTES.map(([name, of]) => [name, of(change)] as const).filter(([, value]) => value !== 0);
  return {
    clauses: [...moving.map((_, index) => `#c${index} :c${index}`), '#revision :one'],
    names: { ...Object.fromEntries(moving.map(([name], index) => [`#c${index}`, name])), '#revision': 'revision' },
    values: { ...Object.fromEntries(moving.map(([, value], index) => [`:c${index}`, value])), ':one': 1 },
  };
};

/** The counter as stored (consistent read), or undefined on a vacancy none was written for yet. */
export const readCounter = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<StoredCounts | undefined> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: countsKey(vacancy), ConsistentRead: true }));
  if (!Item) return undefined;
  const marks = Item[PENDING] instanceof Set ? [...(Item[PENDING] as Set<string>)] : [];
  return {
    counts: countsFromItem(Item),
    revision: Number(Item.revision ?? 0),
    updatedAt: String(Item.updatedAt ?? ''),
    ...(typeof Item.reconciledAt === 'string' ? { reconciledAt: Item.reconciledAt } : {}),
    ...(typeof Item.reconciledRevision === 'number' ? { reconciledRevision: Item.reconciledRevision } : {}),
    pendingSince: marks.map((mark) => mark.slice(0, mark.indexOf('#'))),
  };
};

/** The counts from the applications themselves: what a stage wrote before counters existed, and the reconciliation's recount. */
export const recountFromRows = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<ApplicationCounts> =>
  (await countPartition(client, tableName, byStatus, `VACANCY#${vacancy}`)).get(vacancy) ?? zeroCounts();

/**
 * The counts as they stand (read-only): the counter, or the applications' own count where there
 * is none yet or where a batch has rows written but not yet added (marked pending).
 */
export const currentCounts = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string): Promise<ApplicationCounts> => {
  const stored = await readCounter(client, tableName, vacancy);
  return stored && stored.pendingSince.length === 0 ? stored.counts : recountFromRows(client, tableName, vacancy);
};

/**
 * The counter's part of one change's transaction: an `ADD` to the stored counter
 * (`attribute_exists`, so a counter can never be made up from a change alone); with no counter,
 * a check that there is still none, so a counter the reconciliation creates meanwhile (from a
 * recount that may not hold this change) fails the write, which reads it and tries again. Only
 * the reconciliation creates a counter: counting a large vacancy's rows inside a request would
 * outlast it.
 */
export const countsWrite = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  vacancy: string,
  change: CountsChange,
  at: string,
): Promise<Record<string, unknown>> => {
  const stored = await readCounter(client, tableName, vacancy);
  if (!stored) return { ConditionCheck: { TableName: tableName, Key: countsKey(vacancy), ConditionExpression: 'attribute_not_exists(pk)' } };
  const { clauses, names, values } = addClauses(change);
  return {
    Update: {
      TableName: tableName,
      Key: countsKey(vacancy),
      UpdateExpression: `ADD ${clauses.join(', ')} SET #updatedAt = :at`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { ...names, '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: { ...values, ':at': at },
    },
  };
};

/** The counter's side of a batch of row writes (`countsBatch`). */
export interface CountsBatch {
  /** Before a row of the vacancy is written: its counter marked pending, once per vacancy and batch. */
  enter(vacancy: string): Promise<void>;
  /** A row written: what it moved, added to the counter when the batch ends. */
  written(vacancy: string, change: CountsChange): void;
  /** A row whose write failed in a way that does not say whether it landed: the counter stays marked. */
  unsure(vacancy: string): void;
  /** After the last row: each vacancy's sum added and its mark taken off, in one write per vacancy. */
  end(): Promise<void>;
}

const conditionFailed = (error: unknown) => error instanceof ConditionalCheckFailedException;

/**
 * Many rows written at once (a bulk edit, an import, a cancelled vacancy's sweep) would each
 * write the vacancy's one counter item, and transactions that meet on one item in flight are
 * cancelled (TransactionConflict). So a batch's rows are written without the counter: before its
 * first row of a vacancy, the batch marks the counter pending (reads then count the rows, and the
 * reconciliation leaves it alone); when it ends, it adds the rows' summed change and takes the mark
 * off in one write, conditioned on the mark still being there. A batch that never ends (a crash,
 * a timeout) leaves the mark: reads go on counting the rows, and once the mark is older than any
 * batch can run (BATCH_MS) the reconciliation sets the counter to a recount, which holds the rows.
 * A vacancy with no counter is marked by nothing; if the reconciliation creates its counter while
 * the batch writes, the batch marks it at the end, so it is recounted rather than trusted.
 */
export const countsBatch = (client: DynamoDBDocumentClient, tableName: string, at: string): CountsBatch => {
  const mark = `${at}#${randomUUID()}`;
  const vacancies = new Map<string, { marked: Promise<boolean>; sum: CountsChange; unsure: boolean }>();
  const update = (vacancy: string, expression: string, condition: string, names: Record<string, string>, values: Record<string, unknown>) =>
    retryingTransactionConflicts(() =>
      client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: countsKey(vacancy),
          UpdateExpression: expression,
          ConditionExpression: condition,
          ExpressionAttributeNames: { ...names, '#pending': PENDING, '#updatedAt': 'updatedAt' },
          ExpressionAttributeValues: { ...values, ':marks': new Set([mark]), ':at': at },
        }),
      ),
    );
  /** The mark put on a counter that exists (the revision moves, so a recount read before it cannot settle after it). */
  const markCounter = async (vacancy: string): Promise<boolean> => {
    try {
      await update(vacancy, 'ADD #pending :marks, #revision :one SET #updatedAt = :at', 'attribute_exists(pk)', { '#revision': 'revision' }, { ':one': 1 });
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  };
  const settle = async (vacancy: string, entry: { marked: Promise<boolean>; sum: CountsChange; unsure: boolean }) => {
    if (!(await entry.marked)) {
      await markCounter(vacancy);
      return;
    }
    if (entry.unsure) return;
    const { clauses, names, values } = addClauses(entry.sum);
    try {
      await update(vacancy, `ADD ${clauses.join(', ')} DELETE #pending :marks SET #updatedAt = :at`, 'contains(#pending, :mark)', names, { ...values, ':mark': mark });
    } catch (error) {
      // The mark is gone: the reconciliation took the counter over from a recount, which holds these rows.
      if (!conditionFailed(error)) throw error;
    }
  };
  return {
    enter(vacancy) {
      let entry = vacancies.get(vacancy);
      if (!entry) {
        entry = { marked: markCounter(vacancy), sum: zeroCounts(), unsure: false };
        vacancies.set(vacancy, entry);
      }
      return entry.marked.then(() => undefined);
    },
    written(vacancy, change) {
      const entry = vacancies.get(vacancy);
      if (entry) entry.sum = addCounts(entry.sum, change);
    },
    unsure(vacancy) {
      const entry = vacancies.get(vacancy);
      if (entry) entry.unsure = true;
    },
    async end() {
      const outcomes = await Promise.allSettled(
        [...vacancies].map(async ([vacancy, entry]) => {
          // A mark that could not be written stopped its rows before they were written.
          const markWritten = await entry.marked.then(
            () => true,
            () => false,
          );
          if (markWritten) await settle(vacancy, entry);
        }),
      );
      // An outage leaves a counter marked, a state that is safe (reads count the rows) and repaired by the reconciliation.
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected' && !isTransientDependencyFailure(outcome.reason));
      if (failure) throw failure.reason;
    },
  };
};

/** The reconciliation's side of the table (shared/applications/count-reconciliation.ts). */
export const dynamoCountsStore = (client: DynamoDBDocumentClient, tableName: string): CountsStore => ({
  read: (vacancy) => readCounter(client, tableName, vacancy),
  recount: (vacancy) => recountFromRows(client, tableName, vacancy),
  async settle(vacancy, counts, seen, now) {
    // Only over the counter as it was read: a change since (a new revision) leaves it to the next run.
    try {
      if (seen && counts === undefined) {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: countsKey(vacancy),
            UpdateExpression: 'SET reconciledAt = :now, reconciledRevision = :seen',
            ConditionExpression: 'revision = :seen',
            ExpressionAttributeValues: { ':now': now, ':seen': seen.revision },
          }),
        );
        return true;
      }
      // Created or set from a recount: not stamped, so the next run recounts it once the index has settled.
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: counterItem(vacancy, counts ?? zeroCounts(), { revision: (seen?.revision ?? 0) + 1, updatedAt: seen?.updatedAt || now, countedAt: now }),
          ConditionExpression: seen ? 'revision = :seen' : 'attribute_not_exists(pk)',
          ...(seen ? { ExpressionAttributeValues: { ':seen': seen.revision } } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (!conditionFailed(error)) throw error;
      return false;
    }
  },
});
