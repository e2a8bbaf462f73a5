/**
 * HR's Interviews tab (issue 16, point 3), over the interviews' routes: per vacancy with a panel,
 * the slots (in their own zone, where, who sits, who booked) with Move and Cancel, the candidates
 * the panel assesses with their invitation and interview, a tick to invite the shortlisted and
 * tested ones, and a time to assign an invited one. Plain tables of buttons and fields, so the
 * keyboard reaches everything in reading order; what the API answers is said in the page's message.
 */
import type { Invitation, Slot } from '#shared/interviews/slot.js';
import type { CandidateAnswer, PanelAnswer } from '#shared/selection/reading.js';
import { byId, h } from '../../../pages/client/dom.js';
import { cancelSlotDialog } from './interview-cancel-dialog.js';
import { slotDialog } from './interview-slot-dialog.js';
import { slotChoice, slotWhen, slotWhere } from './interview-text.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

interface InterviewsAnswer {
  slots: Slot[];
  invitations: Invitation[];
}

interface InvitationOutcome {
  applicationId: string;
  outcome: 'invited' | 'already-invited' | 'not-invitable' | 'not-found';
  email?: string;
  reason?: string;
}

type Candidate = CandidateAnswer['candidate'];

/** The statuses from which a candidate may be invited (shared/interviews/booking.ts says the same to the API). */
const INVITABLE = new Set(['shortlisted', 'tested']);

const statusText = (status: string) => status.charAt(0).toUpperCase() + status.slice(1);
const day = (instant: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(instant));

export const interviewsView = () => {
  const select = byId('interviews-vacancy', HTMLSelectElement);
  const summary = byId('interviews-summary', HTMLElement);
  const newSlot = byId('interviews-new-slot', HTMLButtonElement);
  const slotsNote = byId('interviews-slots-note', HTMLElement);
  const slotsFrame = byId('interviews-slots-frame', HTMLElement);
  const slotRows = byId('interviews-slots', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const candidatesFrame = byId('interviews-candidates-frame', HTMLElement);
  const candidateRows = byId('interviews-candidates', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const inviteButton = byId('interviews-invite', HTMLButtonElement);
  let panels: PanelAnswer[] = [];
  let vacancy = '';
  let members: string[] = [];
  let state: InterviewsAnswer = { slots: [], invitations: [] };
  let candidates: Candidate[] = [];

  const nameOf = (applicationId: string | undefined) => candidates.find((candidate) => candidate.applicationId === applicationId)?.name ?? applicationId;
  const done = (message: string) => {
    showMessage(message, 'success');
    void show(vacancy);
  };
  const slotForm = slotDialog(done);
  const cancelForm = cancelSlotDialog(done);

  const slotRow = (slot: Slot) => {
    const when = slotWhen(slot);
    const cancelled = slot.status === 'cancelled';
    const actions = h('span', { class: 'cell-actions' });
    if (!cancelled) {
      const move = h('button', { type: 'button', class: 'cell-action', 'aria-label': `Move the slot of ${when}` }, 'Move…');
      move.addEventListener('click', () => slotForm.open(vacancy, members, slot));
      const cancel = h('button', { type: 'button', class: 'cell-action', 'aria-label': `Cancel the slot of ${when}` }, 'Cancel…');
      cancel.addEventListener('click', () => cancelForm.open(vacancy, slot, slot.bookedBy ? nameOf(slot.bookedBy) : undefined));
      actions.append(move, cancel);
    }
    return h(
      'tr',
      { 'data-slot': slot.id, class: cancelled ? 'row-muted' : undefined },
      h('td', {}, when, cancelled ? h('span', { class: 'tag' }, ' (cancelled)') : false),
      h('td', {}, `${slot.durationMinutes} min`),
      h('td', { dir: 'auto' }, slotWhere(slot)),
      h('td', {}, slot.panelMembers.join(', ')),
      h('td', { dir: 'auto' }, cancelled ? '–' : slot.bookedBy ? nameOf(slot.bookedBy) : 'Free'),
      h('td', {}, actions),
    );
  };

  /** An invited candidate's choice of the open, free slots, and the button that assigns it. */
  const assignCell = (candidate: Candidate, invitation: Invitation) => {
    const free = state.slots.filter((slot) => slot.status === 'open' && slot.bookedBy === undefined && Date.parse(slot.startsAt) > Date.now());
    if (free.length === 0) return h('span', { class: 'hint' }, 'No free slot');
    const id = `assign-${candidate.applicationId}`;
    const choice = h('select', { id, class: 'select' }, ...free.map((slot) => h('option', { value: slot.id }, slotChoice(slot))));
    const assign = h('button', { type: 'button', class: 'cell-action', 'aria-label': `Assign the chosen time to ${candidate.name}` }, invitation.slotId ? 'Change' : 'Assign');
    assign.addEventListener('click', () => void assignSlot(candidate, choice.value));
    return h('span', { class: 'cell-actions' }, h('label', { class: 'visually-hidden', for: id }, `Time for ${candidate.name}`), choice, assign);
  };

  /** The invitation's email once more: it goes only if it has not gone (its claim), so a click after an SES outage sends it and any other sends nothing. */
  const resendButton = (candidate: Candidate) => {
    const button = h('button', { type: 'button', class: 'cell-action', 'aria-label': `Send again the invitation to ${candidate.name}` }, 'Send again');
    button.addEventListener('click', () => void sendInvitations([candidate.applicationId]));
    return button;
  };

  const candidateRow = (candidate: Candidate) => {
    const invitation = state.invitations.find((one) => one.applicationId === candidate.applicationId);
    const booked = invitation?.slotId ? state.slots.find((slot) => slot.id === invitation.slotId) : undefined;
    const invitable = !invitation && INVITABLE.has(candidate.status);
    const tick = invitable
      ? h('input', { type: 'checkbox', class: 'invite-choice', value: candidate.applicationId, 'aria-label': `Invite ${candidate.name}` })
      : h('span', { class: 'visually-hidden' }, invitation ? 'Invited' : 'Not invitable');
    const bookedBy = invitation?.bookedBy === 'candidate' ? 'by the candidate' : invitation?.bookedBy ? `by ${invitation.bookedBy}` : '';
    const invited = invitation ? h('span', { class: 'cell-actions' }, `Invited ${day(invitation.invitedAt)}`, INVITABLE.has(candidate.status) ? resendButton(candidate) : false) : undefined;
    return h(
      'tr',
      { 'data-application': candidate.applicationId },
      h('td', {}, tick),
      h('td', { dir: 'auto' }, candidate.name),
      h('td', {}, statusText(candidate.status)),
      h('td', {}, invited ?? (INVITABLE.has(candidate.status) ? 'Not invited' : '–')),
      h('td', {}, booked ? `${slotWhen(booked)}, ${bookedBy}` : invitation ? 'No time booked yet' : '–'),
      h('td', {}, invitation && INVITABLE.has(candidate.status) ? assignCell(candidate, invitation) : '–'),
    );
  };

  const draw = () => {
    const open = state.slots.filter((slot) => slot.status === 'open');
    const free = open.filter((slot) => slot.bookedBy === undefined);
    slotsNote.textContent = state.slots.length === 0 ? 'No slot yet: set one with New slot.' : `${open.length} slots, ${open.length - free.length} booked, ${free.length} free.`;
    slotsFrame.hidden = state.slots.length === 0;
    slotRows.replaceChildren(...state.slots.map(slotRow));
    candidatesFrame.hidden = candidates.length === 0;
    candidateRows.replaceChildren(...candidates.map(candidateRow));
    inviteButton.hidden = !candidates.some((candidate) => INVITABLE.has(candidate.status) && !state.invitations.some((one) => one.applicationId === candidate.applicationId));
  };

  const show = async (number: string) => {
    vacancy = number;
    const panel = panels.find((item) => item.panel.vacancy === number);
    newSlot.hidden = !panel;
    if (!panel) {
      summary.textContent = 'No vacancy has a selection panel yet: name one first (Vacancies tab, Selection panel). Interviews are held by the panel.';
      state = { slots: [], invitations: [] };
      candidates = [];
      draw();
      return;
    }
    members = panel.panel.members;
    try {
      const [interviews, assessed] = await Promise.all([
        staffApi<InterviewsAnswer>('GET', `admin/interviews/${segment(number)}`),
        staffApi<{ items: CandidateAnswer[] }>('GET', `admin/selection/panels/${segment(number)}/candidates`),
      ]);
      state = interviews;
      candidates = assessed.items.map((item) => item.candidate);
    } catch (error) {
      showMessage(`The interviews of vacancy ${number} could not be loaded: ${describeProblem(error)}`, 'error');
    }
    draw();
    // Said once the tables are drawn: the polite live region announces a vacancy ready to work on.
    summary.textContent = `Panel: ${members.join(', ')} (chair ${panel.panel.chair}).`;
  };

  const names = (items: readonly InvitationOutcome[]) => items.map((item) => nameOf(item.applicationId)).join(', ');

  /** Invites `ids` (or sends an invitation again: the API answers already-invited and what became of the email). */
  const sendInvitations = async (ids: readonly string[]) => {
    try {
      const { items } = await staffApi<{ items: InvitationOutcome[] }>('POST', `admin/interviews/${segment(vacancy)}/invitations`, { json: { applicationIds: ids } });
      const invited = items.filter((item) => item.outcome === 'invited').length;
      const again = items.filter((item) => item.outcome === 'already-invited');
      const resent = again.filter((item) => item.email === 'sent');
      const wentBefore = again.filter((item) => item.email === 'already-sent');
      const failed = items.filter((item) => item.email === 'failed');
      const suppressed = items.filter((item) => item.email === 'suppressed');
      const refused = items.filter((item) => item.outcome === 'not-invitable' || item.outcome === 'not-found').map((item) => `${nameOf(item.applicationId)}: ${item.reason ?? 'not found'}`);
      const parts = [
        invited || again.length === 0 ? `${invited} invited.` : '',
        resent.length ? `The invitation to ${names(resent)} is sent now.` : '',
        wentBefore.length ? `The invitation to ${names(wentBefore)} had gone already: nothing was sent again.` : '',
        failed.length ? `The email to ${names(failed)} could not be sent: press Send again on their row later.` : '',
        suppressed.length ? `No email to ${names(suppressed)}: their address bounced before.` : '',
        refused.length ? `Not invited: ${refused.join('; ')}.` : '',
      ];
      // The table first, then the message: what it says is on screen when it is announced.
      await show(vacancy);
      showMessage(parts.filter(Boolean).join(' '), failed.length || suppressed.length || refused.length ? 'warning' : 'success');
    } catch (error) {
      showMessage(`${ids.length === 1 ? `${nameOf(ids[0])} was not invited` : 'Nobody was invited'}: ${describeProblem(error)}`, 'error');
    }
  };

  const invite = async () => {
    const chosen = [...candidateRows.querySelectorAll<HTMLInputElement>('input.invite-choice:checked')].map((box) => box.value);
    if (chosen.length === 0) return showMessage('Tick the candidates to invite first.', 'warning');
    await sendInvitations(chosen);
  };

  const assignSlot = async (candidate: Candidate, slotId: string) => {
    try {
      const answer = await staffApi<{ slot: Slot; email: string }>('PUT', `admin/interviews/${segment(vacancy)}/invitations/${segment(candidate.applicationId)}`, { json: { slotId } });
      const email = answer.email === 'failed' ? ' The confirmation could not be sent now: it is sent within the hour.' : answer.email === 'suppressed' ? ' No confirmation was sent (the address bounced before).' : ' The candidate is emailed the confirmation.';
      done(`${candidate.name} is booked for ${slotWhen(answer.slot)}.${email}`);
    } catch (error) {
      showMessage(`${candidate.name} was not booked: ${describeProblem(error)}`, 'error');
      await show(vacancy);
    }
  };

  select.addEventListener('change', () => void show(select.value));
  newSlot.addEventListener('click', () => slotForm.open(vacancy, members));
  inviteButton.addEventListener('click', () => void invite());

  const load = async () => {
    try {
      ({ items: panels } = await staffApi<{ items: PanelAnswer[] }>('GET', 'admin/selection/panels'));
    } catch (error) {
      showMessage(`The vacancies with a panel could not be loaded: ${describeProblem(error)}`, 'error');
      return;
    }
    select.replaceChildren(...panels.map((item) => h('option', { value: item.panel.vacancy }, `${item.panel.vacancy}${item.title ? ` · ${item.title}` : ''}`)));
    await show(panels[0]?.panel.vacancy ?? '');
  };

  return { load };
};
