import { describe, expect, it } from 'vitest';
import { checkDocumentBytes, documentContentType } from '#shared/documents/content-check.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF } from '#shared/documents/kinds.js';
import { zipEntryNames } from '#shared/documents/zip.js';
import { docxBytes, pdfBytes, pngBytes, zipOf } from '../../support/documents.js';

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('checking that a document’s bytes are what its type claims', () => {
  it('accepts a real PDF sent as a PDF', () => {
    expect(checkDocumentBytes(pdfBytes(), PDF)).toEqual({ ok: true });
  });

  it('accepts a real DOCX sent as a DOCX', () => {
    expect(checkDocumentBytes(docxBytes(), DOCX)).toEqual({ ok: true });
  });

  it('refuses a PNG sent as a PDF', () => {
    expect(checkDocumentBytes(pngBytes(), PDF)).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('refuses a PDF whose header is not at the very start', () => {
    expect(checkDocumentBytes(concat(new TextEncoder().encode(' '), pdfBytes()), PDF)).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('refuses a DOCX sent as a PDF, and a PDF sent as a DOCX', () => {
    expect(checkDocumentBytes(docxBytes(), PDF)).toMatchObject({ ok: false, reason: 'content-mismatch' });
    expect(checkDocumentBytes(pdfBytes(), DOCX)).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('refuses a ZIP without word/document.xml (a spreadsheet, say) sent as a DOCX', () => {
    const xlsx = zipOf([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
    ]);
    const verdict = checkDocumentBytes(xlsx, DOCX);
    expect(verdict).toMatchObject({ ok: false, reason: 'content-mismatch' });
    expect(verdict.ok || verdict.detail).toContain('word/document.xml');
  });

  it('reads names from the central directory, not from bytes that merely mention them', () => {
    const decoy = zipOf([{ name: 'notes.txt', content: 'word/document.xml [Content_Types].xml' }]);
    expect(checkDocumentBytes(decoy, DOCX)).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('refuses a truncated DOCX: its end-of-central-directory record is gone', () => {
    const whole = docxBytes();
    const verdict = checkDocumentBytes(whole.subarray(0, whole.length - 10), DOCX);
    expect(verdict).toMatchObject({ ok: false, reason: 'content-mismatch' });
    expect(verdict.ok || verdict.detail).toMatch(/end-of-central-directory/);
  });

  it('refuses garbage after a ZIP signature', () => {
    const garbage = concat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), new TextEncoder().encode('x'.repeat(200)));
    expect(checkDocumentBytes(garbage, DOCX)).toMatchObject({ ok: false, reason: 'content-mismatch' });
  });

  it('refuses 0 bytes as empty, whatever the type', () => {
    expect(checkDocumentBytes(new Uint8Array(), PDF)).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkDocumentBytes(new Uint8Array(), DOCX)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses one byte over 10 MiB as too large, and accepts exactly 10 MiB', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdfBytes());
    expect(checkDocumentBytes(big, PDF)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(checkDocumentBytes(big.subarray(0, MAX_DOCUMENT_BYTES), PDF)).toEqual({ ok: true });
  });

  it('reads the stored Content-Type without parameters or case, and only ours', () => {
    expect(documentContentType('Application/PDF; charset=binary')).toBe(PDF);
    expect(documentContentType(DOCX)).toBe(DOCX);
    expect(documentContentType('image/png')).toBeUndefined();
    expect(documentContentType(undefined)).toBeUndefined();
  });
});

describe('reading a ZIP’s central directory', () => {
  it('lists the entries of a ZIP with an archive comment', () => {
    expect(zipEntryNames(zipOf([{ name: 'a.txt', content: 'a' }, { name: 'dir/b.txt', content: 'bb' }], 'made by a test'))).toEqual({
      ok: true,
      names: ['a.txt', 'dir/b.txt'],
      declaredBytes: 3,
      entries: [
        { name: 'a.txt', method: 0, compressedBytes: 1, declaredBytes: 1, localHeaderAt: 0 },
        { name: 'dir/b.txt', method: 0, compressedBytes: 2, declaredBytes: 2, localHeaderAt: 36 },
      ],
    });
  });

  it('refuses a directory that claims more entries than it holds', () => {
    const zip = zipOf([{ name: 'a.txt', content: 'a' }]);
    const lying = Uint8Array.from(zip);
    const end = lying.length - 22;
    lying[end + 8] = 2;
    lying[end + 10] = 2;
    expect(zipEntryNames(lying)).toMatchObject({ ok: false });
  });

  it('refuses a directory offset that points outside the file', () => {
    const zip = Uint8Array.from(zipOf([{ name: 'a.txt', content: 'a' }]));
    zip[zip.length - 22 + 16] = 0xff;
    zip[zip.length - 22 + 17] = 0xff;
    expect(zipEntryNames(zip)).toMatchObject({ ok: false });
  });

  it('refuses bytes that are not a ZIP at all', () => {
    expect(zipEntryNames(pdfBytes())).toMatchObject({ ok: false });
    expect(zipEntryNames(new Uint8Array(3))).toMatchObject({ ok: false });
  });
});
