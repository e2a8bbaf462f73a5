import { describe, expect, it } from 'vitest';
import { changedParts, withoutDraftMarks } from '#shared/selection/draft-audit.js';
import type { SelectionAuditEntry } from '#shared/selection/store.js';

/** The history never holds a draft's scores or comments (docs/selection.md: nobody reads another member's draft). */
describe('what the history keeps of a saved draft', () => {
  it.each([
    ['a first draft', {}, { scores: { experience: { score: 3 } } }, ['experience']],
    ['a score changed', { scores: { experience: { score: 3 }, 'duty-1': { score: 2 } } }, { scores: { experience: { score: 4 }, 'duty-1': { score: 2 } } }, ['experience']],
    ['a comment added', { scores: { experience: { score: 3 } } }, { scores: { experience: { score: 3, comment: 'Strong' } } }, ['experience']],
    ['a criterion left out, the overall comment changed', { scores: { experience: { score: 3 }, 'duty-1': { score: 2 } } }, { scores: { experience: { score: 3 } }, overallComment: 'Seen' }, ['duty-1', 'overallComment']],
    ['nothing', { scores: { experience: { score: 3 } } }, { scores: { experience: { score: 3 } } }, []],
  ])('%s', (_case, before, after, expected) => {
    expect(changedParts(before, after)).toEqual(expected);
  });

  const entry = (changes: SelectionAuditEntry['changes'], action: SelectionAuditEntry['action'] = 'marks-saved'): SelectionAuditEntry => ({
    vacancy: '1614',
    at: '2026-12-02T09:00:00.000Z',
    by: 'ana@x.org',
    action,
    applicationId: 'app-1',
    changes,
  });

  it('strips the scores and comments of an entry written the old way, keeping which criteria changed', () => {
    const old = entry({ scores: { from: null, to: { experience: { score: 1, comment: 'SECRET' } } }, overallComment: { from: null, to: 'OVERALL' } });

    const shown = withoutDraftMarks(old);

    expect(shown).toEqual({ vacancy: '1614', at: '2026-12-02T09:00:00.000Z', by: 'ana@x.org', action: 'marks-saved', applicationId: 'app-1', changes: {}, changed: ['experience', 'overallComment'] });
  });

  it('keeps a submission’s entry and the panel’s as stored', () => {
    const submitted = entry({ state: { from: 'draft', to: 'submitted' } }, 'marks-submitted');

    expect(withoutDraftMarks(submitted)).toBe(submitted);
  });
});
