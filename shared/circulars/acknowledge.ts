import * as z from '../zod.js';
import { sameDigest, sha256Hex } from '../applications/secrets.js';
import { dayIn, Forbidden, NotFound, timeIn } from '../errors.js';
import { memberCountryCode } from '../ncb/contact.js';
import { vacancyNumber } from '../vacancies/schema.js';
import type { CircularSend, CircularStore } from './store.js';

/** `GET /vacancies/{number}/circular-acknowledgement`'s path. */
export const circularPathSchema = z.strictObject({ number: vacancyNumber });

/** Its query: what the circular's link carries (the token is the one the email alone has). */
export const acknowledgementQuerySchema = z.strictObject({
  edition: z.pipe(
    z.string().check(z.regex(/^[1-9]\d{0,3}$/, 'An edition number, as the circular’s link gives it.')),
    z.transform(Number),
  ),
  country: memberCountryCode,
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Not an acknowledgement token: open the link from the circular again.')),
});
export type AcknowledgementQuery = z.infer<typeof acknowledgementQuerySchema>;

/** The route's JSON answer (a browser gets a page in the NCB's language). */
export const acknowledgementAnswerSchema = z.strictObject({
  number: z.string(),
  country: z.string(),
  outcome: z.enum(['acknowledged', 'already']),
  acknowledgedAt: z.string(),
});
export type AcknowledgementAnswer = z.infer<typeof acknowledgementAnswerSchema>;

export interface Acknowledgement {
  /** `acknowledged` now, or `already` by an earlier click on any link of the vacancy's circular. */
  outcome: 'acknowledged' | 'already';
  acknowledgedAt: string;
  send: CircularSend;
}

/**
 * An NCB acknowledges a vacancy's circular with the link its email carried: the token's hash
 * must be the one recorded with that send (a forged or mistyped link is answered as no such
 * circular, so nothing can be probed), before the link's expiry. The same link clicked again
 * changes nothing; each edition's send is acknowledged on its own.
 */
export const acknowledgeCircular = async (
  store: Pick<CircularStore, 'getSend' | 'acknowledge'>,
  number: string,
  { edition, country, token }: AcknowledgementQuery,
  now: Date,
): Promise<Acknowledgement> => {
  const key = { number, edition, country };
  const send = await store.getSend(key);
  if (!send || send.state !== 'sent' || !sameDigest(await sha256Hex(token), send.ackTokenHash)) {
    throw new NotFound('There is no circular with this link. Open the link from the circular email again.', { key: 'problem.notFound.circularLink' });
  }
  if (send.acknowledgedAt !== undefined) return { outcome: 'already', acknowledgedAt: send.acknowledgedAt, send };
  if (Date.parse(send.ackExpiresAt) <= now.getTime()) {
    const expired = new Date(send.ackExpiresAt);
    throw new Forbidden(`This acknowledgement link expired at ${send.ackExpiresAt}; please reply to the circular email instead.`, {
      key: 'problem.forbidden.circularLinkExpired',
      values: { day: dayIn(expired, 'UTC'), time: timeIn(expired, 'UTC') },
    });
  }
  if (await store.acknowledge(key, now)) return { outcome: 'acknowledged', acknowledgedAt: now.toISOString(), send };
  // Clicked twice at once: the other click recorded it.
  const again = await store.getSend(key);
  return { outcome: 'already', acknowledgedAt: again?.acknowledgedAt ?? now.toISOString(), send };
};
