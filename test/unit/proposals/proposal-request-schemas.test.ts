import { describe, expect, it } from 'vitest';
import { proposalDocumentKinds, proposalStates } from '#shared/proposals/proposal.js';
import { proposalDocumentPathSchema, proposalListQuerySchema } from '#shared/proposals/schema.js';

const id = '0b6f1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the proposals’ request schemas take their words from the proposal', () => {
  it('takes every document kind a proposal has in the upload path, and no other', () => {
    for (const kind of proposalDocumentKinds) expect(proposalDocumentPathSchema.safeParse({ id, kind }).success).toBe(true);
    const other = proposalDocumentPathSchema.safeParse({ id, kind: 'passport' });
    expect(other.success).toBe(false);
    expect(other.error?.issues[0]?.message).toBe(`Use ${proposalDocumentKinds.join(' or ')}.`);
  });

  it('takes every state a proposal can be in as the list’s filter, and no other', () => {
    for (const state of proposalStates) expect(proposalListQuerySchema.safeParse({ state }).success).toBe(true);
    const other = proposalListQuerySchema.safeParse({ state: 'archived' });
    expect(other.success).toBe(false);
    expect(other.error?.issues[0]?.message).toBe(`One of ${proposalStates.join(', ')}.`);
  });
});
