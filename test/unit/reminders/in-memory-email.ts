import type { ClaimKey, EmailClaims, SendOnceDependencies, Suppressions } from '#shared/email/send-once.js';
import type { EmailSender, OutgoingEmail } from '#shared/email/outgoing-email.js';

const id = (key: ClaimKey) => `${key.scope}|${key.kind}|${key.day}`;

/** Claims in memory with the DynamoDB store's semantics: a claim is taken by one caller only, until released. */
export const memoryClaims = () => {
  const held = new Map<string, { at: Date; expiresAt: Date }>();
  const claims: EmailClaims = {
    claim: async (key, at, expiresAt) => {
      if (held.has(id(key))) return false;
      held.set(id(key), { at, expiresAt });
      return true;
    },
    release: async (key) => {
      held.delete(id(key));
    },
    isClaimed: async (key) => held.has(id(key)),
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
