import * as z from '../zod.js';
import type { CircularBounces, CircularSend, CircularState } from './store.js';

/** `GET /admin/vacancies/{number}/circular`: where a vacancy's circular stands, for HR. */
export const circularCountsSchema = z.strictObject({
  number: z.string(),
  /** Editions sent or going out: 1 for the circular as published, one more per amendment. */
  editions: z.number(),
  /** NCB contacts today: every member country with an address. */
  contacts: z.number(),
  /** Countries that were sent the circular (any edition). */
  sent: z.number(),
  /** Of those, countries whose address bounced since: their NCB may not have it. */
  bounced: z.number(),
  /** Countries that acknowledged it with the email's link. */
  acknowledged: z.number(),
  /** Countries still to be sent the latest edition (the job sends them on its next runs). */
  pendingLatest: z.number(),
  /** When the latest edition reached every contact; absent while it goes out. */
  latestCompletedAt: z.optional(z.string()),
});
export type CircularCounts = z.infer<typeof circularCountsSchema>;

/**
 * The counts HR sees, per country (a country sent two editions counts once): sent, bounced since
 * its latest send, acknowledged on any edition; and how many contacts the latest edition still lacks.
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
  const bounced = await bounces.bouncedSince([...lastSent.values()].map((send) => ({ address: send.address, since: send.sentAt ?? send.claimedAt })));
  const latestSent = latest ? [...lastSent.values()].filter((send) => send.edition === latest.edition).length : 0;
  return {
    number,
    editions: state?.editions.length ?? 0,
    contacts,
    sent: lastSent.size,
    bounced: [...lastSent.values()].filter((send) => bounced.has(send.address)).length,
    acknowledged: acknowledged.size,
    pendingLatest: latest?.completedAt !== undefined ? 0 : Math.max(0, contacts - latestSent),
    ...(latest?.completedAt !== undefined ? { latestCompletedAt: latest.completedAt } : {}),
  };
};
