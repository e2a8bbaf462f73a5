import * as z from './zod.js';
import { isIsoDate } from './time/zoned.js';

/**
 * Line and paragraph separators (U+2028/9) break lines as CR/LF do; bidirectional controls
 * (U+202A-E, U+2066-9, U+200E/F, U+061C) make a name display as something else ("Trojan Source").
 */
const INVISIBLE_CONTROLS = /[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

/** Single-line human text: trimmed, no control characters (CR/LF would forge headers and CSV rows). */
export const singleLine = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'Required.'),
    z.maxLength(max, `At most ${max} characters.`),
    z.refine((value) => !/\p{Cc}/u.test(value), 'Must not contain control characters such as line breaks.'),
    z.refine((value) => !INVISIBLE_CONTROLS.test(value), 'Must not contain line separators or text-direction controls.'),
  );

/** A calendar date as YYYY-MM-DD (the one check lives in time/zoned.ts). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format.'), z.refine(isIsoDate, 'Not a calendar date.'));
