import type { StaffPrincipal } from '../../staff/principal.js';
import { forceName, statusFieldsOf } from '../applicant-status-fields.js';
import type { ApplicantStatus } from '../../profiles/applicant-categories.js';
import { receivingProfile, type OrganisationProfile } from '../../profiles/profile.js';
import { seesAssessment, type ApplicationRow } from '../application-row.js';
import { etagOf, type EditableValues } from './etag.js';

/** How a column's cells are typed in the workbook (and written in the CSV). */
export type ColumnType = 'text' | 'number' | 'date' | 'status';

/** A cell as the writers receive it; `undefined` is an empty cell. */
export type CellValue = string | number | Date | undefined;

/** A column of an exported sheet of `Row`s: the applications' by default, the roster's too (shared/secondments/roster-columns.ts). */
export interface SpreadsheetColumn<Row = ApplicationRow> {
  /** Stable name in code; the importer finds columns by `header`, never by position. */
  key: string;
  header: string;
  /** In characters, as spreadsheets measure column widths. */
  width: number;
  type: ColumnType;
  /** Unlocked in the protected sheet, and read back by the importer. */
  editable: boolean;
  /** Kept in the workbook but out of sight: the etag, which only the importer needs. */
  hidden?: boolean;
  /** HR's own assessment: left out of the file of a viewer who may not see it (an NCB officer). */
  assessment?: boolean;
  read: (row: Row) => CellValue;
}

/** What the importer compares: the row's status, score and note as stored. */
export const editableValuesOf = (row: Pick<ApplicationRow, 'status' | 'score' | 'note'>): EditableValues => ({
  status: row.status,
  score: row.score ?? null,
  note: row.note ?? null,
});

const received = (present: unknown): string => (present ? 'received' : 'missing');

/**
 * The one column list of the export and the import: the XLSX writer, the CSV writer and the
 * importer all read it, so a column added here appears in both files and is matched on return.
 */
export const spreadsheetColumns: readonly SpreadsheetColumn[] = [
  { key: 'id', header: 'Id', width: 38, type: 'text', editable: false, read: (row) => row.id },
  { key: 'vacancy', header: 'Vacancy', width: 9, type: 'text', editable: false, read: (row) => row.vacancy },
  { key: 'familyName', header: 'Family name', width: 18, type: 'text', editable: false, read: (row) => row.familyName },
  { key: 'givenName', header: 'Given name', width: 16, type: 'text', editable: false, read: (row) => row.givenName },
  { key: 'nationality', header: 'Nationality', width: 11, type: 'text', editable: false, read: (row) => row.nationality },
  { key: 'category', header: 'Category', width: 20, type: 'text', editable: false, read: (row) => row.category },
  { key: 'currentTitle', header: 'Current title', width: 28, type: 'text', editable: false, read: (row) => row.currentTitle },
  { key: 'homeAdministration', header: 'Home administration', width: 28, type: 'text', editable: false, read: (row) => row.homeAdministration },
  { key: 'yearsOfExperience', header: 'Years of experience', width: 10, type: 'number', editable: false, read: (row) => row.yearsOfExperience },
  { key: 'languages', header: 'Languages', width: 12, type: 'text', editable: false, read: (row) => row.languages.join(', ') },
  // Each language with the candidate's CEFR level ("en C1, fr B2"); a language without one (an application made before levels) alone.
  {
    key: 'languageLevels',
    header: 'Language levels',
    width: 16,
    type: 'text',
    editable: false,
    read: (row) => (row.languageLevels ? row.languages.map((code) => [code, row.languageLevels?.[code]].filter(Boolean).join(' ')).join(', ') : undefined),
  },
  { key: 'education', header: 'Highest education', width: 14, type: 'text', editable: false, read: (row) => row.education },
  { key: 'email', header: 'Email', width: 30, type: 'text', editable: false, read: (row) => row.email },
  { key: 'phone', header: 'Phone', width: 18, type: 'text', editable: false, read: (row) => row.phone },
  { key: 'cv', header: 'CV', width: 10, type: 'text', editable: false, read: (row) => received(row.documents.cv) },
  {
    key: 'confirmationLetter',
    header: 'Confirmation letter',
    width: 12,
    type: 'text',
    editable: false,
    read: (row) => received(row.documents.confirmationLetter),
  },
  { key: 'ncbValidation', header: 'NCB validation', width: 12, type: 'text', editable: false, read: (row) => row.ncbValidation?.decision ?? 'pending' },
  { key: 'complete', header: 'Complete', width: 10, type: 'text', editable: false, read: (row) => (row.complete ? 'yes' : 'no') },
  { key: 'status', header: 'Status', width: 14, type: 'status', editable: true, read: (row) => row.status },
  { key: 'score', header: 'Score', width: 8, type: 'number', editable: true, assessment: true, read: (row) => row.score },
  { key: 'note', header: 'Note', width: 40, type: 'text', editable: true, assessment: true, read: (row) => row.note },
  { key: 'submittedAt', header: 'Submitted', width: 18, type: 'date', editable: false, read: (row) => new Date(row.submittedAt) },
  { key: 'updatedAt', header: 'Updated', width: 18, type: 'date', editable: false, read: (row) => new Date(row.updatedAt) },
  { key: 'version', header: 'Version', width: 9, type: 'number', editable: false, read: (row) => row.version },
  {
    key: 'etag',
    header: 'Etag',
    width: 18,
    type: 'text',
    editable: false,
    hidden: true,
    read: (row) => etagOf(row.id, editableValuesOf(row)),
  },
];

/** What of the stage's profile the applicant's status columns need: who may apply, and the forces' names. */
export type ColumnProfile = Pick<OrganisationProfile, 'applicantCategories' | 'forces'>;

/** How each status field is written in the file (English headers, as every column's; codes as stored). */
const statusCells: Readonly<Record<keyof ApplicantStatus, { header: string; width: number; read: (status: ApplicantStatus, forces: ColumnProfile['forces']) => CellValue }>> = {
  force: { header: 'Force', width: 24, read: (status, forces) => forceName(forces, status.force) },
  lineManager: { header: 'Line manager', width: 24, read: (status) => status.lineManager },
  lineManagerEmail: { header: 'Line manager email', width: 30, read: (status) => status.lineManagerEmail },
  retiredOn: { header: 'Retired on', width: 12, read: (status) => status.retiredOn },
  formerForce: { header: 'Former force', width: 24, read: (status, forces) => forceName(forces, status.formerForce) },
  expertise: { header: 'Expertise', width: 22, read: (status) => status.expertise },
  onExpertRoster: { header: 'On expert roster', width: 10, read: (status) => (status.onExpertRoster === undefined ? undefined : status.onExpertRoster ? 'yes' : 'no') },
};

/**
 * The applicant's status as columns (issue 18, point 3): each field some category of the stage's
 * applicants gives (../applicant-status-fields.ts), so a receiving stage, whose categories give
 * none, has none and its files stay byte for byte as they were.
 */
export const applicantStatusColumns = (profile: ColumnProfile): SpreadsheetColumn[] =>
  statusFieldsOf(profile.applicantCategories).map((key) => {
    const { header, width, read } = statusCells[key];
    return { key, header, width, type: 'text', editable: false, read: (row) => (row.applicantStatus ? read(row.applicantStatus, profile.forces) : undefined) };
  });

/** The whole column list of a stage: the applicant's status (none on a receiving stage) after the home administration. */
export const stageColumns = (profile: ColumnProfile): readonly SpreadsheetColumn[] => {
  const status = applicantStatusColumns(profile);
  if (status.length === 0) return spreadsheetColumns;
  const after = spreadsheetColumns.findIndex((column) => column.key === 'homeAdministration') + 1;
  return [...spreadsheetColumns.slice(0, after), ...status, ...spreadsheetColumns.slice(after)];
};

/** The columns of `viewer`'s file on the stage: all of them for HR and admins, no score or note for an NCB officer. */
export const columnsFor = (viewer: StaffPrincipal, profile: ColumnProfile = receivingProfile): readonly SpreadsheetColumn[] => {
  const columns = stageColumns(profile);
  return seesAssessment(viewer) ? columns : columns.filter((column) => !column.assessment);
};

/** The columns the importer cannot do without: which row, at which version, as exported, and what may change. */
export const importColumnKeys = ['id', 'version', 'etag', 'status', 'score', 'note'] as const;
export type ImportColumnKey = (typeof importColumnKeys)[number];

export const columnNamed = (key: string): SpreadsheetColumn => {
  const column = spreadsheetColumns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No spreadsheet column ${key}.`);
  return column;
};
