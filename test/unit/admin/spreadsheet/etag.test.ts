import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { etagOf, type EditableValues } from '#shared/admin/spreadsheet/etag.js';

const values = (overrides: Partial<EditableValues> = {}): EditableValues => ({ status: 'screening', score: 55, note: 'Call back', ...overrides });

const editable = fc.record({
  status: fc.constantFrom(...applicationStatuses),
  score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  note: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
});

describe('the etag of a row', () => {
  it('is the same for the same id and values, as 16 hex digits', () => {
    expect(etagOf('app-1', values())).toBe(etagOf('app-1', values()));
    expect(etagOf('app-1', values())).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when the status, the score or the note changes, cleared included', () => {
    const base = etagOf('app-1', values());
    const edits = [values({ status: 'rejected' }), values({ score: 56 }), values({ score: null }), values({ note: 'Call back ' }), values({ note: null })];
    for (const edit of edits) expect(etagOf('app-1', edit)).not.toBe(base);
  });

  it("differs between two rows with the same values, so a row pasted over another is not taken as untouched", () => {
    expect(etagOf('app-1', values())).not.toBe(etagOf('app-2', values()));
  });

  it('tells an empty note from a note of the text "null", and a score from its text', () => {
    expect(etagOf('app-1', values({ note: null }))).not.toBe(etagOf('app-1', values({ note: 'null' })));
    expect(etagOf('app-1', values({ note: '55', score: null }))).not.toBe(etagOf('app-1', values({ note: null, score: 55 })));
  });

  it('matches exactly when the values match, over generated rows', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 36 }), editable, editable, (id, a, b) => {
        const same = a.status === b.status && a.score === b.score && a.note === b.note;
        expect(etagOf(id, a) === etagOf(id, b)).toBe(same);
      }),
    );
  });
});
