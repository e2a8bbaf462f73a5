import { describe, expect, it } from 'vitest';
import { circularCounts } from '#shared/circulars/counts.js';
import { acknowledgeForCountry, ncbCircular } from '#shared/circulars/ncb-circular.js';
import type { CircularBounces, CircularSend, CircularState } from '#shared/circulars/store.js';
import { NotFound } from '#shared/errors.js';

const send = (country: string, edition: number, more: Partial<CircularSend> = {}): CircularSend => ({
  number: '1701',
  edition,
  country,
  state: 'sent',
  address: `ncb.${country.toLowerCase()}@example.org`,
  claimedAt: `2027-03-0${edition}T08:00:00.000Z`,
  sentAt: `2027-03-0${edition}T08:00:01.000Z`,
  messageId: `m-${country}-${edition}`,
  bouncesByMessage: true,
  ackTokenHash: 'x',
  ackExpiresAt: '2027-06-18T22:00:00.000Z',
  ...more,
});

const state = (editions: number): CircularState => ({
  number: '1701',
  editions: Array.from({ length: editions }, (_, index) => ({ edition: index + 1, snapshot: {} as never, changes: [], createdAt: '2027-03-01T00:00:00.000Z', completedAt: '2027-03-02T00:00:00.000Z' })),
});

/** The suppression list's answer: these addresses bounced (asked only for sends matched by address). */
const bouncedAddresses = (addresses: string[]) => {
  const asked: string[] = [];
  const bounces: CircularBounces = {
    bouncedSince: async (entries) => {
      asked.push(...entries.map((entry) => entry.address));
      return new Set(entries.map((entry) => entry.address).filter((address) => addresses.includes(address)));
    },
  };
  return { bounces, asked };
};

describe('what HR counts of a circular', () => {
  it('counts a send bounced by its message id, and one recorded before message ids were matched by its address', async () => {
    // Arrange: Bolivia's message bounced; Chad's send is of the old shape and its address bounced; Algeria's address
    // bounced too, but its send is matched by message and SES named no bounce of that message.
    const sends = [
      send('BO', 1, { bouncedAt: '2027-03-01T09:00:00.000Z' }),
      send('DZ', 1),
      send('TD', 1, { bouncesByMessage: undefined }),
      send('FR', 1, { acknowledgedAt: '2027-03-02T09:00:00.000Z' }),
      send('FR', 2),
    ];
    const { bounces, asked } = bouncedAddresses(['ncb.td@example.org', 'ncb.dz@example.org']);

    // Act
    const counts = await circularCounts('1701', state(2), sends, 196, bounces);

    // Assert
    expect(counts).toEqual({ number: '1701', editions: 2, amendments: 1, contacts: 196, sent: 4, bounced: 2, bouncedCountries: ['BO', 'TD'], acknowledged: 1, pendingLatest: 0, latestCompletedAt: '2027-03-02T00:00:00.000Z' });
    expect(asked).toEqual(['ncb.td@example.org']);
  });
});

describe('the NCB’s own circular', () => {
  it('is the latest edition sent to the country, with its acknowledgement', () => {
    expect(ncbCircular([send('FR', 1, { acknowledgedAt: '2027-03-02T09:00:00.000Z' }), send('FR', 2), send('FR', 3, { state: 'pending' })])).toEqual({ edition: 2, sentAt: '2027-03-02T08:00:01.000Z' });
    expect(ncbCircular([])).toBeUndefined();
  });

  it('acknowledges the latest edition sent to the country once, and is a 404 where none went', async () => {
    const acknowledged: string[] = [];
    let stored = [send('FR', 1), send('FR', 2)];
    const store = {
      countrySends: async (_numbers: readonly string[], country: string) => stored.filter((one) => one.country === country),
      getSend: async (key: { edition: number; country: string }) => stored.find((one) => one.edition === key.edition && one.country === key.country),
      acknowledge: async (key: { edition: number; country: string }, at: Date) => {
        acknowledged.push(`${key.country}#${key.edition}`);
        stored = stored.map((one) => (one.edition === key.edition && one.country === key.country ? { ...one, acknowledgedAt: at.toISOString() } : one));
        return true;
      },
    };

    const first = await acknowledgeForCountry(store, '1701', 'FR', new Date('2027-03-05T10:00:00Z'));
    const again = await acknowledgeForCountry(store, '1701', 'FR', new Date('2027-03-06T10:00:00Z'));

    expect([first.outcome, again.outcome, again.acknowledgedAt]).toEqual(['acknowledged', 'already', '2027-03-05T10:00:00.000Z']);
    expect(acknowledged).toEqual(['FR#2']);
    await expect(acknowledgeForCountry(store, '1701', 'SN', new Date())).rejects.toBeInstanceOf(NotFound);
  });
});
