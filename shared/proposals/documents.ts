import { Conflict, ValidationFailed } from '../errors.js';
import type { DocumentContentType, ReceivedDocument } from '../documents/kinds.js';
import { receivedKey, uploadObjectId } from '../documents/keys.js';
import { checkAndKeep, removeQuietly, uploadOffer, type DocumentObjects, type UploadOffer, type UploadOffers } from '../documents/uploads.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openOwnProposal } from './access.js';
import { judgeMove } from './moves.js';
import { documentSummary, proposalDocumentKinds, type Proposal, type ProposalAuditEntry, type ProposalDocumentKind } from './proposal.js';
import { StaleProposal, type ProposalStore } from './store.js';

/**
 * `POST /admin/proposals/{id}/documents/{kind}`: a presigned POST for the proposal's CV or
 * confirmation letter, as the NCB's letter upload gets one (shared/documents/uploads.ts), at the
 * key of the application the proposal becomes (its id), while the proposal still takes documents.
 */
export const offerProposalDocument = async (
  deps: { proposals: Pick<ProposalStore, 'get'>; offers: UploadOffers; newObjectId?: () => string },
  principal: StaffPrincipal,
  id: string,
  kind: ProposalDocumentKind,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  const proposal = await openOwnProposal(deps.proposals, principal, id);
  judgeMove(proposal, 'documents', now);
  return uploadOffer(deps.offers, { applicationId: proposal.id, kind, contentTypes: [contentType], now, newObjectId: deps.newObjectId });
};

export interface ProposalDocumentDependencies {
  proposals: Pick<ProposalStore, 'get' | 'update'>;
  objects: DocumentObjects;
  onOrphan?: (key: string, error: unknown) => void;
}

const ATTEMPTS = 3;

/** The proposal with the document recorded; the second document in opens it to HR. */
const withDocument = (proposal: Proposal, kind: ProposalDocumentKind, document: ReceivedDocument, by: string): { next: Proposal; audit: ProposalAuditEntry } => {
  const documents = { ...proposal.documents, [kind]: document };
  const opens = proposal.state === 'incomplete' && proposalDocumentKinds.every((one) => documents[one] !== undefined);
  const replaced = proposal.documents[kind];
  return {
    next: { ...proposal, documents, state: opens ? 'open' : proposal.state, updatedAt: document.receivedAt, version: proposal.version + 1 },
    audit: {
      at: document.receivedAt,
      by,
      action: opens ? 'opened' : 'document-received',
      changes: {
        [kind]: { from: replaced ? documentSummary(replaced) : null, to: documentSummary(document) },
        ...(opens ? { state: { from: 'incomplete', to: 'open' } } : {}),
      },
    },
  };
};

/**
 * `POST /admin/proposals/{id}/documents/{kind}/complete`: checks the NCB's upload as any document
 * is checked (there, 1 B to 10 MiB, a PDF or DOCX whose bytes are what its type claims), keeps it
 * where the application's documents are kept, and records it in place of an earlier one of the
 * same kind. Completing the same upload again answers the proposal as it stands.
 */
export const completeProposalDocument = async (
  deps: ProposalDocumentDependencies,
  principal: StaffPrincipal,
  id: string,
  kind: ProposalDocumentKind,
  key: string,
  now: Date,
): Promise<Proposal> => {
  let proposal = await openOwnProposal(deps.proposals, principal, id);
  const objectId = uploadObjectId(key, proposal.id, kind);
  if (!objectId) throw new ValidationFailed([{ path: 'body.key', message: `Not the key of an upload offer for this proposal's ${kind}.` }]);
  const keepAt = receivedKey(proposal.id, kind, objectId);
  if (proposal.documents[kind]?.key === keepAt) return proposal;
  judgeMove(proposal, 'documents', now);
  const document: ReceivedDocument = { ...(await checkAndKeep(deps, key, keepAt, now, undefined)), suppliedBy: 'ncb' };
  for (let attempt = 1; ; attempt += 1) {
    const { next, audit } = withDocument(proposal, kind, document, principal.email);
    try {
      await deps.proposals.update(next, proposal.version, audit);
    } catch (error) {
      const fresh = error instanceof StaleProposal ? await deps.proposals.get(id) : undefined;
      // A concurrent complete of the same upload recorded it: its record stands, and is ours.
      if (fresh?.documents[kind]?.key === keepAt) return fresh;
      if (fresh && attempt < ATTEMPTS) {
        proposal = fresh;
        judgeMove(proposal, 'documents', now);
        continue;
      }
      await removeQuietly(deps, keepAt);
      // The proposal is the application-to-be: the application's words fit it.
      if (fresh) throw new Conflict('The application kept changing while the document was recorded. Please call complete again.', { key: 'problem.conflict.keptChanging' });
      throw error;
    }
    await removeQuietly(deps, key);
    const replaced = proposal.documents[kind];
    if (replaced && replaced.key !== keepAt) await removeQuietly(deps, replaced.key);
    return next;
  }
};
