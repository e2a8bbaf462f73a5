/**
 * A written test of a vacancy (issue 16, point 2): one sitting (from its start to its end) or a
 * window (open from its start to its end, the test itself taking `durationMinutes` of it), in a
 * named IANA zone; remote (a platform link the invited candidates get) or at a place (an
 * address); marked out of `maxMark`, passed at or above `passMark`. HR schedules, corrects and
 * cancels it; shortlisted candidates are invited to one test of the vacancy at a time.
 */
import * as z from '../zod.js';
import { singleLine } from '../text.js';
import { isTimeZone } from '../time/zoned.js';
import { vacancyNumber } from '../vacancies/schema.js';

export type TestFormat = 'sitting' | 'window';

export interface WrittenTest {
  id: string;
  vacancy: string;
  format: TestFormat;
  /** ISO instants, UTC: a sitting's start and end, or a window's opening and closing. */
  startsAt: string;
  endsAt: string;
  /** How long the test takes within a window (a sitting's is its length). */
  durationMinutes?: number;
  /** IANA zone it is announced in (the place's, or HR's for a remote test). */
  timeZone: string;
  platformLink?: string;
  address?: string;
  maxMark: number;
  passMark: number;
  status: 'scheduled' | 'cancelled';
  /** Bumped by every change HR makes; a correction sends the revision read. */
  revision: number;
  /** Bumped when what a candidate's calendar holds changes (time or place): the .ics SEQUENCE. */
  sequence: number;
  updatedAt: string;
  updatedBy: string;
}

export type TestAnswer = 'confirmed' | 'another-time';

/** A candidate invited to a test of the vacancy, and their answer. Moved to another sitting, `testId` changes and the answer goes. */
export interface TestInvitation {
  vacancy: string;
  applicationId: string;
  testId: string;
  invitedAt: string;
  invitedBy: string;
  answer?: TestAnswer;
  /** Why another time, in the candidate's words (with `another-time`). */
  reason?: string;
  answeredAt?: string;
  /** Bumped by every write, so that an answer and a move racing cannot both land. */
  revision: number;
}

export const testLength = (test: Pick<WrittenTest, 'format' | 'startsAt' | 'endsAt' | 'durationMinutes'>): number =>
  test.format === 'window' ? (test.durationMinutes ?? 0) : Math.round((Date.parse(test.endsAt) - Date.parse(test.startsAt)) / 60_000);

const zone = z.string().check(z.maxLength(64), z.refine(isTimeZone, 'Not an IANA time zone such as Europe/Paris.'));
const httpsLink = z.string().check(z.maxLength(500), z.refine((value) => /^https:\/\/[^\s]+$/.test(value), 'An https:// link.'));
const localTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'A local date and time such as 2027-01-20T09:30, read in the test’s time zone.'));
/** Marks in hundredths at most (a platform's 72.5 reads as it is). */
const mark = z.number('A number.').check(
  z.minimum(0, 'At least 0.'),
  z.maximum(10_000, 'At most 10000.'),
  z.refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'At most two decimals.'),
);

/**
 * The body of a test's scheduling or correction. Times are the zone's wall clock
 * (`2027-01-20T09:30`), so that a DST change between now and the test moves nothing.
 */
export const testBodySchema = z
  .strictObject({
    format: z.enum(['sitting', 'window'], 'sitting or window.'),
    startsAt: localTime,
    endsAt: localTime,
    /** With a window: how long the test takes. */
    durationMinutes: z.optional(z.int('A whole number of minutes.').check(z.minimum(10, 'At least 10 minutes.'), z.maximum(600, 'At most 10 hours.'))),
    timeZone: zone,
    platformLink: z.optional(httpsLink),
    address: z.optional(singleLine(300)),
    maxMark: z.number('A number.').check(z.minimum(1, 'At least 1.'), z.maximum(10_000, 'At most 10000.')),
    passMark: mark,
    /** The revision read, when correcting. */
    revision: z.optional(z.int().check(z.minimum(1))),
  })
  .check(
    z.refine((body) => (body.platformLink === undefined) !== (body.address === undefined), { message: 'A platform link (a remote test) or an address (a test at a place): one of the two.', path: ['address'] }),
    z.refine((body) => body.format === 'sitting' || body.durationMinutes !== undefined, { message: 'A window says how long the test takes.', path: ['durationMinutes'] }),
    z.refine((body) => body.format === 'window' || body.durationMinutes === undefined, { message: 'A sitting lasts from its start to its end: no duration.', path: ['durationMinutes'] }),
    z.refine((body) => body.passMark <= body.maxMark, { message: 'The pass mark is at most the maximum mark.', path: ['passMark'] }),
  );
export type TestBody = z.infer<typeof testBodySchema>;

export const writtenTestPathSchema = z.strictObject({ vacancy: vacancyNumber });
export const testPathSchema = z.extend(writtenTestPathSchema, { test: z.uuid('Not a test id.') });
export const resultPathSchema = z.extend(writtenTestPathSchema, { id: z.uuid('Not an application id.') });

/** `POST .../tests/{test}/invitations`: chosen applications, or every shortlisted one of the vacancy. */
export const testInvitationBodySchema = z
  .strictObject({
    applicationIds: z.optional(
      z.array(z.uuid('Not an application id.')).check(z.minLength(1, 'At least one application.'), z.maxLength(500, 'At most 500 at once.')),
    ),
    allShortlisted: z.optional(z.literal(true, 'true, or leave it out.')),
  })
  .check(z.refine((body) => (body.applicationIds === undefined) !== (body.allShortlisted === undefined), { message: 'Either applicationIds or allShortlisted: true.', path: ['applicationIds'] }));

/** `PUT /applications/{id}/written-test`: the candidate confirms, or asks for another time and says why. */
export const testAnswerBodySchema = z
  .strictObject({
    answer: z.enum(['confirmed', 'another-time'], 'confirmed or another-time.'),
    reason: z.optional(singleLine(500)),
  })
  .check(
    z.refine((body) => body.answer === 'confirmed' || body.reason !== undefined, { message: 'Say briefly why you need another time.', path: ['reason'] }),
    z.refine((body) => body.answer === 'another-time' || body.reason === undefined, { message: 'A confirmation takes no reason.', path: ['reason'] }),
  );
export type TestAnswerBody = z.infer<typeof testAnswerBodySchema>;

/** `PUT .../results/{id}`: one result, by hand. */
export const resultBodySchema = z.strictObject({ mark });

/** `POST .../results/import`: the test platform's CSV, as text. */
export const resultImportBodySchema = z.strictObject({ csv: z.string().check(z.minLength(1, 'The CSV file is empty.'), z.maxLength(1_000_000, 'At most 1 MB.')) });

/** `DELETE .../tests/{test}?revision=`: the revision read. */
export const cancelTestQuerySchema = z.strictObject({ revision: z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,8}$/, 'A revision number.')), z.transform(Number)) });
