import { IdempotencyKeyTaken, type IdempotencyRecord } from '../applications/store.js';
import { openWith, sealWith, sha256Hex } from '../applications/secrets.js';
import { IDEMPOTENCY_WINDOW_MS } from '../applications/submit.js';
import { IdempotencyKeyReused, ValidationFailed } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { addDays, dateIn } from '../time/zoned.js';
import * as z from '../zod.js';
import { proposingCountry } from './access.js';
import { lapsesAt } from './lapse.js';
import type { Proposal } from './proposal.js';
import type { ProposalCreate } from './schema.js';
import type { ProposalStore } from './store.js';

export interface ProposeDependencies {
  proposals: Pick<ProposalStore, 'get' | 'create' | 'findIdempotencyRecord'>;
  newProposalId: () => string;
  /** The stage's open period (functions/config.ts PROPOSAL_OPEN_DAYS). */
  openDays: number;
}

export interface Proposed {
  outcome: 'created' | 'replayed';
  proposal: Proposal;
}

const replayedAnswer = z.object({ proposalId: z.string() });

/** A key's record for this request, or the 422 of a key used for another request. */
export const idempotentReplay = async <T>(
  store: Pick<ProposalStore, 'findIdempotencyRecord'>,
  idempotencyKey: string | undefined,
  requestHash: string,
  now: Date,
  answer: (proposalId: string) => Promise<T | undefined>,
): Promise<T | undefined> => {
  if (!idempotencyKey) return undefined;
  const record = await store.findIdempotencyRecord(await sha256Hex(idempotencyKey));
  if (!record || Date.parse(record.expiresAt) <= now.getTime()) return undefined;
  if (record.requestHash !== requestHash) {
    throw new IdempotencyKeyReused('This Idempotency-Key was used for a different request; use a new key for a new request.', { key: 'problem.idempotencyKeyReused.detail' });
  }
  const { proposalId } = replayedAnswer.parse(JSON.parse(await openWith(idempotencyKey, record.sealedAnswer)));
  return answer(proposalId);
};

/** The record a creating POST writes with what it creates, so a retry with its key is answered the same. */
export const idempotencyRecord = async (idempotencyKey: string | undefined, requestHash: string, proposalId: string, now: Date): Promise<IdempotencyRecord | undefined> =>
  idempotencyKey
    ? {
        keyHash: await sha256Hex(idempotencyKey),
        requestHash,
        sealedAnswer: await sealWith(idempotencyKey, JSON.stringify({ proposalId })),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS).toISOString(),
      }
    : undefined;

/**
 * `POST /admin/proposals`: an NCB proposes one of its officers for a short-term secondment. The
 * proposal is its country's (the officer's account says which), incomplete until the CV and the
 * confirmation letter are in, and lapses after the stage's open period. The screening it attests
 * cannot be dated in the future. A retry with the same Idempotency-Key and body gets the first
 * proposal back; the same key with another body is refused.
 */
export const propose = async (deps: ProposeDependencies, principal: StaffPrincipal, body: ProposalCreate, now: Date, idempotencyKey?: string): Promise<Proposed> => {
  const country = proposingCountry(principal);
  // No time zone on Earth is yet past tomorrow in UTC: a screening date after that is a typing slip.
  if (body.screening.screenedOn > addDays(dateIn(now, 'UTC'), 1)) {
    throw new ValidationFailed([{ path: 'body.screening.screenedOn', message: 'The screening date is in the future.' }]);
  }
  const requestHash = await sha256Hex(JSON.stringify({ country, body }));
  const replay = () =>
    idempotentReplay(deps.proposals, idempotencyKey, requestHash, now, async (id) => {
      const proposal = await deps.proposals.get(id);
      return proposal ? { outcome: 'replayed' as const, proposal } : undefined;
    });
  const replayed = await replay();
  if (replayed) return replayed;

  const at = now.toISOString();
  const proposal: Proposal = {
    ...body,
    id: deps.newProposalId(),
    country,
    state: 'incomplete',
    documents: {},
    proposedBy: principal.email,
    proposedAt: at,
    lapsesAt: lapsesAt(now, deps.openDays).toISOString(),
    updatedAt: at,
    version: 1,
  };
  try {
    await deps.proposals.create(
      proposal,
      { at, by: principal.email, action: 'proposed', changes: { state: { from: null, to: 'incomplete' } } },
      await idempotencyRecord(idempotencyKey, requestHash, proposal.id, now),
    );
  } catch (error) {
    // Another request with the same key won the race: answer what it answered.
    if (error instanceof IdempotencyKeyTaken) {
      const raced = await replay();
      if (raced) return raced;
    }
    throw error;
  }
  return { outcome: 'created', proposal };
};
