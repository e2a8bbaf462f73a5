/**
 * An interview slot (issue 16, point 3): when it starts (an instant), how long it lasts, the zone
 * its wall clock is read in (the place's, or the panel's for a video call), where (a place or a
 * video link) and which of the vacancy's panel members sit in it. HR sets, moves and cancels
 * slots; a candidate books at most one, and a slot holds at most one candidate.
 */
import * as z from '../zod.js';
import { email } from '../applications/schema.js';
import { singleLine } from '../text.js';
import { isTimeZone } from '../time/zoned.js';
import { vacancyNumber } from '../vacancies/schema.js';

export interface Slot {
  id: string;
  vacancy: string;
  /** ISO instant, UTC. */
  startsAt: string;
  durationMinutes: number;
  /** IANA zone the slot is announced in. */
  timeZone: string;
  place?: string;
  videoLink?: string;
  /** Staff emails, each a member of the vacancy's panel. */
  panelMembers: string[];
  status: 'open' | 'cancelled';
  /** The application holding it; absent while free. */
  bookedBy?: string;
  /** Bumped by every change HR makes (a move, a cancellation); a booking does not bump it. */
  revision: number;
  /** Bumped by every move, so that a calendar replaces the event (the .ics SEQUENCE). */
  sequence: number;
  updatedAt: string;
  updatedBy: string;
}

/** A shortlisted (or tested) candidate invited to book a slot of the vacancy. */
export interface Invitation {
  vacancy: string;
  applicationId: string;
  invitedAt: string;
  invitedBy: string;
  /** The slot booked; absent until the candidate picks one or HR assigns one. */
  slotId?: string;
  bookedAt?: string;
  /** Who booked: the candidate or HR's email. */
  bookedBy?: 'candidate' | string;
}

const MINUTE = 60_000;

export const slotEnd = (slot: Pick<Slot, 'startsAt' | 'durationMinutes'>): Date => new Date(Date.parse(slot.startsAt) + slot.durationMinutes * MINUTE);

const zone = z.string().check(z.maxLength(64), z.refine(isTimeZone, 'Not an IANA time zone such as Europe/Paris.'));
const httpsLink = z.string().check(z.maxLength(500), z.refine((value) => /^https:\/\/[^\s]+$/.test(value), 'An https:// link.'));

/** The body of a slot's creation or move: where one of place and video link is given. */
export const slotBodySchema = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true, message: 'An ISO instant with its offset, such as 2027-01-12T09:00:00+01:00.' }),
    durationMinutes: z.int('A whole number of minutes.').check(z.minimum(10, 'At least 10 minutes.'), z.maximum(480, 'At most 8 hours.')),
    timeZone: zone,
    place: z.optional(singleLine(300)),
    videoLink: z.optional(httpsLink),
    panelMembers: z.array(email).check(
      z.minLength(1, 'At least one panel member.'),
      z.maxLength(12, 'At most 12.'),
      z.refine((members) => new Set(members).size === members.length, 'Each member once.'),
    ),
    /** The revision read, when moving a slot. */
    revision: z.optional(z.int().check(z.minimum(1))),
  })
  .check(z.refine((body) => body.place !== undefined || body.videoLink !== undefined, { message: 'A place or a video link.', path: ['place'] }));
export type SlotBody = z.infer<typeof slotBodySchema>;

export const interviewPathSchema = z.strictObject({ vacancy: vacancyNumber });
export const slotPathSchema = z.extend(interviewPathSchema, { slot: z.uuid('Not a slot id.') });
export const invitationPathSchema = z.extend(interviewPathSchema, { id: z.uuid('Not an application id.') });

/** `POST /admin/interviews/{vacancy}/invitations`. */
export const invitationBodySchema = z.strictObject({
  applicationIds: z.array(z.uuid('Not an application id.')).check(z.minLength(1, 'At least one application.'), z.maxLength(200, 'At most 200 at once.')),
});

/** `PUT /admin/interviews/{vacancy}/invitations/{id}` (HR assigns) and `PUT /applications/{id}/interview` (the candidate books). */
export const bookingBodySchema = z.strictObject({ slotId: z.uuid('Not a slot id.') });

/** `DELETE /admin/interviews/{vacancy}/slots/{slot}`: the revision read. */
export const cancelQuerySchema = z.strictObject({ revision: z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,8}$/, 'A revision number.')), z.transform(Number)) });
