import { describe, expect, it } from 'vitest';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';
import { bulkSummary, bulkTargets } from '#functions/admin/pages/client/bulk-actions.js';
import { exportPath, importContentType, importCountsText, previewOrder } from '#functions/admin/pages/client/spreadsheets.js';
import { aminaApplication } from '../../support/candidates.js';

describe('export and import from the grid', () => {
  it('exports the vacancy and status, or the rows shown by their ids', () => {
    expect(exportPath('xlsx', { vacancy: '1701', status: 'screening' })).toBe('admin/applications/export?format=xlsx&vacancy=1701&status=screening');
    expect(exportPath('csv', { vacancy: '1701', ids: ['a', 'b'] })).toBe('admin/applications/export?format=csv&vacancy=1701&ids=a%2Cb');
  });

  it('sends an import with the type of the file, by its name when the browser gives none', () => {
    expect(importContentType({ name: 'grid.xlsx', type: '' })).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(importContentType({ name: 'GRID.CSV', type: '' })).toBe('text/csv');
    expect(importContentType({ name: 'grid.pdf', type: 'application/pdf' })).toBeUndefined();
  });

  it('previews what needs a look first, then in file order', () => {
    const results = [
      { row: 2, id: 'a', outcome: 'unchanged' as const },
      { row: 3, id: 'b', outcome: 'applied' as const },
      { row: 4, id: 'c', outcome: 'invalid' as const },
      { row: 5, id: 'd', outcome: 'conflict' as const },
      { row: 6, id: 'e', outcome: 'applied' as const },
    ];

    expect(previewOrder(results).map((result) => result.id)).toEqual(['c', 'd', 'b', 'e', 'a']);
  });

  it('counts a dry run as what would be applied, and a real run as what was', () => {
    const counts = { applied: 2, unchanged: 38, conflict: 1 };

    expect(importCountsText({ dryRun: true, results: [], counts })).toBe('2 to apply, 38 unchanged, 1 conflict');
    expect(importCountsText({ dryRun: false, results: [], counts })).toBe('2 applied, 38 unchanged, 1 conflict');
  });
});

describe('bulk status change', () => {
  it('offers the statuses at least one ticked row may move to', () => {
    const submitted = toApplicationRow(aminaApplication(), undefined, vacancyTerms(), beforeTheDeadline);
    const screening = toApplicationRow(aminaApplication({ id: 'b', status: 'screening' }), undefined, vacancyTerms(), beforeTheDeadline);

    expect(bulkTargets([submitted, screening])).toEqual(['screening', 'rejected', 'withdrawn']);
    expect(bulkTargets([])).toEqual([]);
  });

  it('sums up a result per row, with the reasons rows were refused', () => {
    expect(
      bulkSummary([
        { id: 'a', outcome: 'applied' },
        { id: 'b', outcome: 'applied' },
        { id: 'c', outcome: 'conflict' },
        { id: 'd', outcome: 'invalid', detail: 'Only complete applications can be shortlisted.' },
      ]),
    ).toBe('2 changed; 1 changed by someone else meanwhile (now showing their values); 1 refused. Refused because: Only complete applications can be shortlisted.');
  });
});
