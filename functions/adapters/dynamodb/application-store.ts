import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ncbCountry, type Application } from '#shared/applications/application.js';
import { isConfirmed, receivedAt } from '#shared/applications/confirmation.js';
import { countsChange, isNoChange, isWaiting } from '#shared/applications/counts.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { postCountChange, type VacancyTerms } from '#shared/applications/vacancy-terms.js';
import {
  DuplicateApplication,
  IdempotencyKeyTaken,
  PostsFull,
  StaleVersion,
  type ApplicationStore,
  type ApplicationFilter,
  type ApplicationTally,
  type AuditEntry,
  type IdempotencyRecord,
} from '#shared/applications/store.js';
import { ValidationFailed } from '#shared/errors.js';
import { pendingReceiptItem } from './pending-receipts.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { decodeCursor, encodeCursor, type CursorScope } from './page-cursor.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';
import { postCount, postCounterWrite } from './post-counter.js';
import { countsWrite, currentCounts } from './application-counter.js';
import { vacancyKey } from './vacancy-store.js';

const { byStatus, byCountry, bySubmission, incomplete } = tableDesign.indexes;

const applicationKey = (id: string) => ({ pk: `APPLICATION#${id}`, sk: 'APPLICATION' });
const idempotencyKey = (keyHash: string) => ({ pk: `IDEMPOTENCY#${keyHash}`, sk: 'IDEMPOTENCY' });
const guardKey = async (vacancy: string, email: string) => ({
  pk: `APPLICANT#${vacancy}#${await sha256Hex(email)}`,
  sk: 'APPLICANT',
});
/** The one-per-email guard of a confirmed application: it names the application that holds it. */
const guardItem = async (application: Pick<Application, 'id' | 'vacancy' | 'email'>) => ({
  ...(await guardKey(application.vacancy, application.email)),
  applicationId: application.id,
});

/** The sparse index's partition of applications whose address waits for confirmation, by expiry (pattern 26). */
export const UNCONFIRMED_PARTITION = 'UNCONFIRMED';

/**
 * The index keys of an application (docs/data-model.md); `incomplete` only while something is
 * missing. An application whose address is not confirmed is not received yet: it stays out of
 * `bySubmission` (the HR digest's "new") and of the `incomplete` partitions (reminders, the NCB
 * digest), and sits instead in the sparse index's UNCONFIRMED partition by expiry, for the purge.
 * Once confirmed, `bySubmission` orders it by when it was confirmed, so the next digest reports it.
 */
const indexKeys = (application: Application) => {
  const order = `${application.submittedAt}#${application.id}`;
  const confirmed = isConfirmed(application);
  // The rule the vacancy's counts follow too (shared/applications/counts.ts).
  const waiting = isWaiting(application);
  const unconfirmed = !confirmed && application.emailConfirmation
    ? { [incomplete.partitionKey]: UNCONFIRMED_PARTITION, [incomplete.sortKey]: `${application.emailConfirmation.expiresAt}#${application.id}` }
    : {};
  return {
    [byStatus.partitionKey]: `VACANCY#${application.vacancy}`,
    [byStatus.sortKey]: `${application.status}#${order}`,
    // The NCB's country: items stored before homeAdministrationCountry carry their nationality, the same key.
    [byCountry.partitionKey]: `COUNTRY#${ncbCountry(application)}`,
    [byCountry.sortKey]: `${application.vacancy}#${application.status}#${order}`,
    ...(confirmed ? { [bySubmission.partitionKey]: `VACANCY#${application.vacancy}`, [bySubmission.sortKey]: `${receivedAt(application)}#${application.id}` } : {}),
    ...(waiting ? { [incomplete.partitionKey]: `INCOMPLETE#${application.vacancy}`, [incomplete.sortKey]: order } : {}),
    ...unconfirmed,
  };
};

/** The item the store writes for an application (also the bench's seed, written straight to the table). */
export const applicationItem = (application: Application) => ({
  ...applicationKey(application.id),
  ...indexKeys(application),
  entity: 'application',
  ...application,
});

const auditItem = (applicationId: string, version: number, entry: AuditEntry) => ({
  pk: `APPLICATION#${applicationId}`,
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'audit',
  ...entry,
});

const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'entity', ...Object.values(tableDesign.indexes).flatMap((i) => [i.partitionKey, i.sortKey])]);
const withoutKeys = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name)));

/** Which items of a cancelled transaction failed their condition. */
const failedConditions = (error: TransactionCanceledException): boolean[] =>
  (error.CancellationReasons ?? []).map((reason) => reason.Code === 'ConditionalCheckFailed');

/**
 * The Query that serves a listing (docs/data-model.md): with a country, the `byCountry` index
 * (patterns 7), narrowed by vacancy and status through its sort key; with only a vacancy, the
 * `byStatus` index (pattern 6). A status without a vacancy is a filter on the country's items.
 */
const listingQuery = (tableName: string, filter: ApplicationFilter): { input: QueryCommandInput } & CursorScope => {
  const { vacancy, country, status } = filter;
  if (country !== undefined) {
    const partition = `COUNTRY#${country}`;
    const prefix = vacancy === undefined ? undefined : status === undefined ? `${vacancy}#` : `${vacancy}#${status}#`;
    const input: QueryCommandInput = {
      TableName: tableName,
      IndexName: byCountry.name,
      KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byCountry.partitionKey, ...(prefix ? { '#sk': byCountry.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(prefix ? { ':prefix': prefix } : {}) },
    };
    if (status !== undefined && vacancy === undefined) {
      input.FilterExpression = '#status = :status';
      input.ExpressionAttributeNames = { ...input.ExpressionAttributeNames, '#status': 'status' };
      input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ':status': status };
    }
    return {
      input,
      partitionKey: byCountry.partitionKey,
      partition,
      keys: ['pk', 'sk', byCountry.partitionKey, byCountry.sortKey],
      narrowing: JSON.stringify([byCountry.name, partition, prefix ?? null, vacancy === undefined ? (status ?? null) : null]),
    };
  }
  if (vacancy === undefined) {
    throw new ValidationFailed([{ path: 'query.vacancy', message: 'Name a vacancy (vacancy=1152) or a country (country=FR).' }]);
  }
  const partition = `VACANCY#${vacancy}`;
  return {
    input: {
      TableName: tableName,
      IndexName: byStatus.name,
      KeyConditionExpression: status ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(status ? { '#sk': byStatus.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(status ? { ':prefix': `${status}#` } : {}) },
    },
    partitionKey: byStatus.partitionKey,
    partition,
    keys: ['pk', 'sk', byStatus.partitionKey, byStatus.sortKey],
    narrowing: JSON.stringify([byStatus.name, partition, status ?? null]),
  };
};

/**
 * A change of an application at the version it was read at, with its audit entry, and, in the
 * same transaction, whatever counts it moves: the vacancy's post counter for a move into or out
 * of a post (offered, appointed; pattern 13b), so two offers at once can never hold more posts
 * than the vacancy has, and the vacancy's counts by status and completeness when it moves the
 * application between them (pattern 13e). A counter created meanwhile by another first change is
 * met by reading it and trying again.
 */
const writeChange = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  current: Application,
  next: Application,
  audit: AuditEntry,
  posts: number | undefined,
): Promise<void> => {
  const postChange = postCountChange(current.status, next.status);
  const movesPosts = postChange.held !== 0 || postChange.appointed !== 0;
  if (postChange.held > 0 && posts === undefined) throw new Error('A move into a post needs the vacancy\'s posts.');
  const countChange = countsChange(current, next);
  const movesCounts = !isNoChange(countChange);
  for (let attempt = 1; ; attempt += 1) {
    const postWrite = movesPosts ? await postCounterWrite(client, tableName, current.vacancy, postChange, posts) : undefined;
    if (postWrite && 'full' in postWrite) throw new PostsFull(postWrite.full);
    const countWrite = movesCounts ? await countsWrite(client, tableName, current.vacancy, countChange, audit.at) : undefined;
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
    try {
      const transaction = new TransactWriteCommand({ TransactItems: items });
      await retryingTransactionConflicts(() => client.send(transaction));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const failed = failedConditions(error);
      if (failed[0] || (postsCheckAt >= 0 && failed[postsCheckAt])) throw new StaleVersion();
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

export const dynamoApplicationStore = (client: DynamoDBDocumentClient, tableName: string): ApplicationStore => {
  const get = async (id: string) => {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: applicationKey(id), ConsistentRead: true }));
    return Item ? (withoutKeys(Item) as unknown as Application) : undefined;
  };

  return {
    get,

    async create(application, audit, { idempotency, receipt } = {}) {
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
        ...(idempotency
          ? [
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...idempotencyKey(idempotency.keyHash),
                    keyHash: idempotency.keyHash,
                    requestHash: idempotency.requestHash,
                    sealedAnswer: idempotency.sealedAnswer,
                    createdAt: idempotency.createdAt,
                    expiresOn: idempotency.expiresAt,
                    [tableDesign.timeToLiveAttribute]: Math.floor(Date.parse(idempotency.expiresAt) / 1000),
                  },
                  // TTL deletes some time after expiry: an expired record may be taken over.
                  ConditionExpression: 'attribute_not_exists(pk) OR expiresOn <= :now',
                  ExpressionAttributeValues: { ':now': idempotency.createdAt },
                },
              },
            ]
          : []),
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
        ...application,
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

    async findIdempotencyRecord(keyHash) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: idempotencyKey(keyHash), ConsistentRead: true }));
      if (!Item) return undefined;
      const record: IdempotencyRecord = {
        keyHash: String(Item.keyHash),
        requestHash: String(Item.requestHash),
        sealedAnswer: String(Item.sealedAnswer),
        createdAt: String(Item.createdAt),
        expiresAt: String(Item.expiresOn),
      };
      return record;
    },

    async update(id, expectedVersion, changes, audit, read, guard) {
      const current = read?.id === id && read.version === expectedVersion ? read : await get(id);
      if (!current || current.version !== expectedVersion) throw new StaleVersion();
      const next: Application = { ...current, ...changes, id, version: expectedVersion + 1 };
      await writeChange(client, tableName, current, next, audit, guard?.posts);
      return next;
    },

    async vacancyTerms(vacancy) {
      const [{ Item }, count] = await Promise.all([
        client.send(new GetCommand({ TableName: tableName, Key: vacancyKey(vacancy), ConsistentRead: true })),
        postCount(client, tableName, vacancy),
      ]);
      if (!Item) return undefined;
      const terms: VacancyTerms = {
        number: String(Item.number),
        clearance: Item.clearance === 'Enhanced' ? 'Enhanced' : 'Basic',
        posts: Number(Item.posts),
        deadline: String(Item.deadline),
        timeZone: String(Item.timeZone),
        status: Item.status as VacancyTerms['status'],
        ...count,
      };
      return terms;
    },

    counts: (vacancy) => currentCounts(client, tableName, vacancy),

    async history(id) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': `APPLICATION#${id}`, ':audit': 'AUDIT#' },
      });
      return items.map((item) => withoutKeys(item) as unknown as AuditEntry);
    },

    async listIncomplete(vacancy) {
      // Pattern 9: only active applications with something missing carry the index's keys.
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: incomplete.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': incomplete.partitionKey },
        ExpressionAttributeValues: { ':pk': `INCOMPLETE#${vacancy}` },
      });
      return items.map((item) => withoutKeys(item) as unknown as Application);
    },

    async list(filter, page) {
      const { input, ...scope } = listingQuery(tableName, filter);
      const startKey = decodeCursor(page.cursor, scope);
      // A filtered Query may return short pages: read on until the page is full or the index ends.
      const items: Record<string, unknown>[] = [];
      let next: Record<string, unknown> | undefined = startKey;
      do {
        const result = await client.send(new QueryCommand({ ...input, Limit: page.limit - items.length, ExclusiveStartKey: next }));
        items.push(...(result.Items ?? []));
        next = result.LastEvaluatedKey;
      } while (next && items.length < page.limit);
      const nextCursor = encodeCursor(next, scope);
      return {
        items: items.map((item) => withoutKeys(item) as unknown as Application),
        ...(nextCursor ? { nextCursor } : {}),
      };
    },

    async tally(filter) {
      // Patterns 6 and 7, reading back three attributes: the sparse index's key marks the incomplete ones.
      const [index, partition] = 'vacancy' in filter ? [byStatus, `VACANCY#${filter.vacancy}`] : [byCountry, `COUNTRY#${filter.country}`];
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ProjectionExpression: '#vacancy, #status, #incomplete, #confirmation',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#vacancy': 'vacancy', '#status': 'status', '#incomplete': incomplete.partitionKey, '#confirmation': 'emailConfirmation' },
        ExpressionAttributeValues: { ':pk': partition },
      });
      return items.map(
        (item): ApplicationTally => ({
          vacancy: String(item.vacancy),
          status: item.status as ApplicationTally['status'],
          incomplete: typeof item[incomplete.partitionKey] === 'string' && String(item[incomplete.partitionKey]).startsWith('INCOMPLETE#'),
          confirmed: isConfirmed(item as Pick<Application, 'emailConfirmation'>),
        }),
      );
    },

    async listSubmittedSince(vacancy, after, until) {
      // Pattern 8. Sort keys are `<submittedAt>#<id>`: '~' sorts after every id character, so
      // `after#~` leaves out what was submitted at `after` and `until#~` keeps what was at `until`.
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: bySubmission.name,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': bySubmission.partitionKey, '#sk': bySubmission.sortKey },
        ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}`, ':from': after === undefined ? ' ' : `${after}#~`, ':to': `${until}#~` },
      });
      return items.map((item) => withoutKeys(item) as unknown as Application);
    },
  };
};
