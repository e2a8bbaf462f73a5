import { describe, expect, it } from 'vitest';
import { currentRowOf, describeProblem, StaffApiError } from '#functions/admin/pages/client/staff-api.js';

describe("the staff API's refusals, as the page reads them", () => {
  it('words a problem with its title, detail and field messages', () => {
    const error = new StaffApiError(422, 'The vacancy is not valid', 'See errors.', [{ path: 'body.deadline', message: 'The deadline is before the publication date.' }], {});

    expect(describeProblem(error)).toBe('The vacancy is not valid See errors. The deadline is before the publication date.');
    expect(describeProblem(new Error('boom'), 'Try again.')).toBe('Try again.');
  });

  it("takes the row as stored now from a 409's `current`, and from nothing else", () => {
    const current = { id: 'a', version: 3 };

    expect(currentRowOf(new StaffApiError(409, 'Stale', '', [], { current }))).toEqual(current);
    expect(currentRowOf(new StaffApiError(422, 'Forbidden move', '', [], { current }))).toBeUndefined();
    expect(currentRowOf(new StaffApiError(409, 'Stale', '', [], {}))).toBeUndefined();
  });
});
