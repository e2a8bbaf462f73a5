import { CLAIM_LEASE_MS, type ClaimKey, type EmailClaims, type SendOnceDependencies, type Suppressions } from '#shared/email/send-once.js';
import type { EmailSender, OutgoingEmail } from '#shared/email/outgoing-email.js';

const id = (key: ClaimKey) => `${key.scope}|${key.kind}|${key.day}`;

/**
 * Claims in memory with the DynamoDB store's semantics: a claim is taken by one caller only, until
 * released; pending under a lease until confirmed.
 */
export const memoryClaims = () => {
  const held = new Map<string, { at: Date; expiresAt: Date; sent: boolean }>();
  const holds = (key: ClaimKey, at: Date) => {
    const claim = held.get(id(key));
    return claim !== undefined && (claim.sent || at.getTime() <= claim.at.getTime() + CLAIM_LEASE_MS);
  };
  const claims: EmailClaims = {
    claim: async (key, at, expiresAt) => {
      if (holds(key, at)) return false;
      held.set(id(key), { at, expiresAt, sent: false });
      return true;
    },
    confirm: async (key) => {
      const claim = held.get(id(key));
      if (claim) claim.sent = true;
    },
    release: async (key) => {
      held.delete(id(key));
    },
    isClaimed: async (key, at) => holds(key, at),
    isSent: async (key) => held.get(id(key))?.sent === true,
  };
  return { claims, held: (key: ClaimKey) => held.get(id(key)) };
};

export const memorySuppressions = (suppressed: string[] = []): Suppressions => {
  const addresses = new Set(suppressed);
  return {
    isSuppressed: async (address) => addresses.has(address),
    suppress: async (address) => {
      addresses.add(address);
    },
  };
};

/**
 * A sender that keeps what it sent; `failNext(n)` is an injected fault (SES refusing the next n
 * sends), which the SES emulator cannot produce.
 */
export const recordingSender = () => {
  const sent: OutgoingEmail[] = [];
  let failures = 0;
  const sender: EmailSender = {
    send: async (email) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('Throttling: Maximum sending rate exceeded.');
      }
      sent.push(email);
      return { messageId: `m-${sent.length}` };
    },
  };
  return { sender, sent, failNext: (count = 1) => (failures = count) };
};

export const memoryEmail = (suppressed: string[] = []) => {
  const claims = memoryClaims();
  const outbox = recordingSender();
  const deps: SendOnceDependencies = { claims: claims.claims, suppressions: memorySuppressions(suppressed), sender: outbox.sender };
  return { deps, claims, outbox };
};
