/**
 * HR cancels a slot (issue 16, point 3), after saying what it does: its candidate (if booked) keeps
 * the invitation and may pick another time, and they and the panel are emailed. Sent with the
 * revision read: a slot changed meanwhile (a booking, a move) is a 409, said in the dialog.
 */
import type { Slot } from '#shared/interviews/slot.js';
import { byId } from '../../../pages/client/dom.js';
import { emailsText, type ChangeAnswer } from './interview-slot-dialog.js';
import { slotWhen } from './interview-text.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

export const cancelSlotDialog = (onCancelled: (message: string) => void) => {
  const dialog = byId('slot-cancel-dialog', HTMLDialogElement);
  const what = byId('slot-cancel-what', HTMLElement);
  const formError = byId('slot-cancel-error', HTMLElement);
  const keep = byId('slot-cancel-keep', HTMLButtonElement);
  let vacancy = '';
  let slot: Slot | undefined;

  const cancel = async () => {
    if (!slot) return;
    formError.hidden = true;
    try {
      const answer = await staffApi<ChangeAnswer>('DELETE', `admin/interviews/${segment(vacancy)}/slots/${segment(slot.id)}?revision=${slot.revision}`);
      dialog.close();
      onCancelled(`The slot of ${slotWhen(answer.slot)} is cancelled.${emailsText(answer.emails)}`);
    } catch (error) {
      formError.textContent = `The slot was not cancelled: ${describeProblem(error)}`;
      formError.hidden = false;
    }
  };

  byId('slot-cancel-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void cancel();
  });
  keep.addEventListener('click', () => dialog.close());

  return {
    open(number: string, chosen: Slot, holder: string | undefined) {
      vacancy = number;
      slot = chosen;
      what.textContent = holder
        ? `${slotWhen(chosen)} is booked by ${holder}. They keep their invitation and may pick another time; they and the panel are emailed.`
        : `${slotWhen(chosen)} is free. The panel members are emailed.`;
      formError.hidden = true;
      dialog.showModal();
      // The safe choice first: Enter keeps the slot.
      keep.focus();
    },
  };
};
