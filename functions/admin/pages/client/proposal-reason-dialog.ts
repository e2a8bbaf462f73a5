/**
 * A move on a proposal that needs a reason (the NCB withdraws it, HR declines it): the dialog
 * whose elements are named `<prefix>-dialog`, `-form`, `-reason`, `-error`, `-confirm`, `-cancel`
 * and `-who` (proposal-views.ts), which asks for the reason, posts it, and places the API's problem.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { byId } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { officerName, type ProposalView } from './proposal-words.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

export interface ReasonMove {
  /** The dialog's element ids' prefix: `proposal-withdraw`. */
  prefix: string;
  /** The route's last segment: POST /admin/proposals/{id}/<action>. */
  action: 'withdraw' | 'decline';
  reasonNeeded: MessageKey;
  done: MessageKey;
  /** Who the dialog is about, as its `-who` line says it. */
  who: (proposal: ProposalView) => string;
}

export const proposalReasonDialog = (move: ReasonMove, moved: (proposal: ProposalView) => void) => {
  const element = <T extends HTMLElement>(suffix: string, type: new () => T) => byId(`${move.prefix}-${suffix}`, type);
  const dialog = element('dialog', HTMLDialogElement);
  const form = element('form', HTMLFormElement);
  const reason = element('reason', HTMLTextAreaElement);
  const error = element('error', HTMLElement);
  const confirm = element('confirm', HTMLButtonElement);
  let shown: ProposalView | undefined;
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
  };
  element('cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!shown) return;
    if (reason.value.trim() === '') return fail(t(move.reasonNeeded));
    confirm.disabled = true;
    try {
      const { proposal } = await staffApi<{ proposal: ProposalView }>('POST', `admin/proposals/${segment(shown.id)}/${move.action}`, { json: { reason: reason.value.trim() } });
      moved(proposal);
      dialog.close();
      showMessage(t(move.done, { name: officerName(proposal) }), 'success');
    } catch (problem) {
      fail(describeProblem(problem));
    } finally {
      confirm.disabled = false;
    }
  });
  return {
    open(proposal: ProposalView) {
      shown = proposal;
      form.reset();
      error.hidden = true;
      reason.removeAttribute('aria-invalid');
      element('who', HTMLElement).textContent = move.who(proposal);
      dialog.showModal();
    },
  };
};
