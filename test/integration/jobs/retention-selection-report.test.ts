import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoSignOffs } from '#functions/adapters/dynamodb/selection-report-signoffs.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { signedReportKeys } from '#shared/selection-report/keys.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, seedApplications, staffClient } from '../../support/staff.js';

/**
 * The retention purge and the signed selection report (issue 16, point 5): the report names the
 * vacancy's candidates, so its files go with the first of their documents to go; the sign-off's
 * record (who, when, the PDF's hash: no candidate) stays, and a read says the report was removed.
 */
let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let s3: S3Client;

const hr = hrOfficer.email;
const EXPIRED = 'R-960';
const KEPT = 'R-961';
const signOffId = (digit: number) => `${String(digit).repeat(8)}-0000-4000-8000-000000000000`;

const runPurge = async (now: string): Promise<Record<string, number>> => {
  const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Record<string, number> }).summary;
};

const filesOf = async (vacancy: string) =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: `selection-reports/${vacancy}/` }))).Contents ?? []).map((object) => object.Key).sort();

/** A vacancy that ended on `filledAt`, one rejected candidate, and a report signed as the sign-off stores it (its files, then its record). */
const signedVacancy = async (number: string, filledAt: string, digit: number) => {
  const vacancies = dynamoVacancyStore(table, stack.tableName);
  const audit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });
  let stored = await vacancies.create({ ...openVacancy({ number, title: 'Analyst', publishedAt: '2026-01-01', deadline: '2026-01-15' }), status: 'open' }, audit('2026-01-01T08:00:00.000Z', 1, 'created'));
  stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, audit('2026-01-16T08:00:00.000Z', stored.version + 1, 'close'));
  await vacancies.update({ ...stored, status: 'filled' }, stored.version, audit(filledAt, stored.version + 1, 'fill'));
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [
    aminaApplication({ id: `a0000000-0000-4000-8000-00000000096${digit}`, vacancy: number, status: 'rejected', email: `rejected${digit}@police.example` }),
  ]);
  const keys = signedReportKeys(number, signOffId(digit));
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: keys.pdf, Body: Buffer.from('%PDF-1.7 Amina Candidate'), ContentType: 'application/pdf' }));
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: keys.json, Body: Buffer.from('{"ranking":[{"name":"Amina Candidate"}]}'), ContentType: 'application/json' }));
  const at = '2026-02-01T10:00:00.000Z';
  await dynamoSignOffs(table, stack.tableName).record(
    { vacancy: number, id: signOffId(digit), by: hr, at, pdfKey: keys.pdf, jsonKey: keys.json, pdfSha256: 'a'.repeat(64), pdfBytes: 24 },
    { vacancy: number, at, by: hr, action: 'report-signed', changes: { reportSignedOff: { from: null, to: 'a'.repeat(64) } } },
  );
};

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-12-01T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  // Filled on 2 February: past the 183 days of unsuccessful candidates by December. Filled in November: not yet.
  await signedVacancy(EXPIRED, '2026-02-02T08:00:00.000Z', 1);
  await signedVacancy(KEPT, '2026-11-02T08:00:00.000Z', 2);
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  dynamo?.destroy();
  await stack?.stop();
});

describe('retention-purge and the signed selection report', () => {
  let summary: Record<string, number>;

  beforeAll(async () => {
    summary = await runPurge('2026-12-01T03:00:00Z');
  }, 120_000);

  it('removes the signed report’s files with the vacancy’s documents, and keeps those of a vacancy still within retention', async () => {
    expect(await filesOf(EXPIRED)).toEqual([]);
    expect(await filesOf(KEPT)).toHaveLength(2);
    expect(summary.documentsDeleted).toBeGreaterThanOrEqual(2);
  });

  it('keeps who signed off and when, and a read says the report was removed under the retention rules', async () => {
    const record = await dynamoSignOffs(table, stack.tableName).get(EXPIRED);
    const client = await staffClient(stack, hrOfficer);
    const report = await client('GET', `/admin/selection-report/${EXPIRED}`);
    const pdf = await client('GET', `/admin/selection-report/${EXPIRED}/pdf`, undefined, { Accept: 'application/pdf' });

    expect(record).toMatchObject({ by: hr, at: '2026-02-01T10:00:00.000Z' });
    expect([report.status, pdf.status]).toEqual([404, 404]);
    expect(report.body.detail).toContain('was removed with the vacancy’s documents under the retention rules');
  });
});
