import * as z from '../zod.js';
import { reportTableIds } from './tables.js';

/** `GET /admin/reports/export?format=xlsx` (every table, a sheet each) or `?format=csv&table=<id>` (one table). */
export const reportExportQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv'], 'Use xlsx or csv.'),
  table: z.optional(z.enum(reportTableIds, `One of ${reportTableIds.join(', ')}.`)),
});
