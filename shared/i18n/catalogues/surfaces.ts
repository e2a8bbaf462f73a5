import type { MessageKey } from './en.js';

/**
 * Which messages each surface says. The build compiles each surface's messages into modules of
 * their own (infra/i18n/compile-catalogues.ts), so that a function bundles only what it says:
 * a function that sends an email carries the emails' messages, not the pages'; every function
 * carries the validation messages (./validation/), the pages' functions the whole catalogue.
 */
export const emailPrefixes = ['email.', 'receipt.', 'reminder.', 'ncbDigest.', 'hrDigest.', 'deadline.', 'time.', 'status.'] as const;

/** The emails' messages (shared/email/): their own, the deadline's words, the statuses. */
export type EmailKey = Extract<MessageKey, `${(typeof emailPrefixes)[number]}${string}`>;

/** A deadline's words (shared/email/deadline-text.ts), said in emails and pages alike. */
export type DeadlineKey = Extract<MessageKey, `deadline.${string}` | `time.${string}`>;

export const isEmailKey = (key: string): key is EmailKey => emailPrefixes.some((prefix) => key.startsWith(prefix));
