import type { ApplicationStatus } from '../../applications/status-machine.js';

/** The editable values of one row, as exported or as read back from an edited file. */
export interface EditableValues {
  status: ApplicationStatus;
  score: number | null;
  note: string | null;
}

/**
 * FNV-1a, 64 bits, over the UTF-16 code units, in two 32-bit halves (the prime is 2^40 + 0x1b3):
 * synchronous and cheap enough for 100,000 rows in one export.
 */
const fnv1a64 = (text: string): string => {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i += 1) {
    low ^= text.charCodeAt(i);
    const product = (low >>> 0) * 0x1b3;
    high = (Math.imul(high, 0x1b3) + Math.floor(product / 0x100000000) + (low << 8)) >>> 0;
    low = product >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
};

/**
 * A fingerprint of a row's editable values as exported, with its id, so that re-import can tell
 * an untouched row from an edited one (a row pasted over another does not match). It is not a
 * security control: a forged etag can only make the import skip a row; every write is still
 * judged by version, role and country.
 */
export const etagOf = (id: string, values: EditableValues): string =>
  fnv1a64(JSON.stringify([id, values.status, values.score, values.note]));
