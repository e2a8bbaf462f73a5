import { mapBounded } from '../admin/bounded-parallel.js';
import { applicationDocumentPrefixes } from '../documents/keys.js';
import type { Proposal, ProposalState } from '../proposals/proposal.js';
import { isPastRetention, type RetentionPolicy } from './policy.js';
import type { DocumentPurge } from './store.js';

/** The states of a proposal that never became an application: final (shared/proposals/state-machine.ts), so nothing writes to it any more. */
export const closedProposalStates = ['withdrawn', 'declined', 'lapsed'] as const satisfies readonly ProposalState[];
export type ClosedProposalState = (typeof closedProposalStates)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a proposal that never became an application is past its retention at `now`: closed
 * (withdrawn, declined or lapsed) more than the stage's `unsuccessfulDays` ago, the period of an
 * unsuccessful application, since an officer nobody took is an unsuccessful candidate. A matched
 * proposal is never purged here: it goes with its application (purge.ts).
 */
export const isProposalPastRetention = (proposal: Pick<Proposal, 'state' | 'closed'>, policy: Pick<RetentionPolicy, 'unsuccessfulDays'>, now: Date): boolean =>
  (closedProposalStates as readonly ProposalState[]).includes(proposal.state) &&
  proposal.closed !== undefined &&
  isPastRetention(new Date(proposal.closed.at), policy.unsuccessfulDays, now);

/** The instant before which a proposal closed is past retention at `now` (the Query's bound; the rule above judges each again). */
export const proposalsClosedBefore = (policy: Pick<RetentionPolicy, 'unsuccessfulDays'>, now: Date): string => new Date(now.getTime() - policy.unsuccessfulDays * DAY_MS).toISOString();

/** The table side of a proposal's purge; functions/adapters/dynamodb/proposal-purge.ts implements it. */
export interface ProposalPurgeStore {
  /** One closed state's proposals whose `closed.at` is before `before` (docs/data-model.md, pattern 41). */
  closedBefore(state: ClosedProposalState, before: string): Promise<Proposal[]>;
  /**
   * Deletes every item of the proposal (its audit entries and email claims first, the proposal
   * item last, so a run stopped half-way leaves the item by which the next run finds it again);
   * answers how many items were deleted, and whether the proposal item was still there (false
   * when an earlier or a concurrent run removed it).
   */
  erase(id: string): Promise<{ items: number; removed: boolean }>;
}

export interface ProposalPurgeSummary {
  proposalsPurged: number;
  proposalDocumentsDeleted: number;
  proposalItemsDeleted: number;
}

/** Proposals purged at once: S3 and DynamoDB calls in flight, as the application purge. */
const IN_FLIGHT = 8;
/** Asked whether to stop between batches of this many. */
const BATCH = 50;

/**
 * The purge of proposals that never became applications: each closed past its retention loses
 * its documents (every S3 version, under the keys an application of its id would have, where the
 * NCB's uploads were kept), then its history and claims, then the item itself. Documents first,
 * as the application purge: until the item goes, the next run finds the proposal again and
 * finishes; deleting what is already gone is harmless, so a second run, or two at once, change
 * nothing more and count no proposal twice (only the run whose delete found the item counts it).
 */
export const purgeClosedProposals = async (
  deps: { proposals: ProposalPurgeStore; documents: DocumentPurge },
  policy: Pick<RetentionPolicy, 'unsuccessfulDays'>,
  now: Date,
  options: { shouldStop?: () => boolean } = {},
): Promise<ProposalPurgeSummary> => {
  const shouldStop = options.shouldStop ?? (() => false);
  const summary: ProposalPurgeSummary = { proposalsPurged: 0, proposalDocumentsDeleted: 0, proposalItemsDeleted: 0 };
  const before = proposalsClosedBefore(policy, now);
  const due = (await Promise.all(closedProposalStates.map((state) => deps.proposals.closedBefore(state, before)))).flat().filter((proposal) => isProposalPastRetention(proposal, policy, now));
  for (let start = 0; start < due.length && !shouldStop(); start += BATCH) {
    await mapBounded(due.slice(start, start + BATCH), IN_FLIGHT, async (proposal) => {
      for (const prefix of applicationDocumentPrefixes(proposal.id)) {
        // Awaited before adding, so a concurrent addition is not lost.
        const deleted = await deps.documents.deleteUnder(prefix);
        summary.proposalDocumentsDeleted += deleted;
      }
      const erased = await deps.proposals.erase(proposal.id);
      summary.proposalItemsDeleted += erased.items;
      if (erased.removed) summary.proposalsPurged += 1;
    });
  }
  return summary;
};
