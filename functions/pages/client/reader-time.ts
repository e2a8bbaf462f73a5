import { formatInstant } from '../format.js';

/** The reader's own time zone, as the browser knows it. */
export const readerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "in your time: …" for an instant shown in a duty station's zone; nothing when the reader is in that zone. */
export const inReaderTime = (instant: Date, stationTimeZone: string): string | undefined => {
  const reader = readerTimeZone();
  if (reader === stationTimeZone || formatInstant(instant, reader) === formatInstant(instant, stationTimeZone)) return undefined;
  return `Your time: ${formatInstant(instant)}`;
};

/** Fills every `[data-instant]` placeholder the server rendered beside a duty station's time. */
export const fillReaderTimes = (root: ParentNode = document): void => {
  for (const element of root.querySelectorAll<HTMLElement>('[data-instant]')) {
    const instant = new Date(element.dataset.instant ?? '');
    const station = element.dataset.timeZone ?? '';
    if (Number.isNaN(instant.getTime())) continue;
    element.textContent = inReaderTime(instant, station) ?? 'This is also your time zone.';
  }
};
