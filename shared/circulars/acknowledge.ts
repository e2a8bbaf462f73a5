import * as z from '../zod.js';
import { sameDigest, sha256Hex } from '../applications/secrets.js';
import { dayIn, Forbidden, NotFound, timeIn } from '../errors.js';
import { languageSchema } from '../i18n/language-schema.js';
import { memberCountryCode } from '../ncb/contact.js';
import { vacancyNumber } from '../vacancies/schema.js';
import type { CircularSend, CircularStore } from './store.js';

/** `GET` and `POST /vacancies/{number}/circular-acknowledgement`'s path. */
export const circularPathSchema = z.strictObject({ number: vacancyNumber });

const editionNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,3}$/, 'An edition number, as the circular’s link gives it.')),
  z.transform(Number),
);
const ackToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Not an acknowledgement token: open the link from the circular again.'));

/**
 * The GET's query: what the circular's link carries (the token is the one the email alone has;
 * `lang` the circular's language, absent from links sent before it was added).
 */
export const acknowledgementQuerySchema = z.strictObject({
  edition: editionNumber,
  country: memberCountryCode,
  token: ackToken,
  lang: z.optional(languageSchema),
});
export type AcknowledgementQuery = z.infer<typeof acknowledgementQuerySchema>;

/** The POST's query: the page's form keeps the link's parameters but the token, which goes in the body. */
export const acknowledgementPostQuerySchema = z.strictObject({
  edition: editionNumber,
  country: memberCountryCode,
  lang: z.optional(languageSchema),
});

/** The POST's body: the page's form sends it URL-encoded, a JSON client as JSON. */
export const acknowledgementBodySchema = z.strictObject({ token: ackToken });

export type AcknowledgementLink = Pick<AcknowledgementQuery, 'edition' | 'country' | 'token'>;

/** The POST's JSON answer, to a client that asks for JSON (a browser gets the page in the NCB's language). */
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
 * The send an acknowledgement link names, checked: the token's hash must be the one recorded with
 * that send (a forged or mistyped link is answered as no such circular, so nothing can be probed),
 * and, unless it was acknowledged already, the link must not have expired. Reads only: the GET's
 * page is built on it, and a mail scanner fetching the link records nothing.
 */
export const acknowledgementSend = async (store: Pick<CircularStore, 'getSend'>, number: string, { edition, country, token }: AcknowledgementLink, now: Date): Promise<CircularSend> => {
  const send = await store.getSend({ number, edition, country });
  if (!send || send.state !== 'sent' || !sameDigest(await sha256Hex(token), send.ackTokenHash)) {
    throw new NotFound('There is no circular with this link. Open the link from the circular email again.', { key: 'problem.notFound.circularLink' });
  }
  if (send.acknowledgedAt === undefined && Date.parse(send.ackExpiresAt) <= now.getTime()) throw new CircularLinkExpired(send.ackExpiresAt);
  return send;
};

/** An acknowledgement link past its expiry (a 403): its page says when it expired. */
export class CircularLinkExpired extends Forbidden {
  constructor(readonly expiredAt: string) {
    const expired = new Date(expiredAt);
    super(`This acknowledgement link expired at ${expiredAt}; please reply to the circular email instead.`, {
      key: 'problem.forbidden.circularLinkExpired',
      values: { day: dayIn(expired, 'UTC'), time: timeIn(expired, 'UTC') },
    });
  }
}

/**
 * An NCB acknowledges a vacancy's circular with the token its email's link carried (the page's
 * button posts it): recorded once; the same link again changes nothing and answers `already`.
 * Each edition's send is acknowledged on its own.
 */
export const acknowledgeCircular = async (
  store: Pick<CircularStore, 'getSend' | 'acknowledge'>,
  number: string,
  link: AcknowledgementLink,
  now: Date,
): Promise<Acknowledgement> => {
  const send = await acknowledgementSend(store, number, link, now);
  return recordAcknowledgement(store, send, now);
};

/** Records the acknowledgement on a sent send unless one is: `already` then, writing nothing. */
export const recordAcknowledgement = async (store: Pick<CircularStore, 'getSend' | 'acknowledge'>, send: CircularSend, now: Date): Promise<Acknowledgement> => {
  if (send.acknowledgedAt !== undefined) return { outcome: 'already', acknowledgedAt: send.acknowledgedAt, send };
  const key = { number: send.number, edition: send.edition, country: send.country };
  if (await store.acknowledge(key, now)) return { outcome: 'acknowledged', acknowledgedAt: now.toISOString(), send: { ...send, acknowledgedAt: now.toISOString() } };
  // Clicked twice at once: the other click recorded it.
  const again = await store.getSend(key);
  const acknowledgedAt = again?.acknowledgedAt ?? now.toISOString();
  return { outcome: 'already', acknowledgedAt, send: { ...send, acknowledgedAt } };
};
