import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '#shared/applications/application.js';
import { isConfirmed } from '#shared/applications/application.js';
import { countsChange, isNoChange } from '#shared/applications/counts.js';
import { createdStatusRecord, statusRecordAfter, withoutStatusRecord } from '#shared/applications/status-record.js';
import { postCountChange } from '#shared/applications/vacancy-terms.js';
import { DuplicateApplication, IdempotencyKeyTaken, NominationsMoved, PostsFull, StaleVersion, type ApplicationWrites, type AuditEntry } from '#shared/applications/store.js';
import { applicationItem, auditItem, guardItem } from './application-item.js';
import { getApplication } from './application-reads.js';
import { idempotencyPut } from './idempotency-put.js';
import { countsBatch, countsWrite, type CountsBatch } from './application-counter.js';
import { nominationsWrite } from './nominations.js';
import { pendingReceiptItem } from './pending-receipts.js';
import { postCount, postCounterWrite } from './post-counter.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { vacancyKey } from './vacancy-store.js';

type NominationsGuard = NonNullable<Parameters<ApplicationWrites['update']>[5]>['nominations'];

/** Which items of a cancelled transaction failed their condition. */
const failedConditions = (error: TransactionCanceledException): boolean[] =>
  (error.CancellationReasons ?? []).map((reason) => reason.Code === 'ConditionalCheckFailed');

/**
 * A change of an application at the version it was read at, with its audit entry, and, in the
 * same transaction, whatever counts it moves: the vacancy's post counter for a move into or out
 * of a post (offered, appointed; pattern 13b), so two offers at once can never hold more posts
 * than the vacancy has, and the vacancy's counts by status and completeness when it moves the
 * application between them (pattern 13e). A counter created meanwhile (by the reconciliation) is
 * met by reading it and trying again. In a batch (pattern 13f) the row carries no counter: the
 * batch adds the rows' sum to it once. A validation under a vacancy's limit per country writes
 * the country's nominations item too, at the revision it was judged on.
 */
const writeChange = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  current: Application,
  next: Application,
  audit: AuditEntry,
  posts: number | undefined,
  batch?: CountsBatch,
  nominations?: NominationsGuard,
): Promise<void> => {
  const postChange = postCountChange(current.status, next.status);
  const movesPosts = postChange.held !== 0 || postChange.appointed !== 0;
  if (postChange.held > 0 && posts === undefined) throw new Error('A move into a post needs the vacancy\'s posts.');
  const countChange = countsChange(current, next);
  const movesCounts = !isNoChange(countChange);
  const batched = batch !== undefined && movesCounts;
  if (batched) await batch.enter(current.vacancy);
  for (let attempt = 1; ; attempt += 1) {
    const postWrite = movesPosts ? await postCounterWrite(client, tableName, current.vacancy, postChange, posts) : undefined;
    if (postWrite && 'full' in postWrite) throw new PostsFull(postWrite.full);
    const countWrite = movesCounts && !batched ? await countsWrite(client, tableName, current.vacancy, countChange, audit.at) : undefined;
    const items: Record<string, unknown>[] = [
      { Put: { TableName: tableName, Item: applicationItem(next), ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': current.version } } },
      // An audit entry is never overwritten, whatever its key's precision.
      { Put: { TableName: tableName, Item: auditItem(current.id, next.version, audit), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    const postAt = postWrite ? items.push(postWrite.write) - 1 : -1;
    // An offer is judged on the posts as read: a save that lowered them since refuses it (posts as stored now are judged again).
    const postsCheckAt =
      postChange.held > 0
        ? items.push({ ConditionCheck: { TableName: tableName, Key: vacancyKey(current.vacancy), ConditionExpression: 'posts = :posts', ExpressionAttributeValues: { ':posts': posts } } }) - 1
        : -1;
    const countsAt = countWrite ? items.push(countWrite) - 1 : -1;
    const nominationsAt = nominations ? items.push(nominationsWrite(tableName, nominations, audit.at)) - 1 : -1;
    try {
      const transaction = new TransactWriteCommand({ TransactItems: items });
      await retryingTransactionConflicts(() => client.send(transaction));
      if (batched) batch.written(current.vacancy, countChange);
      return;
    } catch (error) {
      // A cancelled transaction wrote nothing; any other failure (a timeout) may have landed, so the counter stays marked for a recount.
      if (batched && !(error instanceof TransactionCanceledException)) batch.unsure(current.vacancy);
      if (!(error instanceof TransactionCanceledException)) throw error;
      const failed = failedConditions(error);
      if (failed[0] || (postsCheckAt >= 0 && failed[postsCheckAt])) throw new StaleVersion();
      if (nominationsAt >= 0 && failed[nominationsAt]) throw new NominationsMoved();
      const postFailed = postAt >= 0 && failed[postAt] === true;
      const countsFailed = countsAt >= 0 && failed[countsAt] === true;
      if ((!postFailed && !countsFailed) || attempt >= 3) throw error;
      if (postFailed) {
        // The post counter moved under us: full when it was an offer against a stored counter, else created meanwhile.
        const now = await postCount(client, tableName, current.vacancy);
        if (postChange.held > 0 && posts !== undefined && now.held >= posts) throw new PostsFull(now);
      }
    }
  }
};

/** A change at a version (`update`), its counts in its own transaction, or left to the batch given. */
const updateWith =
  (client: DynamoDBDocumentClient, tableName: string, batch?: CountsBatch): ApplicationWrites['update'] =>
  async (id, expectedVersion, changes, audit, read, guard) => {
    const fresh = read?.id === id && read.version === expectedVersion;
    const current = fresh ? read : await getApplication(client, tableName, id);
    if (!current || current.version !== expectedVersion) throw new StaleVersion();
    // The record is written anew from the one read, or dropped when it cannot be believed (status-record.ts).
    const next: Application = { ...withoutStatusRecord(current), ...changes, ...statusRecordAfter(current, changes, audit.at), id, version: expectedVersion + 1 };
    await writeChange(client, tableName, current, next, audit, guard?.posts, batch, guard?.nominations);
    return next;
  };

/** The write paths: a submission, a confirmation of its address, a change at a version; each one transaction. */
export const dynamoApplicationWrites = (client: DynamoDBDocumentClient, tableName: string): ApplicationWrites => ({
  async create(created, audit, { idempotency, receipt } = {}) {
    const application: Application = { ...created, ...createdStatusRecord(created) };
    // A submission is written unconfirmed and takes no guard (pattern 10): the guard is taken
    // when its address is confirmed. Only an application created confirmed (the demo data,
    // the bench) takes it here.
    const guard = isConfirmed(application)
      ? [{ Put: { TableName: tableName, Item: await guardItem(application), ConditionExpression: 'attribute_not_exists(pk)' } }]
      : [];
    const items = [
      { Put: { TableName: tableName, Item: applicationItem(application), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: auditItem(application.id, application.version, audit) } },
      ...guard,
      ...(idempotency ? [idempotencyPut(tableName, idempotency)] : []),
      ...(receipt ? [{ Put: { TableName: tableName, Item: pendingReceiptItem(receipt) } }] : []),
    ];
    // The vacancy's counts in the same transaction (pattern 13e); a counter created meanwhile is read and the write tried again.
    for (let attempt = 1; ; attempt += 1) {
      const counts = await countsWrite(client, tableName, application.vacancy, countsChange(undefined, application), audit.at);
      try {
        const transaction = new TransactWriteCommand({ TransactItems: [...items, counts] });
        await retryingTransactionConflicts(() => client.send(transaction));
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const failed = failedConditions(error);
        // A replay (or a race with one) wins over the duplicate-email rule: it is the same request.
        if (idempotency && failed[2 + guard.length]) throw new IdempotencyKeyTaken();
        if (guard.length > 0 && failed[2]) throw new DuplicateApplication();
        if (!failed[items.length] || attempt >= 3) throw error;
      }
    }
  },

  async confirm(application, at, audit) {
    // Pattern 10b: the application at the version it was read at, its guard and its audit entry, all or nothing.
    const confirmation = application.emailConfirmation;
    if (!confirmation) throw new StaleVersion();
    const next: Application = {
      ...withoutStatusRecord(application),
      ...statusRecordAfter(application, {}, at),
      emailConfirmation: { ...confirmation, confirmedAt: at },
      updatedAt: at,
      version: application.version + 1,
    };
    const items = [
      {
        Put: {
          TableName: tableName,
          Item: applicationItem(next),
          ConditionExpression: 'version = :expected AND attribute_not_exists(emailConfirmation.confirmedAt)',
          ExpressionAttributeValues: { ':expected': application.version },
        },
      },
      { Put: { TableName: tableName, Item: await guardItem(application), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: auditItem(application.id, next.version, audit), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    // From unconfirmed to received: the vacancy's counts move in the same transaction (pattern 13e).
    for (let attempt = 1; ; attempt += 1) {
      const counts = await countsWrite(client, tableName, application.vacancy, countsChange(application, next), at);
      try {
        const transaction = new TransactWriteCommand({ TransactItems: [...items, counts] });
        await retryingTransactionConflicts(() => client.send(transaction));
        return next;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const failed = failedConditions(error);
        if (failed[0]) throw new StaleVersion();
        if (failed[1]) throw new DuplicateApplication();
        if (!failed[3] || attempt >= 3) throw error;
      }
    }
  },

  update: updateWith(client, tableName),

  async batch(at, work) {
    const counts = countsBatch(client, tableName, at);
    let result;
    try {
      result = await work(updateWith(client, tableName, counts));
    } catch (error) {
      // The rows written so far still get their sum; the work's own failure is the answer.
      await counts.end().catch(() => undefined);
      throw error;
    }
    await counts.end();
    return result;
  },
});
