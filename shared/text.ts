import * as z from 'zod';

/** Single-line human text: trimmed, no control characters (CR/LF would forge headers and CSV rows). */
export const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(max, `At most ${max} characters.`)
    .refine((value) => !/\p{Cc}/u.test(value), 'Must not contain control characters such as line breaks.');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  }, 'Not a calendar date.');
