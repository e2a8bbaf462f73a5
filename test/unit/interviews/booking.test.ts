import { describe, expect, it } from 'vitest';
import { bookableSlots, checkBooking, cutoffOf, isBookable, notInvitableBecause } from '#shared/interviews/booking.js';
import { Conflict, Forbidden, NotFound } from '#shared/errors.js';
import { OTHER_APPLICATION, invitation, slot } from './fixtures.js';

const start = Date.parse('2027-01-12T08:00:00.000Z');
const cutoff = new Date(start - 24 * 3_600_000);
const justBefore = new Date(cutoff.getTime() - 1);

describe('the booking cut-off', () => {
  it('is exactly 24 hours before the slot starts', () => {
    expect(cutoffOf(slot()).toISOString()).toBe('2027-01-11T08:00:00.000Z');
  });

  it('lets a candidate book until the millisecond before the cut-off, and not at the cut-off itself', () => {
    expect(checkBooking(invitation(), slot(), undefined, justBefore).id).toBe(slot().id);
    expect(() => checkBooking(invitation(), slot(), undefined, cutoff)).toThrow(Conflict);
    expect(isBookable(slot(), justBefore)).toBe(true);
    expect(isBookable(slot(), cutoff)).toBe(false);
  });

  it('refuses a candidate leaving a booked slot once its cut-off passed, even for a later open slot', () => {
    const held = slot({ bookedBy: invitation().applicationId });
    const later = slot({ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', startsAt: '2027-01-20T08:00:00.000Z' });

    expect(() => checkBooking(invitation({ slotId: held.id }), later, held, cutoff)).toThrow(/can no longer be changed/);
    expect(checkBooking(invitation({ slotId: held.id }), later, held, justBefore).id).toBe(later.id);
  });

  it('lets HR assign a slot after the cut-off (a candidate placed by phone the day before)', () => {
    expect(checkBooking(invitation(), slot(), undefined, cutoff, true).id).toBe(slot().id);
  });
});

describe('who may book which slot', () => {
  it('refuses an application that was not invited', () => {
    expect(() => checkBooking(undefined, slot(), undefined, justBefore)).toThrow(Forbidden);
  });

  it('refuses a slot of another vacancy as if it did not exist', () => {
    expect(() => checkBooking(invitation(), slot({ vacancy: '1778' }), undefined, justBefore)).toThrow(NotFound);
    expect(() => checkBooking(invitation(), undefined, undefined, justBefore)).toThrow(NotFound);
  });

  it('refuses a slot another candidate holds, and a cancelled slot', () => {
    expect(() => checkBooking(invitation(), slot({ bookedBy: OTHER_APPLICATION }), undefined, justBefore)).toThrow(/no longer available/);
    expect(() => checkBooking(invitation(), slot({ status: 'cancelled' }), undefined, justBefore)).toThrow(/no longer available/);
  });

  it('refuses booking the slot one already holds', () => {
    const held = slot({ bookedBy: invitation().applicationId });
    expect(() => checkBooking(invitation({ slotId: held.id }), held, held, justBefore)).toThrow(/already yours/);
  });

  it('offers only open, free slots before their cut-off, soonest first', () => {
    const slots = [
      slot({ id: 'c', startsAt: '2027-01-14T08:00:00.000Z' }),
      slot({ id: 'b', startsAt: '2027-01-13T08:00:00.000Z' }),
      slot({ id: 'taken', bookedBy: OTHER_APPLICATION }),
      slot({ id: 'gone', status: 'cancelled' }),
      slot({ id: 'late', startsAt: '2027-01-11T09:00:00.000Z' }),
    ];
    expect(bookableSlots(slots, justBefore).map((s) => s.id)).toEqual(['b', 'c']);
  });
});

describe('who may be invited to interview', () => {
  const result = (mark: number) => ({ testId: 't', mark, passMark: 30, maxMark: 50, passed: mark >= 30, recordedAt: '2026-12-01T09:00:00.000Z', recordedBy: 'hr@secondment-hub.local' });

  it('invites shortlisted and tested candidates, and those who passed the written test (at the pass mark too)', () => {
    expect(notInvitableBecause({ status: 'shortlisted' })).toBeUndefined();
    expect(notInvitableBecause({ status: 'tested', writtenTest: result(30) })).toBeUndefined();
    expect(notInvitableBecause({ status: 'tested' })).toBeUndefined();
  });

  it('refuses a candidate marked below the pass mark, and any status before shortlisting or after the interview', () => {
    expect(notInvitableBecause({ status: 'tested', writtenTest: result(29) })).toMatch(/did not pass the written test/);
    for (const status of ['submitted', 'screening', 'interviewed', 'rejected', 'withdrawn'] as const) {
      expect(notInvitableBecause({ status }), status).toMatch(new RegExp(`A ${status} application is not invited`));
    }
  });
});
