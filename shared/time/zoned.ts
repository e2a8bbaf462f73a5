/**
 * Calendar dates in a duty station's time zone, with no library: Intl knows the IANA database,
 * so offsets (and their DST changes) come from the runtime, in Node and in the browser alike.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
};

export const isTimeZone = (value: string): boolean => {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The wall-clock fields of an instant in a time zone. */
export const wallClock = (instant: Date, timeZone: string) => {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
};

/** Milliseconds to add to UTC to get the wall clock of `timeZone` at `instant`. */
export const offsetAt = (instant: Date, timeZone: string): number => {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
};

/** The instant at which the calendar day `isoDate` starts in `timeZone`. */
export const startOfDay = (isoDate: string, timeZone: string): Date => {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const naive = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Two passes: the offset at the guess may differ from the offset at the answer near a DST change.
  let instant = naive - offsetAt(new Date(naive), timeZone);
  instant = naive - offsetAt(new Date(instant), timeZone);
  if (dateIn(new Date(instant), timeZone) < isoDate) {
    // Midnight does not exist that day (DST starts at 00:00, as in Santiago or Beirut): the day
    // starts at the transition, found by halving the (at most a few hours wide) gap to the minute.
    let before = instant;
    let after = instant + 4 * 3_600_000;
    while (after - before > 60_000) {
      const middle = before + Math.floor((after - before) / 120_000) * 60_000;
      if (dateIn(new Date(middle), timeZone) < isoDate) before = middle;
      else after = middle;
    }
    instant = after;
  }
  return new Date(instant);
};

export const addDays = (isoDate: string, days: number): string => {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
};

/** The calendar date of `instant` in `timeZone`, as YYYY-MM-DD. */
export const dateIn = (instant: Date, timeZone: string): string => {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
};
