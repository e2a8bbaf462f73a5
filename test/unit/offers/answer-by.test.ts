import { describe, expect, it } from 'vitest';
import { answerByEndsAt, defaultAnswerBy, isLapsing, mayStillAnswer } from '#shared/offers/answer-by.js';
import type { Offer } from '#shared/offers/offer.js';

const offer = (answerBy: string, overrides: Partial<Offer> = {}): Offer => ({
  madeAt: '2027-01-10T09:00:00.000Z',
  madeBy: 'hr.officer@secondment-hub.local',
  answerBy,
  startsOn: '2027-06-01',
  months: 24,
  homeConfirmation: { by: '2027-05-01', terms: ['release-for-period'] },
  ...overrides,
});
const ms = (iso: string, delta = 0) => new Date(new Date(iso).getTime() + delta);

describe('the answer-by day ends at midnight in the duty station', () => {
  it.each([
    ['a winter day in Lyon (UTC+1)', '2027-01-25', 'Europe/Paris', '2027-01-25T23:00:00.000Z'],
    ['a summer day in Lyon (UTC+2)', '2027-07-15', 'Europe/Paris', '2027-07-15T22:00:00.000Z'],
    ['the day Lyon springs forward (23 hours long)', '2027-03-28', 'Europe/Paris', '2027-03-28T22:00:00.000Z'],
    ['the day Lyon falls back (25 hours long)', '2027-10-31', 'Europe/Paris', '2027-10-31T23:00:00.000Z'],
    ['Singapore (UTC+8, no DST)', '2027-01-25', 'Asia/Singapore', '2027-01-25T16:00:00.000Z'],
    ['Buenos Aires (UTC−3)', '2027-01-25', 'America/Argentina/Buenos_Aires', '2027-01-26T03:00:00.000Z'],
  ])('%s', (_case, answerBy, zone, end) => {
    expect(answerByEndsAt(answerBy, zone).toISOString()).toBe(end);
  });

  it('takes an answer at the last millisecond of the day there and refuses it at midnight, whatever the candidate’s own zone', () => {
    const end = '2027-03-28T22:00:00.000Z';

    expect(mayStillAnswer(offer('2027-03-28'), 'Europe/Paris', ms(end, -1))).toBe(true);
    expect(mayStillAnswer(offer('2027-03-28'), 'Europe/Paris', ms(end))).toBe(false);
  });
});

describe('the lapse boundary', () => {
  it('lapses an unanswered offer from the end of its day, not a millisecond before', () => {
    expect(isLapsing(offer('2027-01-25'), 'Europe/Paris', ms('2027-01-25T23:00:00.000Z', -1))).toBe(false);
    expect(isLapsing(offer('2027-01-25'), 'Europe/Paris', ms('2027-01-25T23:00:00.000Z'))).toBe(true);
  });

  it('never lapses an answered offer, nor one lapsed already', () => {
    const late = ms('2027-02-01T00:00:00.000Z');

    expect(isLapsing(offer('2027-01-25', { answer: { decision: 'accepted', at: '2027-01-24T10:00:00.000Z' } }), 'Europe/Paris', late)).toBe(false);
    expect(isLapsing(offer('2027-01-25', { lapsedAt: '2027-01-25T23:00:00.000Z' }), 'Europe/Paris', late)).toBe(false);
  });
});

describe('the default answer-by', () => {
  it('counts the stage’s days from today in the duty station, which may already be tomorrow there', () => {
    // 22:30 UTC on 20 January is 06:30 on the 21st in Singapore, still 23:30 on the 20th in Lyon.
    const now = ms('2027-01-20T22:30:00.000Z');

    expect(defaultAnswerBy('Europe/Paris', now, 14)).toBe('2027-02-03');
    expect(defaultAnswerBy('Asia/Singapore', now, 14)).toBe('2027-02-04');
  });
});
