import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { vacancySchema, type Vacancy, type VacancyStatus } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

const { byStatus } = tableDesign.indexes;

/** Keys of a vacancy item (docs/data-model.md). */
export const vacancyKeys = (vacancy: Pick<Vacancy, 'number' | 'status' | 'deadline'>) => ({
  pk: `VACANCY#${vacancy.number}`,
  sk: 'VACANCY',
  [byStatus.partitionKey]: `VACANCY_STATUS#${vacancy.status}`,
  [byStatus.sortKey]: `${vacancy.deadline}#${vacancy.number}`,
});

const vacancyFields = Object.keys(vacancySchema.shape) as (keyof Vacancy)[];

/** An item back to a Vacancy: only the schema's fields, and checked, so a bad item cannot leak out. */
const fromItem = (item: Record<string, unknown>): Vacancy =>
  vacancySchema.parse(Object.fromEntries(vacancyFields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])));

export const dynamoVacancyStore = (client: DynamoDBDocumentClient, tableName: string): VacancyStore => ({
  async get(number) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { pk: `VACANCY#${number}`, sk: 'VACANCY' } }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  async listByStatus(status: VacancyStatus, deadlineFrom?: string) {
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: byStatus.name,
      KeyConditionExpression: deadlineFrom ? '#pk = :pk AND #sk >= :from' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(deadlineFrom ? { '#sk': byStatus.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': `VACANCY_STATUS#${status}`, ...(deadlineFrom ? { ':from': deadlineFrom } : {}) },
    });
    return items.map(fromItem);
  },

  async put(vacancy) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...vacancyKeys(vacancy), entity: 'vacancy', ...vacancy },
      }),
    );
  },
});
