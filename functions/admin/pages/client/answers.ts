/** The staff routes' answers as the page reads them; the row type is the API's own, from shared/. */
import type { ApplicationRow } from '#shared/admin/application-row.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { Vacancy, VacancyDraft } from '#shared/vacancies/schema.js';

export type { ApplicationRow };

export interface ApplicationPage {
  items: ApplicationRow[];
  nextCursor?: string;
}

export interface VacancySummary {
  vacancy: string;
  title: string;
  /** A sending unit's call's mission, shown beside the title. */
  mission?: string;
  vacancyStatus: Vacancy['status'];
  deadline: string;
  counts: Partial<Record<ApplicationStatus, number>>;
  total: number;
  incomplete: number;
  /** Applications whose address is not confirmed yet: in none of the counts above. */
  unconfirmed: number;
}

export type BulkOutcome = 'applied' | 'unchanged' | 'conflict' | 'invalid' | 'not-found';

export interface BulkAnswer {
  results: Array<{ id: string; outcome: BulkOutcome; row?: ApplicationRow; detail?: string }>;
}

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  changes: Record<string, { from?: unknown; to?: unknown }>;
}

export interface DownloadLink {
  url: string;
  expiresAt: string;
}

export interface ExportAnswer extends DownloadLink {
  rows: number;
  format: 'xlsx' | 'csv';
}

export type ImportOutcome = 'applied' | 'unchanged' | 'conflict' | 'invalid';

export interface ImportAnswer {
  dryRun: boolean;
  results: Array<{ row: number; id: string; outcome: ImportOutcome; detail?: string }>;
  counts: Partial<Record<ImportOutcome, number>>;
}

export type StoredVacancy = Vacancy & { version: number };

/** A field the notice parser could not read, and why (it never guesses). */
export interface UnreadField {
  field: string;
  reason?: string;
}

export interface ParsedNotice {
  draft: VacancyDraft;
  /** The fields the parser could not read: the form highlights them. */
  unread: Array<UnreadField | string>;
}
