/**
 * How the proposal views word a proposal (issue 15, point 7): its state, its areas, its duration and
 * what it still needs, in the page's language. `proposalNeeds` is the rule, apart from the words,
 * so that it is tested alone.
 */
import { formatList } from '#shared/i18n/format.js';
import { personName } from '#shared/i18n/names.js';
import { areaNameKey, type ProposalArea } from '#shared/proposals/areas.js';
import { proposalDocumentKinds, type ProposalDocumentKind, type ProposalState, type ProposalView } from '#shared/proposals/proposal.js';
import { language, t } from '../../../pages/client/words.js';
import { formatDateTime, formatDay } from './labels.js';

export type { ProposalView };

/** What a proposal waits for, and from whom. */
export type ProposalNeeds =
  | { from: 'ncb'; documents: ProposalDocumentKind[] }
  | { from: 'hr'; until: string }
  | { from: 'nobody'; matched: string }
  | { from: 'nobody'; closedAt: string; reason?: string };

export const proposalNeeds = (proposal: Pick<ProposalView, 'state' | 'documents' | 'lapsesAt' | 'match' | 'closed'>): ProposalNeeds => {
  if (proposal.state === 'matched') return { from: 'nobody', matched: proposal.match?.vacancyNumber ?? '' };
  if (proposal.state === 'withdrawn' || proposal.state === 'declined' || proposal.state === 'lapsed') {
    return { from: 'nobody', closedAt: proposal.closed?.at ?? proposal.lapsesAt, ...(proposal.closed?.reason ? { reason: proposal.closed.reason } : {}) };
  }
  const missing = proposalDocumentKinds.filter((kind) => !proposal.documents[kind]);
  return missing.length > 0 ? { from: 'ncb', documents: missing } : { from: 'hr', until: proposal.lapsesAt };
};

/** Whether the NCB may still act on it (attach, withdraw): while it waits, incomplete or open. */
export const stillWaiting = (state: ProposalState): boolean => state === 'incomplete' || state === 'open';

export const stateLabel = (state: string): string => t('admin.proposals.state', { state });

/** "Attach the CV and the confirmation letter.", "Nothing from you: HR considers it until 6 March 2027.", … */
export const needsText = (needs: ProposalNeeds): string => {
  if (needs.from === 'ncb') return t('admin.proposals.needs.documents', { documents: formatList(language, needs.documents.map((kind) => t('admin.proposals.needs.document', { kind }))) });
  if (needs.from === 'hr') return t('admin.proposals.needs.hr', { date: formatDateTime(needs.until) });
  if ('matched' in needs) return t('admin.proposals.needs.matched', { number: needs.matched });
  return t('admin.proposals.needs.closed', { date: formatDateTime(needs.closedAt) });
};

export const areaName = (area: string): string => t(areaNameKey(area as ProposalArea));
export const areasText = (areas: readonly string[]): string => formatList(language, areas.map(areaName));
export const durationLabel = (months: number): string => t('admin.proposals.duration', { months });
export const officerName = (proposal: Pick<ProposalView, 'officer'>): string => personName(proposal.officer);
export const availableFromText = (proposal: Pick<ProposalView, 'offer'>): string => formatDay(proposal.offer.availableFrom);
