import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem, auditItem } from '#functions/adapters/dynamodb/application-item.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoRetentionStore } from '#functions/adapters/dynamodb/retention-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';
import { confirmFromReceipt, mailboxOf } from '../../support/email-confirmation.js';
import { quarterOf } from '#shared/reports/quarters.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbSenegal, seedApplications, staffClient, staffToken, storeOf, type StaffIdentity } from '../../support/staff.js';

/*
 * The candidate's optional gender (issue 17, point 5) is kept for HR's reports' counts alone: no
 * answer of the API, file, email, audit entry or log line a person reads carries it, and the purge
 * keeps it only as counts by the quarter of submission (so the reports' closed quarters hold still). Each check reads what a person would get, on the local stack.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The S3 emulator judges a presigned link's expiry by its own wall clock: the stack's starts at the real time (export-import.test.ts). */
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const clock = settableClock(NOW);

/** The field's name, or one of its values as a JSON string of its own, anywhere in a text. */
const namesGender = (text: string): boolean => /gender|"(woman|man|another)"/i.test(text);

/** Written the way the code before the question wrote applications: no gender attribute at all. */
const OLD_ID = 'a9e00000-0000-4000-8000-0000000000a1';
const oldApplication = aminaApplication({ id: OLD_ID, email: 'old.shape@police.sn.example', givenName: 'Moussa', nationality: 'SN' });

let stack: LocalStack;
let dataDir: string;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let store: { applications: ApplicationStore; close(): void };
/** Every log line the stack's functions wrote while this file ran (at debug level: the most they ever say). */
const logLines: string[] = [];
let restoreStdout: () => void = () => undefined;

/** Fatou answered the question; her application came through the API as the form sends it. */
let fatou: { id: string; statusToken: string };

const submit = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const partitionOf = async (id: string) =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `APPLICATION#${id}` } }))).Items ?? [];

const download = async (identity: StaffIdentity, query: string) => {
  const as = await staffClient(stack, identity);
  const answer = await as('GET', `/admin/applications/export?${query}`);
  expect(answer.status).toBe(200);
  const file = await fetch((answer.body as unknown as { url: string }).url);
  expect(file.status).toBe(200);
  return Buffer.from(await file.arrayBuffer());
};

const importWorkbook = async (bytes: Buffer, dryRun: boolean) => {
  const response = await fetch(`${stack.url}/admin/applications/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await staffToken(stack, hrOfficer)}`, 'Content-Type': XLSX },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logLines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return typeof rest.at(-1) === 'function' ? ((rest.at(-1) as () => void)(), true) : true;
  }) as typeof process.stdout.write;
  restoreStdout = () => {
    process.stdout.write = write;
  };
  dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-gender-'));
  stack = await startLocalStack({ port: 0, dataDir, clock, logLevel: 'debug' });
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  store = storeOf(stack);

  const answer = await submit(aminaSubmission({ givenName: 'Fatou', familyName: 'Ndiaye', email: 'fatou.ndiaye@police.sn.example', gender: 'woman', language: 'fr' }), {
    'idempotency-key': 'gender-0c6a2f1e-7b3d-4e59',
  });
  expect(answer.status).toBe(201);
  const created = (await answer.json()) as { applicationId: string; statusToken: string };
  fatou = { id: created.applicationId, statusToken: created.statusToken };
  expect((await confirmFromReceipt(stack.url, fatou.id)).status).toBe(200);

  const old: Application = oldApplication;
  expect('gender' in old).toBe(false);
  await table.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(old) }));
  await table.send(new PutCommand({ TableName: stack.tableName, Item: auditItem(OLD_ID, 1, { at: old.submittedAt, by: 'candidate', action: 'submitted', changes: {} }) }));
}, 120_000);
afterAll(async () => {
  restoreStdout();
  store?.close();
  dynamo?.destroy();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the gender answer on its way in', () => {
  it('is stored with the application the candidate sent it with', async () => {
    expect((await store.applications.get(fatou.id))?.gender).toBe('woman');
  });

  it('answers 400 problem+json in the reader’s language for a value not offered, and writes nothing', async () => {
    const before = (await partitionOf(fatou.id)).length;

    const answer = await submit(aminaSubmission({ email: 'other.value@police.sn.example', gender: 'female' }), { 'accept-language': 'fr' });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await answer.text();
    expect(problem).toContain('/problems/validation');
    expect(problem).toContain('L’une des valeurs woman, man ou another');
    expect(await store.applications.get(fatou.id)).toMatchObject({ version: 2 });
    expect(await partitionOf(fatou.id)).toHaveLength(before);
  });

  it('reads an application stored before the question, without the field, as it always did', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const listed = await hr('GET', '/admin/applications?vacancy=1701');

    expect(listed.status).toBe(200);
    const row = (listed.body.items as Array<Record<string, unknown>>).find((item) => item.id === OLD_ID);
    expect(row).toMatchObject({ givenName: 'Moussa', status: 'submitted', version: 1 });
    const stored = await store.applications.get(OLD_ID);
    expect(stored).toMatchObject({ id: OLD_ID, nationality: 'SN' });
    expect(stored && 'gender' in stored).toBe(false);
  });
});

describe('where the gender answer never appears', () => {
  it('is not in the staff grid’s listing, for HR or for the NCB officer who validates the application', async () => {
    for (const identity of [hrOfficer, ncbSenegal]) {
      const as = await staffClient(stack, identity);

      const listed = await as('GET', '/admin/applications?vacancy=1701');

      expect(listed.status).toBe(200);
      expect((listed.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(fatou.id);
      expect(namesGender(JSON.stringify(listed.body))).toBe(false);
    }
  });

  it('is not in an edit’s answer nor its history, and an edit keeps it stored', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const edited = await hr('PATCH', `/admin/applications/${fatou.id}`, { version: 2, note: 'Called' });
    const history = await hr('GET', `/admin/applications/${fatou.id}/history`);

    expect(edited.status).toBe(200);
    expect(namesGender(JSON.stringify(edited.body))).toBe(false);
    expect(history.status).toBe(200);
    expect(namesGender(JSON.stringify(history.body))).toBe(false);
    expect(await store.applications.get(fatou.id)).toMatchObject({ gender: 'woman', note: 'Called', version: 3 });
  });

  it('has no column in the XLSX or the CSV export, for HR or for the NCB', async () => {
    for (const identity of [hrOfficer, ncbSenegal]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(identity, 'format=xlsx&vacancy=1701')) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      const cells: string[] = [];
      sheet?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
      const csv = parse(await download(identity, 'format=csv&vacancy=1701'), { bom: true, columns: true }) as Record<string, string>[];

      expect(cells).toContain(fatou.id);
      expect(cells.some((cell) => /gender|^(woman|man|another)$/i.test(cell))).toBe(false);
      expect(csv.map((row) => row.Id)).toContain(fatou.id);
      expect(Object.keys(csv[0] ?? {}).some((header) => /gender/i.test(header))).toBe(false);
      expect(csv.flatMap((row) => Object.values(row)).some((cell) => /^(woman|man|another)$/i.test(cell))).toBe(false);
    }
  });

  it('is neither taken nor cleared by an import whose file has a Gender column added', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(hrOfficer, 'format=xlsx&vacancy=1701')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const at = (header: string) => headers.indexOf(header) + 1;
    const added = headers.length + 1;
    sheet.getRow(1).getCell(added).value = 'Gender';
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number);
      if (row.getCell(at('Id')).value === fatou.id) {
        row.getCell(added).value = 'man';
        row.getCell(at('Note')).value = 'Called twice';
      }
      if (row.getCell(at('Id')).value === OLD_ID) row.getCell(added).value = 'woman';
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await importWorkbook(bytes, true);
    const applied = await importWorkbook(bytes, false);

    expect(preview.status).toBe(200);
    expect(applied.status).toBe(200);
    expect(namesGender(preview.text)).toBe(false);
    expect(namesGender(applied.text)).toBe(false);
    expect(await store.applications.get(fatou.id)).toMatchObject({ gender: 'woman', note: 'Called twice' });
    const old = await store.applications.get(OLD_ID);
    expect(old && 'gender' in old).toBe(false);
  });

  it('is not in the candidate’s own status answer nor in the receipt email', async () => {
    const status = await fetch(`${stack.url}/applications/${fatou.id}`, { headers: { authorization: `Bearer ${fatou.statusToken}` } });

    expect(status.status).toBe(200);
    expect(namesGender(await status.text())).toBe(false);
    const mails = (await mailboxOf(stack.url)).filter((mail) => mail.to.includes('fatou.ndiaye@police.sn.example'));
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) expect(JSON.stringify(mail)).not.toMatch(/gender|genre|\bwoman\b|\bfemme\b/i);
  });

  it('is in no audit entry of the application', async () => {
    const audit = (await partitionOf(fatou.id)).filter((item) => item.entity === 'audit');

    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(namesGender(JSON.stringify(audit))).toBe(false);
  });

  it('is in no log line the functions wrote, at their most talkative level', () => {
    const lines = logLines.join('').split('\n').filter((line) => line.startsWith('{'));

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => /"(woman|man|another)"/.test(line) || /gender/i.test(line))).toEqual([]);
  });
});

describe('the retention purge', () => {
  const hr = 'hr.officer@secondment-hub.local';
  const audit = (at: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at, by: hr, version, action, changes: {} });
  const purged = (['woman', 'man', 'another'] as const).map((gender, index) =>
    aminaApplication({ id: `a9e00000-0000-4000-8000-00000000010${index}`, vacancy: 'G-900', status: 'rejected', email: `purged.${index}@police.example`, gender }),
  );

  it('deletes gendered applications whole, their answers kept only as counts by the quarter of submission, apart from every other count', async () => {
    const vacancies = dynamoVacancyStore(table, stack.tableName);
    const vacancy = openVacancy({ number: 'G-900', publishedAt: '2026-01-01', deadline: '2026-01-15' });
    let stored = await vacancies.create(vacancy, audit('2026-01-01T08:00:00.000Z', 1, 'created'));
    stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, audit('2026-01-16T08:00:00.000Z', 2, 'close'));
    await vacancies.update({ ...stored, status: 'filled' }, stored.version, audit('2026-03-01T10:00:00.000Z', 3, 'fill'));
    await seedApplications(store.applications, purged);

    // Past six months after the fill: the unsuccessful candidates' applications are due.
    const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${NOW.toISOString()}`, { method: 'POST' });

    expect(response.status).toBe(200);
    for (const application of purged) expect(await partitionOf(application.id)).toEqual([]);
    const record = await dynamoRetentionStore(table, stack.tableName).record('G-900');
    expect(record?.statistics).toMatchObject({ total: 3, byStatus: { rejected: 3 } });
    // The reports' closed quarters must not move when a purge takes some answers (docs/reports.md): a count by quarter, never crossed with anything else.
    const quarter = quarterOf(purged[0]?.submittedAt ?? '');
    expect(record?.statistics.byQuarterGender).toEqual({ [`${quarter} woman`]: 1, [`${quarter} man`]: 1, [`${quarter} another`]: 1 });
    const { byQuarterGender: _kept, ...otherCounts } = record?.statistics ?? { byQuarterGender: {} };
    expect(namesGender(JSON.stringify(otherCounts))).toBe(false);
  });
});
