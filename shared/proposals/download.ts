import { DOWNLOAD_LINK_SECONDS, downloadFileName, type DocumentLinks, type DownloadLink } from '../admin/document-download.js';
import { NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openProposal } from './access.js';
import type { ProposalDocumentKind } from './proposal.js';
import type { ProposalStore } from './store.js';

/**
 * `GET /admin/proposals/{id}/documents/{kind}`: HR reads the CV and the confirmation letter before
 * matching, through the same 5-minute signed link as an application's document
 * (shared/admin/document-download.ts); 404 when that document is not in yet, or when the id is
 * another country's, for an NCB officer (openProposal).
 */
export const proposalDocumentDownload = async (
  deps: { proposals: Pick<ProposalStore, 'get'>; links: DocumentLinks },
  principal: StaffPrincipal,
  id: string,
  kind: ProposalDocumentKind,
  now: Date,
): Promise<DownloadLink> => {
  const proposal = await openProposal(deps.proposals, principal, id);
  const document = proposal.documents[kind];
  if (!document) {
    throw new NotFound(`No ${kind === 'cv' ? 'CV' : 'confirmation letter'} has been received for this proposal.`, { key: 'problem.notFound.proposalDocument', values: { kind } });
  }
  return deps.links.link({
    key: document.key,
    contentType: document.contentType,
    // "proposal-cv-<id>.pdf": no vacancy yet, and never the officer's name (it travels in the URL).
    fileName: downloadFileName({ id: proposal.id, vacancy: 'proposal' }, kind, document.contentType),
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
    now,
  });
};
