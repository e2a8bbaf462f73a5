/**
 * HR's part of interviews (issue 16, point 3): slots set, moved and cancelled; candidates invited;
 * a slot assigned. Every email goes once (sendOnce, its claim named by what it is about), after
 * the write it reports: a failed send leaves the write standing and says so in the answer.
 */
import { Conflict, NotFound, ValidationFailed, type FieldIssue } from '../errors.js';
import { sendOnce, type SendOutcome } from '../email/send-once.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { Panel } from '../selection/panel.js';
import type { Vacancy } from '../vacancies/schema.js';
import { notInvitableBecause } from './booking.js';
import { bookSlot, type BookingOutcome } from './book.js';
import { changedEmail, invitationEmail, panelChangedEmail } from './emails.js';
import type { InterviewDependencies } from './dependencies.js';
import type { Invitation, Slot, SlotBody } from './slot.js';
import { SlotChanged } from './store.js';

export type { BookingOutcome, InterviewDependencies };


const vacancyOf = async (deps: Pick<InterviewDependencies, 'vacancies'>, number: string): Promise<Vacancy> => {
  const vacancy = await deps.vacancies.get(number);
  if (!vacancy) throw new NotFound(`No vacancy ${number}.`);
  return vacancy;
};

const slotOf = async (deps: Pick<InterviewDependencies, 'interviews'>, vacancy: string, id: string): Promise<Slot> => {
  const slot = await deps.interviews.slot(vacancy, id);
  if (!slot) throw new NotFound('There is no such interview slot for this vacancy.', { key: 'problem.notFound.interviewSlot' });
  return slot;
};

/** The slot's members sit on the vacancy's panel; the start is ahead of now. */
const checkSlotBody = (body: SlotBody, panel: Panel | undefined, now: Date): void => {
  const issues: FieldIssue[] = [];
  if (!panel) throw new Conflict('This vacancy has no selection panel yet: name it first (PUT /admin/selection/panels/{vacancy}).');
  body.panelMembers.forEach((member, index) => {
    if (!panel.members.includes(member)) issues.push({ path: `panelMembers.${index}`, message: `${member} is not a member of this vacancy's panel.` });
  });
  if (Date.parse(body.startsAt) <= now.getTime()) issues.push({ path: 'startsAt', message: 'An interview starts in the future.' });
  if (issues.length > 0) throw new ValidationFailed(issues);
};

const slotFields = (body: SlotBody) => ({
  startsAt: new Date(body.startsAt).toISOString(),
  durationMinutes: body.durationMinutes,
  timeZone: body.timeZone,
  ...(body.place !== undefined ? { place: body.place } : {}),
  ...(body.videoLink !== undefined ? { videoLink: body.videoLink } : {}),
  panelMembers: body.panelMembers,
});

export const createSlot = async (deps: InterviewDependencies, principal: StaffPrincipal, vacancy: string, body: SlotBody, now: Date): Promise<Slot> => {
  await vacancyOf(deps, vacancy);
  if (body.revision !== undefined) throw new ValidationFailed([{ path: 'revision', message: 'A new slot has no revision.' }]);
  checkSlotBody(body, await deps.panels.get(vacancy), now);
  const slot: Slot = { id: deps.newId(), vacancy, ...slotFields(body), status: 'open', revision: 1, sequence: 0, updatedAt: now.toISOString(), updatedBy: principal.email };
  await deps.interviews.createSlot(slot);
  return slot;
};

export interface ChangeOutcome {
  slot: Slot;
  /** What became of each email: the candidate's (when the slot was booked) and the panel's. */
  emails: { candidate?: SendOutcome; panel: SendOutcome };
}

/** Tells the candidate (if booked) and the panel, old and new members, once per change (its revision names it). */
const tellOfChange = async (deps: InterviewDependencies, vacancy: Vacancy, slot: Slot, before: Slot, now: Date): Promise<ChangeOutcome['emails']> => {
  const kind = slot.status === 'cancelled' ? 'interview-cancelled' : `interview-moved-${slot.revision}`;
  let candidate: SendOutcome | undefined;
  if (before.bookedBy) {
    const application = await deps.applications.get(before.bookedBy);
    if (application) candidate = await sendOnce(deps.email, { scope: `APPLICATION#${application.id}`, kind: `${kind}-${slot.id}`, day: now.toISOString().slice(0, 10) }, changedEmail(application, vacancy, slot, before, now), now);
  }
  const members = [...new Set([...before.panelMembers, ...slot.panelMembers])];
  const panel = await sendOnce(deps.email, { scope: `INTERVIEW-SLOT#${slot.id}`, kind: `panel-${kind}`, day: now.toISOString().slice(0, 10) }, panelChangedEmail(members, vacancy, slot, before), now);
  return { ...(candidate ? { candidate } : {}), panel };
};

const sameTimeAndPlace = (a: Slot, b: Slot) =>
  a.startsAt === b.startsAt && a.durationMinutes === b.durationMinutes && a.timeZone === b.timeZone && a.place === b.place && a.videoLink === b.videoLink;

/** Moves a slot (its time, place, link or members): the revision read; a booked candidate stays in it and is told, as is the panel. */
export const moveSlot = async (deps: InterviewDependencies, principal: StaffPrincipal, vacancy: string, id: string, body: SlotBody, now: Date): Promise<ChangeOutcome> => {
  const about = await vacancyOf(deps, vacancy);
  const before = await slotOf(deps, vacancy, id);
  if (body.revision === undefined) throw new ValidationFailed([{ path: 'revision', message: 'Send the revision you read to move a slot.' }]);
  if (before.status === 'cancelled') throw new Conflict('This slot is cancelled: set a new one instead.');
  if (body.revision !== before.revision) throw new Conflict(`The slot changed meanwhile (revision ${before.revision}, you read ${body.revision}): read it again.`);
  checkSlotBody(body, await deps.panels.get(vacancy), now);
  const moved: Slot = { ...before, ...slotFields(body), revision: before.revision + 1, updatedAt: now.toISOString(), updatedBy: principal.email };
  if (body.place === undefined) delete moved.place;
  if (body.videoLink === undefined) delete moved.videoLink;
  moved.sequence = sameTimeAndPlace(before, moved) ? before.sequence : before.sequence + 1;
  await replace(deps, moved, before.revision);
  return { slot: moved, emails: await tellOfChange(deps, about, moved, before, now) };
};

/** Cancels a slot: its candidate (if any) is freed to choose another and told, as is the panel. */
export const cancelSlot = async (deps: InterviewDependencies, principal: StaffPrincipal, vacancy: string, id: string, revision: number, now: Date): Promise<ChangeOutcome> => {
  const about = await vacancyOf(deps, vacancy);
  const before = await slotOf(deps, vacancy, id);
  if (before.status === 'cancelled') throw new Conflict('This slot is cancelled already.');
  if (revision !== before.revision) throw new Conflict(`The slot changed meanwhile (revision ${before.revision}, you read ${revision}): read it again.`);
  const cancelled: Slot = { ...before, status: 'cancelled', revision: before.revision + 1, sequence: before.sequence + 1, updatedAt: now.toISOString(), updatedBy: principal.email };
  delete cancelled.bookedBy;
  await replace(deps, cancelled, before.revision, before.bookedBy);
  return { slot: cancelled, emails: await tellOfChange(deps, about, cancelled, before, now) };
};

const replace = async (deps: InterviewDependencies, slot: Slot, revision: number, freeing?: string) => {
  try {
    await deps.interviews.replaceSlot(slot, revision, freeing);
  } catch (error) {
    if (error instanceof SlotChanged) throw new Conflict('The slot changed meanwhile (a booking, or another change): read it again.');
    throw error;
  }
};

export interface InvitationOutcome {
  applicationId: string;
  outcome: 'invited' | 'already-invited' | 'not-invitable' | 'not-found';
  email?: SendOutcome;
  reason?: string;
}

/** Invites each application of the vacancy that may be (notInvitableBecause); the invitation's email goes once per application and vacancy. */
export const invite = async (deps: InterviewDependencies, principal: StaffPrincipal, vacancy: string, applicationIds: readonly string[], now: Date): Promise<InvitationOutcome[]> => {
  const about = await vacancyOf(deps, vacancy);
  const outcomes: InvitationOutcome[] = [];
  for (const applicationId of new Set(applicationIds)) {
    const application = await deps.applications.get(applicationId);
    if (!application || application.vacancy !== vacancy) {
      outcomes.push({ applicationId, outcome: 'not-found' });
      continue;
    }
    const reason = notInvitableBecause(application);
    if (reason) {
      outcomes.push({ applicationId, outcome: 'not-invitable', reason });
      continue;
    }
    const invitation: Invitation = { vacancy, applicationId, invitedAt: now.toISOString(), invitedBy: principal.email };
    const fresh = await deps.interviews.invite(invitation);
    // Sent again on a repeated invitation too: sendOnce finds its claim and sends nothing, unless the first send failed.
    const email = await sendOnce(deps.email, { scope: `APPLICATION#${applicationId}`, kind: 'interview-invitation', day: vacancy }, invitationEmail(application, about, `${deps.publicBaseUrl}/status`), now);
    outcomes.push({ applicationId, outcome: fresh ? 'invited' : 'already-invited', email });
  }
  return outcomes;
};

/** HR assigns a slot to an invited candidate of the vacancy. */
export const assignSlot = async (deps: InterviewDependencies, principal: StaffPrincipal, vacancy: string, applicationId: string, slotId: string, now: Date): Promise<BookingOutcome> => {
  const application = await deps.applications.get(applicationId);
  if (!application || application.vacancy !== vacancy) throw new NotFound(`No application ${applicationId} to vacancy ${vacancy}.`);
  return bookSlot(deps, application, slotId, now, principal.email);
};
