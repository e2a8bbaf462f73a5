import { deflateRawSync } from 'node:zlib';
import { onePagePdf } from '#infra/local/seed/one-page-pdf.js';

/**
 * Real small documents for tests: a PDF as a PDF writer lays it out, and a ZIP writer (stored
 * entries, no compression) to build a DOCX, or a ZIP that is not one, byte by byte.
 */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
  /** Deflated (method 8) rather than stored. */
  deflate?: boolean;
  /** The uncompressed size the headers claim, when it should lie. */
  declaredBytes?: number;
}

/** A ZIP file with `entries` stored (or deflated), and an optional archive comment. */
export const zipOf = (entries: ZipEntry[], comment = ''): Uint8Array => {
  const encoder = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const content = typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content;
    const data = entry.deflate ? deflateRawSync(content) : content;
    const crc = crc32(content);
    const offset = locals.length;
    const method = entry.deflate ? 8 : 0;
    const size = entry.declaredBytes ?? content.length;
    const common = [...u16(20), ...u16(0x0800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length), ...u32(size), ...u16(name.length), ...u16(0)];
    locals.push(...u32(0x04034b50), ...common, ...name, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const commentBytes = encoder.encode(comment);
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(locals.length),
    ...u16(commentBytes.length),
    ...commentBytes,
  ];
  return Uint8Array.from([...locals, ...central, ...end]);
};

/** The three parts Word needs to open a document. */
export const docxBytes = (text = 'Curriculum vitae'): Uint8Array =>
  zipOf([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    },
  ]);

/** A one-page PDF 1.4 with a correct cross-reference table. */
export const pdfBytes = (text = 'Curriculum vitae'): Uint8Array => onePagePdf(text);

/** The first bytes of a PNG: signature and IHDR of a 1x1 image. */
export const pngBytes = (): Uint8Array =>
  Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01,
    0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  ]);
