import type { Proposal, ProposalAuditEntry } from '#shared/proposals/proposal.js';
import { tableDesign } from './table-design.js';

/*
 * A proposal's items in the table (docs/data-model.md, "Proposals"): the proposal, its audit
 * entries, and the matched officer's owed email, as the proposal store and the match write them.
 */

const { byStatus, byCountry } = tableDesign.indexes;

export const proposalKey = (id: string) => ({ pk: `PROPOSAL#${id}`, sk: 'PROPOSAL' });

/** The partition of one state's proposals (byStatus), by when each lapses: the expiry job reads the due ones. */
export const proposalStatePartition = (state: Proposal['state']) => `PROPOSAL_STATE#${state}`;
/** The partition of one country's proposals (byCountry), by when each was proposed: the NCB's list. */
export const proposalCountryPartition = (country: string) => `PROPOSAL_COUNTRY#${country}`;

export const proposalItem = (proposal: Proposal) => ({
  ...proposalKey(proposal.id),
  [byStatus.partitionKey]: proposalStatePartition(proposal.state),
  [byStatus.sortKey]: `${proposal.lapsesAt}#${proposal.id}`,
  [byCountry.partitionKey]: proposalCountryPartition(proposal.country),
  [byCountry.sortKey]: `${proposal.proposedAt}#${proposal.id}`,
  entity: 'proposal',
  ...proposal,
});

export const proposalAuditItem = (id: string, version: number, entry: ProposalAuditEntry) => ({
  pk: `PROPOSAL#${id}`,
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'proposal-audit',
  ...entry,
});

const PROPOSAL_FIELDS = [
  'id',
  'country',
  'state',
  'officer',
  'offer',
  'screening',
  'documents',
  'proposedBy',
  'proposedAt',
  'lapsesAt',
  'updatedAt',
  'version',
  'match',
  'closed',
] as const satisfies ReadonlyArray<keyof Proposal>;

/** An item back to a proposal: its own fields only, no keys. */
export const proposalFromItem = (item: Record<string, unknown>): Proposal =>
  Object.fromEntries(PROPOSAL_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]])) as unknown as Proposal;

const AUDIT_FIELDS = ['at', 'by', 'action', 'changes'] as const;
export const proposalAuditFromItem = (item: Record<string, unknown>): ProposalAuditEntry =>
  Object.fromEntries(AUDIT_FIELDS.map((field) => [field, item[field]])) as unknown as ProposalAuditEntry;
