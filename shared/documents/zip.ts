/**
 * Reads the names a ZIP file lists in its central directory, found from the end-of-central-
 * directory record as a ZIP reader does (PKWARE APPNOTE 4.3.16), so that bytes that merely
 * contain "word/document.xml" somewhere do not pass for a Word document.
 */
export type ZipListing =
  | {
      ok: true;
      names: string[];
      /** What the entries say they unpack to, in all: a reader can refuse a ZIP bomb before unpacking. */
      declaredBytes: number;
      /** Each entry as the central directory gives it, in the names' order. */
      entries: ZipEntryRecord[];
    }
  | { ok: false; reason: string };

export interface ZipEntryRecord {
  name: string;
  /** 0 stored, 8 deflated; anything else is rare in office files. */
  method: number;
  compressedBytes: number;
  declaredBytes: number;
  /** 0xffffffff: in the ZIP64 extra field. */
  localHeaderAt: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 0x0800;

const fail = (reason: string): ZipListing => ({ ok: false, reason });

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The end-of-central-directory record: the last one whose comment runs exactly to the end. */
const findEndRecord = (bytes: Uint8Array, data: DataView): number | undefined => {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (data.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    if (at + EOCD_SIZE + data.getUint16(at + 20, true) === bytes.length) return at;
  }
  return undefined;
};

interface Directory {
  entries: number;
  size: number;
  offset: number;
  /** Where the central directory must end: the first end record that follows it. */
  limit: number;
}

const zip64Directory = (data: DataView, endAt: number): Directory | string => {
  const locatorAt = endAt - 20;
  if (locatorAt < 0 || data.getUint32(locatorAt, true) !== ZIP64_LOCATOR) return 'the ZIP64 locator is missing';
  const recordAt = Number(data.getBigUint64(locatorAt + 8, true));
  if (recordAt + 56 > locatorAt || data.getUint32(recordAt, true) !== ZIP64_END) return 'the ZIP64 end record is missing';
  if (data.getUint32(recordAt + 16, true) !== 0 || data.getUint32(recordAt + 20, true) !== 0) return 'it spans several disks';
  return {
    entries: Number(data.getBigUint64(recordAt + 32, true)),
    size: Number(data.getBigUint64(recordAt + 40, true)),
    offset: Number(data.getBigUint64(recordAt + 48, true)),
    limit: recordAt,
  };
};

const directoryOf = (data: DataView, endAt: number): Directory | string => {
  if (data.getUint16(endAt + 4, true) !== 0 || data.getUint16(endAt + 6, true) !== 0) return 'it spans several disks';
  const entries = data.getUint16(endAt + 10, true);
  const size = data.getUint32(endAt + 12, true);
  const offset = data.getUint32(endAt + 16, true);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return zip64Directory(data, endAt);
  return { entries, size, offset, limit: endAt };
};

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

export const zipEntryNames = (bytes: Uint8Array): ZipListing => {
  if (bytes.length < 4 + EOCD_SIZE) return fail('it is too short to be a ZIP file');
  const data = view(bytes);
  if (data.getUint32(0, true) !== LOCAL_HEADER) return fail('it does not start with a ZIP local file header');
  const endAt = findEndRecord(bytes, data);
  if (endAt === undefined) return fail('it has no end-of-central-directory record (truncated or not a ZIP file)');
  const directory = directoryOf(data, endAt);
  if (typeof directory === 'string') return fail(directory);
  if (directory.offset + directory.size > directory.limit) return fail('its central directory lies outside the file');

  const names: string[] = [];
  const entries: ZipEntryRecord[] = [];
  let declaredBytes = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let at = directory.offset;
  const end = directory.offset + directory.size;
  while (names.length < directory.entries) {
    if (at + CENTRAL_HEADER_SIZE > end || data.getUint32(at, true) !== CENTRAL_HEADER) {
      return fail('its central directory is damaged');
    }
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const localHeaderAt = data.getUint32(at + 42, true);
    // 0xffffffff defers to the ZIP64 extra field: count it as the most it could be, 4 GiB.
    const entryBytes = data.getUint32(at + 24, true);
    declaredBytes += entryBytes;
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return fail('its central directory is damaged');
    // 0xffffffff means the offset is in the ZIP64 extra field; the entry is still listed.
    if (localHeaderAt !== 0xffffffff && (localHeaderAt + 4 > directory.offset || data.getUint32(localHeaderAt, true) !== LOCAL_HEADER)) {
      return fail('an entry points at no local file header');
    }
    const rawName = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    let name: string;
    try {
      name = (flags & UTF8_NAMES) !== 0 ? utf8.decode(rawName) : latin1(rawName);
    } catch {
      return fail('an entry name is not valid UTF-8');
    }
    names.push(name);
    entries.push({ name, method: data.getUint16(at + 10, true), compressedBytes: data.getUint32(at + 20, true), declaredBytes: entryBytes, localHeaderAt });
    at = next;
  }
  if (at !== end) return fail('its central directory does not match its end record');
  return { ok: true, names, declaredBytes, entries };
};
