/**
 * A slot's start as HR enters it: a date and a time on the wall clock of the slot's zone, turned
 * into the instant with its offset that the API takes ("2027-01-12T09:00:00+01:00"), and back.
 * A wall time the zone skips (the hour clocks jump over in spring) has no instant: undefined.
 */
import { offsetAt, wallClock } from '../time/zoned.js';

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

const offsetText = (offsetMs: number) => {
  const minutes = Math.round(offsetMs / 60_000);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
};

/** `date` YYYY-MM-DD and `time` HH:MM in `timeZone` as an ISO instant with that zone's offset then; undefined when the zone skips that time. */
export const zonedStart = (date: string, time: string, timeZone: string): string | undefined => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return undefined;
  const naive = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  // Two passes: the offset at the guess may differ from the offset at the answer near a DST change.
  let instant = naive - offsetAt(new Date(naive), timeZone);
  instant = naive - offsetAt(new Date(instant), timeZone);
  const offset = offsetAt(new Date(instant), timeZone);
  const back = wallClock(new Date(instant), timeZone);
  if (back.hour !== Number(clock[1]) || back.minute !== Number(clock[2])) return undefined;
  return `${date}T${time}:00${offsetText(offset)}`;
};

/** An instant's date (YYYY-MM-DD) and time (HH:MM) on the wall clock of `timeZone`: what the slot form shows. */
export const wallTime = (instant: string, timeZone: string): { date: string; time: string } => {
  const w = wallClock(new Date(instant), timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
};
