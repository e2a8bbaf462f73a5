import { readFile } from 'node:fs/promises';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from '#shared/zod.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { assertSecondmentRules } from '#shared/vacancies/secondment-rules.js';
import { vacancySchema, type Vacancy } from '#shared/vacancies/schema.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { seedNcbContacts } from './ncb-contacts.js';

const seedFile = z.object({
  notices: z.array(z.unknown()),
  demo: z.array(
    z.object({
      publishedDaysAgo: z.number().check(z.int(), z.minimum(0)),
      deadlineInDays: z.number().check(z.int(), z.minimum(1)),
      vacancy: z.record(z.string(), z.unknown()),
    }),
  ),
});

const MARKER = { pk: 'SEED#demo', sk: 'SEED' };

/** The demo vacancies, with dates counted from `today` (YYYY-MM-DD), each checked by the shared rules. */
export const demoVacancies = async (today: string): Promise<Vacancy[]> => {
  const raw = seedFile.parse(JSON.parse(await readFile(new URL('./vacancies.json', import.meta.url), 'utf8')));
  const vacancies = [
    ...raw.notices.map((notice) => vacancySchema.parse(notice)),
    ...raw.demo.map(({ publishedDaysAgo, deadlineInDays, vacancy }) =>
      vacancySchema.parse({
        ...vacancy,
        publishedAt: addDays(today, -publishedDaysAgo),
        deadline: addDays(today, deadlineInDays),
      }),
    ),
  ];
  for (const vacancy of vacancies) assertSecondmentRules(vacancy);
  return vacancies;
};

/**
 * Seeds the demo data once, the first time the data directory is used; later starts keep what
 * is there (including edits), so a restart never resets anyone's work.
 */
export const seedDemoData = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
): Promise<{ seeded: boolean; seededOn: string }> => {
  // Before the marker: a data directory seeded before NCB contacts existed gets them too.
  await seedNcbContacts(client, tableName, now);
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: MARKER }));
  if (Item) return { seeded: false, seededOn: String(Item.seededOn) };
  const today = dateIn(now, 'UTC');
  const store = dynamoVacancyStore(client, tableName);
  for (const vacancy of await demoVacancies(today)) await store.put(vacancy);
  await client.send(new PutCommand({ TableName: tableName, Item: { ...MARKER, seededOn: today } }));
  return { seeded: true, seededOn: today };
};
