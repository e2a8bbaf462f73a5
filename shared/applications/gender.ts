import * as z from '../zod.js';

/**
 * The candidate's own answer to the optional gender question (issue 17, point 5): asked only so the
 * reports can measure the representation goals the notices state ("women and nationals of
 * under/unrepresented member countries"). Self-declared, never required: an absent answer means not
 * answered or prefers not to say, which is also every application stored before the question.
 * Never shown to the selection panel, an NCB, in the staff grid, an export, an email, an audit entry
 * or a log; the reports show it only in counts of 5 or more (docs/secondments.md).
 */
export const genders = ['woman', 'man', 'another'] as const;
export type Gender = (typeof genders)[number];

export const genderSchema = z.enum(genders, 'One of woman, man or another; leave it out to not say.');
