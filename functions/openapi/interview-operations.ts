/**
 * What the OpenAPI document says of the interviews' routes (functions/interviews/; issue 16, point
 * 3; docs/selection.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { bookingBodySchema, cancelQuerySchema, interviewPathSchema, invitationBodySchema, invitationPathSchema, slotBodySchema, slotPathSchema } from '#shared/interviews/slot.js';
import { applicationPathSchema } from '../applications/application-path.js';

const slotExample = {
  startsAt: '2027-01-12T09:00:00+01:00',
  durationMinutes: 45,
  timeZone: 'Europe/Paris',
  place: 'Lyon, 200 quai Charles de Gaulle, room 3',
  panelMembers: ['panel.chair@secondment-hub.local', 'panel.member1@secondment-hub.local'],
};
const changed = { schema: 'InterviewSlotChanged', description: 'The slot as stored, and what became of the candidate’s email (when it was booked) and the panel’s.' } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const interviewOperations = {
  listInterviews: {
    summary: 'A vacancy’s interview slots (cancelled ones too) and invitations',
    path: interviewPathSchema,
    answers: { 200: { schema: 'InterviewList', description: 'Slots soonest first, and who is invited and booked where.' } },
  },
  createInterviewSlot: {
    summary: 'HR sets an interview slot: its start, duration, zone, place or video link, and panel members from the vacancy’s panel',
    description: 'A place or a video link (or both). Each member must sit on the vacancy’s panel (400 naming the one who does not); 409 while the vacancy has no panel.',
    path: interviewPathSchema,
    body: slotBodySchema,
    bodyExample: slotExample,
    answers: { 201: { schema: 'InterviewSlotSaved', description: 'The slot, open and free.' } },
    problems: ['not-found', 'conflict'],
  },
  moveInterviewSlot: {
    summary: 'HR moves a slot (its time, place, link or members); its candidate stays in it',
    description: '`revision` is the one read (409 when stale, or when a candidate booked it meanwhile). The booked candidate (with the calendar event updated: same UID, higher SEQUENCE) and the panel, old and new members, are emailed once.',
    path: slotPathSchema,
    body: slotBodySchema,
    bodyExample: { ...slotExample, startsAt: '2027-01-12T14:00:00+01:00', revision: 1 },
    answers: { 200: changed },
    problems: ['not-found', 'conflict'],
  },
  cancelInterviewSlot: {
    summary: 'HR cancels a slot; its candidate keeps the invitation and may choose another',
    description: '`?revision=` is the one read. The candidate (with a calendar cancellation) and the panel are emailed once.',
    path: slotPathSchema,
    query: cancelQuerySchema,
    answers: { 200: changed },
    problems: ['not-found', 'conflict'],
  },
  inviteToInterview: {
    summary: 'HR invites candidates of the vacancy (shortlisted or tested) to book an interview',
    description: 'Each id gets an outcome; an invited candidate is emailed once (in their language), with the way to their status page. Inviting again changes nothing.',
    path: interviewPathSchema,
    body: invitationBodySchema,
    bodyExample: { applicationIds: ['0b6f5f8e-1d3c-4a55-9f0e-2a1c3d4e5f60'] },
    answers: { 200: { schema: 'InterviewInvitations', description: 'What became of each application.' } },
    problems: ['not-found'],
  },
  assignInterviewSlot: {
    summary: 'HR assigns an invited candidate a slot (after the cut-off too), in place of the one they held',
    path: invitationPathSchema,
    body: bookingBodySchema,
    bodyExample: { slotId: '6c1f2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
    answers: { 200: { schema: 'InterviewBooked', description: 'The invitation and slot as booked, and the confirmation’s outcome.' } },
    problems: ['not-found', 'forbidden', 'conflict'],
  },
  getCandidateInterview: {
    summary: 'The candidate’s interview: invited or not, the slot booked, the open ones to pick',
    path: applicationPathSchema,
    statusToken: true,
    answers: { 200: { schema: 'CandidateInterview', description: 'Instants in UTC, each slot with its zone and its cut-off; the candidate’s own zone when their application gave it.' } },
    problems: ['not-found', 'unauthorized'],
  },
  bookInterview: {
    summary: 'The candidate books an open slot, or changes to another until 24 hours before theirs',
    description: 'First come: of candidates taking one slot at once, exactly one gets it; the others get a 409 (slot taken). 403 when the application is not invited. The confirmation, with an .ics attachment, is emailed once.',
    path: applicationPathSchema,
    statusToken: true,
    body: bookingBodySchema,
    bodyExample: { slotId: '6c1f2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
    answers: { 200: { schema: 'CandidateInterview', description: 'The interview as GET gives it, and the confirmation’s outcome.' } },
    problems: ['not-found', 'unauthorized', 'forbidden', 'conflict'],
  },
} as const;
