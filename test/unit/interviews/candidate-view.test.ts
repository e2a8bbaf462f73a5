import { describe, expect, it } from 'vitest';
import { interviewView } from '#shared/interviews/candidate-view.js';
import { APPLICATION, OTHER_APPLICATION, invitation, slot } from './fixtures.js';

const held = slot({ id: 'held', bookedBy: APPLICATION });
const open = slot({ id: 'open', startsAt: '2027-01-13T08:00:00.000Z' });
const taken = slot({ id: 'taken', bookedBy: OTHER_APPLICATION });
const cutoff = new Date('2027-01-11T08:00:00.000Z');

describe('what the candidate’s status page shows of the interview', () => {
  it('shows nothing to a candidate not invited, not even that slots exist', () => {
    expect(interviewView(undefined, [open], cutoff, 'Africa/Dakar')).toEqual({ invited: false, candidateTimeZone: 'Africa/Dakar', open: [] });
  });

  it('shows the booked slot changeable until the millisecond before its cut-off, with the open ones (never another’s)', () => {
    const view = interviewView(invitation({ slotId: 'held' }), [held, open, taken], new Date(cutoff.getTime() - 1));
    expect(view.booked).toMatchObject({ id: 'held', canChange: true, changeUntil: '2027-01-11T08:00:00.000Z' });
    expect(view.open.map((each) => each.id)).toEqual(['open']);
  });

  it('at the cut-off itself, shows the booking as final and offers no other', () => {
    const view = interviewView(invitation({ slotId: 'held' }), [held, open], cutoff);
    expect(view.booked).toMatchObject({ id: 'held', canChange: false });
    expect(view.open).toEqual([]);
  });

  it('never shows who holds a slot', () => {
    const view = interviewView(invitation(), [taken, open], cutoff);
    expect(JSON.stringify(view)).not.toContain(OTHER_APPLICATION);
  });
});
