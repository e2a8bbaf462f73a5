import { describe, expect, it } from 'vitest';
import { readXlsx } from '#functions/admin/spreadsheets/xlsx-reader.js';
import { ValidationFailed } from '#shared/errors.js';
import { zipOf } from '../../../support/documents.js';

/** Sets every central-directory entry's uncompressed size, as a ZIP bomb declares (or a lie could). */
const declaring = (zip: Uint8Array, size: number): Uint8Array => {
  const out = Uint8Array.from(zip);
  const data = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at += 1) {
    if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, size, true);
  }
  return out;
};

describe('reading an imported workbook', () => {
  const workbookParts = [
    { name: '[Content_Types].xml', content: '<Types/>' },
    { name: 'xl/workbook.xml', content: '<workbook/>' },
  ];

  it('refuses a workbook that says it unpacks to more than 64 MB, before unpacking it', async () => {
    const bomb = declaring(zipOf(workbookParts), 80 * 1024 * 1024);

    const reading = readXlsx(bomb);

    await expect(reading).rejects.toBeInstanceOf(ValidationFailed);
    await expect(reading).rejects.toThrow(/unpacks to more than 64 MB/);
  });

  it('refuses a workbook whose entries declare little but inflate past 64 MB, before exceljs unpacks them', async () => {
    // 70 MB of zeros deflate to about 70 KB; the headers claim 1 KB.
    const bomb = zipOf([...workbookParts, { name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(70 * 1024 * 1024), deflate: true, declaredBytes: 1024 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);

    const reading = readXlsx(bomb);

    await expect(reading).rejects.toBeInstanceOf(ValidationFailed);
    await expect(reading).rejects.toThrow(/unpacks to more than 64 MB/);
  });

  it('refuses a workbook entry that unpacks to another size than it declares', async () => {
    const lying = zipOf([...workbookParts, { name: 'xl/worksheets/sheet1.xml', content: '<worksheet/>'.repeat(100), deflate: true, declaredBytes: 12 }]);

    await expect(readXlsx(lying)).rejects.toThrow(/unpacks to a size other than it declares/);
  });

  it('refuses a ZIP that is not a workbook, naming why', async () => {
    await expect(readXlsx(zipOf([{ name: 'word/document.xml', content: '<w/>' }]))).rejects.toThrow(/not a workbook/);
  });
});
