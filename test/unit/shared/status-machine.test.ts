import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  checkTransition,
  isFinal,
  nextStatuses,
  transitions,
  type ApplicationStatus,
} from '#shared/applications/status-machine.js';

const complete = { complete: true };
const incomplete = { complete: false };

describe('the application status machine', () => {
  it('walks the whole selection path for a complete application', () => {
    const path: ApplicationStatus[] = ['submitted', 'screening', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'];
    for (let i = 1; i < path.length; i += 1) {
      expect(checkTransition(path[i - 1] as ApplicationStatus, path[i] as ApplicationStatus, complete)).toEqual({ allowed: true });
    }
  });

  it('lets every state before appointed end in rejected or withdrawn', () => {
    for (const from of applicationStatuses.filter((status) => !isFinal(status))) {
      expect(checkTransition(from, 'rejected', incomplete).allowed, from).toBe(true);
      expect(checkTransition(from, 'withdrawn', incomplete).allowed, from).toBe(true);
    }
  });

  it('never leaves appointed, rejected or withdrawn', () => {
    for (const from of ['appointed', 'rejected', 'withdrawn'] as const) {
      for (const to of applicationStatuses) {
        const verdict = checkTransition(from, to, complete);
        expect(verdict.allowed).toBe(false);
      }
    }
  });

  it('refuses to shortlist an incomplete application and says what is needed', () => {
    const verdict = checkTransition('screening', 'shortlisted', incomplete);
    expect(verdict).toEqual({
      allowed: false,
      reason: 'Only complete applications can be shortlisted: CV, confirmation letter and NCB validation are needed.',
    });
  });

  it('refuses a skipped step and lists the moves that are possible', () => {
    const verdict = checkTransition('submitted', 'offered', complete);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('screening, rejected, withdrawn');
  });

  it('allows exactly the moves in the table, no more', () => {
    for (const from of applicationStatuses) {
      for (const to of applicationStatuses) {
        const inTable = transitions[from].includes(to);
        expect(checkTransition(from, to, complete).allowed, `${from} -> ${to}`).toBe(inTable);
      }
    }
  });

  it('offers in the grid only the moves allowed now', () => {
    expect(nextStatuses('screening', incomplete)).toEqual(['rejected', 'withdrawn']);
    expect(nextStatuses('screening', complete)).toEqual(['shortlisted', 'rejected', 'withdrawn']);
    expect(nextStatuses('shortlisted', complete)).toEqual(['tested', 'interviewed', 'rejected', 'withdrawn']);
  });
});
