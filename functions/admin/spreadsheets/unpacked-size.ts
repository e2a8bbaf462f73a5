import { inflateRawSync } from 'node:zlib';
import type { ZipEntryRecord } from '#shared/documents/zip.js';

const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

export type UnpackedSize = { ok: true; bytes: number } | { ok: false; reason: string };

/**
 * What a ZIP really unpacks to, found by inflating each entry with a cap, before any reader
 * unpacks it whole: an archive can declare small sizes and still inflate to gigabytes, which
 * would take the function's memory down (a 500) instead of answering a clear 400. An entry that
 * unpacks to other than it declares is refused too, since readers differ on which to believe.
 */
export const unpackedSize = (bytes: Uint8Array, entries: readonly ZipEntryRecord[], limit: number): UnpackedSize => {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    if (entry.localHeaderAt === 0xffffffff || entry.compressedBytes === 0xffffffff) return { ok: false, reason: 'it uses ZIP64 entries, which a workbook of this size never needs' };
    const nameLength = data.getUint16(entry.localHeaderAt + 26, true);
    const extraLength = data.getUint16(entry.localHeaderAt + 28, true);
    const start = entry.localHeaderAt + LOCAL_HEADER_SIZE + nameLength + extraLength;
    if (start + entry.compressedBytes > bytes.length) return { ok: false, reason: 'an entry runs past the end of the file' };
    const packed = bytes.subarray(start, start + entry.compressedBytes);
    let size: number;
    if (entry.method === STORED) size = packed.length;
    else if (entry.method === DEFLATED) {
      try {
        size = inflateRawSync(packed, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      } catch (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        return { ok: false, reason: tooLarge ? `it unpacks to more than ${limit / 1024 / 1024} MB` : 'an entry is damaged' };
      }
    } else return { ok: false, reason: `an entry uses compression method ${entry.method}, which workbooks do not` };
    if (size !== entry.declaredBytes) return { ok: false, reason: 'an entry unpacks to a size other than it declares' };
    total += size;
    if (total > limit) return { ok: false, reason: `it unpacks to more than ${limit / 1024 / 1024} MB` };
  }
  return { ok: true, bytes: total };
};
