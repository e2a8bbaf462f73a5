import { NotFound } from '../errors.js';
import { recordAcknowledgement, type Acknowledgement } from './acknowledge.js';
import type { CircularSend, CircularStore } from './store.js';

/** A vacancy's circular as one NCB sees it in its Vacancies tab: the latest edition sent to it. */
export interface NcbCircular {
  edition: number;
  sentAt: string;
  /** When the NCB acknowledged that edition (from its grid or the email's page). */
  acknowledgedAt?: string;
}

/** The latest edition sent to the country among its sends of one vacancy, or undefined when none went. */
export const latestSent = (sends: readonly CircularSend[]): CircularSend | undefined =>
  sends.filter((send) => send.state === 'sent').sort((a, b) => a.edition - b.edition).at(-1);

/** What the NCB's Vacancies tab says of one vacancy's circular. */
export const ncbCircular = (sends: readonly CircularSend[]): NcbCircular | undefined => {
  const latest = latestSent(sends);
  if (!latest) return undefined;
  return {
    edition: latest.edition,
    sentAt: latest.sentAt ?? latest.claimedAt,
    ...(latest.acknowledgedAt !== undefined ? { acknowledgedAt: latest.acknowledgedAt } : {}),
  };
};

/**
 * `POST /admin/vacancies/{number}/circular/acknowledgement`: an NCB officer acknowledges, from the
 * grid, the latest edition of the circular sent to their own country (the principal's, never the
 * body's). Once: again answers `already` and writes nothing. A vacancy whose circular never went
 * to the country is a 404, as is another country's, which the officer cannot name.
 */
export const acknowledgeForCountry = async (
  store: Pick<CircularStore, 'countrySends' | 'getSend' | 'acknowledge'>,
  number: string,
  country: string,
  now: Date,
): Promise<Acknowledgement> => {
  const latest = latestSent(await store.countrySends([number], country));
  if (!latest) throw new NotFound(`The circular of vacancy ${number} was not sent to your NCB.`, { key: 'problem.notFound.circularForCountry', values: { number } });
  return recordAcknowledgement(store, latest, now);
};
