import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { exportWriters } from '#functions/admin/spreadsheets/export-files.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { section, table } from './report.js';
import { numberKnob } from './scale.js';

/**
 * The export writers on 100,000 rows, each in a fresh process so its peak RSS is its own, three times in turn:
 * time, rows/s, output size and peak RSS, against a baseline of the same rows streamed as JSON
 * lines (JSON.stringify per row) to the same sink, and the XLSX writer against exceljs's plain
 * streaming writer given the same rows' values (no styles, validation or protection). Rows are
 * made in memory as they are written (no DynamoDB, no S3): this measures the writers.
 */
const ROWS = numberKnob('BENCH_EXPORT_ROWS', 100_000, 10_000);
const REPEATS = 3;
const self = fileURLToPath(import.meta.url);

const formats = ['json lines (baseline)', 'csv', 'exceljs plain (xlsx baseline)', 'xlsx'] as const;
type Format = (typeof formats)[number];

/** A sink that counts bytes and keeps none, so the file's size costs no memory. */
const countingSink = () => {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
};

const familyNames = ['Diallo', 'Martin', 'Nguyen', 'Okafor', 'García', 'Kowalski', 'Haddad', 'Silva'];
const titles = ['Commissaire de police', 'Detective Inspector', '=Chief Superintendent', 'Analyst', 'Inspecteur principal'];

/** Realistic rows, made one at a time: a few formula-like texts, notes on a third of them. */
async function* rows(count: number): AsyncIterable<ApplicationRow> {
  for (let i = 0; i < count; i += 1) {
    const at = new Date(Date.UTC(2026, 10, 1) + i * 17_000).toISOString();
    yield {
      id: `5b1f4c1e-0000-4000-8000-${String(i).padStart(12, '0')}`,
      vacancy: String(1700 + (i % 40)),
      givenName: 'Amina',
      familyName: familyNames[i % familyNames.length] ?? 'Diallo',
      email: `candidate.${i}@police.example`,
      phone: '+33 4 72 00 00 00',
      nationality: ['SN', 'FR', 'BR', 'NG', 'PL'][i % 5] ?? 'SN',
      ncbCountry: ['SN', 'FR', 'BR', 'NG', 'PL'][i % 5] ?? 'SN',
      category: i % 3 === 0 ? 'government-official' : 'law-enforcement',
      currentTitle: titles[i % titles.length] ?? 'Analyst',
      homeAdministration: 'Police nationale',
      yearsOfExperience: i % 35,
      languages: ['en', 'fr'],
      status: applicationStatuses[i % applicationStatuses.length] ?? 'submitted',
      documents: i % 2 === 0 ? { cv: { contentType: 'application/pdf', size: 120_000, receivedAt: at } } : {},
      ...(i % 3 === 0 ? { score: i % 101, note: `Interview notes for candidate ${i}: strong analytical profile, French C1.` } : {}),
      submittedAt: at,
      updatedAt: at,
      version: 1 + (i % 4),
      complete: false,
      missing: ['confirmationLetter', 'ncbValidation'],
      emailConfirmed: true,
      requiredClearance: i % 7 === 0 ? 'Enhanced' : 'Basic',
      letterAwaitsNcb: false,
      takesDocuments: true,
      nextStatuses: ['screening', 'rejected', 'withdrawn'],
    };
  }
}

const jsonLines = async (source: AsyncIterable<ApplicationRow>, out: Writable): Promise<number> => {
  let count = 0;
  for await (const row of source) {
    if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
    count += 1;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
};

/** exceljs's streaming writer at its plainest: the same rows' values in the same columns, nothing else. */
const plainXlsx = async (source: AsyncIterable<ApplicationRow>, out: Writable): Promise<number> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out });
  const sheet = workbook.addWorksheet('Applications');
  let count = 0;
  for await (const row of source) {
    sheet.addRow(spreadsheetColumns.map((column) => column.read(row))).commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
};

/** In the child: one format, then its figures as one JSON line. */
const measure = async (format: Format) => {
  const { sink, bytes } = countingSink();
  const write = format === 'csv' || format === 'xlsx' ? exportWriters[format] : format === 'json lines (baseline)' ? jsonLines : plainXlsx;
  const started = performance.now();
  const count = await write(rows(ROWS), sink);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ count, ms, bytes: bytes(), peakRssKiB: process.resourceUsage().maxRSS }));
};

const runChild = (format: Format) =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, format], { encoding: 'utf8', maxBuffer: 1024 * 1024 })) as {
    count: number;
    ms: number;
    bytes: number;
    peakRssKiB: number;
  };

export const exportBench = async () => {
  section(
    'Spreadsheet export writers',
    `The CSV and XLSX writers (functions/admin/spreadsheets/export-files.ts) on ${ROWS.toLocaleString('en')} realistic rows made in memory (no DynamoDB, no S3), ` +
      `each format in a fresh process writing to a sink that counts bytes, so that its peak RSS is its own, ${REPEATS} times in turn (median time, highest peak RSS); ` +
      'the baseline streams the same rows as JSON lines (JSON.stringify per row) to the same sink; ' +
      "the XLSX writer's own baseline is exceljs's streaming writer given the same rows' values in the same columns, with no styles, validation or protection.",
  );
  // Each format three times, taken in turn, and its median: one run of each swings by a third when the machine is busy.
  const runs = Array.from({ length: REPEATS }, () => formats.map((format) => ({ format, ...runChild(format) }))).flat();
  const results = formats.map((format) => {
    const own = runs.filter((run) => run.format === format).sort((a, b) => a.ms - b.ms);
    const median = own[Math.floor(own.length / 2)];
    if (!median) throw new Error(`No run of ${format}.`);
    return { ...median, peakRssKiB: Math.max(...own.map((run) => run.peakRssKiB)) };
  });
  const [baseline] = results;
  const plain = results.find(({ format }) => format === 'exceljs plain (xlsx baseline)');
  if (!baseline || !plain) return;
  table(
    results.map(({ format, count, ms, bytes, peakRssKiB }) => ({
      format,
      rows: count,
      seconds: +(ms / 1000).toFixed(2),
      'rows/s': Math.round(count / (ms / 1000)),
      'output MiB': +(bytes / 1024 / 1024).toFixed(1),
      'peak RSS MiB': +(peakRssKiB / 1024).toFixed(0),
      'time x baseline': +(ms / baseline.ms).toFixed(1),
      'RSS x baseline': +(peakRssKiB / baseline.peakRssKiB).toFixed(2),
      'time x exceljs plain': format.includes('xlsx') ? +(ms / plain.ms).toFixed(2) : '',
    })),
  );
};

const wanted = process.argv[2] as Format | undefined;
if (wanted && (formats as readonly string[]).includes(wanted)) await measure(wanted);
