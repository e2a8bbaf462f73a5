import type { MessageKey } from './en.js';

/**
 * Which messages each surface says. The build compiles each surface's messages into modules of
 * their own (infra/i18n/compile-catalogues.ts), so that a function bundles only what it says:
 * a function that sends an email carries the emails' messages, not the pages'; every function
 * carries the validation messages (./validation/); a page's function its page's messages.
 */
export const emailPrefixes = ['email.', 'receipt.', 'reminder.', 'ncbDigest.', 'hrDigest.', 'circular.', 'deadline.', 'time.', 'status.', 'proposalEmail.', 'interviewEmail.', 'writtenTestEmail.', 'letterEmail.', 'endingEmail.'] as const;

/** The emails' messages (shared/email/): their own, the deadline's words, the statuses. */
export type EmailKey = Extract<MessageKey, `${(typeof emailPrefixes)[number]}${string}`>;

/** A deadline's words (shared/email/deadline-text.ts), said in emails and pages alike. */
export type DeadlineKey = Extract<MessageKey, `deadline.${string}` | `time.${string}`>;

export const isEmailKey = (key: string): key is EmailKey => emailPrefixes.some((prefix) => key.startsWith(prefix));

/**
 * What the candidate pages (the form, the status page) do not say: the staff page's and the
 * emails' messages. Named by exclusion, so that a new kind of page message is theirs by default.
 */
const notOnCandidatePages = ['admin.', 'email.', 'receipt.', 'reminder.', 'ncbDigest.', 'hrDigest.', 'proposalEmail.', 'interviewEmail.', 'writtenTestEmail.', 'letterEmail.', 'endingEmail.', 'circularAck.'] as const;

/** What the staff page does not say: the candidate pages' own messages and the emails'. */
const notOnStaffPage = ['form.', 'panel.', 'statusPage.', 'email.', 'receipt.', 'reminder.', 'ncbDigest.', 'hrDigest.', 'proposalEmail.', 'interviewEmail.', 'writtenTestEmail.', 'letterEmail.', 'endingEmail.', 'circularAck.'] as const;

/**
 * The circular's acknowledgement page (functions/circulars/acknowledgement-page.ts) says its own
 * messages only, so the public functions it shares (infra/aws/route-functions.ts) bundle a few
 * hundred bytes of words rather than the candidate pages' messages.
 */
export const circularAckPrefix = 'circularAck.';
export type CircularAckKey = Extract<MessageKey, `${typeof circularAckPrefix}${string}`>;
export const isCircularAckKey = (key: string): key is CircularAckKey => key.startsWith(circularAckPrefix);

export const isCandidatePageKey = (key: string): boolean => !notOnCandidatePages.some((prefix) => key.startsWith(prefix));
export const isStaffPageKey = (key: string): boolean => !notOnStaffPage.some((prefix) => key.startsWith(prefix));
