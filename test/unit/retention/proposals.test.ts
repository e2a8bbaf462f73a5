import { describe, expect, it } from 'vitest';
import type { Proposal } from '#shared/proposals/proposal.js';
import { isProposalPastRetention, proposalsClosedBefore, purgeClosedProposals, type ClosedProposalState, type ProposalPurgeStore } from '#shared/retention/proposals.js';
import type { DocumentPurge } from '#shared/retention/store.js';

const policy = { unsuccessfulDays: 183 };
const closedAt = '2026-03-01T10:00:00.000Z';
/** 183 days of 24 hours after the close. */
const boundary = new Date(Date.parse(closedAt) + 183 * 24 * 60 * 60 * 1000);

const proposal = (id: string, state: Proposal['state'], at: string | null = closedAt): Proposal =>
  ({
    id,
    country: 'FR',
    state,
    documents: {},
    version: 3,
    ...(at === null ? {} : { closed: { at, by: 'hr.officer@secondment-hub.local', reason: 'No unit needs this profile.' } }),
  }) as unknown as Proposal;

describe('isProposalPastRetention', () => {
  it('keeps a declined proposal at exactly the period after its close, and purges it one millisecond later', () => {
    const declined = proposal('p-1', 'declined');

    expect(isProposalPastRetention(declined, policy, boundary)).toBe(false);
    expect(isProposalPastRetention(declined, policy, new Date(boundary.getTime() + 1))).toBe(true);
    expect(isProposalPastRetention(declined, policy, new Date(boundary.getTime() - 24 * 60 * 60 * 1000))).toBe(false);
  });

  it('counts from the close for withdrawn and lapsed proposals as for declined ones', () => {
    const after = new Date(boundary.getTime() + 1);

    expect(isProposalPastRetention(proposal('p-2', 'withdrawn'), policy, after)).toBe(true);
    expect(isProposalPastRetention(proposal('p-3', 'lapsed'), policy, after)).toBe(true);
  });

  it('never purges a matched, open or incomplete proposal here, however old', () => {
    const decadeLater = new Date('2036-03-01T10:00:00.000Z');

    for (const state of ['matched', 'open', 'incomplete'] as const) expect(isProposalPastRetention(proposal('p-4', state), policy, decadeLater)).toBe(false);
    expect(isProposalPastRetention(proposal('p-5', 'declined', null), policy, decadeLater)).toBe(false);
  });

  it('bounds the Query at the same instant as the rule', () => {
    expect(proposalsClosedBefore(policy, boundary)).toBe(closedAt);
  });
});

/** The table and bucket in memory, recording the order of deletions. */
const world = (proposals: Proposal[]) => {
  const items = new Map(proposals.map((one) => [one.id, { proposal: one, beside: 3 }]));
  const objects = new Map(proposals.map((one) => [one.id, 2]));
  const deletions: string[] = [];
  const faults = { erase: 0 };
  const store: ProposalPurgeStore = {
    closedBefore: async (state: ClosedProposalState, before) =>
      [...items.values()].map(({ proposal: one }) => one).filter((one) => one.state === state && one.closed !== undefined && one.closed.at < before),
    erase: async (id) => {
      if (faults.erase > 0) {
        faults.erase -= 1;
        throw new Error('DynamoDB unavailable');
      }
      const item = items.get(id);
      items.delete(id);
      deletions.push(`items ${id}`);
      return { items: item ? item.beside + 1 : 0, removed: item !== undefined };
    },
  };
  const documents: DocumentPurge = {
    deleteUnder: async (prefix) => {
      const id = prefix.split('/')[1] ?? '';
      if (!prefix.startsWith('applications/')) return 0;
      deletions.push(`documents ${id}`);
      const n = objects.get(id) ?? 0;
      objects.set(id, 0);
      return n;
    },
  };
  return { deps: { proposals: store, documents }, items, objects, deletions, faults };
};

describe('purgeClosedProposals', () => {
  const after = new Date(boundary.getTime() + 1);

  it('deletes the documents of each proposal past retention before its items, and counts them', async () => {
    const { deps, items, objects, deletions } = world([proposal('p-1', 'declined'), proposal('p-2', 'lapsed'), proposal('p-3', 'declined', '2026-06-01T00:00:00.000Z')]);

    const summary = await purgeClosedProposals(deps, policy, after);

    expect(summary).toEqual({ proposalsPurged: 2, proposalDocumentsDeleted: 4, proposalItemsDeleted: 8 });
    expect([...items.keys()]).toEqual(['p-3']);
    expect(objects.get('p-3')).toBe(2);
    expect(deletions.indexOf('documents p-1')).toBeLessThan(deletions.indexOf('items p-1'));
  });

  it('finishes on the next run what a failed run left, and a run after that changes and counts nothing', async () => {
    const { deps, items, faults } = world([proposal('p-1', 'withdrawn')]);
    faults.erase = 1;

    await expect(purgeClosedProposals(deps, policy, after)).rejects.toThrow('DynamoDB unavailable');
    const second = await purgeClosedProposals(deps, policy, after);
    const third = await purgeClosedProposals(deps, policy, after);

    expect(items.size).toBe(0);
    expect(second).toEqual({ proposalsPurged: 1, proposalDocumentsDeleted: 0, proposalItemsDeleted: 4 });
    expect(third).toEqual({ proposalsPurged: 0, proposalDocumentsDeleted: 0, proposalItemsDeleted: 0 });
  });

  it('stops between batches when told its time is nearly up, and the next run takes the rest', async () => {
    const many = Array.from({ length: 60 }, (_, i) => proposal(`p-${String(i).padStart(2, '0')}`, 'lapsed'));
    const { deps, items } = world(many);
    let asked = 0;

    const first = await purgeClosedProposals(deps, policy, after, { shouldStop: () => (asked += 1) > 1 });
    const left = items.size;
    const second = await purgeClosedProposals(deps, policy, after);

    expect(first.proposalsPurged).toBe(50);
    expect(left).toBe(10);
    expect(second.proposalsPurged).toBe(10);
  });
});
