import { describe, expect, it } from 'vitest';
import { reportExportQuerySchema } from '#shared/reports/export-query.js';

describe('the reports export’s query', () => {
  it('takes the workbook alone, and a CSV with the table it holds', () => {
    expect(reportExportQuerySchema.safeParse({ format: 'xlsx' }).success).toBe(true);
    expect(reportExportQuerySchema.safeParse({ format: 'csv', table: 'regions' }).success).toBe(true);
  });

  it.each([
    [{ format: 'csv' }, 'A CSV holds one table'],
    [{ format: 'xlsx', table: 'regions' }, 'The workbook holds every table'],
    [{ format: 'csv', table: 'people' }, 'One of'],
    [{ format: 'pdf' }, 'Use xlsx or csv.'],
  ])('refuses %o, saying why', (query, message) => {
    const parsed = reportExportQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toContain(message);
  });
});
