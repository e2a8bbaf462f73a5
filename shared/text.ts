import * as z from 'zod';
import { isIsoDate } from './time/zoned.js';

/** Single-line human text: trimmed, no control characters (CR/LF would forge headers and CSV rows). */
export const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(max, `At most ${max} characters.`)
    .refine((value) => !/\p{Cc}/u.test(value), 'Must not contain control characters such as line breaks.');

/** A calendar date as YYYY-MM-DD (the one check lives in time/zoned.ts). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format.')
  .refine(isIsoDate, 'Not a calendar date.');
