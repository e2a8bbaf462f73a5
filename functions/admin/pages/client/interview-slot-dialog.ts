/**
 * HR's slot form (issue 16, point 3): a new slot, or a slot moved (time, length, zone, place or
 * link, members), entered on the wall clock of the slot's zone and sent as an instant with its
 * offset; the members are ticked from the vacancy's panel. The API's problems are placed beside
 * their fields; a move read stale (409) says to read again. A move or a cancellation tells the
 * booked candidate and the panel: the API does it, and its answer says what went.
 */
import type { SendOutcome } from '#shared/email/send-once.js';
import type { Slot } from '#shared/interviews/slot.js';
import { wallTime, zonedStart } from '#shared/interviews/wall-time.js';
import { isTimeZone } from '#shared/time/zoned.js';
import { byId, h } from '../../../pages/client/dom.js';
import { slotWhen } from './interview-text.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

const FIELDS = ['startsAt', 'durationMinutes', 'timeZone', 'place', 'videoLink', 'panelMembers'] as const;
type Field = (typeof FIELDS)[number];

export interface ChangeAnswer {
  slot: Slot;
  emails: { candidate?: SendOutcome; panel: SendOutcome };
}

/** What became of the emails a move or a cancellation sent, in a sentence for HR. */
export const emailsText = (emails: ChangeAnswer['emails']): string => {
  // A change's email is not sent later (only a booking's confirmation is): HR is told to pass it on.
  const said = (outcome: SendOutcome) => (outcome === 'failed' ? 'could not be sent (the email service failed; it is not sent later): tell them another way' : outcome === 'suppressed' ? 'was not sent (the address bounced before)' : 'was sent');
  const candidate = emails.candidate ? ` The candidate’s email ${said(emails.candidate)}.` : ' Nobody had booked it.';
  return `${candidate} The panel’s email ${said(emails.panel)}.`;
};

const setError = (element: HTMLElement, text: string) => {
  element.textContent = text;
  element.hidden = text === '';
};

export const slotDialog = (onSaved: (message: string) => void) => {
  const dialog = byId('slot-dialog', HTMLDialogElement);
  const heading = byId('slot-heading', HTMLElement);
  const bookedNote = byId('slot-booked', HTMLElement);
  const date = byId('slot-date', HTMLInputElement);
  const time = byId('slot-time', HTMLInputElement);
  const length = byId('slot-length', HTMLInputElement);
  const zone = byId('slot-zone', HTMLInputElement);
  const place = byId('slot-place', HTMLInputElement);
  const video = byId('slot-video', HTMLInputElement);
  const membersBox = byId('slot-members', HTMLElement);
  const formError = byId('slot-error', HTMLElement);
  const errors = Object.fromEntries(FIELDS.map((field) => [field, byId(`slot-${field}-error`, HTMLElement)])) as Record<Field, HTMLElement>;
  let vacancy = '';
  let moving: Slot | undefined;
  let lastZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  // Every zone the browser knows, offered as the field is typed in (any IANA name is taken).
  byId('slot-zones', HTMLDataListElement).replaceChildren(...Intl.supportedValuesOf('timeZone').map((name) => h('option', { value: name })));

  const clearErrors = () => {
    for (const element of [...Object.values(errors), formError]) setError(element, '');
  };

  const chosenMembers = () => [...membersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);

  const fill = (members: readonly string[], slot: Slot | undefined) => {
    const chosen = new Set(slot?.panelMembers ?? members);
    membersBox.replaceChildren(
      ...members.map((email, index) =>
        h('label', { class: 'choice', for: `slot-member-${index}` }, h('input', { type: 'checkbox', id: `slot-member-${index}`, value: email, checked: chosen.has(email) }), ' ', email),
      ),
    );
    const when = slot ? wallTime(slot.startsAt, slot.timeZone) : { date: '', time: '09:00' };
    date.value = when.date;
    time.value = when.time;
    length.value = String(slot?.durationMinutes ?? 45);
    zone.value = slot?.timeZone ?? lastZone;
    place.value = slot?.place ?? '';
    video.value = slot?.videoLink ?? '';
    bookedNote.hidden = !slot?.bookedBy;
    bookedNote.textContent = slot?.bookedBy ? 'A candidate has booked this slot: they stay in it, and they and the panel are emailed the change.' : '';
  };

  /** The body, or undefined with the problem said beside its field when the start cannot be read. */
  const body = () => {
    const timeZone = zone.value.trim();
    const refuse = (field: Field, text: string) => {
      setError(errors[field], text);
      return undefined;
    };
    if (!date.value || !time.value) return refuse('startsAt', 'Give the date and the start time.');
    if (!isTimeZone(timeZone)) return refuse('timeZone', 'Not an IANA time zone such as Europe/Paris.');
    const startsAt = zonedStart(date.value, time.value, timeZone);
    if (!startsAt) return refuse('startsAt', `${time.value} does not exist on that day in ${timeZone} (the clocks go forward): choose another time.`);
    return {
      startsAt,
      durationMinutes: Number(length.value),
      timeZone,
      ...(place.value.trim() ? { place: place.value.trim() } : {}),
      ...(video.value.trim() ? { videoLink: video.value.trim() } : {}),
      panelMembers: chosenMembers(),
      ...(moving ? { revision: moving.revision } : {}),
    };
  };

  /** The API's `errors` (`body.startsAt`, `body.panelMembers.1`) beside their fields. */
  const placeErrors = (problem: StaffApiError) => {
    const unplaced: string[] = [];
    for (const issue of problem.errors) {
      const field = issue.path.replace(/^body\./, '').split('.')[0] as Field;
      if (FIELDS.includes(field)) setError(errors[field], issue.message);
      else unplaced.push(issue.message);
    }
    const stale = problem.status === 409 && moving ? ' Close this form and open the slot again: it shows the slot as it is now.' : '';
    setError(formError, ['The slot was not saved.', problem.title, problem.detail, ...unplaced].filter(Boolean).join(' ') + stale);
  };

  const save = async () => {
    clearErrors();
    const json = body();
    if (!json) return;
    try {
      if (moving) {
        const answer = await staffApi<ChangeAnswer>('PUT', `admin/interviews/${segment(vacancy)}/slots/${segment(moving.id)}`, { json });
        onSaved(`The slot is moved to ${slotWhen(answer.slot)}.${emailsText(answer.emails)}`);
      } else {
        const answer = await staffApi<{ slot: Slot }>('POST', `admin/interviews/${segment(vacancy)}/slots`, { json });
        onSaved(`A slot is set for ${slotWhen(answer.slot)}: invited candidates may book it.`);
      }
      lastZone = json.timeZone;
      dialog.close();
    } catch (error) {
      if (error instanceof StaffApiError) placeErrors(error);
      else setError(formError, describeProblem(error));
    }
  };

  byId('slot-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  byId('slot-close', HTMLButtonElement).addEventListener('click', () => dialog.close());

  return {
    /** A new slot of `number` (`slot` absent), or `slot` moved; `members`, the vacancy's panel. */
    open(number: string, members: readonly string[], slot?: Slot) {
      vacancy = number;
      moving = slot;
      heading.textContent = slot ? `Move the slot of ${slotWhen(slot)}` : `New interview slot for vacancy ${number}`;
      fill(members, slot);
      clearErrors();
      dialog.showModal();
      date.focus();
    },
  };
};
