import { buildReportFigures } from '#shared/reports/report.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportSources } from './report-stores.js';

/** GET /admin/reports: every figure of the reports page, as the stored data stand now (HR). */
export const handler = staffHandler({ name: 'getReports' }, async ({ now }) =>
  json(200, await buildReportFigures(reportSources(), now), { 'Cache-Control': 'no-store' }),
);
