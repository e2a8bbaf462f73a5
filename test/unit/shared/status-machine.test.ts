import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  checkTransition,
  isFinal,
  nextStatuses,
  transitions,
  type ApplicationStatus,
  type TransitionContext,
} from '#shared/applications/status-machine.js';

/** A complete application of a vacancy with a free post, after its deadline. */
const complete: TransitionContext = { complete: true, declined: false, posts: 2, held: 0, deadlinePassed: true, vacancyCancelled: false, unconfirmed: false };
const incomplete: TransitionContext = { ...complete, complete: false };
const forward = ['shortlisted', 'tested', 'interviewed', 'offered', 'appointed'] as const;

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
      reason: "Only complete applications can move to shortlisted: CV, confirmation letter and NCB validation at the vacancy's clearance level are needed.",
    });
  });

  it('refuses every forward move of an incomplete application, not only shortlisting', () => {
    const from: Record<(typeof forward)[number], ApplicationStatus> = {
      shortlisted: 'screening',
      tested: 'shortlisted',
      interviewed: 'tested',
      offered: 'interviewed',
      appointed: 'offered',
    };
    for (const to of forward) expect(checkTransition(from[to], to, incomplete).allowed, to).toBe(false);
  });

  it('offers only rejected or withdrawn once the NCB declines after shortlisting, and says why', () => {
    const declined = { ...incomplete, declined: true };
    expect(nextStatuses('shortlisted', declined)).toEqual(['rejected', 'withdrawn']);
    expect(nextStatuses('offered', declined)).toEqual(['rejected', 'withdrawn']);
    const verdict = checkTransition('shortlisted', 'interviewed', declined);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('The NCB declined this application');
  });

  it('refuses an offer when offers outstanding plus appointments hold every post, as a conflict with the count', () => {
    const verdict = checkTransition('interviewed', 'offered', { ...complete, posts: 2, held: 2 });
    expect(verdict).toMatchObject({ allowed: false, postsTaken: true });
    if (!verdict.allowed) expect(verdict.reason).toContain('(2 of 2 posts, by offers outstanding and appointments)');
    expect(nextStatuses('interviewed', { ...complete, posts: 2, held: 2 })).toEqual(['rejected', 'withdrawn']);
    expect(nextStatuses('interviewed', { ...complete, posts: 2, held: 1 })).toEqual(['offered', 'rejected', 'withdrawn']);
  });

  it('appoints only after the deadline', () => {
    expect(checkTransition('offered', 'appointed', { ...complete, deadlinePassed: false }).allowed).toBe(false);
    expect(nextStatuses('offered', { ...complete, deadlinePassed: false })).toEqual(['rejected', 'withdrawn']);
    // An offer already holds its post: appointing it needs no free one.
    expect(checkTransition('offered', 'appointed', { ...complete, posts: 1, held: 1 }).allowed).toBe(true);
  });

  it('takes nothing forward on a cancelled vacancy', () => {
    expect(nextStatuses('screening', { ...complete, vacancyCancelled: true })).toEqual(['rejected', 'withdrawn']);
  });

  it('moves an application whose address is unconfirmed only out: rejected or withdrawn, saying why', () => {
    const unconfirmed = { ...complete, unconfirmed: true };
    expect(nextStatuses('submitted', unconfirmed)).toEqual(['rejected', 'withdrawn']);
    const verdict = checkTransition('submitted', 'screening', unconfirmed);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('has not confirmed their email address');
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
