/**
 * What the OpenAPI document says of the reports' routes (functions/reports/; issue 17, point 5;
 * docs/reports.md): part of operations.ts.
 */
import { reportExportQuerySchema } from '#shared/reports/export-query.js';
import { underRepresentedBodySchema } from '#shared/reports/under-represented.js';

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const reportOperations = {
  getReports: {
    summary: 'The reports’ figures: pipeline per vacancy, time to appointment, by country and region, serving, representation goals',
    description:
      'HR and admins. Counts only, from the stored data as they stand now and the kept counts of purged applications and secondments (lower bounds where the purge kept less). Self-declared gender is given per closed calendar quarter only (the last 8 that ended at least 14 days ago, no total across them), in cells of 5 or more: a smaller cell is `{fewerThan: 5}`, and the next smallest cells are hidden too until what is hidden sums to 5 or more (so a cell holding everyone of a quarter is hidden).',
    answers: { 200: { schema: 'ReportFigures', description: 'The figures.' } },
  },
  exportReports: {
    summary: 'The reports’ figures as XLSX (a sheet per table) or one table as CSV',
    description:
      '`format=xlsx` answers the workbook (send Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); `format=csv&table=<id>` one table as UTF-8 CSV with a BOM (text/csv). One row per vacancy, country, region or measure (gender: per quarter, measure and gender), the same rows the page shows; a hidden gender cell reads "fewer than 5".',
    query: reportExportQuerySchema,
    answers: { 200: { file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const, description: 'The workbook, or the CSV with format=csv.', alsoAs: ['text/csv'] } },
  },
  getUnderRepresented: {
    summary: 'HR’s list of under-represented member countries, its revision and its history',
    description: 'HR and admins. An empty list at revision 0 until HR first saves one.',
    answers: { 200: { schema: 'UnderRepresentedList', description: 'The list and every change made to it (who, when, added, removed).' } },
  },
  saveUnderRepresented: {
    summary: 'HR saves the list of under-represented member countries, whole, at the revision read',
    description: 'Member countries only (ISO 3166-1 alpha-2), each once. 409 when someone saved it since the revision read. A list equal to the stored one writes nothing. Audited.',
    body: underRepresentedBodySchema,
    bodyExample: { countries: ['BR', 'SN'], revision: 0 },
    answers: { 200: { schema: 'UnderRepresentedList', description: 'The list as saved.' } },
    problems: ['conflict'] as const,
  },
} as const;
