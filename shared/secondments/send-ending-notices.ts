/**
 * The `secondment-endings` job's run (issue 17, point 3): every secondment not ended whose last day
 * is near enough for a notice is read with one Query (pattern 51, up to a day); for each, the
 * notice due on the duty station's date today (dueEndingNotice: the nearest, once a run was
 * missed) goes to HR, the NCB of the home administration's country and the officer, each through
 * `sendOnce` under its own claim: a second run, two at once or a retry send nothing more; a send
 * SES refused gives its claim back and the next run sends it, once. A run given a time budget
 * begins secondments no faster than the stage's send rate and none after its end, and says how
 * many it left: the next run sends them.
 */
import { mapBounded } from '../admin/bounded-parallel.js';
import { CLAIM_LIFETIME_MS, sendOnce, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { pacing, type SendBudget } from '../email/send-pacing.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { contactTimeZone } from '../ncb/contact.js';
import type { NcbContactStore } from '../ncb/store.js';
import { addDays, dateIn, startOfDay } from '../time/zoned.js';
import { addMonths } from './months.js';
import { hrEndingEmail, ncbEndingEmail, officerEndingEmail } from './ending-emails.js';
import { dueEndingNotice, endingNoticeClaim, type EndingNotice, type EndingRecipient } from './ending-notices.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';

const PARALLEL = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface EndingNoticeDependencies {
  secondments: Pick<SecondmentStore, 'listNotEnded'>;
  contacts: Pick<NcbContactStore, 'getMany'>;
  email: SendOnceDependencies;
}

export interface EndingNoticeSettings {
  /** The stage's months before the end (ENDING_NOTICE_MONTHS), e.g. [9, 6, 3]. */
  monthsBefore: readonly number[];
  /** HR's addresses (the digest's). */
  hrRecipients: string[];
}

/** Counts only: the summary is logged, so it names no one. */
export interface EndingNoticeSummary {
  [name: string]: number;
  /** Secondments read (not ended, last day within the largest window). */
  secondments: number;
  /** Secondments with a notice due today. */
  due: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  /** Sends SES refused: their claims were given back, the next run sends them. */
  failed: number;
  /** Notices owed to an NCB with no contact (an administrator should add one); sent once there is, while still due. */
  ncbNoContact: number;
  /** SES calls made (sent plus failed attempts). */
  sesCalls: number;
  /** Secondments not begun before the run's time ran out: the next run sends them. */
  left: number;
}

/**
 * The window a run reads: last days from yesterday to the largest notice ahead of tomorrow, in UTC,
 * so that every duty station's date (UTC-12 to UTC+14) is inside it; each secondment is then judged
 * on its own zone's date.
 */
export const noticeWindow = (now: Date, monthsBefore: readonly number[]): { from: string; upTo: string } => {
  const today = dateIn(now, 'UTC');
  return { from: addDays(today, -1), upTo: addMonths(addDays(today, 2), Math.max(...monthsBefore)) };
};

/** A notice's claim lives a year past the last day it is about: it stays due until then, whatever the months before. */
const claimLifetime = (secondment: Secondment, now: Date): number =>
  Math.max(CLAIM_LIFETIME_MS, startOfDay(addDays(secondment.lastDay, 1), 'UTC').getTime() + 400 * DAY_MS - now.getTime());

export const runEndingNotices = async (deps: EndingNoticeDependencies, settings: EndingNoticeSettings, now: Date, budget?: SendBudget): Promise<EndingNoticeSummary> => {
  const summary: EndingNoticeSummary = { secondments: 0, due: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0, ncbNoContact: 0, sesCalls: 0, left: 0 };
  const read = await deps.secondments.listNotEnded(noticeWindow(now, settings.monthsBefore));
  summary.secondments = read.length;
  const owed = read.flatMap((secondment) => {
    const notice = dueEndingNotice(secondment, settings.monthsBefore, dateIn(now, secondment.timeZone));
    return notice ? [{ secondment, notice }] : [];
  });
  summary.due = owed.length;
  const countries = [...new Set(owed.map(({ secondment }) => secondment.homeAdministrationCountry))];
  const contacts = countries.length > 0 ? await deps.contacts.getMany(countries) : new Map();

  const count = (outcome: SendOutcome) => {
    if (outcome === 'sent') summary.sent += 1;
    else if (outcome === 'already-sent') summary.alreadySent += 1;
    else if (outcome === 'suppressed') summary.suppressed += 1;
    else summary.failed += 1;
    if (outcome === 'sent' || outcome === 'failed') summary.sesCalls += 1;
  };
  const begin = budget ? pacing(budget) : undefined;
  await mapBounded(owed, PARALLEL, async ({ secondment, notice }: { secondment: Secondment; notice: EndingNotice }) => {
    const contact = contacts.get(secondment.homeAdministrationCountry);
    if (!contact) summary.ncbNoContact += 1;
    const recipients: EndingRecipient[] = contact ? ['hr', 'ncb', 'officer'] : ['hr', 'officer'];
    // A notice stays due for months: a claim read first spares each later run a suppression read and a refused write per email.
    const owedTo: EndingRecipient[] = [];
    for (const recipient of recipients) {
      if (await deps.email.claims.isClaimed(endingNoticeClaim(secondment, notice, recipient), now)) summary.alreadySent += 1;
      else owedTo.push(recipient);
    }
    if (owedTo.length === 0) return;
    if (begin && !(await begin(owedTo.length))) {
      summary.left += 1;
      return;
    }
    const emailTo = (recipient: EndingRecipient): OutgoingEmail => {
      if (recipient === 'hr') return hrEndingEmail(secondment, notice, settings.hrRecipients);
      if (recipient === 'ncb' && contact) return ncbEndingEmail(secondment, notice, contact, contactTimeZone(contact));
      return officerEndingEmail(secondment, notice);
    };
    const lifetime = claimLifetime(secondment, now);
    for (const recipient of owedTo) count(await sendOnce(deps.email, endingNoticeClaim(secondment, notice, recipient), emailTo(recipient), now, lifetime));
  });
  return summary;
};
