import { describe, expect, it } from 'vitest';
import { candidateOffer } from '#shared/offers/candidate-view.js';
import type { Offer } from '#shared/offers/offer.js';

const offer: Offer = {
  madeAt: '2027-01-10T09:00:00.000Z',
  madeBy: 'hr.officer@secondment-hub.local',
  answerBy: '2027-01-25',
  startsOn: '2027-04-01',
  months: 24,
  homeConfirmation: { by: '2027-03-15', terms: ['release-for-period'] },
};
const now = new Date('2027-01-20T09:00:00.000Z');

describe('the offer as the candidate reads it', () => {
  it('is open while offered, with the end of its day at the duty station and never who made it', () => {
    const view = candidateOffer({ status: 'offered', offer, timeZone: 'America/Bogota' }, 'Europe/Paris', now).offer;

    expect(view).toMatchObject({ open: true, answerUntil: '2027-01-25T23:00:00.000Z', timeZone: 'Europe/Paris', candidateTimeZone: 'America/Bogota' });
    expect(JSON.stringify(view)).not.toContain('hr.officer');
  });

  it('shows nothing for an offer HR’s ending of the application overtook unanswered, nor for an application without one', () => {
    expect(candidateOffer({ status: 'rejected', offer }, 'Europe/Paris', now)).toEqual({});
    expect(candidateOffer({ status: 'offered' }, 'Europe/Paris', now)).toEqual({});
  });

  it('keeps saying a declined or lapsed offer after the application ended', () => {
    expect(candidateOffer({ status: 'withdrawn', offer: { ...offer, answer: { decision: 'declined', at: now.toISOString() } } }, 'Europe/Paris', now).offer).toMatchObject({ open: false, answer: { decision: 'declined' } });
    expect(candidateOffer({ status: 'withdrawn', offer: { ...offer, lapsedAt: now.toISOString() } }, 'Europe/Paris', now).offer).toMatchObject({ open: false, lapsed: true });
  });
});
