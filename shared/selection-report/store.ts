import type { SelectionAuditEntry } from '../selection/store.js';
import type { SelectionReport } from './report.js';

/** A vacancy's signed-off report, as the table keeps it (`SELECTION#<vacancy>` / `REPORT#SIGNED`): no candidate's data, only where the files are. */
export interface SignedReportRecord {
  vacancy: string;
  /** The sign-off's id: it names the files (keys.ts). */
  id: string;
  by: string;
  at: string;
  pdfKey: string;
  jsonKey: string;
  /** SHA-256 of the stored PDF, hex: what was signed. */
  pdfSha256: string;
  pdfBytes: number;
}

/** The table side (functions/adapters/dynamodb/selection-report-signoffs.ts). */
export interface SignOffStore {
  get(vacancy: string): Promise<SignedReportRecord | undefined>;
  /** Writes the record and its audit entry in one transaction, only if none exists: false when the report is already signed. */
  record(signed: SignedReportRecord, audit: SelectionAuditEntry): Promise<boolean>;
}

/** The bucket side (functions/adapters/s3/report-objects.ts): the report's files under selection-reports/ only. */
export interface ReportObjects {
  put(key: string, bytes: Uint8Array, contentType: 'application/pdf' | 'application/json'): Promise<void>;
  /** Undefined when there is no such object (the retention purge removed it). */
  get(key: string): Promise<Uint8Array | undefined>;
  remove(key: string): Promise<void>;
}

/** Lays the report out as a PDF (functions/selection-report/pdf/). */
export type ReportRenderer = (report: SelectionReport) => Promise<Uint8Array>;
