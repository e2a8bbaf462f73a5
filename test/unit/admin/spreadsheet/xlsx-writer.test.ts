import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeXlsx } from '#functions/admin/spreadsheets/xlsx-writer.js';
import { toApplicationRow, type ApplicationRow } from '#shared/admin/application-row.js';
import { spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { aminaApplication } from '../../../support/candidates.js';
import { beforeTheDeadline, vacancyTerms } from '../../../support/vacancy-terms.js';

const ROWS = 300;

/** exceljs's own style renderer (the module its writer requires), watched, not replaced, to count how often a style becomes XML. */
const StyleXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/style/style-xform.js') as { prototype: { render: () => void } };

async function* someRows(count: number): AsyncIterable<ApplicationRow> {
  for (let i = 0; i < count; i += 1) {
    const application = aminaApplication({ id: `5b1f4c1e-0000-4000-8000-${String(i).padStart(12, '0')}`, ...(i % 2 === 0 ? { score: i % 101 } : {}) });
    yield toApplicationRow(application, undefined, vacancyTerms(), beforeTheDeadline);
  }
}

/** The workbook's bytes, kept in memory. */
const collecting = () => {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
};

afterEach(() => vi.restoreAllMocks());

describe('the XLSX writer', () => {
  it('turns each column style into XML once, not once per cell (spied on exceljs, not replaced)', async () => {
    // Prepare
    const render = vi.spyOn(StyleXform.prototype, 'render');
    const { out } = collecting();

    // Act
    await writeXlsx(someRows(ROWS), out);

    // Assert: before the shared styles, every cell of every row was rendered (23 columns x 300 rows).
    expect(render.mock.calls.length).toBeLessThan(spreadsheetColumns.length * 4);
  });

  it('keeps typed cells, dates formatted, and only status, score and note unlocked, on the first row as on the last', async () => {
    // Prepare
    const { out, bytes } = collecting();

    // Act
    await writeXlsx(someRows(ROWS), out);

    // Assert
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes() as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Applications');
    const column = (key: string) => spreadsheetColumns.findIndex((candidate) => candidate.key === key) + 1;
    for (const number of [2, ROWS + 1]) {
      const row = sheet?.getRow(number);
      const unlocked = spreadsheetColumns.filter((candidate) => row?.getCell(column(candidate.key)).protection?.locked === false).map(({ key }) => key);
      // An empty score or note cell is unlocked too: it takes its column's style.
      expect(unlocked).toEqual(['status', 'score', 'note']);
      expect(row?.getCell(column('submittedAt')).value).toBeInstanceOf(Date);
      expect(row?.getCell(column('submittedAt')).numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(row?.getCell(column('yearsOfExperience')).value).toBe(12);
    }
    expect(sheet?.getRow(2).getCell(column('score')).value).toBe(0);
  });
});
