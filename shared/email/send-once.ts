import type { EmailSender, OutgoingEmail } from './outgoing-email.js';

/**
 * One email that must go out once: `scope` is the item it is about (`APPLICATION#<id>`,
 * `DIGEST#hr`, `NCB#FR`), `kind` what it is (`reminder-7`, `hr-digest`), `day` the day it is for
 * (YYYY-MM-DD). The same three are the same email, however often a job runs.
 */
export interface ClaimKey {
  scope: string;
  kind: string;
  day: string;
}

/**
 * Claims taken before a send (docs/data-model.md, pattern 14); the DynamoDB implementation is
 * functions/adapters/dynamodb/email-claims.ts. A claim is pending, under a lease, until confirmed:
 * a sender that dies between claim and send leaves a pending claim that a later run may take
 * once the lease is over, so the email is still sent, once.
 */
export interface EmailClaims {
  /** True when this call took the claim: nobody held it, or a pending one's lease ran out. */
  claim(key: ClaimKey, at: Date, expiresAt: Date): Promise<boolean>;
  /** The email went: the claim holds for good (until TTL removes it). */
  confirm(key: ClaimKey, at: Date): Promise<void>;
  /** Gives a claim back after a failed send, so the next run sends it. */
  release(key: ClaimKey): Promise<void>;
  /** Whether a claim is held at `at` (confirmed, or pending under lease): what a job may ask to skip work, never instead of `claim`. */
  isClaimed(key: ClaimKey, at: Date): Promise<boolean>;
  /** Whether the email was confirmed sent (a pending claim, under lease or not, is not). */
  isSent(key: ClaimKey): Promise<boolean>;
}

/** Addresses that bounced or complained: nothing more is sent to them. */
export interface Suppressions {
  isSuppressed(address: string): Promise<boolean>;
  suppress(address: string, reason: 'bounce' | 'complaint', at: Date): Promise<void>;
}

export interface SendOnceDependencies {
  claims: EmailClaims;
  suppressions: Suppressions;
  sender: EmailSender;
}

export type SendOutcome = 'sent' | 'already-sent' | 'suppressed' | 'failed';

/** Claims live long enough to cover any re-run of their day, then TTL removes them. */
export const CLAIM_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;

/** Longer than any job runs (300 s): a pending claim older than this was left by a sender that died. */
export const CLAIM_LEASE_MS = 15 * 60 * 1000;

/**
 * Sends `email` once for `key`: the claim is a conditional write taken before the send, so a
 * retry, a second concurrent run or a re-run of the same day finds it taken and sends nothing;
 * a failed send gives the claim back, so the next run sends it, exactly once; a send that went
 * confirms it, and one that never came back (a crash) lets it lapse after its lease. Suppressed
 * addresses are dropped; an email left with no recipient is not sent (and not claimed). A claim
 * whose email stays due for longer than a day's re-runs (a letter, due from a state that lasts)
 * is given a lifetime to match (`lifetimeMs`).
 */
export const sendOnce = async (deps: SendOnceDependencies, key: ClaimKey, email: OutgoingEmail, now: Date, lifetimeMs = CLAIM_LIFETIME_MS): Promise<SendOutcome> => {
  const allowed: string[] = [];
  for (const address of email.to) if (!(await deps.suppressions.isSuppressed(address))) allowed.push(address);
  if (allowed.length === 0) return 'suppressed';
  if (!(await deps.claims.claim(key, now, new Date(now.getTime() + lifetimeMs)))) return 'already-sent';
  try {
    await deps.sender.send({ ...email, to: allowed });
  } catch {
    await deps.claims.release(key);
    return 'failed';
  }
  await deps.claims.confirm(key, now);
  return 'sent';
};
