import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoRetentionStore } from '#functions/adapters/dynamodb/retention-store.js';
import { dynamoSecondmentPurge } from '#functions/adapters/dynamodb/secondment-purge.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { s3DocumentPurge } from '#functions/adapters/s3/document-purge.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { receivedKey } from '#shared/documents/keys.js';
import type { SecondmentStatistics } from '#shared/retention/secondment-statistics.js';
import { purgeExpiredSecondments } from '#shared/retention/secondments.js';
import type { DocumentPurge } from '#shared/retention/store.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import type { SecondmentStore } from '#shared/secondments/store.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { runLocalJob, type JobSummary } from '../../support/local-jobs.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

/*
 * The retention purge of secondments (issue 17, point 6) on the local stack: kept ten years (the
 * default, 3650 days) after the last day served, then gone with every item and object, and counted
 * once in the kept statistics; the application's purge leaves the confirmation letter its
 * secondment rests on.
 */

type Summary = JobSummary;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let s3: S3Client;
let secondments: SecondmentStore;
let retention: ReturnType<typeof dynamoRetentionStore>;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-12-01T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  secondments = dynamoSecondmentStore(table, stack.tableName);
  retention = dynamoRetentionStore(table, stack.tableName);
});
afterAll(async () => {
  dynamo?.destroy();
  s3?.destroy();
  await stack?.stop();
});

const runPurge = (now: string): Promise<Summary> => runLocalJob(stack, 'retention-purge', now);

const hr = 'hr.officer@secondment-hub.local';
const uuid = (n: number) => `5ec00000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const objectId = (n: number) => `0b000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const put = (key: string) => s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: '%PDF-1.4 test', ContentType: 'application/pdf' }));
const document = (key: string) => ({ key, contentType: 'application/pdf' as const, size: 13, sha256: 'x', receivedAt: '2015-01-05T09:00:00.000Z' });

const secondmentOf = (n: number, overrides: Partial<Secondment>): Secondment => ({
  id: uuid(n),
  applicationId: `a5000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  vacancy: 'S-100',
  officer: { givenName: `Officer${n}`, familyName: `Family${n}`, email: `officer${n}@police.example`, language: 'fr' },
  nationality: 'FR',
  homeAdministration: 'Police nationale',
  homeAdministrationCountry: 'FR',
  unit: 'Cybercrime Directorate',
  dutyStation: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  type: 'regular',
  firstDay: '2013-01-01',
  lastDay: '2015-12-31',
  expatriationAllowance: true,
  documents: {},
  extensions: [],
  createdAt: '2012-12-01T09:00:00.000Z',
  createdBy: hr,
  updatedAt: '2012-12-01T09:00:00.000Z',
  version: 1,
  ...overrides,
});

/** A secondment as the secondment store writes it, with its signed terms, an extension's letter, an abandoned upload and an ending notice's claim. */
const storedSecondment = async (secondment: Secondment): Promise<Secondment> => {
  const signedTerms = receivedKey(secondment.id, 'signedTerms' as never, objectId(1));
  await put(signedTerms);
  await put(`applications/${secondment.id}/extension-e1/${objectId(2)}`);
  await put(`uploads/${secondment.id}/signedTerms/${objectId(3)}`);
  const withTerms = { ...secondment, documents: { ...secondment.documents, signedTerms: document(signedTerms) } };
  await secondments.create(secondment, { at: secondment.createdAt, by: hr, action: 'created', changes: {} });
  const next = { ...withTerms, version: secondment.version + 1 };
  await secondments.update(next, secondment.version, { at: '2013-01-05T09:00:00.000Z', by: hr, action: 'signed-terms-received', changes: {} });
  await dynamoEmailClaims(table, stack.tableName).claim(
    { scope: `SECONDMENT#${secondment.id}`, kind: 'ending-3-ncb', day: secondment.lastDay },
    new Date('2015-10-01T06:00:00Z'),
    new Date('2115-10-01T06:00:00Z'),
  );
  return next;
};

const objectsUnder = async (prefix: string): Promise<string[]> =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }))).Contents ?? []).map((object) => object.Key ?? '');
const objectsOf = async (secondment: Pick<Secondment, 'id'>) => [...(await objectsUnder(`applications/${secondment.id}/`)), ...(await objectsUnder(`uploads/${secondment.id}/`))];
const itemsOf = async (id: string) =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SECONDMENT#${id}` } }))).Items ?? [];
const guardOf = async (applicationId: string) =>
  (await table.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `SECONDMENT_OF#${applicationId}`, sk: 'SECONDMENT_OF' }, ConsistentRead: true }))).Item;
const listed = async () => {
  const [notEnded, ended, french, kenyan] = await Promise.all([
    secondments.listNotEnded({}),
    secondments.listEndingFrom('0000-01-01'),
    secondments.listByCountry('FR'),
    secondments.listByCountry('KE'),
  ]);
  return new Set([...notEnded, ...ended, ...french, ...kenyan].map((one) => one.id));
};

const audit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });

// Ten years (3650 days) after the last day served, in Lyon: a last day of 31 December 2015 is kept until 27 December 2025.
const lyonServed = secondmentOf(1, { extensions: [], ended: undefined });
const nairobiEarly = secondmentOf(2, {
  nationality: 'KE',
  homeAdministration: 'National Police Service',
  homeAdministrationCountry: 'KE',
  unit: 'Counter-Terrorism Directorate',
  dutyStation: 'Nairobi',
  timeZone: 'Africa/Nairobi',
  type: 'short-term',
  firstDay: '2014-01-01',
  lastDay: '2016-12-31',
  expatriationAllowance: false,
  ended: { lastDay: '2014-09-30', early: true, reason: 'Recalled by the home administration.', at: '2014-09-01T09:00:00.000Z', by: hr },
});
// Inside retention: a last day of 30 June 2019 is kept until 27 June 2029.
const inside = secondmentOf(3, { firstDay: '2014-07-01', lastDay: '2019-06-30' });
// The application it came from is appointed on a vacancy filled in March 2016: the application goes before the secondment.
const appointed = aminaApplication({
  id: 'a5000000-0000-4000-8000-000000000004',
  vacancy: 'S-104',
  status: 'appointed',
  email: 'chloe.dubois@police.example',
  givenName: 'Chloé',
  familyName: 'Dubois',
  nationality: 'FR',
});
const letterKey = receivedKey(appointed.id, 'confirmationLetter', objectId(9));
const cvKey = receivedKey(appointed.id, 'cv', objectId(8));
const fromAppointed = secondmentOf(4, {
  applicationId: appointed.id,
  vacancy: 'S-104',
  firstDay: '2016-04-01',
  lastDay: '2019-03-31',
  documents: { confirmationLetter: document(letterKey) },
});
// Written as the secondments' first version wrote it (issue 17, points 1 and 2): no purge field at all.
const oldShapeId = uuid(5);
const oldShapeItem = {
  pk: `SECONDMENT#${oldShapeId}`,
  sk: 'SECONDMENT',
  gsi1pk: 'SECONDMENT_STATE#not-ended',
  gsi1sk: `2016-06-30#${oldShapeId}`,
  gsi2pk: 'SECONDMENT_COUNTRY#FR',
  gsi2sk: `2016-06-30#${oldShapeId}`,
  entity: 'secondment',
  id: oldShapeId,
  applicationId: 'a5000000-0000-4000-8000-000000000005',
  vacancy: 'S-100',
  officer: { givenName: 'Written', email: 'written@police.fr.example', language: 'fr' },
  nationality: 'ES',
  homeAdministration: 'Policía Nacional',
  homeAdministrationCountry: 'FR',
  unit: 'Cybercrime Directorate',
  dutyStation: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  type: 'regular',
  firstDay: '2014-07-01',
  lastDay: '2016-06-30',
  expatriationAllowance: true,
  documents: {},
  extensions: [],
  createdAt: '2014-06-01T09:00:00.000Z',
  createdBy: hr,
  updatedAt: '2014-06-01T09:00:00.000Z',
  version: 1,
};

const purgedNow = [lyonServed, nairobiEarly, { id: oldShapeId, applicationId: oldShapeItem.applicationId, officer: oldShapeItem.officer }];
let firstRun: Summary;

describe('retention-purge, secondments', () => {
  beforeAll(async () => {
    const vacancies = dynamoVacancyStore(table, stack.tableName);
    const vacancy: Vacancy = { ...openVacancy({ number: 'S-104', title: 'Analyst', publishedAt: '2015-09-01', deadline: '2015-10-15' }), status: 'open' };
    let stored = await vacancies.create(vacancy, audit('2015-09-01T08:00:00.000Z', 1, 'created'));
    stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, audit('2015-10-16T08:00:00.000Z', 2, 'close'));
    await vacancies.update({ ...stored, status: 'filled' }, stored.version, audit('2016-03-01T10:00:00.000Z', 3, 'fill'));
    await put(letterKey);
    await put(cvKey);
    await seedApplications(dynamoApplicationStore(table, stack.tableName), [
      { ...appointed, documents: { confirmationLetter: document(letterKey), cv: document(cvKey) } },
    ]);
    // Secondment 1 rests on a confirmation letter whose application is long gone.
    const goneLetter = receivedKey(lyonServed.applicationId, 'confirmationLetter', objectId(7));
    await put(goneLetter);
    await storedSecondment({ ...lyonServed, documents: { confirmationLetter: document(goneLetter) } });
    await storedSecondment(nairobiEarly);
    await storedSecondment(inside);
    await storedSecondment(fromAppointed);
    await table.send(new PutCommand({ TableName: stack.tableName, Item: oldShapeItem }));
    await put(`applications/${oldShapeId}/signedTerms/${objectId(1)}`);

    firstRun = await runPurge('2026-12-01T03:00:00Z');
  });

  it('removes a secondment past its retention with every item: record, audit entries, ending-notice claims, guard, list entries', async () => {
    expect(firstRun).toMatchObject({ secondmentsPurged: 3, secondmentsDeferred: 0, secondmentsStoppedEarly: 0 });
    const lists = await listed();
    for (const secondment of purgedNow) {
      expect(await secondments.get(secondment.id)).toBeUndefined();
      expect(await itemsOf(secondment.id)).toEqual([]);
      expect(await guardOf(secondment.applicationId)).toBeUndefined();
      expect(lists.has(secondment.id)).toBe(false);
    }
  });

  it('removes its objects: signed terms, extension letters, abandoned uploads, and the confirmation letter its gone application left it', async () => {
    for (const secondment of purgedNow) expect(await objectsOf(secondment)).toEqual([]);
    expect(await objectsUnder(`applications/${lyonServed.applicationId}/`)).toEqual([]);
  });

  it('leaves a secondment inside its retention as it was, listed, with its objects', async () => {
    expect(await secondments.get(inside.id)).toMatchObject({ id: inside.id, version: 2 });
    expect((await listed()).has(inside.id)).toBe(true);
    expect(await objectsOf(inside)).toHaveLength(3);
    expect(await itemsOf(inside.id)).toHaveLength(4);
  });

  it('counts each purged secondment once, along one dimension at a time, with no name, id or email', async () => {
    const statistics = await retention.secondmentStatistics();

    expect(statistics).toEqual<SecondmentStatistics>({
      total: 3,
      byNationality: { FR: 1, KE: 1, ES: 1 },
      byUnit: { 'Cybercrime Directorate': 2, 'Counter-Terrorism Directorate': 1 },
      byType: { regular: 2, 'short-term': 1 },
      byYearEnded: { '2015': 1, '2014': 1, '2016': 1 },
      byEnding: { 'on-time': 2, early: 1 },
      byMonthsServed: { '25-36': 1, '7-12': 1, '13-24': 1 },
    });
    const { Item } = await table.send(new GetCommand({ TableName: stack.tableName, Key: { pk: 'SECONDMENT_STATS', sk: 'RETENTION' } }));
    expect(JSON.stringify(Item)).not.toMatch(/@|Officer|Family|5ec00000|a5000000/);
  });

  it('leaves no personal value of a purged secondment anywhere in the table', async () => {
    // The test, not the job, reads the whole table: the only way to show that nothing is left anywhere.
    const { Items = [] } = await table.send(new ScanCommand({ TableName: stack.tableName }));
    const everything = JSON.stringify(Items);
    for (const secondment of purgedNow) {
      for (const value of [secondment.id, secondment.applicationId, secondment.officer.email, secondment.officer.givenName]) expect(everything).not.toContain(value);
    }
  });

  it("keeps the confirmation letter its secondment rests on when the appointed application goes, until the secondment's own purge", async () => {
    // The appointed application (filled 1 March 2016) is past its ten years; its secondment (last day 31 March 2019) is not.
    expect(firstRun.appointedPurged).toBe(1);
    expect(await objectsUnder(`applications/${appointed.id}/`)).toEqual([letterKey]);
    expect((await secondments.get(fromAppointed.id))?.documents.confirmationLetter?.key).toBe(letterKey);

    const later = await runPurge('2029-04-01T03:00:00Z');

    expect(later).toMatchObject({ secondmentsPurged: 1 });
    expect(await secondments.get(fromAppointed.id)).toBeUndefined();
    expect(await objectsUnder(`applications/${appointed.id}/`)).toEqual([]);
    expect((await retention.secondmentStatistics()).total).toBe(4);
  });
});

describe('retention-purge, secondments, after a fault', () => {
  const purge = (documents: DocumentPurge, client: DynamoDBDocumentClient, now: string) =>
    purgeExpiredSecondments({ secondments: dynamoSecondmentPurge(client, stack.tableName), documents }, 3650, new Date(now));
  const bucket = () => s3DocumentPurge(s3, stack.bucket);

  it('hides a secondment whose purge S3 cut short (fault injected: DeleteObjects refused), and finishes it on the next run, counted once', async () => {
    const cut = await storedSecondment(secondmentOf(6, { lastDay: '2017-01-31', nationality: 'PT', unit: 'Drugs Directorate' }));
    const before = await retention.secondmentStatistics();
    let calls = 0;
    const refusing: DocumentPurge = {
      deleteUnder: async (prefix, keep) => {
        calls += 1;
        // The second prefix (its checked copies) fails after the first (its uploads) went.
        if (calls === 2) throw new Error('S3 refused to delete 1 object(s): InternalError');
        return bucket().deleteUnder(prefix, keep);
      },
    };

    await expect(purge(refusing, table, '2027-03-01T03:00:00Z')).rejects.toThrow('InternalError');

    expect(await secondments.get(cut.id)).toBeUndefined();
    expect((await listed()).has(cut.id)).toBe(false);
    expect((await retention.secondmentStatistics()).total).toBe(before.total);

    const retried = await purge(bucket(), table, '2027-03-02T03:00:00Z');

    expect(retried).toMatchObject({ secondmentsPurged: 1 });
    expect(await itemsOf(cut.id)).toEqual([]);
    expect(await objectsOf(cut)).toEqual([]);
    const after = await retention.secondmentStatistics();
    expect(after.total).toBe(before.total + 1);
    expect(after.byNationality.PT).toBe(1);
  });

  it('counts nothing twice when the answer to the counting transaction is lost after it committed (fault injected), and the run is retried', async () => {
    const lost = await storedSecondment(secondmentOf(7, { lastDay: '2017-02-28', nationality: 'BR', unit: 'Drugs Directorate' }));
    const before = await retention.secondmentStatistics();
    let dropped = false;
    // The table client, but the first counting transaction's answer never comes back: it committed all the same.
    const losing = new Proxy(table, {
      get(target, property, receiver) {
        if (property !== 'send') return Reflect.get(target, property, receiver);
        return async (command: unknown) => {
          const answer = await target.send(command as never);
          const counting = command instanceof TransactWriteCommand && JSON.stringify(command.input).includes('SECONDMENT_STATS');
          if (counting && !dropped) {
            dropped = true;
            throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
          }
          return answer;
        };
      },
    });

    await expect(purge(bucket(), losing, '2027-04-01T03:00:00Z')).rejects.toThrow('socket hang up');
    const retried = await purge(bucket(), table, '2027-04-02T03:00:00Z');
    // The removal itself retried, as a run that read the record before the answer was lost would.
    const again = await dynamoSecondmentPurge(table, stack.tableName).remove({ ...lost, version: lost.version + 1 }, new Date('2027-04-02T03:00:00Z'));

    expect(retried.secondmentsPurged).toBe(0);
    expect(again).toBe(false);
    expect(await itemsOf(lost.id)).toEqual([]);
    const after = await retention.secondmentStatistics();
    expect(after.total).toBe(before.total + 1);
    expect(after.byNationality.BR).toBe(1);
  });
});
