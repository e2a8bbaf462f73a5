import type { Proposal } from './proposal.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a proposal nobody takes closes: `openDays` (the stage's setting, functions/config.ts
 * PROPOSAL_OPEN_DAYS) after it was proposed, to the millisecond, so the rule reads the same in
 * every zone.
 */
export const lapsesAt = (proposedAt: Date, openDays: number): Date => new Date(proposedAt.getTime() + openDays * DAY_MS);

/** Whether a proposal still waiting has lapsed at `now`: at its lapsesAt exactly, and after. */
export const hasLapsed = (proposal: Pick<Proposal, 'state' | 'lapsesAt'>, now: Date): boolean =>
  (proposal.state === 'incomplete' || proposal.state === 'open') && now.getTime() >= Date.parse(proposal.lapsesAt);
