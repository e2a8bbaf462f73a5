/**
 * The NCB's documents dialog for one proposal: the officer's CV and the confirmation letter, each
 * sent straight to storage under the presigned POST the proposal's route offers and then recorded
 * (presigned-upload.ts, as the NCB's letter for an application). The proposal opens to HR once both are in.
 */
import type { ProposalDocumentKind } from '#shared/proposals/proposal.js';
import { byId } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { formatDateTime } from './labels.js';
import { showMessage } from './messages.js';
import { uploadThroughOffer, UploadNotSent } from './presigned-upload.js';
import { officerName, proposalNeeds, type ProposalView } from './proposal-words.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

const kinds: readonly ProposalDocumentKind[] = ['cv', 'confirmationLetter'];

/** Sends one document of a proposal; the answer is the proposal as it now stands. */
export const uploadProposalDocument = (proposal: ProposalView, kind: ProposalDocumentKind, file: File): Promise<ProposalView> => {
  const path = `admin/proposals/${segment(proposal.id)}/documents/${kind}`;
  return uploadThroughOffer(file, {
    offer: ({ contentType }) => staffApi('POST', path, { json: { contentType } }),
    complete: async (offer) => (await staffApi<{ proposal: ProposalView }>('POST', `${path}/complete`, { json: { key: offer.fields.key ?? '' } })).proposal,
  });
};

export interface ProposalDocumentsDialog {
  open(proposal: ProposalView): void;
}

/** `changed` hears of each proposal as a document changes it (the list shows it at once). */
export const proposalDocumentsDialog = (changed: (proposal: ProposalView) => void): ProposalDocumentsDialog => {
  const dialog = byId('proposal-documents-dialog', HTMLDialogElement);
  const error = byId('proposal-documents-error', HTMLElement);
  const status = byId('proposal-documents-status', HTMLElement);
  let shown: ProposalView | undefined;

  const show = (proposal: ProposalView) => {
    shown = proposal;
    byId('proposal-documents-who', HTMLElement).textContent = t('admin.proposals.documents.who', { name: officerName(proposal) });
    for (const kind of kinds) {
      const received = proposal.documents[kind];
      byId(`proposal-file-${kind}-state`, HTMLElement).textContent = received
        ? t('admin.proposals.documents.received', { at: formatDateTime(received.receivedAt) })
        : t('admin.proposals.documents.missing');
    }
  };

  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  for (const kind of kinds) {
    const input = byId(`proposal-file-${kind}`, HTMLInputElement);
    const button = byId(`proposal-attach-${kind}`, HTMLButtonElement);
    input.addEventListener('change', () => {
      error.hidden = true;
    });
    button.addEventListener('click', async () => {
      const file = input.files?.[0];
      if (!shown) return;
      if (!file) {
        fail(t('admin.proposals.documents.chooseFirst'));
        input.focus();
        return;
      }
      error.hidden = true;
      button.disabled = true;
      try {
        const proposal = await uploadProposalDocument(shown, kind, file);
        input.value = '';
        show(proposal);
        changed(proposal);
        const name = officerName(proposal);
        status.textContent =
          proposalNeeds(proposal).from === 'ncb' ? t('admin.proposals.documents.attached', { kind, name }) : t('admin.proposals.documents.complete', { name });
      } catch (problem) {
        fail(t('admin.proposals.documents.notAttached', { reason: problem instanceof UploadNotSent ? problem.message : describeProblem(problem) }));
      } finally {
        button.disabled = false;
      }
    });
  }
  byId('proposal-documents-close', HTMLButtonElement).addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (status.textContent) showMessage(status.textContent, 'success');
  });

  return {
    open(proposal) {
      error.hidden = true;
      status.textContent = '';
      for (const kind of kinds) byId(`proposal-file-${kind}`, HTMLInputElement).value = '';
      show(proposal);
      dialog.showModal();
    },
  };
};
