import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '#functions/admin/spreadsheets/csv-writer.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { applicationChangesSchema, bulkEditSchema, ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { hasFormulaStart } from '../../../support/formula-oracle.js';
import { exportedText, readBackText } from '#shared/admin/spreadsheet/cell-text.js';
import type { SpreadsheetColumn } from '#shared/admin/spreadsheet/columns.js';

describe('a formula start after any separator a spreadsheet might split on', () => {
  it.each([',', ';', '\t', '|', '\r', '\n', '\r\n'])('neutralises `Doe%s=1+1` after the separator as at the start', (separator) => {
    expect(exportedText(`Doe${separator}=1+1`)).toBe(`Doe${separator}'=1+1`);
    expect(exportedText(`=1${separator}@2${separator}-3${separator}+4`)).toBe(`'=1${separator}'@2${separator}'-3${separator}'+4`);
  });

  it('leaves a formula character inside a word alone: Jean-Luc, a+b, mail@x', () => {
    expect(['Jean-Luc', 'a+b', 'mail@x.example', 'en, fr'].map(exportedText)).toEqual(['Jean-Luc', 'a+b', 'mail@x.example', 'en, fr']);
  });

  it('never leaves a place where a spreadsheet could begin a cell that runs', () => {
    fc.assert(fc.property(fc.string(), fc.stringMatching(/^[',;\t|\r\n=+\-@a ]{0,16}$/), (any, dense) => {
      expect(hasFormulaStart(exportedText(any))).toBe(false);
      expect(hasFormulaStart(exportedText(dense))).toBe(false);
    }));
  });

  it('reads every exported text back exactly as it was, apostrophes typed after a separator included', () => {
    fc.assert(fc.property(fc.string(), fc.stringMatching(/^[',;\t|\r\n=+\-@a ]{0,16}$/), (any, dense) => {
      expect(readBackText(exportedText(any))).toBe(any);
      expect(readBackText(exportedText(dense))).toBe(dense);
    }));
    expect(readBackText(exportedText("a;'=b"))).toBe("a;'=b");
  });
});

describe('the CSV file', () => {
  const columns: SpreadsheetColumn[] = [
    { key: 'name', header: 'Family name', width: 10, type: 'text', editable: false, read: (row) => row.familyName },
    { key: 'years', header: 'Years', width: 5, type: 'number', editable: false, read: (row) => row.yearsOfExperience },
  ];
  const csvOf = async (rows: Array<Partial<ApplicationRow>>) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeCsv((async function* () { yield* rows as ApplicationRow[]; })(), out, columns);
    return Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '');
  };

  it('quotes every text field, so `;` inside a name never splits it, and leaves numbers bare', async () => {
    const text = await csvOf([{ familyName: 'Doe;=1+1', yearsOfExperience: 12 }, { familyName: 'Diallo', yearsOfExperience: 3 }]);

    expect(text).toBe(`"Family name","Years"\r\n"Doe;'=1+1",12\r\n"Diallo",3\r\n`);
    expect(parse(text, { columns: true })).toEqual([{ 'Family name': "Doe;'=1+1", Years: '12' }, { 'Family name': 'Diallo', Years: '3' }]);
  });
});

describe('a note is free text', () => {
  it.each(['- strong languages', '+33 mobile given', '=1+1', '@home', 'Call back\non Monday'])('takes %j in PATCH, bulk and the NCB decision', (note) => {
    expect(applicationChangesSchema.safeParse({ note }).success).toBe(true);
    expect(bulkEditSchema.safeParse({ rows: [{ id: 'a', version: 1 }], changes: { note } }).success).toBe(true);
    expect(ncbDecisionSchema.shape.note.safeParse(note).success).toBe(true);
  });

  it('still refuses control characters other than line breaks, and more than 2,000 characters', () => {
    expect(applicationChangesSchema.safeParse({ note: 'a\u0007b' }).success).toBe(false);
    expect(applicationChangesSchema.safeParse({ note: '\tindented' }).success).toBe(false);
    expect(applicationChangesSchema.safeParse({ note: 'x'.repeat(2001) }).success).toBe(false);
  });
});
