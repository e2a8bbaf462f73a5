import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoRetentionStore } from '#functions/adapters/dynamodb/retention-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import { receivedKey, uploadKey } from '#shared/documents/keys.js';
import type { DocumentKind } from '#shared/documents/kinds.js';
import type { RetentionStore } from '#shared/retention/store.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { ManagedVacancyStore, VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { runLocalJob, type JobSummary } from '../../support/local-jobs.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

type Summary = JobSummary;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let s3: S3Client;
let vacancies: ManagedVacancyStore;
let applications: ApplicationStore;
let retention: RetentionStore;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  vacancies = dynamoVacancyStore(table, stack.tableName);
  applications = dynamoApplicationStore(table, stack.tableName);
  retention = dynamoRetentionStore(table, stack.tableName);
});
afterAll(async () => {
  dynamo?.destroy();
  s3?.destroy();
  await stack?.stop();
});

const runPurge = (now: string): Promise<Summary> => runLocalJob(stack, 'retention-purge', now);

const hr = 'hr.officer@secondment-hub.local';
const audit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });

/** A vacancy with the history staff would have given it: created open, then each move at its time. */
const vacancyWithHistory = async (vacancy: Vacancy, moves: Array<[Vacancy['status'], VacancyAuditEntry['action'], string]>) => {
  let stored = await vacancies.create({ ...vacancy, status: 'open' }, audit(`${vacancy.publishedAt}T08:00:00.000Z`, 1, 'created'));
  for (const [status, action, at] of moves) stored = await vacancies.update({ ...stored, status }, stored.version, audit(at, stored.version + 1, action));
};

/** An application with its documents in the bucket (checked copies, and an upload never completed). */
const applicationWithDocuments = async (application: Application, kinds: DocumentKind[]) => {
  const documents: Application['documents'] = {};
  for (const [index, kind] of kinds.entries()) {
    const key = receivedKey(application.id, kind, `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: '%PDF-1.4 test', ContentType: 'application/pdf' }));
    documents[kind] = { key, contentType: 'application/pdf', size: 13, sha256: 'x', receivedAt: application.submittedAt };
  }
  await s3.send(
    new PutObjectCommand({ Bucket: stack.bucket, Key: uploadKey(application.id, 'coverLetter', '11111111-0000-4000-8000-000000000000'), Body: 'abandoned' }),
  );
  return { ...application, documents };
};

const objectsOf = async (id: string): Promise<string[]> => {
  const keys: string[] = [];
  for (const prefix of [`applications/${id}/`, `uploads/${id}/`]) {
    const listing = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }));
    keys.push(...(listing.Contents ?? []).map((object) => object.Key ?? ''));
  }
  return keys;
};

const itemsOf = async (id: string) =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `APPLICATION#${id}` } })))
    .Items ?? [];

const guardOf = async (vacancy: string, email: string) =>
  (await table.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICANT#${vacancy}#${await sha256Hex(email)}`, sk: 'APPLICANT' } }))).Item;

// Vacancy F filled on 1 March 2026; vacancy R closed on 1 November 2026; 1701 (demo) is open.
const filled = openVacancy({ number: 'R-900', title: 'Analyst', publishedAt: '2026-01-01', deadline: '2026-01-15' });
const recent = openVacancy({ number: 'R-901', title: 'Coordinator', publishedAt: '2026-09-01', deadline: '2026-10-31' });

const rejected = aminaApplication({
  id: 'a0000000-0000-4000-8000-000000000001',
  vacancy: 'R-900',
  status: 'rejected',
  version: 3,
  email: 'fatou.ndiaye@police.example',
  givenName: 'Fatou',
  familyName: 'Ndiaye',
  phone: '+221 33 800 00 00',
  currentTitle: 'Commissaire divisionnaire',
});
const withdrawn = aminaApplication({
  id: 'a0000000-0000-4000-8000-000000000002',
  vacancy: 'R-900',
  status: 'withdrawn',
  email: 'jean.martin@police.example',
  givenName: 'Jean',
  familyName: 'Martin',
  phone: '+33 1 40 00 00 00',
  currentTitle: 'Capitaine de police',
  homeAdministration: 'Direction générale de la police nationale',
  nationality: 'FR',
  category: 'government-official',
});
const appointed = aminaApplication({
  id: 'a0000000-0000-4000-8000-000000000003',
  vacancy: 'R-900',
  status: 'appointed',
  email: 'chloe.dubois@police.example',
  givenName: 'Chloé',
  familyName: 'Dubois',
  nationality: 'FR',
});
const recentlyClosed = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000004', vacancy: 'R-901', status: 'rejected' });
const stillOpen = aminaApplication({ id: 'a0000000-0000-4000-8000-000000000005', vacancy: '1701', status: 'submitted' });

const purgedPeople = [rejected, withdrawn];
let firstRun: Summary;

describe('retention-purge', () => {
  beforeAll(async () => {
    await vacancyWithHistory(filled, [
      ['closed', 'close', '2026-01-16T08:00:00.000Z'],
      ['filled', 'fill', '2026-03-01T10:00:00.000Z'],
    ]);
    await vacancyWithHistory(recent, [['closed', 'close', '2026-11-01T08:00:00.000Z']]);
    const all = [
      await applicationWithDocuments(rejected, ['cv', 'confirmationLetter']),
      await applicationWithDocuments(withdrawn, ['cv']),
      await applicationWithDocuments(appointed, ['cv', 'confirmationLetter']),
      await applicationWithDocuments(recentlyClosed, ['cv']),
      await applicationWithDocuments(stillOpen, ['cv']),
    ];
    await seedApplications(applications, all);
    // A reminder claim, as deadline-reminders leaves one beside the application.
    await dynamoEmailClaims(table, stack.tableName).claim(
      { scope: `APPLICATION#${rejected.id}`, kind: 'reminder-7', day: '2026-01-08' },
      new Date('2026-01-08T06:00:00Z'),
      new Date('2027-01-08T06:00:00Z'),
    );

    // Past six months after the fill (1 March), not after the close of 1 November.
    firstRun = await runPurge('2026-12-01T03:00:00Z');
  });

  it('leaves no document of a purged application in the bucket, in received or upload keys', async () => {
    for (const application of purgedPeople) expect(await objectsOf(application.id)).toEqual([]);
  });

  it('leaves no item of a purged application: neither it, nor its audit trail, claims or one-per-email guard', async () => {
    for (const application of purgedPeople) {
      expect(await applications.get(application.id)).toBeUndefined();
      expect(await itemsOf(application.id)).toEqual([]);
      expect(await guardOf(application.vacancy, application.email)).toBeUndefined();
    }
  });

  it('leaves no personal value of a purged candidate anywhere in the table', async () => {
    // The test, not the job, reads the whole table: the only way to show that nothing is left anywhere.
    const { Items = [] } = await table.send(new ScanCommand({ TableName: stack.tableName }));
    const everything = JSON.stringify(Items);
    for (const application of purgedPeople) {
      for (const value of [application.id, application.email, application.givenName, application.familyName, application.phone ?? '', application.currentTitle]) {
        expect(everything).not.toContain(value);
      }
    }
    expect(everything).not.toContain(await sha256Hex(withdrawn.email));
  });

  it('keeps counts by status, country and category for the vacancy, and audits the purge without personal data', async () => {
    const record = await retention.record('R-900');
    const purges = await retention.purges('R-900');

    expect(record?.statistics).toEqual({
      total: 2,
      byStatus: { rejected: 1, withdrawn: 1 },
      byCountry: { SN: 1, FR: 1 },
      byCategory: { 'law-enforcement': 1, 'government-official': 1 },
      // Neither answered the optional question: counted as not stated, by the quarter they applied in.
      byQuarterGender: { '2026-Q4 notStated': 2 },
    });
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({ at: '2026-12-01T03:00:00.000Z', vacancy: 'R-900', groups: ['unsuccessful'], applications: 2, documents: 5, deferred: 0 });
    expect(JSON.stringify(purges)).not.toMatch(/fatou|jean|@|a0000000/i);
  });

  it("answers the run's counts", () => {
    expect(firstRun).toMatchObject({ applicationsPurged: 2, appointedPurged: 0, documentsDeleted: 5, deferred: 0 });
    // 2 applications, 2 audit entries, 2 guards, 1 claim.
    expect(firstRun.itemsDeleted).toBe(7);
  });

  it("keeps an appointed candidate's record and documents until their own retention is over", async () => {
    expect(await applications.get(appointed.id)).toMatchObject({ status: 'appointed', email: appointed.email, documents: expect.any(Object) });
    expect(await objectsOf(appointed.id)).toHaveLength(3);
  });

  it('leaves the applications of a recently closed or an open vacancy untouched', async () => {
    for (const application of [recentlyClosed, stillOpen]) {
      expect(await applications.get(application.id)).toMatchObject({ email: application.email, status: application.status });
      expect(await objectsOf(application.id)).toHaveLength(2);
      expect(await guardOf(application.vacancy, application.email)).toBeDefined();
    }
    expect(await retention.record('R-901')).toBeUndefined();
  });

  it('finds nothing to do on a second run, and counts nothing twice', async () => {
    const again = await runPurge('2026-12-01T03:00:00Z');
    const nextDay = await runPurge('2026-12-02T03:00:00Z');

    expect(again).toMatchObject({ vacanciesPurged: 0, applicationsPurged: 0, documentsDeleted: 0, itemsDeleted: 0 });
    expect(nextDay).toMatchObject({ vacanciesPurged: 0, applicationsPurged: 0 });
    expect((await retention.record('R-900'))?.statistics.total).toBe(2);
    expect(await retention.purges('R-900')).toHaveLength(1);
  });

  it("purges an appointed candidate once the appointed retention (ten years by default) is over, adding to the vacancy's counts", async () => {
    // R-900's record as the code before the kept gender counts wrote it (no such attribute): the purge adds to it all the same.
    const { Item } = await table.send(new GetCommand({ TableName: stack.tableName, Key: { pk: 'STATS#R-900', sk: 'RETENTION' } }));
    const oldShape = Object.fromEntries(Object.entries(Item ?? {}).filter(([name]) => !name.startsWith('quarterGender ')));
    await table.send(new PutCommand({ TableName: stack.tableName, Item: oldShape }));
    expect((await retention.record('R-900'))?.statistics.byQuarterGender).toEqual({});

    const summary = await runPurge('2036-03-01T03:00:00Z');

    // By then the other vacancies are long past too. 1701 still says open (never filled), so its
    // candidate still in selection is kept as long as an appointed one: ten years from its deadline.
    expect(await applications.get(recentlyClosed.id)).toBeUndefined();
    expect(await applications.get(stillOpen.id)).toBeDefined();
    const decadeLater = await runPurge('2036-12-15T03:00:00Z');
    expect(decadeLater.applicationsPurged).toBeGreaterThanOrEqual(1);
    expect(await applications.get(stillOpen.id)).toBeUndefined();
    expect((await retention.record('1701'))?.statistics).toMatchObject({ total: 1, byStatus: { submitted: 1 } });

    expect(summary).toMatchObject({ appointedPurged: 1 });
    expect(await applications.get(appointed.id)).toBeUndefined();
    expect(await objectsOf(appointed.id)).toEqual([]);
    expect(await itemsOf(appointed.id)).toEqual([]);
    expect((await retention.record('R-900'))?.statistics).toMatchObject({ total: 3, byStatus: { rejected: 1, withdrawn: 1, appointed: 1 }, byCountry: { SN: 1, FR: 2 }, byQuarterGender: { '2026-Q4 notStated': 1 } });
  });
});

describe('retention-purge, two runs at once', () => {
  const vacancy = openVacancy({ number: 'R-902', title: 'Investigator', publishedAt: '2026-01-01', deadline: '2026-01-20' });
  const many = Array.from({ length: 12 }, (_, i) =>
    aminaApplication({
      id: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      vacancy: 'R-902',
      status: i % 3 === 0 ? 'withdrawn' : 'rejected',
      email: `candidate.${i}@police.example`,
    }),
  );

  beforeAll(async () => {
    await vacancyWithHistory(vacancy, [['closed', 'close', '2026-01-21T08:00:00.000Z']]);
    await seedApplications(applications, await Promise.all(many.map((application) => applicationWithDocuments(application, ['cv']))));
  });

  it('purges each application once between them, and counts each once', async () => {
    const runs = await Promise.all([runPurge('2036-03-02T03:00:00Z'), runPurge('2036-03-02T03:00:00Z')]);
    const after = await runPurge('2036-03-03T03:00:00Z');

    expect(runs.reduce((sum, run) => sum + (run.applicationsPurged ?? 0), 0)).toBe(12);
    expect((await retention.record('R-902'))?.statistics).toMatchObject({ total: 12, byStatus: { withdrawn: 4, rejected: 8 } });
    for (const application of many) expect(await objectsOf(application.id)).toEqual([]);
    // Each run saw some applications taken by the other, so the vacancy is called done by the next run, which has nothing left to purge.
    expect(after).toMatchObject({ applicationsPurged: 0, vacanciesPurged: 0, documentsDeleted: 0 });
  });
});
