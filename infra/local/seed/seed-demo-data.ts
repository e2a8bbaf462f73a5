import { readFile } from 'node:fs/promises';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from '#shared/zod.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { assertSecondmentRules } from '#shared/vacancies/secondment-rules.js';
import { vacancySchema, type Vacancy } from '#shared/vacancies/schema.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { assertPostKind } from '#shared/profiles/post-kind.js';
import { receivingProfile, type OrganisationProfile, type ProfileName } from '#shared/profiles/profile.js';
import { seedNcbContacts } from './ncb-contacts.js';

const seedFile = z.object({
  notices: z.array(z.unknown()),
  demo: z.array(
    z.object({
      publishedDaysAgo: z.number().check(z.int(), z.minimum(0)),
      /** Below 0 for a call whose national deadline has passed: the unit is sifting and nominating (or, months ago, has nominated). */
      deadlineInDays: z.number().check(z.int(), z.minimum(-400)),
      /** A sending unit's call: the mission's own deadline, after the national one (`vacancy.mission` gives the rest); below 0 for a call the mission has answered. */
      missionDeadlineInDays: z.optional(z.number().check(z.int(), z.minimum(-400))),
      vacancy: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** The item that says the demo was seeded, on which day (the one its dates are counted from) and for which profile. */
export const DEMO_MARKER = { pk: 'SEED#demo', sk: 'SEED' };
const MARKER = DEMO_MARKER;

/** Each profile's demo posts: the receiving organisation's vacancies, a sending unit's calls for mission posts. */
const seedFiles: Readonly<Record<ProfileName, URL>> = {
  receiving: new URL('./vacancies.json', import.meta.url),
  sending: new URL('./mission-posts.json', import.meta.url),
};

/** The demo vacancies (a sending unit's: its calls), with dates counted from `today` (YYYY-MM-DD), each checked by the shared rules. */
export const demoVacancies = async (today: string, profile: Pick<OrganisationProfile, 'name' | 'postKind' | 'roleCategories'> = receivingProfile): Promise<Vacancy[]> => {
  const raw = seedFile.parse(JSON.parse(await readFile(seedFiles[profile.name], 'utf8')));
  const vacancies = [
    ...raw.notices.map((notice) => vacancySchema.parse(notice)),
    ...raw.demo.map(({ publishedDaysAgo, deadlineInDays, missionDeadlineInDays, vacancy }) =>
      vacancySchema.parse({
        ...vacancy,
        publishedAt: addDays(today, -publishedDaysAgo),
        deadline: addDays(today, deadlineInDays),
        ...(missionDeadlineInDays === undefined ? {} : { mission: { ...(vacancy.mission as object), missionDeadline: addDays(today, missionDeadlineInDays) } }),
      }),
    ),
  ];
  for (const vacancy of vacancies) {
    assertSecondmentRules(vacancy);
    assertPostKind(profile, vacancy);
  }
  return vacancies;
};

/** A data folder seeded for one profile is not reused for the other: their posts and applications do not mix. */
export class SeededForAnotherProfile extends Error {}

/**
 * Seeds the demo data of the stage's profile once, the first time the data directory is used;
 * later starts keep what is there (including edits), so a restart never resets anyone's work.
 */
export const seedDemoData = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
  profile: Pick<OrganisationProfile, 'name' | 'postKind' | 'roleCategories'> = receivingProfile,
): Promise<{ seeded: boolean; seededOn: string }> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: MARKER }));
  // A marker without a profile is a receiving organisation's, as every one written before profiles.
  const seededAs = Item ? (typeof Item.profile === 'string' ? Item.profile : 'receiving') : profile.name;
  if (seededAs !== profile.name) {
    throw new SeededForAnotherProfile(`This data folder holds a ${seededAs} organisation's demo data (seeded on ${String(Item?.seededOn)}): give the ${profile.name} profile a folder of its own with DATA_DIR.`);
  }
  // Whether seeded or not: a data directory seeded before NCB contacts existed gets them too. A sending unit has no NCBs.
  if (profile.name === 'receiving') await seedNcbContacts(client, tableName, now);
  if (Item) return { seeded: false, seededOn: String(Item.seededOn) };
  const today = dateIn(now, 'UTC');
  const store = dynamoVacancyStore(client, tableName);
  for (const vacancy of await demoVacancies(today, profile)) await store.put(vacancy);
  // The receiving marker stays as it always was; a sending unit's names its profile.
  await client.send(new PutCommand({ TableName: tableName, Item: { ...MARKER, seededOn: today, ...(profile.name === 'receiving' ? {} : { profile: profile.name }) } }));
  return { seeded: true, seededOn: today };
};
