import { comparableAddress } from '../email/address.js';
import { newStatusToken, sha256Hex } from '../applications/secrets.js';
import { CLAIM_LEASE_MS, type Suppressions } from '../email/send-once.js';
import type { EmailSender } from '../email/outgoing-email.js';
import { circular } from '../email/templates/circular.js';
import { contactTimeZone, type NcbContact } from '../ncb/contact.js';
import type { NcbContactStore } from '../ncb/store.js';
import type { Clock } from '../time/clock.js';
import { applicationsCloseAt, earliestOpenDeadline, isTakingApplications } from '../vacancies/deadline.js';
import { isAdvertised, type Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { acknowledgementUrl, vacancyPageUrl } from './links.js';
import { changesSince, noticeSnapshot } from './notice-snapshot.js';
import { nextSendAt, sendsAllowed, type Pace } from './pacing.js';
import { circularRecipients } from './recipients.js';
import type { CircularEdition, CircularStore } from './store.js';

export interface CircularDependencies {
  vacancies: Pick<VacancyStore, 'listByStatus'>;
  contacts: Pick<NcbContactStore, 'list'>;
  circulars: CircularStore;
  suppressions: Pick<Suppressions, 'isSuppressed'>;
  sender: EmailSender;
  /** Read before every send: pacing and the time budget are judged on it. */
  clock: Clock;
  /** Waits until the next send may go (a timer in Lambda; tests move their clock instead). */
  pause(ms: number): Promise<void>;
}

export interface CircularSettings {
  /** The stage's SES send rate (emails a second): the run never goes faster. */
  ratePerSecond: number;
  publicBaseUrl: string;
  /** No send starts at or after this instant: the run stops in time and the next one resumes. */
  stopAt: Date;
}

export interface CircularSummary {
  [name: string]: number;
  /** Advertised vacancies taking applications, read. */
  vacancies: number;
  /** Editions started this run: a first circular, or an amendment. */
  editions: number;
  amendments: number;
  sent: number;
  /** Already sent by an earlier run, or held under lease by another. */
  alreadySent: number;
  suppressed: number;
  /** Sends SES refused: the run stops at the first (an outage), and the next one resumes. */
  failed: number;
  /** Editions every contact now has. */
  completed: number;
  /** 1 when the run stopped before its time ran out, with sends left for the next. */
  stoppedForTime: number;
}

/** How long an NCB may acknowledge a circular: until 90 days after applications close. */
const ACK_AFTER_CLOSE_MS = 90 * 24 * 60 * 60 * 1000;

class OutOfTime extends Error {}

const sameAddress = (sent: string) => (current: string) => comparableAddress(sent) === comparableAddress(current);
class SendFailed extends Error {}

/**
 * The vacancies whose circular goes out, oldest publication first: those taking applications and
 * advertised. One a proposal's match made for one unit's need waits until HR advertises it.
 */
export const circulatedVacancies = (open: readonly Vacancy[], now: Date): Vacancy[] =>
  open
    .filter((vacancy) => isTakingApplications(vacancy, now) && isAdvertised(vacancy))
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.number.localeCompare(b.number));

/**
 * The `circular` job: every advertised vacancy taking applications goes, once, to every member country's NCB
 * contact; a vacancy corrected after its circular went gets an amended one saying what changed.
 *
 * Each send is a record per vacancy, edition and country, claimed with a conditional write before
 * the send and marked sent after it. A failed send gives its claim back; a sender that dies
 * between claim and send leaves a claim another run takes once its lease (15 minutes) is over. So
 * no contact is ever skipped, and a contact gets an edition twice only if the process dies after
 * SES accepted the email and before the mark was written (the mark is retried through a table
 * outage first): at least once, and exactly once short of that crash.
 *
 * A contact an administrator adds or changes after an edition went (the placeholders replaced by
 * the NCBs' real addresses) gets the latest edition at its address on the next run.
 *
 * Sends are paced on the injected clock under `ratePerSecond` and stop before `stopAt`; what is
 * left goes on the next run.
 */
export const runCirculars = async (deps: CircularDependencies, settings: CircularSettings, now: Date): Promise<CircularSummary> => {
  const summary: CircularSummary = { vacancies: 0, editions: 0, amendments: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0, completed: 0, stoppedForTime: 0 };
  const open = circulatedVacancies(await deps.vacancies.listByStatus('open', earliestOpenDeadline(now)), now);
  summary.vacancies = open.length;

  let contacts: NcbContact[] | undefined;
  const recipients = async () => (contacts ??= circularRecipients(await deps.contacts.list()));
  const pace: Pace = { ratePerSecond: settings.ratePerSecond, startedAt: deps.clock.now(), sent: 0 };

  const waitForTurn = async () => {
    for (;;) {
      const at = deps.clock.now();
      if (at.getTime() >= settings.stopAt.getTime()) throw new OutOfTime();
      if (pace.sent === 0) pace.startedAt = at;
      if (sendsAllowed(pace, at) > 0) return at;
      const next = nextSendAt(pace);
      if (next.getTime() >= settings.stopAt.getTime()) throw new OutOfTime();
      await deps.pause(next.getTime() - at.getTime());
    }
  };

  const sendEdition = async (vacancy: Vacancy, edition: CircularEdition): Promise<boolean> => {
    const sends = await deps.circulars.sends(vacancy.number);
    // A country has the edition when it went to the address its contact has now, or its NCB acknowledged it: one an
    // administrator changed since gets it again there, unless acknowledged (that record, and its acknowledgement, stay).
    const sentTo = new Map(
      sends
        .filter((send) => send.edition === edition.edition && send.state === 'sent')
        .map((send) => [send.country, send.acknowledgedAt !== undefined ? () => true : sameAddress(send.address)]),
    );
    // When each country last had an earlier edition: its amendment names that circular (a country that had none gets this one as its first).
    const earlier = new Map<string, string>();
    for (const send of sends) if (send.edition < edition.edition && send.sentAt !== undefined) earlier.set(send.country, send.sentAt);
    let complete = true;
    for (const contact of await recipients()) {
      if (sentTo.get(contact.country)?.(contact.email)) continue;
      if (await deps.suppressions.isSuppressed(contact.email)) {
        summary.suppressed += 1;
        continue;
      }
      const at = await waitForTurn();
      const token = newStatusToken();
      const key = { number: vacancy.number, edition: edition.edition, country: contact.country };
      const claimed = await deps.circulars.claim({
        ...key,
        state: 'pending',
        address: contact.email,
        language: contact.language,
        claimedAt: at.toISOString(),
        leaseUntil: new Date(at.getTime() + CLAIM_LEASE_MS).toISOString(),
        ackTokenHash: await sha256Hex(token),
        ackExpiresAt: new Date(applicationsCloseAt(vacancy).getTime() + ACK_AFTER_CLOSE_MS).toISOString(),
      });
      if (!claimed) {
        // Sent meanwhile, or held by another run: that run marks it, or its lease lapses and a later run sends it.
        summary.alreadySent += 1;
        complete = false;
        continue;
      }
      const email = circular({
        to: contact.email,
        language: contact.language,
        country: contact.country,
        // The deadline in the duty station's time and, where it differs, the NCB's own.
        recipientTimeZone: contactTimeZone(contact),
        notice: edition.snapshot,
        changes: edition.changes,
        ...(earlier.has(contact.country) ? { amendsSentAt: earlier.get(contact.country) } : {}),
        vacancyUrl: vacancyPageUrl(settings.publicBaseUrl, vacancy.number, contact.language),
        acknowledgeUrl: acknowledgementUrl(settings.publicBaseUrl, vacancy.number, edition.edition, contact.country, token, contact.language),
      });
      let messageId: string;
      try {
        pace.sent += 1;
        ({ messageId } = await deps.sender.send(email));
      } catch {
        await deps.circulars.release(key);
        summary.failed += 1;
        throw new SendFailed();
      }
      await deps.circulars.markSent(key, deps.clock.now(), messageId);
      summary.sent += 1;
    }
    return complete;
  };

  try {
    for (const vacancy of open) {
      const edition = await currentEdition(deps.circulars, vacancy, deps.clock.now(), summary);
      if (!edition) continue;
      // A finished edition is looked at again only when a contact was added or changed since it finished.
      if (edition.completedAt !== undefined && !(await recipients()).some((contact) => contact.updatedAt > (edition.completedAt ?? ''))) continue;
      if (await sendEdition(vacancy, edition)) {
        await deps.circulars.completeEdition(vacancy.number, edition.edition, deps.clock.now());
        summary.completed += 1;
      }
    }
  } catch (error) {
    if (error instanceof OutOfTime) summary.stoppedForTime = 1;
    else if (!(error instanceof SendFailed)) throw error;
  }
  return summary;
};

/**
 * The edition to send for `vacancy`: its latest, or a new one when it has none (it was just
 * published) or the notice changed since the latest. Undefined when another run added an edition
 * meanwhile: that run sends it.
 */
const currentEdition = async (store: CircularStore, vacancy: Vacancy, at: Date, summary: CircularSummary): Promise<CircularEdition | undefined> => {
  const editions = (await store.get(vacancy.number))?.editions ?? [];
  const latest = editions.at(-1);
  const snapshot = noticeSnapshot(vacancy);
  const changes = latest ? changesSince(latest.snapshot, snapshot) : [];
  if (latest && changes.length === 0) return latest;
  const edition: CircularEdition = { edition: (latest?.edition ?? 0) + 1, snapshot, changes, createdAt: at.toISOString() };
  if (!(await store.addEdition(vacancy.number, edition, editions.length))) return undefined;
  summary.editions += 1;
  if (latest) summary.amendments += 1;
  return edition;
};
