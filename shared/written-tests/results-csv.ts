/**
 * The test platform's results file (issue 16, point 2): CSV (RFC 4180, comma or semicolon, a BOM
 * skipped) whose header names a `reference` column (the application's reference, as the candidate's
 * receipt and emails give it; `application` is read alike) and a `mark` column (`score` alike);
 * other columns (a name, an email) are read past. Every row is checked here for what the file
 * alone can tell; the import checks the rest against the store, and writes nothing while any row is wrong.
 */
import { parse } from 'csv-parse/sync';

export interface ResultRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  reference: string;
  mark: number;
}

export interface RowIssue {
  line: number;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A mark as a platform writes it: digits, and at most two decimals after a point or a comma. */
const MARK = /^\d{1,5}([.,]\d{1,2})?$/;
const referenceNames = ['reference', 'application'];
const markNames = ['mark', 'score'];

type Parsed = Array<{ record: string[]; info: { lines: number } }>;

export const readResultsCsv = (text: string): { rows: ResultRow[]; issues: RowIssue[] } => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Parsed;
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as Parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], issues: [{ line, message: `Not readable as CSV: ${error instanceof Error ? error.message : 'unreadable'}` }] };
  }
  const [header, ...body] = records;
  const names = (header?.record ?? []).map((name) => name.toLowerCase());
  const referenceAt = names.findIndex((name) => referenceNames.includes(name));
  const markAt = names.findIndex((name) => markNames.includes(name));
  if (!header || referenceAt < 0 || markAt < 0) {
    return { rows: [], issues: [{ line: 1, message: 'The header names a reference column and a mark column (reference,mark), then a row per candidate.' }] };
  }
  if (body.length === 0) return { rows: [], issues: [{ line: 1, message: 'The file has a header and no result.' }] };
  const rows: ResultRow[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    // info.lines is the line the record ends on: a quoted cell may span lines, its start is what a reader looks for.
    const line = info.lines - (record.join('').match(/\n/g)?.length ?? 0);
    const reference = (record[referenceAt] ?? '').toLowerCase();
    const markText = record[markAt] ?? '';
    if (!UUID.test(reference)) {
      issues.push({ line, message: reference === '' ? 'No reference.' : `“${reference.slice(0, 40)}” is not an application reference.` });
      continue;
    }
    if (!MARK.test(markText)) {
      issues.push({ line, message: markText === '' ? 'No mark.' : `“${markText.slice(0, 20)}” is not a mark (a number at or above 0, two decimals at most).` });
      continue;
    }
    const first = seen.get(reference);
    if (first !== undefined) {
      issues.push({ line, message: `The same candidate as line ${first}: one row per candidate.` });
      continue;
    }
    seen.set(reference, line);
    rows.push({ line, reference, mark: Number(markText.replace(',', '.')) });
  }
  return { rows, issues };
};
