/**
 * A small ZIP writer (PKWARE APPNOTE 6.3.10) for a nomination's package: a few files, each
 * deflated with node:zlib (or stored when deflating would not make it smaller, as a PDF or a DOCX
 * already compressed may be), its CRC-32, names flagged UTF-8, every entry dated by the injected
 * `now`. No ZIP64: a package is a CV of 10 MiB at most and two forms, far below its limits.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipInput {
  /** The entry's name in the archive: a plain file name, forward slashes for folders. */
  name: string;
  bytes: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** 2.0: deflate; what every reader handles. */
const VERSION = 20;
const LIMIT = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, the one ZIP and gzip use). */
export const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/**
 * MS-DOS date and time of `instant`, as its UTC wall clock (DOS dates carry no zone): two-second
 * steps, 1980 at the earliest.
 */
export const dosDateTime = (instant: Date): { date: number; time: number } => {
  const year = Math.max(1980, instant.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((instant.getUTCMonth() + 1) << 5) | instant.getUTCDate(),
    time: (instant.getUTCHours() << 11) | (instant.getUTCMinutes() << 5) | Math.floor(instant.getUTCSeconds() / 2),
  };
};

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** The files as one ZIP archive, in the order given. Two entries of one name are refused. */
export const zip = (files: readonly ZipInput[], now: Date): Uint8Array => {
  const names = new Set<string>();
  for (const file of files) {
    if (!file.name || file.name.startsWith('/') || file.name.split('/').includes('..')) throw new Error(`Not an entry name: ${file.name}`);
    if (names.has(file.name)) throw new Error(`Two entries named ${file.name}`);
    names.add(file.name);
  }
  if (files.length > 0xffff) throw new Error('Too many entries for a ZIP without ZIP64.');
  const { date, time } = dosDateTime(now);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;

  for (const file of files) {
    const deflated = deflateRawSync(file.bytes);
    const method = deflated.length < file.bytes.length ? DEFLATED : STORED;
    const data = method === DEFLATED ? new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength) : file.bytes;
    const entry: Written = { name: encoder.encode(file.name), method, crc: crc32(file.bytes), size: file.bytes.length, data, offset };
    if (entry.size >= LIMIT || offset + 30 + entry.name.length + data.length >= LIMIT) throw new Error('Too large for a ZIP without ZIP64.');
    const header = new Uint8Array(30 + entry.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, method, true);
    view.setUint16(10, time, true);
    view.setUint16(12, date, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, entry.name.length, true);
    view.setUint16(28, 0, true);
    header.set(entry.name, 30);
    parts.push(header, data);
    written.push(entry);
    offset += header.length + data.length;
  }

  const directoryAt = offset;
  for (const entry of written) {
    const header = new Uint8Array(46 + entry.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(8, UTF8_NAMES, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, time, true);
    view.setUint16(14, date, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, entry.data.length, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, entry.name.length, true);
    // Extra field, comment, disk number, internal and external attributes: none.
    view.setUint32(42, entry.offset, true);
    header.set(entry.name, 46);
    parts.push(header);
    offset += header.length;
  }

  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryAt, true);
  view.setUint32(16, directoryAt, true);
  parts.push(end);

  const archive = new Uint8Array(offset + end.length);
  let at = 0;
  for (const part of parts) {
    archive.set(part, at);
    at += part.length;
  }
  return archive;
};
