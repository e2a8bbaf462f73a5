import { describe, expect, it } from 'vitest';
import { offerState } from '#shared/offers/listing.js';
import type { Offer } from '#shared/offers/offer.js';

const offer = (overrides: Partial<Offer> = {}): Offer => ({
  madeAt: '2027-01-10T09:00:00.000Z',
  madeBy: 'hr.officer@secondment-hub.local',
  answerBy: '2027-01-25',
  startsOn: '2027-04-01',
  months: 24,
  homeConfirmation: { by: '2027-03-15', terms: ['release-for-period'] },
  ...overrides,
});
const at = '2027-01-12T09:00:00.000Z';

describe('an offer’s state in HR’s list', () => {
  it.each([
    ['waiting for the answer', 'offered', offer(), 'awaiting-answer'],
    ['accepted, not yet appointed', 'offered', offer({ answer: { decision: 'accepted', at } }), 'accepted'],
    ['declined by the candidate', 'withdrawn', offer({ answer: { decision: 'declined', at } }), 'declined'],
    ['lapsed by the job', 'withdrawn', offer({ lapsedAt: at }), 'lapsed'],
    ['appointed', 'appointed', offer({ answer: { decision: 'accepted', at } }), 'appointed'],
    // HR rejected the application, or withdrew it on the candidate's word, while the offer waited: not "awaiting" any more.
    ['ended by HR while it waited', 'rejected', offer(), 'ended'],
    ['ended by HR after the acceptance', 'withdrawn', offer({ answer: { decision: 'accepted', at } }), 'ended'],
  ] as const)('%s', (_case, status, made, state) => {
    expect(offerState({ status }, made)).toBe(state);
  });
});
