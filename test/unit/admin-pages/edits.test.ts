import { describe, expect, it } from 'vitest';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';
import { changeForCell, conflictMessage } from '#functions/admin/pages/client/edits.js';
import { aminaApplication } from '../../support/candidates.js';

const row = toApplicationRow(aminaApplication({ score: 60, note: 'Strong file.' }), undefined, vacancyTerms(), beforeTheDeadline);

describe('a cell edit as the change the API takes', () => {
  it('asks for the chosen status', () => {
    expect(changeForCell(row, 'status', 'screening')).toEqual({ ok: true, changes: { status: 'screening' } });
  });

  it('sends nothing when the value did not change', () => {
    expect(changeForCell(row, 'status', 'submitted')).toEqual({ ok: 'same' });
    expect(changeForCell(row, 'score', 60)).toEqual({ ok: 'same' });
    expect(changeForCell(row, 'note', 'Strong file.')).toEqual({ ok: 'same' });
  });

  it('clears a score or a note emptied in the cell', () => {
    expect(changeForCell(row, 'score', '')).toEqual({ ok: true, changes: { score: null } });
    expect(changeForCell(row, 'note', '   ')).toEqual({ ok: true, changes: { note: null } });
  });

  it("refuses, with the shared schema's words, a score out of range and a note with a control character", () => {
    expect(changeForCell(row, 'score', 140)).toEqual({ ok: false, message: 'At most 100.' });
    expect(changeForCell(row, 'score', 'high')).toMatchObject({ ok: false });
    expect(changeForCell(row, 'note', 'two\u0007bells')).toEqual({ ok: false, message: 'Only line breaks are allowed among control characters.' });
  });

  it('takes a note as HR typed it, even one a spreadsheet would read as a formula (the exports neutralise it)', () => {
    expect(changeForCell(row, 'note', '- strong languages')).toEqual({ ok: true, changes: { note: '- strong languages' } });
    expect(changeForCell(row, 'note', '=HYPERLINK("http://evil.example")')).toEqual({ ok: true, changes: { note: '=HYPERLINK("http://evil.example")' } });
  });

  it('takes an override of the eligibility flag as its reason, clears it when emptied, and sends nothing for the same reason', () => {
    const overridden = { ...row, eligibilityOverride: { reason: 'Tested at interview.', by: 'hr@example.org', at: '2026-11-30T10:00:00.000Z' } };

    expect(changeForCell(row, 'eligibilityOverride', 'Ten years as a trainer count.')).toEqual({ ok: true, changes: { eligibilityOverride: { reason: 'Ten years as a trainer count.' } } });
    expect(changeForCell(overridden, 'eligibilityOverride', 'Tested at interview.')).toEqual({ ok: 'same' });
    expect(changeForCell(overridden, 'eligibilityOverride', '  ')).toEqual({ ok: true, changes: { eligibilityOverride: null } });
    expect(changeForCell(row, 'eligibilityOverride', '')).toEqual({ ok: 'same' });
    expect(changeForCell(row, 'eligibilityOverride', 'x'.repeat(501))).toEqual({ ok: false, message: 'At most 500 characters.' });
    expect(conflictMessage(row, { eligibilityOverride: { reason: 'Tested at interview.' } })).toContain('override the eligibility flag (Tested at interview.)');
  });

  it('explains a conflict: who, the version and status now, and the change that was not saved', () => {
    const current = toApplicationRow(aminaApplication({ version: 3, status: 'screening' }), undefined, vacancyTerms(), beforeTheDeadline);

    const message = conflictMessage(current, { score: 87, note: null });

    expect(message).toContain("Amina Diallo's application was changed by someone else");
    expect(message).toContain('now version 3, status Screening');
    expect(message).toContain('Your change (score to 87, clear the note) was not saved');
  });
});
