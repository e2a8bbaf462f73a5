import { NotFound } from '#shared/errors.js';
import { reportExportQuerySchema } from '#shared/reports/export-query.js';
import { buildReportFigures } from '#shared/reports/report.js';
import { reportTables } from '#shared/reports/tables.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportCsv, reportWorkbook } from './export/report-files.js';
import { reportSources } from './report-stores.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /admin/reports/export?format=xlsx|csv[&table=]: the page's figures as a file, the same rows
 * the page shows (tables.ts); counts only, never a row per person. The workbook is base64 for API
 * Gateway (a binary media type), the CSV text.
 */
export const handler = staffHandler({ name: 'exportReports', query: reportExportQuerySchema }, async ({ query, now }) => {
  const figures = await buildReportFigures(reportSources(), now);
  const tables = reportTables(figures);
  const day = figures.generatedAt.slice(0, 10);
  if (query.format === 'xlsx') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="reports-${day}.xlsx"`, 'Cache-Control': 'no-store' },
      body: (await reportWorkbook(tables, figures.generatedAt)).toString('base64'),
      isBase64Encoded: true,
    };
  }
  // The query's table is one of reportTableIds, the ids reportTables makes: found.
  const table = tables.find((one) => one.id === query.table);
  if (!table) throw new NotFound(`No report table ${query.table ?? ''}.`);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="reports-${table.id}-${day}.csv"`, 'Cache-Control': 'no-store' },
    body: reportCsv(table),
  };
});
