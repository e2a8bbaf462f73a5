import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportQuerySchema } from '#shared/admin/spreadsheet/export-query.js';
import { exportHeaders } from '#shared/admin/spreadsheet/import-rows.js';
import { looksLikeFormula } from '../support/formula-oracle.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { formulaCell, formulaStarts, hostileString, lineBreaks, unicodeEdges } from '../support/arbitraries.js';
import { aminaApplication } from '../support/candidates.js';
import { docxBytes, pdfBytes, zipOf } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { seedApplications, storeOf } from '../support/staff.js';
import { checkProperty, expectRefused, expectWellFormed } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import { directCaller, type DirectCall } from './harness/direct-calls.js';
import { queryIsValid, queryString } from './harness/query-cases.js';
import { callers, expectAccess, realCallers } from './harness/staff-callers.js';
import { RUNS, TIMEOUT } from './harness/runs.js';

/**
 * Bad inputs to the export's query and to the import's files: CSV and XLSX with formula cells,
 * line breaks, bidi controls and traversal in ids, broken and hostile ZIPs, other media types,
 * a file over the limit. Every seeded row stays at version 1 and the files name others, so an
 * import applies nothing: the table must be as it was, but for the export log.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let call: DirectCall;
let real: Awaited<ReturnType<typeof realCallers>>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_LIMIT = 5 * 1024 * 1024;

const ids = { senegal: randomUUID(), france: randomUUID() };
const workbooks: Array<{ name: string; bytes: Uint8Array }> = [];

/** An edited export's sheet as XLSX, each note cell as given; a string starting with `=` becomes a real formula cell. */
const workbookOf = async (notes: string[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Applications');
  sheet.addRow(exportHeaders());
  const column = (header: string) => exportHeaders().indexOf(header) + 1;
  notes.forEach((note, index) => {
    const row = sheet.addRow([]);
    row.getCell(column('Id')).value = index % 2 === 0 ? ids.senegal : ids.france;
    row.getCell(column('Version')).value = 7;
    row.getCell(column('Status')).value = 'screening';
    row.getCell(column('Note')).value = note.startsWith('=') ? { formula: note.slice(1) } : note;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  call = await directCaller(clock);
  real = await realCallers(stack);
  const store = storeOf(stack);
  await seedApplications(store.applications, [
    aminaApplication({ id: ids.senegal, nationality: 'SN', email: 's@police.sn.example' }),
    aminaApplication({ id: ids.france, nationality: 'FR', email: 'f@police.fr.example' }),
  ]);
  store.close();
  const good = await workbookOf(['=HYPERLINK("http://evil.example","x")', '+SUM(A1:A9)', "'=1+1", 'Call back\r\nMonday', '\u202eevil', 'fine']);
  const bomb = zipOf([{ name: 'xl/workbook.xml', content: '<workbook/>' }]);
  // Declares 4 GB unpacked in the central directory, as a ZIP bomb would.
  const declared = Buffer.from(bomb);
  const central = declared.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  declared.writeUInt32LE(0xffffffff, central + 24);
  workbooks.push(
    { name: 'formula workbook', bytes: good },
    { name: 'truncated workbook', bytes: good.slice(0, Math.floor(good.length / 2)) },
    { name: 'damaged workbook', bytes: Uint8Array.from(good, (byte, index) => (index % 97 === 50 ? byte ^ 0xff : byte)) },
    { name: 'a DOCX', bytes: docxBytes() },
    { name: 'a PDF', bytes: pdfBytes() },
    { name: 'a ZIP that is no workbook', bytes: zipOf([{ name: '../../etc/passwd', content: 'root' }]) },
    { name: 'a ZIP bomb', bytes: new Uint8Array(declared) },
    { name: 'an empty workbook', bytes: await new ExcelJS.Workbook().xlsx.writeBuffer().then((buffer) => new Uint8Array(buffer)) },
  );
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

describe('export under bad input', () => {
  it('GET /admin/applications/export: any query answers a link or a 400; only a valid one logs an export', async () => {
    const before = { items: await census.items(), objects: await census.objects() };
    let exported = 0;
    const query = queryString({
      vacancy: fc.constantFrom('1701', 'nope'),
      status: fc.constantFrom(...applicationStatuses),
      country: fc.constantFrom('SN', 'FR'),
      format: fc.constantFrom('xlsx', 'csv'),
      ids: fc.constantFrom(`${ids.senegal},${ids.france}`, ids.senegal),
    });
    // A valid export builds and stores a file (about 60 ms, measured): one case in 200 is one.
    const mostlyInvalid = fc.oneof({ weight: 1, arbitrary: query }, { weight: 9, arbitrary: query.filter((search) => !queryIsValid(search, exportQuerySchema)) });
    await checkProperty('exportApplications', RUNS, fc.tuple(callers(real), mostlyInvalid), async ([caller, search]) => {
      const url = `/admin/applications/export${search}`;
      const answer = await call({ method: 'GET', url, ...(caller.claims ? { claims: caller.claims } : {}) });
      expectWellFormed(answer, url);
      if (answer.route?.name !== 'exportApplications') return answer.status;
      if (!expectAccess(answer, caller, ['hr', 'ncb', 'admin'], url)) return answer.status;
      if (!queryIsValid(search, exportQuerySchema)) expectRefused(answer, url);
      if (answer.status === 200) exported += 1;
      return answer.status;
    });
    // Each export is one log item and one file: nothing else was written.
    expect(await census.items()).toBe(before.items + exported);
    expect(await census.objects()).toBe(before.objects + exported);
  }, TIMEOUT);
});

/** A cell of an edited export: what the importer must read without running it or choking on it. */
const cell = fc.oneof(formulaCell, hostileString, fc.constantFrom(...lineBreaks, ...unicodeEdges, '', '7', 'screening', ids.senegal, `../${ids.senegal}`, `${ids.senegal}\u0000`));

/**
 * An Id cell, short of DynamoDB's 2,048-byte key limit: a longer one is a known defect with its own
 * case below (it answers 500), kept apart so that this property judges everything else meanwhile.
 */
const idCell = cell.filter((text) => Buffer.byteLength(text, 'utf8') <= 1_024);

interface ImportCase {
  mediaType: string;
  bytes: Uint8Array;
  how: string;
  /** The note of each data row as sent, for the rows whose id is a seeded one. */
  notes: Map<number, string>;
}

const csvCase: fc.Arbitrary<ImportCase> = fc
  .tuple(
    fc.array(fc.record({ id: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(ids.senegal, ids.france) }, { weight: 2, arbitrary: idCell }), version: fc.oneof(fc.constantFrom('7', '0', '-1', '1.5', ''), cell), status: fc.oneof(fc.constantFrom(...applicationStatuses), cell), score: fc.oneof(fc.constantFrom('50', '', '101'), cell), note: cell, etag: cell }), { maxLength: 4 }),
    fc.constantFrom(',', ';'),
    fc.constantFrom('header', 'no header', 'header twice', 'shuffled header'),
    fc.boolean(),
  )
  .map(([rows, delimiter, header, bom]) => {
    const headers = exportHeaders();
    const at = (name: string) => headers.indexOf(name);
    const line = (row: (typeof rows)[number]) => {
      const cells = headers.map(() => '');
      cells[at('Id')] = row.id;
      cells[at('Version')] = row.version;
      cells[at('Status')] = row.status;
      cells[at('Score')] = row.score;
      cells[at('Note')] = row.note;
      cells[at('Etag')] = row.etag;
      return cells;
    };
    const head = header === 'no header' ? [] : header === 'header twice' ? [[...headers, 'Note']] : header === 'shuffled header' ? [[...headers].reverse()] : [headers];
    const body = rows.map(line);
    const text = stringify([...head, ...(header === 'shuffled header' ? body.map((cells) => [...cells].reverse()) : body)], { delimiter });
    const notes = new Map<number, string>();
    rows.forEach((row, index) => {
      if (header !== 'no header' && header !== 'header twice' && (row.id === ids.senegal || row.id === ids.france)) notes.set(index + 2, row.note);
    });
    return { mediaType: 'text/csv', bytes: new TextEncoder().encode(`${bom ? '\ufeff' : ''}${text}`), how: `CSV, ${rows.length} rows, ${header}`, notes };
  });

const rawCase: fc.Arbitrary<ImportCase> = fc.oneof(
  { depthSize: 'small', withCrossShrink: false },
  fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7).map((index) => {
    const workbook = workbooks[index] ?? { name: 'none', bytes: new Uint8Array(0) };
    return { mediaType: XLSX, bytes: workbook.bytes, how: workbook.name, notes: new Map<number, string>() };
  }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ mediaType: XLSX, bytes, how: 'random bytes as XLSX', notes: new Map<number, string>() })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ mediaType: 'text/csv', bytes, how: 'random bytes as CSV', notes: new Map<number, string>() })),
  fc.constantFrom('text/plain', 'application/json', 'application/vnd.ms-excel', 'multipart/form-data; boundary=x', 'text/csv; charset=windows-1252', '').map((mediaType) => ({
    mediaType,
    bytes: new TextEncoder().encode(exportHeaders().join(',')),
    how: `as ${mediaType || 'no type'}`,
    notes: new Map<number, string>(),
  })),
  fc.constant({ mediaType: 'text/csv', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]), how: 'UTF-16', notes: new Map<number, string>() }),
);

/** A file one byte over the limit: rare, since each case copies 5 MB. */
const oversized: fc.Arbitrary<ImportCase> = fc.constant({ mediaType: 'text/csv', bytes: new Uint8Array(IMPORT_LIMIT + 1).fill(0x41), how: 'over 5 MB', notes: new Map<number, string>() });

interface ImportAnswer {
  results: Array<{ row: number; outcome: string; detail?: string }>;
}

describe('import under bad input', () => {
  it('POST /admin/applications/import: no file applies anything, a formula cell is refused row by row, a note typed as text never for looking like one, a bad file whole; nothing is written', async () => {
    const before = await census.fingerprint();
    const cases = fc.tuple(callers(real), fc.oneof({ weight: 60, arbitrary: csvCase }, { weight: 20, arbitrary: rawCase }, { weight: 1, arbitrary: oversized }), fc.constantFrom('', '?dryRun=false', '?dryRun=true', '?dryRun=no', '?dryRun=false&dryRun=true', '?__proto__=1'));
    await checkProperty('importApplications', RUNS, cases, async ([caller, file, search]) => {
      const url = `/admin/applications/import${search}`;
      const what = `${file.how} ${search}`;
      const answer = await call({ method: 'POST', url, headers: [['Content-Type', file.mediaType]], body: file.bytes, ...(caller.claims ? { claims: caller.claims } : {}) });
      expectWellFormed(answer, what);
      if (!expectAccess(answer, caller, ['hr', 'admin'], what)) return answer.status;
      if (!['', '?dryRun=false', '?dryRun=true'].includes(search) || file.bytes.length > IMPORT_LIMIT) expectRefused(answer, what);
      if (answer.status !== 200) return answer.status;
      const { results } = JSON.parse(answer.text) as ImportAnswer;
      expect(results.filter(({ outcome }) => outcome === 'applied'), what).toEqual([]);
      for (const result of results) {
        const note = file.notes.get(result.row);
        // A note is free text: a text cell is never refused for starting like a formula (the export neutralises it).
        if (note !== undefined) expect(result.detail ?? '', `${what}: row ${result.row} note ${JSON.stringify(note)}`).not.toMatch(/note.*formula|formula.*note/i);
      }
      // A real formula cell (the workbook's `=HYPERLINK` note, row 2) is never taken, whatever else the row says.
      if (file.how === 'formula workbook') expect(results.find(({ row }) => row === 2), what).toMatchObject({ outcome: 'invalid', detail: expect.stringMatching(/Note cell is a formula/) });
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);
});

describe('import: defects found by the properties', () => {
  // Found by importApplications: the Id cell goes to DynamoDB as a key unchecked, and a key over
  // 2,048 bytes is DynamoDB's ValidationException, a 500. Fix proposed in the report (import-rows.ts).
  it('answers a row of an Id cell over 64 characters as invalid, not a 500', async () => {
    const headers = exportHeaders();
    const row = headers.map(() => '');
    row[headers.indexOf('Id')] = 'z'.repeat(3_000);
    row[headers.indexOf('Version')] = '7';
    row[headers.indexOf('Status')] = 'screening';
    const answer = await call({ method: 'POST', url: '/admin/applications/import', headers: [['Content-Type', 'text/csv']], body: stringify([headers, row]), ...(real.hr.claims ? { claims: real.hr.claims } : {}) });
    expectWellFormed(answer, 'a 3,000-character Id');
    expect((JSON.parse(answer.text) as ImportAnswer).results.map(({ outcome }) => outcome)).toEqual(['invalid']);
  });
});

// The formula starts the arbitraries use are the ones the rule refuses.
it('refuses every formula start the arbitraries use', () => {
  for (const start of formulaStarts) expect(looksLikeFormula(`${start}1`)).toBe(true);
});
