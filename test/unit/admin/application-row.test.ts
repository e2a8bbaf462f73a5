import { describe, expect, it } from 'vitest';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { aminaApplication } from '../../support/candidates.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';

describe('an application row, as the grid and its dialogs read it', () => {
  it('offers documents (the NCB dialog’s letter upload) only while the vacancy takes them', () => {
    const application = aminaApplication();
    const afterTheDeadline = new Date('2026-12-13T23:00:00Z'); // the end of 13 December in Lyon

    expect(toApplicationRow(application, undefined, vacancyTerms(), beforeTheDeadline).takesDocuments).toBe(true);
    expect(toApplicationRow(application, undefined, vacancyTerms(), afterTheDeadline).takesDocuments).toBe(false);
    expect(toApplicationRow(application, undefined, vacancyTerms({ status: 'cancelled' }), beforeTheDeadline).takesDocuments).toBe(false);
    expect(toApplicationRow(application, undefined, undefined, beforeTheDeadline).takesDocuments).toBe(false);
  });

  it('moves an application whose address is not confirmed only out, whatever its vacancy', () => {
    const unconfirmed = aminaApplication({ emailConfirmation: { tokenHash: 'x'.repeat(64), expiresAt: '2026-12-04T09:00:00.000Z' } });

    const row = toApplicationRow(unconfirmed, undefined, vacancyTerms(), beforeTheDeadline);

    expect(row).toMatchObject({ emailConfirmed: false, nextStatuses: ['rejected', 'withdrawn'] });
    expect(toApplicationRow(aminaApplication(), undefined, vacancyTerms(), beforeTheDeadline).nextStatuses).toContain('screening');
  });
});
