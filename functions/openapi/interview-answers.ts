/**
 * The answers of the interviews' routes (functions/interviews/), as JSON Schema 2020-12: part of
 * answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const sendOutcome: JsonSchema = { enum: ['sent', 'already-sent', 'suppressed', 'failed'], description: 'What became of the email: `failed` leaves the write standing (the claim is given back).' };

export const interviewAnswerSchemas: Record<string, JsonSchema> = {
  InterviewSlot: object(['id', 'vacancy', 'startsAt', 'durationMinutes', 'timeZone', 'panelMembers', 'status', 'revision', 'sequence', 'updatedAt', 'updatedBy'], {
    id: { type: 'string', format: 'uuid' },
    vacancy: { type: 'string' },
    startsAt: dateTime,
    durationMinutes: { type: 'integer', minimum: 10 },
    timeZone: { type: 'string', description: 'IANA zone the slot is announced in.' },
    place: { type: 'string' },
    videoLink: { type: 'string' },
    panelMembers: list({ type: 'string', format: 'email' }),
    status: { enum: ['open', 'cancelled'] },
    bookedBy: { type: 'string', format: 'uuid', description: 'The application holding it.' },
    revision: { type: 'integer', minimum: 1 },
    sequence: { type: 'integer', minimum: 0, description: 'The calendar event’s SEQUENCE: bumped by a move of time or place.' },
    updatedAt: dateTime,
    updatedBy: { type: 'string' },
  }),
  InterviewInvitation: object(['vacancy', 'applicationId', 'invitedAt', 'invitedBy'], {
    vacancy: { type: 'string' },
    applicationId: { type: 'string', format: 'uuid' },
    invitedAt: dateTime,
    invitedBy: { type: 'string' },
    slotId: { type: 'string', format: 'uuid' },
    bookedAt: dateTime,
    bookedBy: { type: 'string', description: '`candidate`, or the email of HR who assigned it.' },
  }),
  InterviewList: object(['vacancy', 'slots', 'invitations'], { vacancy: { type: 'string' }, slots: list(ref('InterviewSlot')), invitations: list(ref('InterviewInvitation')) }),
  InterviewSlotSaved: object(['slot'], { slot: ref('InterviewSlot') }),
  InterviewSlotChanged: object(['slot', 'emails'], {
    slot: ref('InterviewSlot'),
    emails: object(['panel'], { candidate: sendOutcome, panel: sendOutcome }),
  }),
  InterviewInvitations: object(['items'], {
    items: list(
      object(['applicationId', 'outcome'], {
        applicationId: { type: 'string', format: 'uuid' },
        outcome: { enum: ['invited', 'already-invited', 'not-invitable', 'not-found'] },
        email: sendOutcome,
        reason: { type: 'string' },
      }),
    ),
  }),
  InterviewBooked: object(['invitation', 'slot', 'email'], { invitation: ref('InterviewInvitation'), slot: ref('InterviewSlot'), email: sendOutcome }),
  CandidateInterview: object(['invited', 'open'], {
    invited: { type: 'boolean' },
    candidateTimeZone: { type: 'string' },
    booked: { allOf: [ref('CandidateInterviewSlot')], type: 'object', properties: { canChange: { type: 'boolean' } }, required: ['canChange'] },
    open: list(ref('CandidateInterviewSlot')),
    email: sendOutcome,
  }),
  CandidateInterviewSlot: object(['id', 'startsAt', 'durationMinutes', 'timeZone', 'changeUntil'], {
    id: { type: 'string', format: 'uuid' },
    startsAt: dateTime,
    durationMinutes: { type: 'integer' },
    timeZone: { type: 'string' },
    place: { type: 'string' },
    videoLink: { type: 'string' },
    changeUntil: { ...dateTime, description: 'Until this instant the slot may be booked, or a booking in it changed (24 hours before it starts).' },
  }),
};
