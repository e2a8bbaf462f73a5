/**
 * What the OpenAPI document says of the selection report's routes (functions/selection-report/;
 * issue 16, point 5; docs/selection-report.md): part of operations.ts.
 */
import { selectionReportPathSchema, signOffBodySchema } from '#shared/selection-report/path.js';

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const selectionReportOperations = {
  getSelectionReport: {
    summary: 'A vacancy’s selection report: figures, ranking with each criterion’s combined mark, recommendations, panel',
    description:
      'HR and admins. Once signed off, the signed copy as it was stored (`signOff` says who and when); before, the stored data as they stand now, with `awaitingRecommendation` (sign-off waits until it is 0). 404 for a vacancy without a panel, or a signed report the retention purge removed.',
    path: selectionReportPathSchema,
    answers: { 200: { schema: 'SelectionReport', description: 'The report.' } },
    problems: ['not-found'] as const,
  },
  getSelectionReportPdf: {
    summary: 'The selection report as a PDF (send Accept: application/pdf)',
    description: 'The signed PDF once signed off; before, the PDF laid out now, marked DRAFT. Fonts embedded (Latin, Greek, Cyrillic, Arabic).',
    path: selectionReportPathSchema,
    answers: { 200: { file: 'application/pdf' as const, description: 'The PDF (base64 through API Gateway, binary to the client).' } },
    problems: ['not-found'] as const,
  },
  signOffSelectionReport: {
    summary: 'HR signs the selection report off: audited, frozen, stored beside the documents',
    description:
      'An empty object as body. 409 before the chair has recorded a recommendation for each ranked candidate (or when none is ranked), and when the report is already signed off (naming who and when). The PDF and figures of that moment are stored in the documents bucket and answer every later read.',
    path: selectionReportPathSchema,
    body: signOffBodySchema,
    bodyExample: {},
    answers: { 201: { schema: 'SelectionReport', description: 'The signed report.' } },
    problems: ['not-found', 'conflict'] as const,
  },
} as const;
