import { mapBounded } from '../admin/bounded-parallel.js';
import { sendOnce, type ClaimKey, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { applicationReceipt } from '../email/templates/application-receipt.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import type { Application } from './application.js';
import { confirmationState } from './confirmation.js';
import type { PendingReceipt } from './receipt-owed.js';
import type { ApplicationStore } from './store.js';

export type { PendingReceipt };

/** Where owed receipts wait; the DynamoDB implementation is functions/adapters/dynamodb/pending-receipts.ts. */
export interface PendingReceiptStore {
  /** Receipts owed for applications submitted before `before`, oldest first. */
  listSubmittedBefore(before: Date): Promise<PendingReceipt[]>;
  remove(receipt: PendingReceipt): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A receipt still owed three days after its submission is given up (and counted): an SES outage
 * that long is an incident of its own, and a receipt that keeps failing (an address SES refuses)
 * would otherwise fail every run, and set off the job's alarm, for as long as it is kept.
 */
export const RECEIPT_GIVE_UP_MS = 3 * DAY_MS;

/** The table's TTL on an owed receipt: a backstop a day after it is given up. */
export const PENDING_RECEIPT_LIFETIME_MS = RECEIPT_GIVE_UP_MS + DAY_MS;

/**
 * The job leaves a receipt this young to its submit, which is still sending it (a submit takes
 * seconds); an older one whose claim a live sender holds is still left alone by its claim.
 */
export const RECEIPT_GRACE_MS = 2 * 60 * 1000;

/**
 * The private status link a receipt carries: the tokens travel in the fragment, never to a server
 * log. With a confirmation token, the status page confirms the address when it opens.
 */
export const statusLinkFor = (publicBaseUrl: string, applicationId: string, statusToken: string, confirmationToken?: string): string =>
  `${publicBaseUrl}/status#id=${applicationId}&token=${statusToken}${confirmationToken ? `&confirm=${confirmationToken}` : ''}`;

/** One receipt per application, whoever sends it (the submit or the job). */
export const receiptClaim = (receipt: Pick<PendingReceipt, 'applicationId' | 'submittedAt'>): ClaimKey => ({
  scope: `APPLICATION#${receipt.applicationId}`,
  kind: 'receipt',
  day: receipt.submittedAt.slice(0, 10),
});

export interface ReceiptDependencies {
  applications: Pick<ApplicationStore, 'get'>;
  vacancies: Pick<VacancyStore, 'get'>;
  receipts: PendingReceiptStore;
  email: SendOnceDependencies;
  publicBaseUrl: string;
}

export type ReceiptOutcome = SendOutcome | 'not-due' | 'given-up';

/**
 * Sends one owed receipt once and then drops it from the outbox. Sent, suppressed, or no longer
 * due (the application was withdrawn, purged, or can no longer be confirmed): dropped. A failed send stays owed for the next
 * run; so does one whose claim another sender holds and has not confirmed yet.
 */
export const deliverReceipt = async (
  deps: ReceiptDependencies,
  receipt: PendingReceipt,
  now: Date,
  known?: { application: Application; vacancy: Vacancy },
): Promise<ReceiptOutcome> => {
  if (now.getTime() - Date.parse(receipt.submittedAt) > RECEIPT_GIVE_UP_MS) {
    await deps.receipts.remove(receipt);
    return 'given-up';
  }
  const application = known?.application ?? (await deps.applications.get(receipt.applicationId));
  const vacancy = known?.vacancy ?? (application ? await deps.vacancies.get(application.vacancy) : undefined);
  const confirmation = application ? confirmationState(application, now) : 'expired';
  if (!application || !vacancy || application.status === 'withdrawn' || confirmation === 'expired') {
    await deps.receipts.remove(receipt);
    return 'not-due';
  }
  const key = receiptClaim(receipt);
  // An application still to confirm gets the link that confirms it; one confirmed already (an
  // entry of the previous version, or confirmed meanwhile) the plain status link.
  const confirming = confirmation === 'pending' && receipt.confirmationToken !== undefined;
  const statusLink = statusLinkFor(deps.publicBaseUrl, application.id, receipt.statusToken, confirming ? receipt.confirmationToken : undefined);
  const confirmBy = confirming ? application.emailConfirmation?.expiresAt : undefined;
  const outcome = await sendOnce(deps.email, key, applicationReceipt({ application, vacancy, statusLink, ...(confirmBy ? { confirmBy } : {}) }), now);
  const settled = outcome === 'sent' || outcome === 'suppressed' || (outcome === 'already-sent' && (await deps.email.claims.isSent(key)));
  if (settled) await deps.receipts.remove(receipt);
  return outcome;
};

export interface PendingReceiptsSummary {
  owed: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  notDue: number;
  /** Owed past RECEIPT_GIVE_UP_MS: dropped unsent. */
  givenUp: number;
  failed: number;
}

/** Well within SES's sending rate, as the other jobs. */
const PARALLEL_SENDS = 8;

/**
 * The `pending-receipts` run at `now`: every receipt still owed from before the grace (a younger
 * one is in its submit's hands), sent once. After an SES outage this is what sends the receipts
 * the submissions could not. One receipt that fails (its send, a read, its removal) is counted
 * and left for the next run; it never stops the others.
 */
export const sendPendingReceipts = async (deps: ReceiptDependencies, now: Date): Promise<PendingReceiptsSummary> => {
  const owed = await deps.receipts.listSubmittedBefore(new Date(now.getTime() - RECEIPT_GRACE_MS));
  // After an outage many owed receipts are for the same few vacancies: each is read once a run.
  const vacancyReads = new Map<string, Promise<Vacancy | undefined>>();
  const vacancies: ReceiptDependencies['vacancies'] = {
    get: (number) => {
      const kept = vacancyReads.get(number);
      if (kept) return kept;
      const read = deps.vacancies.get(number);
      vacancyReads.set(number, read);
      // A read that failed is not kept: the next receipt of that vacancy tries again.
      read.catch(() => vacancyReads.delete(number));
      return read;
    },
  };
  const outcomes = await mapBounded(owed, PARALLEL_SENDS, (receipt) =>
    deliverReceipt({ ...deps, vacancies }, receipt, now).catch((): ReceiptOutcome => 'failed'),
  );
  const summary: PendingReceiptsSummary = { owed: owed.length, sent: 0, alreadySent: 0, suppressed: 0, notDue: 0, givenUp: 0, failed: 0 };
  for (const outcome of outcomes) {
    if (outcome === 'already-sent') summary.alreadySent += 1;
    else if (outcome === 'not-due') summary.notDue += 1;
    else if (outcome === 'given-up') summary.givenUp += 1;
    else summary[outcome] += 1;
  }
  return summary;
};
