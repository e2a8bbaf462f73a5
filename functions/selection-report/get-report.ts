import { selectionReportPathSchema } from '#shared/selection-report/path.js';
import { readReport } from '#shared/selection-report/sign-off.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportDependencies } from './report-stores.js';

/** GET /admin/selection-report/{vacancy}: the report's figures, the signed copy once signed off (HR). */
export const handler = staffHandler({ name: 'getSelectionReport', path: selectionReportPathSchema }, async ({ path, now }) =>
  json(200, await readReport(reportDependencies(), path.vacancy, now), { 'Cache-Control': 'no-store' }),
);
