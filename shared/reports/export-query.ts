import * as z from '../zod.js';
import { reportTableIds } from './tables.js';

/**
 * `GET /admin/reports/export?format=xlsx` (every table, a sheet each) or `?format=csv&table=<id>`
 * (one table). A CSV holds one table, so it names which; the workbook holds them all, so a table
 * given with it is a mistake, said rather than ignored.
 */
export const reportExportQuerySchema = z
  .strictObject({
    format: z.enum(['xlsx', 'csv'], 'Use xlsx or csv.'),
    table: z.optional(z.enum(reportTableIds, `One of ${reportTableIds.join(', ')}.`)),
  })
  .check(
    z.superRefine((query, context) => {
      if (query.format === 'csv' && query.table === undefined) {
        context.addIssue({ code: 'custom', path: ['table'], message: `A CSV holds one table: name it, one of ${reportTableIds.join(', ')}.`, input: query });
      }
      if (query.format === 'xlsx' && query.table !== undefined) {
        context.addIssue({ code: 'custom', path: ['table'], message: 'The workbook holds every table: leave table out, or ask for format=csv.', input: query });
      }
    }),
  );
