import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { vacancySchema, type Vacancy, type VacancyStatus } from '#shared/vacancies/schema.js';
import {
  PostsBelowHeld,
  StaleVacancyVersion,
  VacancyNumberTaken,
  type ManagedVacancyStore,
  type StoredVacancy,
  type VacancyAuditEntry,
} from '#shared/vacancies/store.js';
import { newVacancyCounter } from './counts-item.js';
import { postCounterKey } from './post-counter.js';
import { CheckFailed, putWithAudit } from './put-with-audit.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

const { byStatus } = tableDesign.indexes;

export const vacancyKey = (number: string) => ({ pk: `VACANCY#${number}`, sk: 'VACANCY' });

/** Keys of a vacancy item (docs/data-model.md). */
export const vacancyKeys = (vacancy: Pick<Vacancy, 'number' | 'status' | 'deadline'>) => ({
  ...vacancyKey(vacancy.number),
  [byStatus.partitionKey]: `VACANCY_STATUS#${vacancy.status}`,
  [byStatus.sortKey]: `${vacancy.deadline}#${vacancy.number}`,
});

const vacancyFields = Object.keys(vacancySchema.shape) as (keyof Vacancy)[];

/**
 * An item back to a stored vacancy: only the schema's fields, and checked, so a bad item cannot
 * leak out. Items written before vacancies had versions are at version 1.
 */
const fromItem = (item: Record<string, unknown>): StoredVacancy => ({
  ...vacancySchema.parse(Object.fromEntries(vacancyFields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]))),
  version: typeof item.version === 'number' ? item.version : 1,
});

/** A vacancy's item; also a proposal's match writes a new vacancy with it (proposal-match.ts). */
export const vacancyItem = (vacancy: Vacancy, version: number) => ({ ...vacancyKeys(vacancy), entity: 'vacancy', ...vacancy, version });

export const auditItem = (number: string, entry: VacancyAuditEntry) => ({
  pk: `VACANCY#${number}`,
  sk: `AUDIT#${entry.at}#${String(entry.version).padStart(6, '0')}`,
  entity: 'vacancy-audit',
  ...entry,
});

const AUDIT_FIELDS = ['at', 'by', 'version', 'action', 'changes'] as const;
const auditFromItem = (item: Record<string, unknown>): VacancyAuditEntry =>
  Object.fromEntries(AUDIT_FIELDS.map((field) => [field, item[field]])) as unknown as VacancyAuditEntry;

/** Whether the first item of a cancelled transaction (the vacancy's own Put) failed its condition. */
export const dynamoVacancyStore = (client: DynamoDBDocumentClient, tableName: string): ManagedVacancyStore => ({
  async get(number) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: vacancyKey(number), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  },

  async listByStatus(status: VacancyStatus, deadlineFrom?: string, deadlineTo?: string) {
    // Patterns 2 and 4: the sort key is `<deadline>#<number>`, so `<to>~` sorts after every number of that day.
    const to = deadlineTo === undefined ? undefined : `${deadlineTo}~`;
    const range =
      deadlineFrom !== undefined && to !== undefined
        ? ' AND #sk BETWEEN :from AND :to'
        : deadlineFrom !== undefined
          ? ' AND #sk >= :from'
          : to !== undefined
            ? ' AND #sk <= :to'
            : '';
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: byStatus.name,
      KeyConditionExpression: `#pk = :pk${range}`,
      ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(range ? { '#sk': byStatus.sortKey } : {}) },
      ExpressionAttributeValues: {
        ':pk': `VACANCY_STATUS#${status}`,
        ...(deadlineFrom !== undefined ? { ':from': deadlineFrom } : {}),
        ...(to !== undefined ? { ':to': to } : {}),
      },
    });
    return items.map(fromItem);
  },

  async put(vacancy) {
    await client.send(new PutCommand({ TableName: tableName, Item: vacancyItem(vacancy, 1) }));
  },

  async create(vacancy, audit) {
    const record = { Item: vacancyItem(vacancy, 1), ConditionExpression: 'attribute_not_exists(pk)' };
    // Its counter too, all zero: its summary and digest read one item from its first day.
    if (!(await putWithAudit(client, tableName, record, auditItem(vacancy.number, audit), [], [newVacancyCounter(vacancy.number, audit.at)]))) throw new VacancyNumberTaken();
    return { ...vacancy, version: 1 };
  },

  async update(vacancy, expectedVersion, audit, guard) {
    const version = expectedVersion + 1;
    const record = {
      Item: vacancyItem(vacancy, version),
      // Items from before versions count as version 1 (see fromItem).
      ConditionExpression:
        expectedVersion === 1
          ? 'attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :expected)'
          : 'attribute_exists(pk) AND #version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expectedVersion },
    };
    // No counter yet: no move into a post since counters exist, and the count the save read stands.
    const checks = guard?.postsCoverHeld
      ? [{ Key: postCounterKey(vacancy.number), ConditionExpression: 'attribute_not_exists(pk) OR held <= :posts', ExpressionAttributeValues: { ':posts': vacancy.posts } }]
      : [];
    try {
      if (!(await putWithAudit(client, tableName, record, auditItem(vacancy.number, audit), checks))) throw new StaleVacancyVersion();
    } catch (error) {
      throw error instanceof CheckFailed ? new PostsBelowHeld() : error;
    }
    return { ...vacancy, version };
  },

  async history(number) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': `VACANCY#${number}`, ':audit': 'AUDIT#' },
    });
    return items.map(auditFromItem);
  },
});
