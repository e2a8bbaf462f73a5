import type { ApplicationStatus } from '../../applications/status-machine.js';
import type { ExportFormat } from './export-query.js';

/** One export, as kept: who took which rows, when, in which format (never the rows themselves). */
export interface ExportRecord {
  at: string;
  /** The staff member's email. */
  by: string;
  format: ExportFormat;
  filter: { vacancy?: string; status?: ApplicationStatus; country?: string; ids?: number };
  /** Which rows: the roster's secondees; absent for applications (and in every record made before the roster). */
  sheet?: 'roster';
  rows: number;
  /** The object the download URL points at, until the bucket's lifecycle rule removes it. */
  key: string;
}

/** Where exports are recorded; the DynamoDB implementation is functions/adapters/dynamodb/export-log.ts. */
export interface ExportLog {
  record(entry: ExportRecord): Promise<void>;
  /** Every export of a month (`yyyy-mm`), oldest first. */
  month(month: string): Promise<ExportRecord[]>;
}
