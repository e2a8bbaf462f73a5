import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { exportWriters } from '#functions/admin/spreadsheets/export-files.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { section, table } from './report.js';
import { numberKnob } from './scale.js';

/**
 * The export writers on 100,000 rows, each in a fresh process so its peak RSS is its own:
 * time, rows/s, output size and peak RSS, against a baseline of the same rows streamed as JSON
 * lines (JSON.stringify per row) to the same sink. Rows are made in memory as they are written
 * (no DynamoDB, no S3): this measures the writers.
 */
const ROWS = numberKnob('BENCH_EXPORT_ROWS', 100_000, 10_000);
const self = fileURLToPath(import.meta.url);

const formats = ['json lines (baseline)', 'csv', 'xlsx'] as const;
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

/** In the child: one format, then its figures as one JSON line. */
const measure = async (format: Format) => {
  const { sink, bytes } = countingSink();
  const write = format === 'csv' || format === 'xlsx' ? exportWriters[format] : jsonLines;
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
      'each format in a fresh process writing to a sink that counts bytes, so that its peak RSS is its own; ' +
      'the baseline streams the same rows as JSON lines (JSON.stringify per row) to the same sink.',
  );
  const results = formats.map((format) => ({ format, ...runChild(format) }));
  const [baseline] = results;
  if (!baseline) return;
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
    })),
  );
};

const wanted = process.argv[2] as Format | undefined;
if (wanted && (formats as readonly string[]).includes(wanted)) await measure(wanted);
