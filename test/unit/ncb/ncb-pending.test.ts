import { describe, expect, it } from 'vitest';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { ncbPendingItems } from '#shared/ncb/waiting.js';
import { aminaApplication } from '../../support/candidates.js';

const letter: ReceivedDocument = { key: 'applications/x/confirmationLetter/y', contentType: 'application/pdf', size: 10, sha256: 'z', receivedAt: '2026-11-21T10:00:00.000Z' };
const decision = (value: 'validated' | 'declined') => ({ decision: value, screeningAttested: value === 'validated', at: '2026-11-21T10:00:00.000Z', by: 'ncb@police.sn.example' });

describe('what an application waits for from its NCB', () => {
  it('waits for the validation and the letter while it has neither', () => {
    expect(ncbPendingItems(aminaApplication(), 'Basic')).toEqual(['validation', 'confirmationLetter']);
  });

  it('waits only for the letter once validated, and only for the validation once the letter is in', () => {
    expect(ncbPendingItems(aminaApplication({ ncbValidation: decision('validated') }), 'Basic')).toEqual(['confirmationLetter']);
    expect(ncbPendingItems(aminaApplication({ documents: { confirmationLetter: letter } }), 'Basic')).toEqual(['validation']);
  });

  it('waits for nothing from the NCB when only the CV is missing', () => {
    expect(ncbPendingItems(aminaApplication({ ncbValidation: decision('validated'), documents: { confirmationLetter: letter } }), 'Basic')).toEqual([]);
  });

  it('waits for nothing once the NCB has declined, even without a letter', () => {
    expect(ncbPendingItems(aminaApplication({ ncbValidation: decision('declined') }), 'Basic')).toEqual([]);
  });

  it('asks again for a validation that stands below the vacancy’s level (an old one, attesting Basic, for an Enhanced vacancy)', () => {
    const validatedBefore = aminaApplication({ ncbValidation: decision('validated'), documents: { confirmationLetter: letter } });
    expect(ncbPendingItems(validatedBefore, 'Basic')).toEqual([]);
    expect(ncbPendingItems(validatedBefore, 'Enhanced')).toEqual(['validation']);
    expect(ncbPendingItems(aminaApplication({ ncbValidation: { ...decision('validated'), clearance: 'Enhanced', screenedOn: '2026-10-01' }, documents: { confirmationLetter: letter } }), 'Enhanced')).toEqual([]);
  });

  it.each(['withdrawn', 'rejected', 'appointed'] as const)('waits for nothing once %s', (status) => {
    expect(ncbPendingItems(aminaApplication({ status }), 'Basic')).toEqual([]);
  });
});
