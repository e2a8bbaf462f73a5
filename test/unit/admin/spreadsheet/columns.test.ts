import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { beforeTheDeadline, vacancyTerms } from '../../../support/vacancy-terms.js';
import { looksLikeFormula } from '../../../support/formula-oracle.js';
import { exportedCells, exportedText, readBackText } from '#shared/admin/spreadsheet/cell-text.js';
import { columnsFor, importColumnKeys, spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { etagOf } from '#shared/admin/spreadsheet/etag.js';
import { aminaApplication } from '../../../support/candidates.js';

const headerOf = (key: string) => spreadsheetColumns.find((column) => column.key === key)?.header;

describe('the spreadsheet column table', () => {
  it('leaves exactly status, score and note editable', () => {
    expect(spreadsheetColumns.filter((column) => column.editable).map((column) => column.key)).toEqual(['status', 'score', 'note']);
  });

  it('names every column once, so the importer can find each by its header', () => {
    const headers = spreadsheetColumns.map((column) => column.header.toLowerCase());
    expect(new Set(headers).size).toBe(headers.length);
    for (const key of importColumnKeys) expect(headerOf(key)).toBeDefined();
  });

  it('hides only the etag, and types numbers and dates as such', () => {
    expect(spreadsheetColumns.filter((column) => column.hidden).map((column) => column.key)).toEqual(['etag']);
    const row = toApplicationRow(aminaApplication({ score: 80 }), undefined, vacancyTerms(), beforeTheDeadline);
    const typed = Object.fromEntries(spreadsheetColumns.map((column) => [column.key, column.read(row)]));
    expect(typed).toMatchObject({ yearsOfExperience: 12, score: 80, version: 1, submittedAt: new Date('2026-11-20T10:00:00.000Z') });
  });

  it("leaves HR's score and note out of an NCB officer's file, and gives HR and admins every column", () => {
    const keys = (groups: Array<'hr' | 'ncb' | 'admin'>) =>
      columnsFor({ subject: 's', email: 'e@x.example', groups, ...(groups.includes('ncb') ? { country: 'SN' } : {}) }).map((column) => column.key);
    expect(keys(['hr'])).toEqual(spreadsheetColumns.map((column) => column.key));
    expect(keys(['admin'])).toEqual(spreadsheetColumns.map((column) => column.key));
    expect(keys(['ncb'])).toEqual(spreadsheetColumns.map((column) => column.key).filter((key) => key !== 'score' && key !== 'note'));
  });

  it("writes the etag of the row's editable values as stored", () => {
    const row = toApplicationRow(aminaApplication({ score: 80, note: 'Strong' }), undefined, vacancyTerms(), beforeTheDeadline);
    const cells = exportedCells(row);
    const etag = cells[spreadsheetColumns.findIndex((column) => column.key === 'etag')];
    expect(etag).toBe(etagOf(row.id, { status: 'submitted', score: 80, note: 'Strong' }));
  });
});

describe('formula-safe text cells', () => {
  it('puts an apostrophe before every text a spreadsheet would run: =, +, -, @, tab, carriage return', () => {
    const row = toApplicationRow(aminaApplication({ currentTitle: '=1+1', homeAdministration: '@SUM(A1)', familyName: '-2', givenName: '\tx', phone: '+33 4' }), undefined, vacancyTerms(), beforeTheDeadline);
    const cells = exportedCells(row);
    const cellOf = (key: string) => cells[spreadsheetColumns.findIndex((column) => column.key === key)];
    expect([cellOf('currentTitle'), cellOf('homeAdministration'), cellOf('familyName'), cellOf('givenName'), cellOf('phone')]).toEqual([
      "'=1+1",
      "'@SUM(A1)",
      "'-2",
      "'\tx",
      "'+33 4",
    ]);
  });

  it('never writes a text cell that looks like a formula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(looksLikeFormula(exportedText(text))).toBe(false);
      }),
    );
  });

  it('reads every exported text back as it was, apostrophes of its own included', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^'{0,3}[=+\-@\t\ra-z ]{0,6}$/), (text) => {
        expect(readBackText(exportedText(text))).toBe(text);
      }),
    );
    expect(readBackText(exportedText("'=already quoted"))).toBe("'=already quoted");
  });

  it('reads a text whose apostrophe was removed as typed: a note is free text, only a formula cell is refused', () => {
    expect(readBackText('=HYPERLINK("http://evil.example")')).toBe('=HYPERLINK("http://evil.example")');
  });
});
