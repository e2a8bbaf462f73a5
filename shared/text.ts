import * as z from './zod.js';
import { isIsoDate } from './time/zoned.js';

/**
 * Line and paragraph separators (U+2028/9) break lines as CR/LF do; the bidirectional embeddings,
 * overrides and isolates (U+202A-E, U+2066-9) make a name display as something else ("Trojan
 * Source"): refused.
 */
const INVISIBLE_CONTROLS = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * The direction marks a keyboard or a copy from right-to-left text adds unseen (U+061C ARABIC LETTER
 * MARK, U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK): they cannot reorder text, only nudge
 * the punctuation beside them, so they are removed rather than refused (issue 14, point 4).
 */
const DIRECTION_MARKS = /[\u061c\u200e\u200f]/gu;

/** A text without the direction marks a keyboard adds. */
export const withoutDirectionMarks = (value: string): string => value.replace(DIRECTION_MARKS, '');

/** zod's check that removes them, before any other check sees the value. */
export const dropDirectionMarks = () => z.overwrite(withoutDirectionMarks);

/** Single-line human text: direction marks removed, trimmed, no control characters (CR/LF would forge headers and CSV rows). */
export const singleLine = (max: number) =>
  z.string().check(
    dropDirectionMarks(),
    z.trim(),
    z.minLength(1, 'Required.'),
    z.maxLength(max, `At most ${max} characters.`),
    z.refine((value) => !/\p{Cc}/u.test(value), 'Must not contain control characters such as line breaks.'),
    z.refine((value) => !INVISIBLE_CONTROLS.test(value), 'Must not contain line separators or text-direction controls.'),
  );

/** A calendar date as YYYY-MM-DD (the one check lives in time/zoned.ts). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format.'), z.refine(isIsoDate, 'Not a calendar date.'));
