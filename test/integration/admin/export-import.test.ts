import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoExportLog } from '#functions/adapters/dynamodb/export-log.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { editApplication } from '#shared/admin/edit-application.js';
import { exportHeaders } from '#shared/admin/spreadsheet/import-rows.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, staffToken, storeOf, type StaffIdentity } from '../../support/staff.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * The local S3 front judges a presigned GET's expiry by the stack's clock, but s3rver behind it
 * judges again by its own wall clock, so the stack's clock starts at the real time, to the second.
 */
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const TODAY = NOW.toISOString().slice(0, 10);
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let store: ReturnType<typeof storeOf>;

/** HR's free-text notes (1803): an id the PATCH route takes. */
const FREE = '5b1f4c1e-0000-4000-8000-00000000f4ee';

/** Vacancy 1701 is only read; 1801 and 1802 are edited by the round trips. */
const seeded = [
  aminaApplication({ id: 'read-sn-1', nationality: 'SN', email: 'r1@police.sn.example', score: 72, note: 'Strong file' }),
  aminaApplication({ id: 'read-fr-1', nationality: 'FR', email: 'r2@police.fr.example', currentTitle: '=HYPERLINK("http://evil.example","Click")' }),
  aminaApplication({ id: 'read-sn-2', nationality: 'SN', email: 'r3@police.sn.example', homeAdministration: '@SUM(A1:A9)', submittedAt: '2026-11-21T08:30:00.000Z' }),
  aminaApplication({ id: 'trip-edited', vacancy: '1801', nationality: 'SN', email: 't1@police.sn.example', note: 'Call back' }),
  aminaApplication({ id: 'trip-stale', vacancy: '1801', nationality: 'FR', email: 't2@police.fr.example' }),
  // A note from before notes were checked: neutralised on export, and read back as it was.
  aminaApplication({ id: 'trip-untouched', vacancy: '1801', nationality: 'SN', email: 't3@police.sn.example', note: '-- see the file' }),
  aminaApplication({ id: 'trip-formula', vacancy: '1801', nationality: 'FR', email: 't4@police.fr.example' }),
  aminaApplication({ id: 'csv-edited', vacancy: '1802', nationality: 'SN', email: 'c1@police.sn.example' }),
  aminaApplication({ id: 'csv-untouched', vacancy: '1802', nationality: 'SN', email: 'c2@police.sn.example' }),
  // 1803: texts a spreadsheet of another locale would split and run, and notes HR types as free text.
  aminaApplication({ id: 'locale-1', vacancy: '1803', nationality: 'SN', email: 'l1@police.sn.example', familyName: 'Doe;=1+1', note: 'Called|@SUM(A1)\n-2 days late' }),
  aminaApplication({ id: FREE, vacancy: '1803', nationality: 'SN', email: 'l2@police.sn.example', note: '- strong languages' }),
  aminaApplication({ id: 'free-2', vacancy: '1803', nationality: 'FR', email: 'l3@police.fr.example', note: "a,'=b\t+c" }),
];

/** Another HR officer, who changes a row on the server while the first one edits the export. */
const anotherHrOfficer: StaffPrincipal = { subject: 'hr-2', email: 'another.officer@secondment-hub.local', groups: ['hr'] };

interface ExportAnswer {
  url: string;
  expiresAt: string;
  rows: number;
  format: string;
}

const exportAs = async (identity: StaffIdentity, query: string) => {
  const as = await staffClient(stack, identity);
  return as('GET', `/admin/applications/export?${query}`);
};

/** Exports, then downloads the file through the link, as the browser would. */
const download = async (identity: StaffIdentity, query: string) => {
  const answer = await exportAs(identity, query);
  expect(answer.status).toBe(200);
  const body = answer.body as unknown as ExportAnswer;
  const file = await fetch(body.url);
  expect(file.status).toBe(200);
  return { answer: body, file, bytes: Buffer.from(await file.arrayBuffer()) };
};

const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const column = (header: string) => headers.indexOf(header) + 1;
  const rowOf = (id: string) => {
    for (let number = 2; number <= sheet.rowCount; number += 1) if (sheet.getRow(number).getCell(column('Id')).value === id) return sheet.getRow(number);
    throw new Error(`no row ${id}`);
  };
  return { workbook, sheet, headers, column, rowOf };
};

/** Posts a file as the grid page does: the bytes themselves, with their media type. */
const importFile = async (identity: StaffIdentity, bytes: Buffer | string, contentType: string, dryRun: boolean) => {
  const response = await fetch(`${stack.url}/admin/applications/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await staffToken(stack, identity)}`, 'Content-Type': contentType },
    body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, unknown> };
};

interface ImportAnswer {
  dryRun: boolean;
  results: Array<{ row: number; id?: string; outcome: string; detail?: string; changes?: Record<string, unknown>; current?: Record<string, unknown> }>;
  counts: Record<string, number>;
}

const byId = (answer: ImportAnswer) => Object.fromEntries(answer.results.map((result) => [result.id, result]));

beforeAll(async () => {
  stack = await startTestStack(clock);
  store = storeOf(stack);
  await seedApplications(store.applications, seeded);
});
afterAll(async () => {
  store?.close();
  await stack?.stop();
});

describe('export', () => {
  it('exports a vacancy as a workbook: header, typed cells, frozen header, status dropdown, only status, score and note unlocked, hidden etag', async () => {
    // Act
    const { answer, file, bytes } = await download(hrOfficer, 'format=xlsx&vacancy=1701');

    // Assert
    expect(answer).toMatchObject({ rows: 3, format: 'xlsx', expiresAt: new Date(NOW.getTime() + 300_000).toISOString() });
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="applications-1701-${TODAY}.xlsx"`);
    const { sheet, headers, column, rowOf } = await workbookOf(bytes);
    expect(headers).toEqual(exportHeaders());
    const row = rowOf('read-sn-2');
    expect(row.getCell(column('Years of experience')).value).toBe(12);
    expect(row.getCell(column('Submitted')).value).toEqual(new Date('2026-11-21T08:30:00.000Z'));
    expect(rowOf('read-sn-1').getCell(column('Score')).value).toBe(72);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const statusCell = row.getCell(column('Status')).address;
    expect(validations[statusCell]).toMatchObject({ type: 'list', formulae: ['"submitted,screening,shortlisted,tested,interviewed,offered,appointed,rejected,withdrawn"'] });
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const unlocked = headers.filter((header) => row.getCell(column(header)).protection?.locked === false);
    expect(unlocked).toEqual(['Status', 'Score', 'Note']);
    expect(sheet.getColumn(column('Etag')).hidden).toBe(true);
    expect(row.getCell(column('Etag')).value).toMatch(/^[0-9a-f]{16}$/);
  });

  it('neutralises every text cell a spreadsheet would run as a formula, in the workbook and the CSV', async () => {
    // Act
    const xlsx = await workbookOf((await download(hrOfficer, 'format=xlsx&vacancy=1701')).bytes);
    const csv = parse((await download(hrOfficer, 'format=csv&vacancy=1701')).bytes, { bom: true, columns: true }) as Record<string, string>[];

    // Assert
    expect(xlsx.rowOf('read-fr-1').getCell(xlsx.column('Current title')).value).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(xlsx.rowOf('read-sn-2').getCell(xlsx.column('Home administration')).value).toBe("'@SUM(A1:A9)");
    expect(csv.find((row) => row.Id === 'read-fr-1')?.['Current title']).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(csv.find((row) => row.Id === 'read-sn-2')?.['Home administration']).toBe("'@SUM(A1:A9)");
  });

  it('exports CSV as RFC 4180 in UTF-8 with a BOM and CRLF line ends, with the same columns', async () => {
    // Act
    const { answer, file, bytes } = await download(hrOfficer, 'format=csv&vacancy=1701');

    // Assert
    expect(answer).toMatchObject({ rows: 3, format: 'csv' });
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="applications-1701-${TODAY}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(5);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
    expect(header).toEqual(exportHeaders());
    expect(rows.map((row) => row[0]).sort()).toEqual(['read-fr-1', 'read-sn-1', 'read-sn-2']);
  });

  it("limits an NCB officer's export to their own nationals, without HR's score and note, and refuses another country", async () => {
    // Act
    const own = await download(ncbSenegal, 'format=csv&vacancy=1701');
    const other = await exportAs(ncbSenegal, 'format=csv&vacancy=1701&country=FR');

    // Assert: their own nationals, without HR's score and note.
    const [header = [], ...rows] = parse(own.bytes, { bom: true }) as string[][];
    expect(rows.map((row) => row[header.indexOf('Nationality')])).toEqual(['SN', 'SN']);
    expect(header).toEqual(exportHeaders().filter((name) => name !== 'Score' && name !== 'Note'));
    expect(own.bytes.toString('utf8')).not.toContain('Strong file');
    expect(own.answer.rows).toBe(2);
    expect(other.status).toBe(403);
    expect(other.type).toMatch(/^application\/problem\+json/);
  });

  it("exports only the grid's selected rows, never another country's for an NCB officer", async () => {
    // Act
    const selected = await download(hrOfficer, 'format=csv&ids=read-sn-2,read-fr-1');
    const asNcb = await download(ncbFrance, 'format=csv&ids=read-sn-2,read-fr-1');

    // Assert
    const ids = (bytes: Buffer) => (parse(bytes, { bom: true, columns: true }) as Record<string, string>[]).map((row) => row.Id).sort();
    expect(ids(selected.bytes)).toEqual(['read-fr-1', 'read-sn-2']);
    expect(ids(asNcb.bytes)).toEqual(['read-fr-1']);
    expect(selected.file.headers.get('content-disposition')).toBe(`attachment; filename="applications-selection-${TODAY}.csv"`);
  });

  it('records every export: who, when, which filter, how many rows, which format', async () => {
    // Prepare
    const later = new Date(NOW.getTime() + 30 * 60_000);
    clock.set(later);
    try {
      // Act
      await download(ncbFrance, 'format=xlsx&vacancy=1701&status=submitted');
    } finally {
      clock.set(NOW);
    }

    // Assert
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    try {
      const records = await dynamoExportLog(createDocumentClient(client), stack.tableName).month(later.toISOString().slice(0, 7));
      expect(records.find((record) => record.at === later.toISOString())).toEqual({
        at: later.toISOString(),
        by: ncbFrance.email,
        format: 'xlsx',
        filter: { vacancy: '1701', status: 'submitted', country: 'FR' },
        rows: 1,
        key: expect.stringMatching(new RegExp(`^exports/${later.toISOString().slice(0, 10)}/[0-9a-f-]{36}\\.xlsx$`)),
      });
    } finally {
      client.destroy();
    }
  });

  it('records both of two exports by one person in the same millisecond (a double click)', async () => {
    // Prepare
    const twice = new Date(NOW.getTime() + 45 * 60_000);
    clock.set(twice);
    try {
      // Act
      await Promise.all([download(hrOfficer, 'format=csv&vacancy=1701'), download(hrOfficer, 'format=csv&vacancy=1701')]);
    } finally {
      clock.set(NOW);
    }

    // Assert
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    try {
      const records = await dynamoExportLog(createDocumentClient(client), stack.tableName).month(twice.toISOString().slice(0, 7));
      expect(records.filter((record) => record.at === twice.toISOString() && record.by === hrOfficer.email)).toHaveLength(2);
    } finally {
      client.destroy();
    }
  });

  it('refuses an unknown parameter and more than 500 selected ids', async () => {
    // Act
    const unknown = await exportAs(hrOfficer, 'format=xlsx&vacancy=1701&colour=red');
    const tooMany = await exportAs(hrOfficer, `format=csv&ids=${Array.from({ length: 501 }, (_, i) => `id-${i}`).join(',')}`);

    // Assert
    expect(unknown.status).toBe(400);
    expect(tooMany.status).toBe(400);
    expect((tooMany.body.errors as Array<{ path: string }>)[0]?.path).toBe('query.ids');
  });
});

describe('import', () => {
  it('previews an edited workbook without writing, then applies it: applied, conflict, unchanged, and a formula refused', async () => {
    // Prepare: export, edit in the workbook, and let someone change a row on the server meanwhile.
    const { workbook, column, rowOf } = await workbookOf((await download(hrOfficer, 'format=xlsx&vacancy=1801')).bytes);
    rowOf('trip-edited').getCell(column('Status')).value = 'screening';
    rowOf('trip-edited').getCell(column('Note')).value = 'Strong file, interview';
    rowOf('trip-stale').getCell(column('Score')).value = 55;
    // What Excel saves when someone types =HYPERLINK(...) into the note: a formula cell.
    rowOf('trip-formula').getCell(column('Note')).value = { formula: 'HYPERLINK("http://evil.example","Click")', result: 'Click' };
    await editApplication(store.applications, anotherHrOfficer, 'trip-stale', 1, { score: 90 }, new Date('2026-11-22T09:10:00.000Z'));
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const historyBefore = (await store.applications.history('trip-edited')).length;

    // Act
    const preview = await importFile(hrOfficer, edited, XLSX, true);

    // Assert: judged as it would be applied, nothing written.
    expect(preview.status).toBe(200);
    const dry = preview.body as unknown as ImportAnswer;
    expect(dry.dryRun).toBe(true);
    expect(dry.counts).toEqual({ applied: 1, unchanged: 1, conflict: 1, invalid: 1 });
    const judged = byId(dry);
    expect(judged['trip-edited']).toMatchObject({
      outcome: 'applied',
      changes: { status: { from: 'submitted', to: 'screening' }, note: { from: 'Call back', to: 'Strong file, interview' } },
    });
    expect(judged['trip-edited']?.row).toBe(rowOf('trip-edited').number);
    expect(judged['trip-stale']).toMatchObject({ outcome: 'conflict', current: { version: 2, score: 90, status: 'submitted' } });
    expect(judged['trip-untouched']).toMatchObject({ outcome: 'unchanged' });
    expect(judged['trip-formula']).toMatchObject({ outcome: 'invalid', detail: expect.stringMatching(/formula/) });
    expect(await store.applications.get('trip-edited')).toMatchObject({ status: 'submitted', version: 1, note: 'Call back' });
    expect(await store.applications.history('trip-edited')).toHaveLength(historyBefore);

    // Act
    const applied = await importFile(hrOfficer, edited, XLSX, false);

    // Assert: written through the edit path, with the importer as the audit entry's author.
    const done = applied.body as unknown as ImportAnswer;
    expect(done.dryRun).toBe(false);
    expect(done.counts).toEqual({ applied: 1, unchanged: 1, conflict: 1, invalid: 1 });
    expect(await store.applications.get('trip-edited')).toMatchObject({ status: 'screening', note: 'Strong file, interview', version: 2 });
    expect((await store.applications.history('trip-edited')).at(-1)).toMatchObject({
      by: hrOfficer.email,
      action: 'status-changed',
      changes: { status: { from: 'submitted', to: 'screening' }, note: { from: 'Call back', to: 'Strong file, interview' } },
    });
    expect(await store.applications.get('trip-stale')).toMatchObject({ score: 90, version: 2 });
    expect(await store.applications.get('trip-formula')).toMatchObject({ version: 1 });
    expect((await store.applications.get('trip-formula'))?.note).toBeUndefined();
    expect(await store.applications.get('trip-untouched')).toMatchObject({ note: '-- see the file', version: 1 });
  });

  it('takes an edited CSV back the same way', async () => {
    // Prepare
    const { bytes } = await download(hrOfficer, 'format=csv&vacancy=1802');
    const [header = [], ...rows] = parse(bytes, { bom: true }) as string[][];
    const at = (name: string) => header.indexOf(name);
    const edited = rows.map((row) => (row[at('Id')] === 'csv-edited' ? row.map((cell, i) => (i === at('Status') ? 'rejected' : i === at('Score') ? '12' : cell)) : row));
    const csv = `\ufeff${stringify([header, ...edited], { record_delimiter: 'windows' })}`;

    // Act
    const answer = await importFile(hrOfficer, csv, 'text/csv; charset=utf-8', false);

    // Assert
    expect(answer.status).toBe(200);
    const results = byId(answer.body as unknown as ImportAnswer);
    expect(results['csv-edited']).toMatchObject({ outcome: 'applied', changes: { status: { from: 'submitted', to: 'rejected' }, score: { from: null, to: 12 } } });
    expect(results['csv-untouched']).toMatchObject({ outcome: 'unchanged' });
    expect(await store.applications.get('csv-edited')).toMatchObject({ status: 'rejected', score: 12, version: 2 });
  });

  it('refuses a file that is not a spreadsheet, or lacks the columns an import needs, naming what is wrong', async () => {
    // Act
    const notXlsx = await importFile(hrOfficer, Buffer.from('%PDF-1.7 not a workbook'), XLSX, true);
    const wrongHeader = await importFile(hrOfficer, 'Id,Status,Note\r\nread-sn-1,screening,x\r\n', 'text/csv', true);

    // Assert
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.type).toMatch(/^application\/problem\+json/);
    expect(notXlsx.body.errors).toEqual([{ path: 'file', message: expect.stringMatching(/ZIP/) }]);
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body.errors).toEqual([{ path: 'file.header', message: expect.stringMatching(/Version, Etag, Score/) }]);
  });

  it('refuses another media type with a 415 and a body over 5 MB with a 413', async () => {
    // Act
    const json = await importFile(hrOfficer, '{"rows":[]}', 'application/json', true);
    const huge = await importFile(hrOfficer, Buffer.alloc(5 * 1024 * 1024 + 1, 0x50), XLSX, true);

    // Assert
    expect(json.status).toBe(415);
    expect(huge.status).toBe(413);
    expect(huge.type).toMatch(/^application\/problem\+json/);
  });

  it('lets only HR and admins import: an NCB officer is refused', async () => {
    // Act
    const answer = await importFile(ncbSenegal, 'Id\r\n', 'text/csv', true);

    // Assert
    expect(answer.status).toBe(403);
  });

  it('judges a row repeated in the file, and an id that does not exist, as invalid, each with its reason', async () => {
    // Prepare
    const { bytes } = await download(hrOfficer, 'format=csv&vacancy=1701');
    const [header = [], first = []] = parse(bytes, { bom: true }) as string[][];
    const unknown = first.map((cell, i) => (i === header.indexOf('Id') ? 'no-such-application' : cell));
    const csv = stringify([header, first, first, unknown], { record_delimiter: 'windows' });

    // Act
    const answer = (await importFile(hrOfficer, csv, 'text/csv', true)).body as unknown as ImportAnswer;

    // Assert
    expect(answer.results.map((result) => [result.row, result.outcome])).toEqual([
      [2, 'unchanged'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(answer.results[1]?.detail).toMatch(/already on row 2/);
    expect(answer.results[2]?.detail).toMatch(/no application with this id/);
  });
});

describe('spreadsheets for every locale, and notes as free text', () => {
  const FORMULA_START = /^[=+\-@\t\r]/;

  beforeAll(async () => {
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    try {
      await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(openVacancy({ number: '1803' }));
    } finally {
      client.destroy();
    }
  });

  it('quotes every text field of the CSV and neutralises a formula after any separator, so a `;` locale runs nothing', async () => {
    // Act
    const { bytes } = await download(hrOfficer, 'format=csv&vacancy=1803');
    const text = bytes.toString('utf8').replace(/^\ufeff/, '');

    // Assert: every text field is quoted (numbers and dates are not text).
    const [header = [], ...rows] = parse(bytes, { bom: true }) as string[][];
    expect(text.split('\r\n')[0]).toBe(header.map((name) => `"${name}"`).join(','));
    expect(text).toContain(`"Doe;'=1+1"`);
    // A spreadsheet splitting on any separator, quotes or not, finds no cell that starts a formula.
    for (const line of text.split(/\r\n|\r|\n/)) {
      for (const piece of line.split(/[,;\t|]/)) expect(piece.replace(/^"/, ''), line).not.toMatch(FORMULA_START);
    }
    expect(rows.find((row) => row[0] === 'locale-1')?.[header.indexOf('Note')]).toBe("Called|'@SUM(A1)\n'-2 days late");
  });

  it('writes the same texts into the workbook as text cells that never run', async () => {
    const { rowOf, column } = await workbookOf((await download(hrOfficer, 'format=xlsx&vacancy=1803')).bytes);

    const cell = rowOf('locale-1').getCell(column('Family name'));

    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("Doe;'=1+1");
    expect(rowOf(FREE).getCell(column('Note')).value).toBe("'- strong languages");
  });

  it('reads every exported note back as HR typed it: an untouched export imports as unchanged, CSV and XLSX', async () => {
    const csv = (await download(hrOfficer, 'format=csv&vacancy=1803')).bytes;
    const xlsx = (await download(hrOfficer, 'format=xlsx&vacancy=1803')).bytes;

    const fromCsv = (await importFile(hrOfficer, csv, 'text/csv', true)).body as unknown as ImportAnswer;
    const fromXlsx = (await importFile(hrOfficer, xlsx, XLSX, true)).body as unknown as ImportAnswer;

    expect(fromCsv.counts).toEqual({ applied: 0, unchanged: 3, conflict: 0, invalid: 0 });
    expect(fromXlsx.counts).toEqual({ applied: 0, unchanged: 3, conflict: 0, invalid: 0 });
  });

  it('stores a note as HR typed it through PATCH and bulk, and through an import of a text cell', async () => {
    const as = await staffClient(stack, hrOfficer);

    const patched = await as('PATCH', `/admin/applications/${FREE}`, { version: 1, note: '+33 mobile given' });
    const bulk = await as('POST', '/admin/applications/bulk', { rows: [{ id: FREE, version: 2 }], changes: { note: '- strong languages' } });
    const { workbook, rowOf, column } = await workbookOf((await download(hrOfficer, 'format=xlsx&vacancy=1803')).bytes);
    rowOf(FREE).getCell(column('Note')).value = '=typed as text, not a formula';
    const imported = await importFile(hrOfficer, Buffer.from(await workbook.xlsx.writeBuffer()), XLSX, false);

    expect(patched, JSON.stringify(patched.body)).toMatchObject({ status: 200 });
    expect(bulk.status).toBe(200);
    expect(byId(imported.body as unknown as ImportAnswer)[FREE]).toMatchObject({ outcome: 'applied' });
    expect((await store.applications.history(FREE)).filter((entry) => entry.changes.note).map((entry) => entry.changes.note?.to)).toEqual(['+33 mobile given', '- strong languages', '=typed as text, not a formula']);
  });
});
