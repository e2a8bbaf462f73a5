/** How HR's interview screens write a slot (English, as HR's other tools): its time in its own zone, its place or link. */
import type { Slot } from '#shared/interviews/slot.js';
import { formatDate, formatTime, utcOffset } from '#shared/i18n/format.js';

/** "Tue 12 January 2027, 09:00 Europe/Paris (UTC+01:00)". */
export const slotWhen = (slot: Pick<Slot, 'startsAt' | 'timeZone'>): string => {
  const start = new Date(slot.startsAt);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: slot.timeZone }).format(start);
  return `${weekday} ${formatDate('en', start, slot.timeZone)}, ${formatTime('en', start, slot.timeZone)} ${slot.timeZone} (${utcOffset(start, slot.timeZone)})`;
};

/** The place, the video link, or both. */
export const slotWhere = (slot: Pick<Slot, 'place' | 'videoLink'>): string => [slot.place, slot.videoLink ? `Video: ${slot.videoLink}` : undefined].filter(Boolean).join(' · ');

/** A short name for a slot in a list of choices: when, and where in a few words. */
export const slotChoice = (slot: Slot): string => `${slotWhen(slot)} · ${slot.place ?? 'video call'}`;
