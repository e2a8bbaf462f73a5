import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '#functions/admin/spreadsheets/csv-reader.js';
import { readXlsx } from '#functions/admin/spreadsheets/xlsx-reader.js';
import { ValidationFailed } from '#shared/errors.js';

const workbookBytes = async (fill: (sheet: ExcelJS.Worksheet) => void, name = 'Applications') => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(name));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('reading an edited CSV', () => {
  it('skips the BOM, and numbers rows as a spreadsheet shows them even when a note spans lines', () => {
    const table = readCsv(new TextEncoder().encode('\ufeffId,Note\r\na,"two\r\nlines"\r\nb,x\r\n'));

    expect(table.header).toEqual(['Id', 'Note']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['a', 'two\r\nlines'] },
      { row: 3, cells: ['b', 'x'] },
    ]);
  });

  it('reads the semicolon-separated CSV that Excel saves in much of Europe', () => {
    const table = readCsv(new TextEncoder().encode('Id;Score;Note\r\na;5;"x, y"\r\n'));

    expect(table.rows[0]?.cells).toEqual(['a', '5', 'x, y']);
  });

  it('refuses a Windows-1252 CSV (Excel\'s plain "CSV") rather than reading its accents as U+FFFD', () => {
    // "Id,Note\r\na,Appelé lundi" with é as the single byte 0xE9.
    const cp1252 = Uint8Array.from([...new TextEncoder().encode('Id,Note\r\na,Appel'), 0xe9, ...new TextEncoder().encode(' lundi\r\n')]);

    expect(() => readCsv(cp1252)).toThrow(ValidationFailed);
    try {
      readCsv(cp1252);
    } catch (error) {
      expect((error as ValidationFailed).errors[0]?.message).toContain('CSV UTF-8');
    }
  });

  it('refuses a file with a broken quote, naming the line', () => {
    let error: unknown;
    try {
      readCsv(new TextEncoder().encode('Id,Note\r\na,"never closed\r\n'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors[0]?.path).toBe('file');
  });
});

describe('reading an edited workbook', () => {
  it('reads typed cells as they are, rich text as its text, and a formula cell as a formula, never as text', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Id', 'Score', 'Note']);
      sheet.addRow(['a', 55, { richText: [{ text: 'Strong ' }, { text: 'file', font: { bold: true } }] }]);
      sheet.addRow(['b', null, { formula: 'HYPERLINK("http://evil.example","Click")', result: 'Click' }]);
    });

    const table = await readXlsx(bytes);

    expect(table.header).toEqual(['Id', 'Score', 'Note']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['a', 55, 'Strong file'] },
      { row: 3, cells: ['b', null, { formula: 'HYPERLINK("http://evil.example","Click")' }] },
    ]);
  });

  it('reads the first sheet when the applications sheet was renamed', async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRow(['Id']), 'Mine');

    expect((await readXlsx(bytes)).header).toEqual(['Id']);
  });

  it('refuses what is not a workbook: another file, or a ZIP without one', async () => {
    await expect(readXlsx(new TextEncoder().encode('Id,Note\r\n'))).rejects.toThrow(/ZIP/);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]))).rejects.toBeInstanceOf(ValidationFailed);
  });
});
