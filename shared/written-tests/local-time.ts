/**
 * A written test is scheduled in wall-clock time of a named zone ("20 January 2027, 09:30 in
 * Europe/Paris"), as HR reads it off the notice of the sitting: the instant is found here, so a
 * DST change between now and the test moves nothing. A time the zone skips (clocks go forward) is
 * refused rather than guessed; a time it repeats (clocks go back) is the first of the two.
 */
import { offsetAt, wallClock } from '../time/zoned.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:mm` read in `timeZone`, or undefined when the zone's clocks skip that minute (or it is no date). */
export const instantIn = (local: string, timeZone: string): Date | undefined => {
  const match = LOCAL.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Both offsets around the guess: the earlier instant that reads as `local` wins (the first of a repeated hour).
  const candidates = [naive - offsetAt(new Date(naive - 86_400_000), timeZone), naive - offsetAt(new Date(naive + 86_400_000), timeZone)].sort((a, b) => a - b);
  for (const instant of candidates) {
    const w = wallClock(new Date(instant), timeZone);
    if (w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute) return new Date(instant);
  }
  return undefined;
};

/** The wall-clock reading of an instant in a zone, as `YYYY-MM-DDTHH:mm` (what the staff page's form shows). */
export const localIn = (instant: Date, timeZone: string): string => {
  const w = wallClock(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
};
