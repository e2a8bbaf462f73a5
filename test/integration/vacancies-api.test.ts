import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { tableDefinition, tableDesign } from '#functions/adapters/dynamodb/table-design.js';
import { createS3Client } from '#functions/adapters/s3/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { ensureTable } from '#infra/local/provision.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { addDays } from '#shared/time/zoned.js';
import { startTestStack } from '../support/local-stack.js';
import { documented } from '../support/openapi-answers.js';
import { settableClock } from '../support/settable-clock.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

// Every answer is checked against the OpenAPI document (GET /openapi.json) as it arrives.
const call = documented(async (method: string, path: string) => {
  const response = await fetch(`${stack.url}${path}`, { method });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
});
const get = (path: string) => call('GET', path);
const items = (body: Record<string, unknown>) => body.items as Vacancy[];

beforeAll(async () => {
  stack = await startTestStack(clock);
});
afterAll(async () => {
  await stack?.stop();
});

describe('GET /vacancies on the local stack', () => {
  it('lists the open demo vacancies, deadlines 3 to 8 weeks out, one outside Europe, no draft', async () => {
    const { status, body } = await get('/vacancies');
    expect(status).toBe(200);
    const open = items(body);
    expect(open.length).toBeGreaterThanOrEqual(3);
    for (const vacancy of open) {
      expect(vacancy.status).toBe('open');
      expect(vacancy.deadline >= addDays('2026-11-22', 21) && vacancy.deadline <= addDays('2026-11-22', 56)).toBe(true);
    }
    expect(open.some((vacancy) => !vacancy.timeZone.startsWith('Europe/'))).toBe(true);
    expect(open.map((vacancy) => vacancy.number)).not.toContain('1705');
  });

  it('with status=all also lists 1152 and 1614, closed, with the notices’ facts', async () => {
    const { body } = await get('/vacancies?status=all');
    const byNumber = new Map(items(body).map((vacancy) => [vacancy.number, vacancy]));
    expect(byNumber.get('1152')).toMatchObject({
      title: 'Senior Coordinator',
      grade: '3',
      posts: 1,
      clearance: 'Basic',
      durationMonths: 36,
      publishedAt: '2025-07-01',
      deadline: '2025-09-01',
      status: 'closed',
    });
    expect(byNumber.get('1614')).toMatchObject({
      title: 'Assistant Director, Communications Office',
      grade: '2',
      clearance: 'Enhanced',
      deadline: '2026-05-21',
      status: 'closed',
    });
  });

  it('shows one vacancy, and answers 404 problem+json for an unknown one and for a draft', async () => {
    expect((await get('/vacancies/1152')).body).toMatchObject({ number: '1152', location: 'Lyon' });
    for (const number of ['nope', '1705']) {
      const { status, type, body } = await get(`/vacancies/${number}`);
      expect(status).toBe(404);
      expect(type).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ type: '/problems/not-found', status: 404 });
    }
  });

  it('lists headers only: the notices stay with GET /vacancies/{number}', async () => {
    // Act
    const listed = items((await get('/vacancies?status=all')).body);

    // Assert
    expect(listed.map((vacancy) => vacancy.number)).toEqual(expect.arrayContaining(['1152', '1614', '1701']));
    expect(listed.filter((vacancy) => 'notice' in vacancy)).toEqual([]);
  });

  it('answers the whole notice of 1152: summary, duties with activities, requirements, languages with levels, standing text', async () => {
    // Act
    const { status, body } = await get('/vacancies/1152');

    // Assert: `get` has checked the answer against the OpenAPI document.
    const notice = (body as Vacancy).notice;
    expect(status).toBe(200);
    expect(notice?.summary).toHaveLength(2);
    expect(notice?.duties?.[0]).toMatchObject({ title: 'Plan, monitor and coordinate operations and projects' });
    expect(notice?.duties?.[0]?.activities).toHaveLength(8);
    expect(notice?.languages?.[0]).toMatchObject({ language: 'en', level: 'C1', need: 'required' });
    expect(notice?.education).toHaveLength(1);
    expect(notice?.standing?.diversity).toMatch(/^INTERPOL strives to achieve a diverse and inclusive workforce/);
  });

  it('reads a vacancy item written as the code before notices wrote it (no notice attribute), through the store and the API', async () => {
    // Prepare: the item exactly as vacancy-store.ts wrote it before issue 15 (keys, entity, the header, version).
    const client = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
    const header = {
      number: '1690', title: 'Liaison Officer', unit: 'Regional Bureau', reportingTo: 'Head of Bureau', location: 'Lyon', timeZone: 'Europe/Paris',
      grade: '4', durationMonths: 24, posts: 1, clearance: 'Basic', secondmentType: 'regular', publishedAt: '2026-11-01', deadline: '2026-12-31', status: 'open',
    };
    await client.send(new PutCommand({
      TableName: stack.tableName,
      Item: { pk: 'VACANCY#1690', sk: 'VACANCY', gsi1pk: 'VACANCY_STATUS#open', gsi1sk: '2026-12-31#1690', entity: 'vacancy', ...header, version: 1 },
    }));

    // Act
    const stored = await dynamoVacancyStore(client, stack.tableName).get('1690');
    const shown = await get('/vacancies/1690');

    // Assert
    expect(stored).toEqual({ ...header, version: 1 });
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(header);
    client.destroy();
  });

  it('refuses an unknown status filter and an unknown or repeated query parameter with 400', async () => {
    const bad = await get('/vacancies?status=closed');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'query.status', message: 'Use status=open (the default) or status=all.' }]);
    expect((await get('/vacancies?colour=blue')).status).toBe(400);
    expect((await get('/vacancies?status=all&status=open')).status).toBe(400);
  });

  it('closes the Singapore vacancy at midnight Singapore time, hours before Lyon’s day ends', async () => {
    const singapore = items((await get('/vacancies')).body).find((vacancy) => vacancy.timeZone === 'Asia/Singapore');
    expect(singapore).toBeDefined();
    const deadline = singapore?.deadline ?? '';
    try {
      clock.set(`${deadline}T15:59:59Z`);
      expect((await get(`/vacancies/${singapore?.number}`)).body.status).toBe('open');
      clock.set(`${deadline}T16:00:00Z`);
      expect((await get(`/vacancies/${singapore?.number}`)).body.status).toBe('closed');
      expect(items((await get('/vacancies')).body).map((vacancy) => vacancy.number)).not.toContain(singapore?.number);
    } finally {
      clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('answers unknown paths with 404 and wrong methods with 405, both problem+json', async () => {
    const missing = await fetch(`${stack.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const wrongMethod = await fetch(`${stack.url}/vacancies`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('has created the documents bucket, reachable through the handlers’ own S3 client', async () => {
    const s3 = createS3Client({ forcePathStyle: true });
    const put = await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'probe/hello.txt', Body: 'hello' }));
    expect(put.ETag).toBeTruthy();
    const got = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: 'probe/hello.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello');
    s3.destroy();
  });

  it('adds to a table from an older data folder the indexes the design has gained since', async () => {
    const admin = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    const { KeySchema } = tableDefinition;
    const AttributeDefinitions = KeySchema.map((key) => ({ AttributeName: key.AttributeName, AttributeType: 'S' as const }));
    await admin.send(new CreateTableCommand({ TableName: 'older', BillingMode: 'PAY_PER_REQUEST', KeySchema, AttributeDefinitions }));

    await ensureTable(admin, 'older');

    const { Table } = await admin.send(new DescribeTableCommand({ TableName: 'older' }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      tableDefinition.GlobalSecondaryIndexes.map((index) => index.IndexName).sort(),
    );
    admin.destroy();
  });

  it('stores a vacancy under the keys docs/data-model.md names, queryable by status through the index', async () => {
    const client = createDocumentClient(
      new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }),
    );
    const { Item } = await client.send(new GetCommand({ TableName: stack.tableName, Key: { pk: 'VACANCY#1152', sk: 'VACANCY' } }));
    expect(Item).toMatchObject({ gsi1pk: 'VACANCY_STATUS#closed', gsi1sk: '2025-09-01#1152', entity: 'vacancy' });
    const { Items } = await client.send(
      new QueryCommand({
        TableName: stack.tableName,
        IndexName: tableDesign.indexes.byStatus.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'VACANCY_STATUS#draft' },
      }),
    );
    expect(Items?.map((item) => item.number)).toEqual(['1705']);
    client.destroy();
  });
});
