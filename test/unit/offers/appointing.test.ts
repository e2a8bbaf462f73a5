import { describe, expect, it } from 'vitest';
import { checkTransition, type TransitionContext } from '#shared/applications/status-machine.js';
import { offerStage } from '#shared/offers/appointing.js';
import { offerTermsViolations } from '#shared/offers/make.js';
import type { Offer } from '#shared/offers/offer.js';

const ready: TransitionContext = { complete: true, declined: false, posts: 2, held: 1, deadlinePassed: true, vacancyCancelled: false, unconfirmed: false };
const offer = (overrides: Partial<Offer> = {}): Offer => ({
  madeAt: '2027-01-10T09:00:00.000Z',
  madeBy: 'hr.officer@secondment-hub.local',
  answerBy: '2027-01-25',
  startsOn: '2027-06-01',
  months: 24,
  homeConfirmation: { by: '2027-05-01', terms: ['release-for-period'] },
  ...overrides,
});
const accepted = { decision: 'accepted' as const, at: '2027-01-20T10:00:00.000Z' };
const appoint = (stage: TransitionContext['offer']) => checkTransition('offered', 'appointed', { ...ready, ...(stage ? { offer: stage } : {}) });

describe('appointing needs an accepted offer and the home administration’s confirmation', () => {
  it('refuses while the candidate has not answered, and while the confirmation is not recorded', () => {
    expect(appoint(offerStage({ status: 'offered', offer: offer() }))).toMatchObject({ allowed: false, reason: expect.stringContaining('accept the offer') });
    expect(appoint(offerStage({ status: 'offered', offer: offer({ answer: accepted }) }))).toMatchObject({ allowed: false, reason: expect.stringContaining("home administration's confirmation") });
  });

  it('allows it once both are in', () => {
    const settled = offer({ answer: accepted, homeConfirmation: { by: '2027-05-01', terms: ['release-for-period'], confirmedAt: '2027-01-22T10:00:00.000Z', confirmedBy: 'ncb.lyon@interpol.fr.example' } });

    expect(offerStage({ status: 'offered', offer: settled })).toBe('settled');
    expect(appoint('settled')).toEqual({ allowed: true });
  });

  it('appoints an application stored before offers had terms (offered, no offer) as before', () => {
    expect(offerStage({ status: 'offered' })).toBeUndefined();
    expect(appoint(undefined)).toEqual({ allowed: true });
  });
});

describe('the offer’s terms', () => {
  const lyon = { timeZone: 'Europe/Paris', secondmentType: 'regular' as const };
  const terms = { answerBy: '2027-02-03', startsOn: '2027-04-01', months: 24, homeConfirmation: { by: '2027-03-15', terms: ['release-for-period' as const] } };
  const now = new Date('2027-01-20T09:00:00.000Z');

  it('takes today in the duty station as an answer-by, not yesterday', () => {
    // 23:30 UTC on the 20th is already the 21st in Lyon.
    const late = new Date('2027-01-20T23:30:00.000Z');

    expect(offerTermsViolations({ ...terms, answerBy: '2027-01-21' }, lyon, late)).toEqual([]);
    expect(offerTermsViolations({ ...terms, answerBy: '2027-01-20' }, lyon, late).map((issue) => issue.path)).toEqual(['answerBy']);
  });

  it.each([
    ['regular', 11, ['months']],
    ['regular', 12, []],
    ['regular', 36, []],
    ['regular', 37, ['months']],
    ['short-term', 5, ['months']],
    ['short-term', 6, []],
  ] as const)('a %s secondment of %i months', (type, months, paths) => {
    expect(offerTermsViolations({ ...terms, months }, { ...lyon, secondmentType: type }, now).map((issue) => issue.path)).toEqual(paths);
  });

  it('wants the start after the answer-by day and the home confirmation by the start', () => {
    const issues = offerTermsViolations({ ...terms, startsOn: '2027-02-03', homeConfirmation: { by: '2027-02-10', terms: ['release-for-period'] } }, lyon, now);

    expect(issues.map((issue) => issue.path)).toEqual(['startsOn', 'homeConfirmation.by']);
  });
});
