import { formatDate, formatTime, utcOffset } from '#shared/i18n/format.js';
import { words } from './words.js';

/** The reader's own time zone, as the browser knows it. */
export const readerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * "30 March 2027, 05:59 your time (Asia/Singapore, UTC+08:00)" for an instant shown in a duty
 * station's zone, in the page's language; nothing when the reader's clock reads the same there.
 */
export const inReaderTime = (instant: Date, stationTimeZone: string): string | undefined => {
  const reader = readerTimeZone();
  const at = (zone: string) => `${formatDate(words.language, instant, zone)} ${formatTime(words.language, instant, zone)} ${utcOffset(instant, zone)}`;
  if (reader === stationTimeZone || at(reader) === at(stationTimeZone)) return undefined;
  return words.t('deadline.inRecipientZone', {
    date: formatDate(words.language, instant, reader),
    time: formatTime(words.language, instant, reader),
    timeZone: reader,
    offset: utcOffset(instant, reader),
  });
};

/** Fills every `[data-instant]` placeholder the server rendered beside a duty station's time. */
export const fillReaderTimes = (root: ParentNode = document): void => {
  for (const element of root.querySelectorAll<HTMLElement>('[data-instant]')) {
    const instant = new Date(element.dataset.instant ?? '');
    const station = element.dataset.timeZone ?? '';
    if (Number.isNaN(instant.getTime())) continue;
    element.textContent = inReaderTime(instant, station) ?? words.t('time.sameZone');
  }
};
