import * as z from '../zod.js';
import type { CircularBounces, CircularSend, CircularState } from './store.js';

/** `GET /admin/vacancies/{number}/circular`: where a vacancy's circular stands, for HR. */
export const circularCountsSchema = z.strictObject({
  number: z.string(),
  /** Editions sent or going out: 1 for the circular as published, one more per amendment. */
  editions: z.number(),
  /** Amended circulars sent after the first (editions - 1, or none). */
  amendments: z.number(),
  /** NCB contacts today: every member country with an address. */
  contacts: z.number(),
  /** Countries that were sent the circular (any edition). */
  sent: z.number(),
  /** Of those, countries whose latest send bounced: their NCB may not have it. */
  bounced: z.number(),
  /** Those countries (ISO codes, sorted), so that HR can find them another address. */
  bouncedCountries: z.array(z.string()),
  /** Countries that acknowledged it with the email's link. */
  acknowledged: z.number(),
  /** Countries still to be sent the latest edition (the job sends them on its next runs). */
  pendingLatest: z.number(),
  /** When the latest edition reached every contact; absent while it goes out. */
  latestCompletedAt: z.optional(z.string()),
});
export type CircularCounts = z.infer<typeof circularCountsSchema>;

/**
 * The counts HR sees, per country (a country sent two editions counts once): sent, bounced (its
 * latest send), acknowledged on any edition; and how many contacts the latest edition still lacks.
 * A send is bounced when SES's bounce named its message id (the feedback function recorded
 * `bouncedAt` on it); a send recorded before message ids were matched, when its address bounced
 * at or after it (the suppression list).
 */
export const circularCounts = async (
  number: string,
  state: CircularState | undefined,
  sends: readonly CircularSend[],
  contacts: number,
  bounces: CircularBounces,
): Promise<CircularCounts> => {
  const latest = state?.editions.at(-1);
  const lastSent = new Map<string, CircularSend>();
  const acknowledged = new Set<string>();
  for (const send of sends) {
    if (send.state !== 'sent') continue;
    lastSent.set(send.country, send);
    if (send.acknowledgedAt !== undefined) acknowledged.add(send.country);
  }
  const latestSends = [...lastSent.values()];
  const byAddress = await bounces.bouncedSince(
    latestSends.filter((send) => send.bouncesByMessage !== true).map((send) => ({ address: send.address, since: send.sentAt ?? send.claimedAt })),
  );
  const bouncedCountries = latestSends
    .filter((send) => (send.bouncesByMessage === true ? send.bouncedAt !== undefined : byAddress.has(send.address)))
    .map((send) => send.country)
    .sort();
  const latestSent = latest ? [...lastSent.values()].filter((send) => send.edition === latest.edition).length : 0;
  return {
    number,
    editions: state?.editions.length ?? 0,
    amendments: Math.max(0, (state?.editions.length ?? 0) - 1),
    contacts,
    sent: lastSent.size,
    bounced: bouncedCountries.length,
    bouncedCountries,
    acknowledged: acknowledged.size,
    pendingLatest: latest?.completedAt !== undefined ? 0 : Math.max(0, contacts - latestSent),
    ...(latest?.completedAt !== undefined ? { latestCompletedAt: latest.completedAt } : {}),
  };
};
