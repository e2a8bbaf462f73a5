import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '#shared/errors.js';
import { IMPORT_MAX_ROWS, exportHeaders, matchHeader, readImportRows, type SheetCell } from '#shared/admin/spreadsheet/import-rows.js';

const header: SheetCell[] = ['Id', 'Version', 'Etag', 'Status', 'Score', 'Note'];
const table = (...rows: SheetCell[][]) => ({ header, rows: rows.map((cells, index) => ({ row: index + 2, cells })) });

const refusal = (run: () => unknown): ValidationFailed => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error;
    throw error;
  }
  throw new Error('expected a ValidationFailed');
};

describe('matching the header of an edited export', () => {
  it('finds the columns by name in any order and any case, ignoring columns it does not need', () => {
    expect(matchHeader(['note', 'Family name', 'SCORE', ' Status ', 'etag', 'Version', 'Id'])).toEqual({ id: 6, version: 5, etag: 4, status: 3, score: 2, note: 0 });
    expect(matchHeader(exportHeaders())).toMatchObject({ id: 0 });
  });

  it('refuses a header without the columns an import needs, naming each', () => {
    const error = refusal(() => matchHeader(['Id', 'Status', 'Note']));
    expect(error.errors).toEqual([{ path: 'file.header', message: expect.stringContaining('no Version, Etag, Score column') }]);
  });

  it('refuses a column that appears twice rather than guessing which one counts', () => {
    expect(refusal(() => matchHeader([...header, 'status'])).errors[0]?.message).toMatch(/Status appears twice/);
  });
});

describe('reading the rows of an edited export', () => {
  it('reads id, version, etag and the editable values, numbers from text too, empty cells as cleared', () => {
    const [row] = readImportRows(table(['app-1', '3', 'abc', 'Screening', '55', '']));
    expect(row).toEqual({ row: 2, id: 'app-1', version: 3, etag: 'abc', values: { status: 'screening', score: 55, note: null }, problems: [] });
  });

  it("takes the export's neutralising apostrophe off a note", () => {
    const [row] = readImportRows(table(['app-1', 1, 'abc', 'submitted', null, "'-- see the file"]));
    expect(row?.values?.note).toBe('-- see the file');
  });

  it("takes the apostrophes off wherever the export put them, after a separator too", () => {
    const [row] = readImportRows(table(['app-1', 1, 'abc', 'submitted', null, "Doe;'=1+1\n'- late"]));
    expect(row?.values?.note).toBe('Doe;=1+1\n- late');
  });

  it('takes a text cell that only looks like a formula as typed: a note is free text', () => {
    const [row] = readImportRows(table(['app-1', 1, 'abc', 'submitted', null, '+33 mobile given']));
    expect(row).toMatchObject({ values: { note: '+33 mobile given' }, problems: [] });
  });

  it('refuses a formula cell by name, in the note or any column it reads', () => {
    const [row] = readImportRows(table(['app-1', 1, 'abc', { formula: 'CONCAT("scr","eening")' }, null, { formula: 'HYPERLINK("http://evil.example")' }]));
    expect(row?.problems).toEqual(expect.arrayContaining(['The Status cell is a formula; type the value itself, as text.', 'The Note cell is a formula; type the value itself, as text.']));
  });

  it('says what it cannot read: an empty id, a version that is not a number, an unknown status, a score with a decimal', () => {
    const [row] = readImportRows(table([null, 'two', 'abc', 'promoted', 5.5, 'x']));
    expect(row?.values).toBeUndefined();
    expect(row?.problems).toEqual([
      'The Id cell is empty: this row is not one of the export.',
      'The Version cell must be the whole number exported.',
      'Status must be one of submitted, screening, shortlisted, tested, interviewed, offered, appointed, rejected, withdrawn.',
      'Score must be a whole number from 0 to 100, or empty.',
    ]);
  });

  it('skips the empty rows a spreadsheet leaves at the end, keeping each row its sheet number', () => {
    const rows = readImportRows(table(['app-1', 1, 'e', 'submitted', null, null], [null, '', '  ', null, null, null], ['app-2', 1, 'e', 'submitted', null, null]));
    expect(rows.map((row) => [row.row, row.id])).toEqual([
      [2, 'app-1'],
      [4, 'app-2'],
    ]);
  });

  it(`refuses a file of more than ${IMPORT_MAX_ROWS} rows`, () => {
    const many = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i): SheetCell[] => [`app-${i}`, 1, 'e', 'submitted', null, null]);
    expect(refusal(() => readImportRows(table(...many))).errors[0]).toEqual({ path: 'file', message: `At most ${IMPORT_MAX_ROWS} rows per import; this file has ${IMPORT_MAX_ROWS + 1}.` });
  });
});
