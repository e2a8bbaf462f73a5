import { formatDate, formatTime } from '../i18n/format.js';
import * as z from '../zod.js';
import { Conflict, ConfirmationExpired, dayIn, NotFound, timeIn } from '../errors.js';
import { isConfirmed, type Application } from './application.js';
import { sameDigest, sha256Hex } from './secrets.js';
import { DuplicateApplication, StaleVersion, type ApplicationStore } from './store.js';

/** How long an address has to confirm. */
export const CONFIRMATION_WINDOW_MS = 72 * 60 * 60 * 1000;

/**
 * An unconfirmed application expires 72 hours after it was submitted, even past the deadline:
 * confirming proves who owns the address, not that the application came in time (it did, or it
 * was refused), so a candidate who applied minutes before the close, and whose receipt came late,
 * still has the whole window.
 */
export const confirmationExpiry = (submittedAt: Date): Date => new Date(submittedAt.getTime() + CONFIRMATION_WINDOW_MS);

export type ConfirmationState = 'confirmed' | 'pending' | 'expired';

export const confirmationState = (application: Pick<Application, 'emailConfirmation'>, now: Date): ConfirmationState => {
  if (isConfirmed(application)) return 'confirmed';
  return Date.parse(application.emailConfirmation?.expiresAt ?? '') > now.getTime() ? 'pending' : 'expired';
};

/**
 * When the organisation received the application: when its address was confirmed, or (older
 * applications) when it was submitted. HR's digest counts "new since" from this.
 */
export const receivedAt = (application: Pick<Application, 'emailConfirmation' | 'submittedAt'>): string =>
  application.emailConfirmation?.confirmedAt ?? application.submittedAt;

/** The body of `POST /applications/{id}/confirm`: the token from the receipt email's link. */
export const confirmationBodySchema = z.strictObject({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Not a confirmation token: open the link from your receipt email again.')),
});
export type ConfirmationBody = z.infer<typeof confirmationBodySchema>;

export interface ConfirmOutcome {
  /** `confirmed` now, or `already` by an earlier follow of the same link. */
  outcome: 'confirmed' | 'already';
  application: Application;
}

/**
 * Confirms the address of an application with the token its receipt email carried: the
 * one-per-email guard is taken in the same transaction. A wrong token is answered as no such
 * application (ids cannot be probed); the one who confirms controls the address, so they alone
 * are told plainly when it already holds a confirmed application to the vacancy.
 */
export const confirmApplication = async (
  store: Pick<ApplicationStore, 'get' | 'confirm'>,
  id: string,
  token: string,
  now: Date,
  attempt = 1,
): Promise<ConfirmOutcome> => {
  const application = await store.get(id);
  const confirmation = application?.emailConfirmation;
  if (!application || !confirmation || !sameDigest(await sha256Hex(token), confirmation.tokenHash)) {
    throw new NotFound('There is no application with this id and confirmation link.', { key: 'problem.notFound.confirmationLink' });
  }
  if (confirmation.confirmedAt !== undefined) return { outcome: 'already', application };
  if (confirmationState(application, now) === 'expired') {
    // Said in the candidate's zone when the form sent it, else in UTC, in words (no ISO date in prose).
    const expiredAt = new Date(confirmation.expiresAt);
    const timeZone = application.timeZone ?? 'UTC';
    throw new ConfirmationExpired(
      `This confirmation link expired on ${formatDate('en', expiredAt, timeZone)} at ${formatTime('en', expiredAt, timeZone)} (${timeZone}); the application was not kept. If you wish to apply, please submit the form again.`,
      { key: 'problem.confirmationExpired.link', values: { day: dayIn(expiredAt, timeZone), time: timeIn(expiredAt, timeZone), timeZone } },
    );
  }
  if (application.status === 'withdrawn') {
    // A withdrawn application must never take the guard: it would lock the address out of the vacancy.
    throw new ConfirmationExpired(
      'This application was withdrawn before its address was confirmed, so there is nothing to confirm. If you wish to apply, please submit the form again.',
      { key: 'problem.confirmationExpired.withdrawn' },
    );
  }
  const at = now.toISOString();
  try {
    const confirmed = await store.confirm(application, at, {
      at,
      by: 'candidate',
      action: 'email-confirmed',
      changes: { emailConfirmedAt: { from: null, to: at } },
    });
    return { outcome: 'confirmed', application: confirmed };
  } catch (error) {
    if (error instanceof DuplicateApplication) {
      throw new Conflict(
        `Your address already has a confirmed application to vacancy ${application.vacancy}, and only one application per address is accepted. Use the status link from that application's receipt to follow it or add documents.`,
        { key: 'problem.conflict.duplicateApplication', values: { vacancy: application.vacancy } },
      );
    }
    if (error instanceof StaleVersion && attempt < 3) {
      // Changed meanwhile (the same link followed twice, an upload, a withdrawal): judge it again.
      return confirmApplication(store, id, token, now, attempt + 1);
    }
    throw error;
  }
};
