/**
 * Sending what is due (issue 16, point 6): the letters job (the kinds each vacancy leaves
 * automatic) and HR's bulk send (one kind, after its preview) both send only what is due and
 * unclaimed, each letter through `sendOnce`: a retry, a second run or two runs at once send it once;
 * a send that failed (SES down) gives its claim back and the next run sends it. A run given a time
 * budget begins letters no faster than the stage's send rate and none after its end, and says how
 * many it left: the next run sends them.
 */
import { ncbCountry } from '../applications/application.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { sendOnce, type SendOutcome } from '../email/send-once.js';
import { pacing, type SendBudget } from '../email/send-pacing.js';
import { contactTimeZone } from '../ncb/contact.js';
import { NotFound } from '../errors.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { LetterDependencies } from './dependencies.js';
import { LETTER_CLAIM_LIFETIME_MS, letterClaim, ncbCopyClaim } from './due.js';
import { letterEmail, ncbCopyEmail } from './emails.js';
import { findDue, ncbCountriesOf, type LetterReads } from './find-due.js';
import { sentLetterKinds, type SentLetterKind } from './kinds.js';
import { jobSettingOf } from './vacancy-setting.js';

const PARALLEL = 8;

export type { SendBudget };

export interface SendSummary {
  [name: string]: number;
  due: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  failed: number;
  ncbSent: number;
  ncbFailed: number;
  /** Copies owed to an NCB with no contact (an administrator should add one); sent once there is. */
  ncbNoContact: number;
  /** SES calls made (sent plus failed attempts). */
  sesCalls: number;
  /** Letters not begun before the run's time ran out: a second run, or the hourly job, sends them. */
  left: number;
}

export const emptySummary = (): SendSummary => ({ due: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0, ncbSent: 0, ncbFailed: 0, ncbNoContact: 0, sesCalls: 0, left: 0 });

const add = (summary: SendSummary, more: SendSummary): SendSummary => {
  for (const [name, value] of Object.entries(more)) summary[name] = (summary[name] ?? 0) + value;
  return summary;
};

export const vacancyOf = async (deps: Pick<LetterDependencies, 'vacancies'>, number: string): Promise<Vacancy> => {
  const vacancy = await deps.vacancies.get(number);
  if (!vacancy) throw new NotFound(`There is no vacancy ${number}.`, { key: 'problem.notFound.vacancy', values: { number } });
  return vacancy;
};

/** Sends the letters of `kinds` due for `vacancy`, to candidates and their NCBs; answers the counts and what it read. */
export const sendDue = async (
  deps: LetterDependencies,
  vacancy: Vacancy,
  kinds: readonly SentLetterKind[],
  now: Date,
  knownRejectedFrom?: ReadonlyMap<string, ApplicationStatus>,
  budget?: SendBudget,
): Promise<{ summary: SendSummary; reads: LetterReads }> => {
  const { owed, reads } = await findDue(deps, vacancy.number, kinds, now, knownRejectedFrom);
  const summary = emptySummary();
  summary.due = owed.length;
  const contacts = owed.some((letter) => letter.toNcb) ? await deps.contacts.getMany(ncbCountriesOf(owed)) : new Map();
  const statusPage = `${deps.publicBaseUrl}/status`;
  const count = (outcome: SendOutcome) => {
    if (outcome === 'sent') summary.sent += 1;
    else if (outcome === 'already-sent') summary.alreadySent += 1;
    else if (outcome === 'suppressed') summary.suppressed += 1;
    else summary.failed += 1;
    if (outcome === 'sent' || outcome === 'failed') summary.sesCalls += 1;
  };
  const begin = budget ? pacing(budget) : undefined;
  await mapBounded(owed, PARALLEL, async (letter) => {
    if (begin && !(await begin(Number(letter.toCandidate) + Number(letter.toNcb)))) {
      summary.left += 1;
      return;
    }
    if (letter.toCandidate) count(await sendOnce(deps.email, letterClaim(letter.due), letterEmail(letter.due, letter.application, vacancy, statusPage), now, LETTER_CLAIM_LIFETIME_MS));
    if (!letter.toNcb) return;
    const contact = contacts.get(ncbCountry(letter.application));
    if (!contact) {
      summary.ncbNoContact += 1;
      return;
    }
    const outcome = await sendOnce(deps.email, ncbCopyClaim(letter.due), ncbCopyEmail(letter.due, letter.application, vacancy, contact, contactTimeZone(contact)), now, LETTER_CLAIM_LIFETIME_MS);
    if (outcome === 'sent') summary.ncbSent += 1;
    if (outcome === 'failed') summary.ncbFailed += 1;
    if (outcome === 'sent' || outcome === 'failed') summary.sesCalls += 1;
  });
  return { summary, reads };
};

/** The vacancies whose letters may still be due: open (rejections after screening), closed and filled ones. */
const lettered = ['open', 'closed', 'filled'] as const;

/**
 * The `letters` job: for every such vacancy, the letters its setting leaves automatic. A failed
 * send is counted (the job then fails, and Lambda's retry sends it: what went stays claimed).
 */
export const runLettersJob = async (deps: LetterDependencies, now: Date, budget?: SendBudget): Promise<SendSummary & { vacancies: number; queries: number; claimBatches: number; histories: number }> => {
  const summary = emptySummary();
  const reads = { vacancies: 0, queries: 0, claimBatches: 0, histories: 0 };
  for (const status of lettered) {
    for (const vacancy of await deps.vacancies.listByStatus(status)) {
      reads.vacancies += 1;
      const setting = await jobSettingOf(deps, vacancy, now);
      const kinds = sentLetterKinds.filter((kind) => setting.automatic[kind]);
      const run = await sendDue(deps, vacancy, kinds, now, undefined, budget);
      add(summary, run.summary);
      reads.queries += run.reads.queries;
      reads.claimBatches += run.reads.claimBatches;
      reads.histories += run.reads.histories;
    }
  }
  return { ...summary, ...reads };
};
