import { setImmediate, setTimeout } from 'node:timers/promises';
import type ExcelJS from 'exceljs';

/** Rows between two looks at the compressor's backlog. */
export const ROWS_BETWEEN_LOOKS = 500;
/** Uncompressed sheet XML allowed to wait for the compressor. */
const BACKLOG_LIMIT = 4 * 1024 * 1024;

/** How much a stream holds, read from its state (archiver's readable-stream 2 has no writableLength). */
interface StreamState {
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}
const held = (stream: StreamState) => (stream._writableState?.length ?? 0) + (stream._readableState?.length ?? 0);

/**
 * exceljs's streaming writer pipes the sheet into the zip without back-pressure: rows come
 * faster than deflate takes them, and the uncompressed XML would pile up (about 1 KB a row).
 * Waits while the zip entry holds more than the limit. The entry is exceljs's own (not in its
 * types); without it this only yields a turn of the event loop.
 */
export const compressorCaughtUp = async (sheet: ExcelJS.Worksheet) => {
  const pipes = (sheet as unknown as { stream?: { pipes?: StreamState[] } }).stream?.pipes ?? [];
  for (const entry of pipes) {
    while (held(entry) > BACKLOG_LIMIT) await setTimeout(2);
  }
  await setImmediate();
};

