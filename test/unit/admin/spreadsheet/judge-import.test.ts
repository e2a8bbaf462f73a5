import { describe, expect, it } from 'vitest';
import { editableValuesOf } from '#shared/admin/spreadsheet/columns.js';
import { etagOf, type EditableValues } from '#shared/admin/spreadsheet/etag.js';
import type { ImportRow } from '#shared/admin/spreadsheet/import-rows.js';
import { importApplications } from '#shared/admin/spreadsheet/judge-import.js';
import type { Application } from '#shared/applications/application.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../../support/candidates.js';
import { memoryApplicationStore } from '../memory-application-store.js';

const hr: StaffPrincipal = { subject: 'hr-1', email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
const ncbSenegal: StaffPrincipal = { subject: 'ncb-1', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
const now = new Date('2026-11-22T09:00:00.000Z');

/** A row as the export wrote it for this application, then as the user left it. */
const exported = (application: Application, edits: Partial<EditableValues> = {}, row = 2): ImportRow => {
  const asExported = editableValuesOf(application);
  return {
    row,
    id: application.id,
    version: application.version,
    etag: etagOf(application.id, asExported),
    values: { ...asExported, ...edits },
    problems: [],
  };
};

const complete: Partial<Application> = {
  documents: {
    cv: { key: 'k', contentType: 'application/pdf', size: 1, sha256: 'x', receivedAt: '2026-11-20T10:00:00.000Z' },
    confirmationLetter: { key: 'k', contentType: 'application/pdf', size: 1, sha256: 'x', receivedAt: '2026-11-20T10:00:00.000Z' },
  },
  ncbValidation: { decision: 'validated', screeningAttested: true, at: '2026-11-20T10:00:00.000Z', by: 'ncb' },
};

describe('judging the rows of an import', () => {
  it('applies an edited row at the current version through the edit path, with the importer in the audit', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a', note: 'Call back' });
    const memory = memoryApplicationStore([application]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(application, { status: 'screening', score: 60 })], { dryRun: false, now });

    // Assert
    expect(report.results).toEqual([
      { row: 2, id: 'a', outcome: 'applied', changes: { status: { from: 'submitted', to: 'screening' }, score: { from: null, to: 60 } } },
    ]);
    expect(memory.current('a')).toMatchObject({ status: 'screening', score: 60, version: 2, updatedAt: now.toISOString() });
    expect(memory.auditOf('a')).toEqual([
      { at: now.toISOString(), by: hr.email, action: 'status-changed', changes: { status: { from: 'submitted', to: 'screening' }, score: { from: null, to: 60 } } },
    ]);
  });

  it('previews the posts a sheet’s offers would take as the import would end: one offer on a one-post vacancy, the others refused', async () => {
    // Prepare: three complete, interviewed candidates of a one-post vacancy, all offered in the sheet.
    const candidates = ['a', 'b', 'c'].map((id) => aminaApplication({ id, email: `${id}@police.example`, status: 'interviewed', ...complete }));
    const memory = memoryApplicationStore(candidates);
    memory.setTerms('1701', { posts: 1 });
    const sheet = candidates.map((application, i) => exported(application, { status: 'offered' }, i + 2));

    // Act
    const preview = await importApplications(memory.store, hr, sheet, { dryRun: true, now });
    const applied = await importApplications(memory.store, hr, sheet, { dryRun: false, now });

    // Assert: the preview says what the import did, and the preview wrote nothing.
    expect(preview.counts).toEqual({ applied: 1, unchanged: 0, conflict: 0, invalid: 2 });
    expect(applied.counts).toEqual(preview.counts);
    expect(candidates.filter((application) => memory.current(application.id)?.status === 'offered')).toHaveLength(1);
  });

  it('judges a dry run exactly as it would apply it, and writes nothing', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a' });
    const memory = memoryApplicationStore([application]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(application, { note: 'Interview' })], { dryRun: true, now });

    // Assert
    expect(report).toMatchObject({ dryRun: true, counts: { applied: 1, unchanged: 0, conflict: 0, invalid: 0 } });
    expect(report.results[0]?.changes).toEqual({ note: { from: null, to: 'Interview' } });
    expect(memory.current('a')).toEqual(application);
    expect(memory.auditOf('a')).toEqual([]);
  });

  it('takes a row whose etag still matches as unchanged, even when the application moved on since the export', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a' });
    const memory = memoryApplicationStore([{ ...application, version: 4, status: 'screening' }]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(application)], { dryRun: false, now });

    // Assert
    expect(report.results).toEqual([{ row: 2, id: 'a', outcome: 'unchanged' }]);
    expect(memory.current('a')).toMatchObject({ version: 4, status: 'screening' });
  });

  it('refuses an edited row at a stale version as a conflict, with the values as stored now', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a' });
    const memory = memoryApplicationStore([{ ...application, version: 2, score: 90 }]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(application, { score: 40 })], { dryRun: false, now });

    // Assert
    expect(report.results[0]).toMatchObject({ outcome: 'conflict', current: { version: 2, status: 'submitted', score: 90, note: null } });
    expect(memory.current('a')).toMatchObject({ score: 90, version: 2 });
  });

  it('refuses a move the status machine forbids, in a dry run too, with its reason', async () => {
    // Prepare: shortlisting needs a complete application.
    const incomplete = aminaApplication({ id: 'a', status: 'screening' });
    const ready = aminaApplication({ id: 'b', status: 'screening', email: 'b@police.example', ...complete });
    const memory = memoryApplicationStore([incomplete, ready]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(incomplete, { status: 'shortlisted' }), exported(ready, { status: 'shortlisted' }, 3)], {
      dryRun: true,
      now,
    });

    // Assert
    expect(report.results.map((result) => result.outcome)).toEqual(['invalid', 'applied']);
    expect(report.results[0]?.detail).toMatch(/Only complete applications can move to shortlisted/);
  });

  it('refuses to take forward a row the NCB declined after shortlisting, and one of an Enhanced vacancy validated at Basic only', async () => {
    // Prepare: a shortlisted row the NCB then declined; a complete row whose old validation (no level) reads as Basic, on an Enhanced vacancy.
    const declined = aminaApplication({ id: 'd', status: 'shortlisted', ...complete, ncbValidation: { decision: 'declined', screeningAttested: false, at: now.toISOString(), by: 'ncb' } });
    const basicOnly = aminaApplication({ id: 'e', vacancy: '1702', status: 'screening', email: 'e@police.example', ...complete });
    const memory = memoryApplicationStore([declined, basicOnly]);
    memory.setTerms('1702', { clearance: 'Enhanced' });

    // Act
    const report = await importApplications(memory.store, hr, [exported(declined, { status: 'interviewed' }), exported(basicOnly, { status: 'shortlisted' }, 3)], { dryRun: false, now });

    // Assert
    expect(report.results.map((result) => result.outcome)).toEqual(['invalid', 'invalid']);
    expect(report.results[0]?.detail).toMatch(/The NCB declined this application/);
    expect(report.results[1]?.detail).toMatch(/NCB validation at the vacancy's clearance level/);
    expect(memory.current('d')?.status).toBe('shortlisted');
  });

  it('stores a note typed in a text cell as typed, even one that starts like a formula: the export neutralises it', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a' });
    const memory = memoryApplicationStore([application]);

    // Act
    const report = await importApplications(memory.store, hr, [exported(application, { note: '- strong languages' })], { dryRun: false, now });

    // Assert
    expect(report.results[0]).toMatchObject({ outcome: 'applied', changes: { note: { from: null, to: '- strong languages' } } });
    expect(memory.current('a')?.note).toBe('- strong languages');
  });

  it("treats an unknown id, and another country's application for an NCB officer, as invalid alike", async () => {
    // Prepare
    const french = aminaApplication({ id: 'fr', nationality: 'FR' });
    const memory = memoryApplicationStore([french]);

    // Act
    const report = await importApplications(
      memory.store,
      ncbSenegal,
      [exported(french, { note: 'x' }), { ...exported(french, { note: 'x' }, 3), id: 'nope' }],
      { dryRun: false, now },
    );

    // Assert
    expect(report.results.map((result) => [result.outcome, result.detail])).toEqual([
      ['invalid', 'There is no application with this id.'],
      ['invalid', 'There is no application with this id.'],
    ]);
    expect(memory.current('fr')).toEqual(french);
  });

  it('refuses the second row of the same application, and reports unreadable rows with their problems', async () => {
    // Prepare
    const application = aminaApplication({ id: 'a' });
    const memory = memoryApplicationStore([application]);
    const unreadable: ImportRow = { row: 4, problems: ['The Id cell is empty: this row is not one of the export.'] };

    // Act
    const report = await importApplications(memory.store, hr, [exported(application, { note: 'one' }), exported(application, { note: 'two' }, 3), unreadable], {
      dryRun: false,
      now,
    });

    // Assert
    expect(report.results.map((result) => [result.row, result.outcome])).toEqual([
      [2, 'applied'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(report.results[1]?.detail).toBe('This application is already on row 2.');
    expect(report.counts).toEqual({ applied: 1, unchanged: 0, conflict: 0, invalid: 2 });
    expect(memory.current('a')?.note).toBe('one');
  });
});
