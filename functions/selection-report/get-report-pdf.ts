import { selectionReportPathSchema } from '#shared/selection-report/path.js';
import { readReportPdf } from '#shared/selection-report/sign-off.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportDependencies } from './report-stores.js';

/**
 * GET /admin/selection-report/{vacancy}/pdf: the PDF, base64 for API Gateway, which hands it to
 * the client as bytes (application/pdf is among the API's binary media types; the client sends
 * Accept: application/pdf).
 */
export const handler = staffHandler({ name: 'getSelectionReportPdf', path: selectionReportPathSchema }, async ({ path, now }) => {
  const pdf = await readReportPdf(reportDependencies(), path.vacancy, now);
  return {
    statusCode: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="selection-report-${path.vacancy}.pdf"`,
      'Cache-Control': 'no-store',
    },
    body: Buffer.from(pdf).toString('base64'),
    isBase64Encoded: true,
  };
});
