/**
 * The interviews' emails (issue 16, point 3), in the reader's language: the candidate's in the
 * language stored with their application, the panel's in English (staff read English). Each time
 * is given in the slot's own zone, and in the candidate's too when their application says another.
 * Text and HTML from the same data; every value escaped in the HTML.
 */
import type { Application } from '../applications/application.js';
import { emailDocument, html, type Html } from '../email/html.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { emailWords, type EmailWords } from '../email/words.js';
import { formatDate, formatTime, utcOffset } from '../i18n/format.js';
import { direction, languageOr } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { Vacancy } from '../vacancies/schema.js';
import { cutoffOf } from './booking.js';
import { interviewEvent } from './calendar.js';
import type { Slot } from './slot.js';

export type Candidate = Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'language' | 'timeZone'>;
export type AboutVacancy = Pick<Vacancy, 'number' | 'title' | 'location'>;

/** A Latin value (a zone, an offset) kept whole inside Arabic text (first-strong isolate). */
const isolated = (words: EmailWords, value: string) => (direction(words.language) === 'rtl' ? `\u2068${value}\u2069` : value);

const at = (words: EmailWords, instant: Date, timeZone: string) => ({
  date: formatDate(words.language, instant, timeZone),
  time: formatTime(words.language, instant, timeZone),
  timeZone: isolated(words, timeZone),
  offset: isolated(words, utcOffset(instant, timeZone)),
});

/** An instant in the slot's zone, and in the reader's own when it is another: "12 January 2027, 09:00 Europe/Paris time (UTC+01:00)". */
export const whenText = (words: EmailWords, instant: Date, slotZone: string, readerZone?: string): string[] => {
  const lines = [words.text('interviewEmail.slotTime', at(words, instant, slotZone))];
  if (readerZone && readerZone !== slotZone) lines.push(words.text('interviewEmail.yourTime', at(words, instant, readerZone)));
  return lines;
};

/** The slot as lines: when (both zones), how long, where. */
const slotLines = (words: EmailWords, slot: Slot, readerZone?: string): string[] => [
  ...whenText(words, new Date(slot.startsAt), slot.timeZone, readerZone),
  words.text('interviewEmail.duration', { minutes: slot.durationMinutes }),
  ...(slot.place ? [words.text('interviewEmail.place', { place: slot.place })] : []),
  ...(slot.videoLink ? [words.text('interviewEmail.video', { link: slot.videoLink })] : []),
];

const compose = (words: EmailWords, to: string[], subject: string, paragraphs: Array<{ text: string; html: Html }>): Pick<OutgoingEmail, 'to' | 'subject' | 'text' | 'html'> => {
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const body = emailDocument(html`${paragraphs.map((paragraph) => html`<p>${paragraph.html}</p>`)}`, { title: subject, lang: words.language });
  return { to, subject, text, html: body.value };
};

/** A list of plain lines as a paragraph: lines in text, <br> between them in HTML. */
const linesParagraph = (lines: string[]) => ({ text: lines.join('\n'), html: html`${lines.map((line, index) => (index === 0 ? html`${line}` : html`<br>${line}`))}` });

const greeting = (words: EmailWords, candidate: Candidate) => ({ text: words.text('email.greeting.named', { name: personName(candidate) }), html: words.html('email.greeting.named', { name: personName(candidate) }) });
const signature = (words: EmailWords) => ({ text: words.text('email.signature.hr'), html: words.html('email.signature.hr') });
const reference = (words: EmailWords, candidate: Candidate) => ({ text: words.text('email.reference', { reference: candidate.id }), html: words.html('email.reference', { reference: candidate.id }) });
const about = (vacancy: AboutVacancy) => ({ number: vacancy.number, title: vacancy.title, location: vacancy.location });

/** The invitation: the candidate picks a time on their status page (the receipt's link opens it: its token is never stored). */
export const invitationEmail = (candidate: Candidate, vacancy: AboutVacancy, statusPage: string): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  return compose(words, [candidate.email], words.text('interviewEmail.invitation.subject', about(vacancy)), [
    greeting(words, candidate),
    { text: words.text('interviewEmail.invitation.body', about(vacancy)), html: words.html('interviewEmail.invitation.body', about(vacancy)) },
    reference(words, candidate),
    { text: `${words.text('interviewEmail.invitation.pick')}\n${statusPage}`, html: words.html('interviewEmail.invitation.pick', {}, statusPage) },
    signature(words),
  ]);
};

/** The booking's confirmation, with the interview as an .ics file. */
export const bookedEmail = (candidate: Candidate, vacancy: AboutVacancy, slot: Slot, now: Date): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const subject = words.text('interviewEmail.booked.subject', about(vacancy));
  const cutoffZone = candidate.timeZone ?? slot.timeZone;
  const cutoff = whenText(words, cutoffOf(slot), cutoffZone)[0] ?? '';
  const email = compose(words, [candidate.email], subject, [
    greeting(words, candidate),
    { text: words.text('interviewEmail.booked.body', about(vacancy)), html: words.html('interviewEmail.booked.body', about(vacancy)) },
    linesParagraph(slotLines(words, slot, candidate.timeZone)),
    { text: words.text('interviewEmail.booked.calendar'), html: words.html('interviewEmail.booked.calendar') },
    { text: words.text('interviewEmail.booked.change', { cutoff }), html: words.html('interviewEmail.booked.change', { cutoff }) },
    reference(words, candidate),
    signature(words),
  ]);
  const calendar = interviewEvent(slot, candidate.id, { title: subject, description: slotLines(words, slot, candidate.timeZone).join('\n'), location: slot.place ?? slot.videoLink ?? '' }, now);
  return { ...email, attachments: [{ filename: 'interview.ics', contentType: 'text/calendar; method=PUBLISH', content: calendar }] };
};

/** The reminder, the day before. */
export const reminderEmail = (candidate: Candidate, vacancy: AboutVacancy, slot: Slot): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  return compose(words, [candidate.email], words.text('interviewEmail.reminder.subject', about(vacancy)), [
    greeting(words, candidate),
    { text: words.text('interviewEmail.reminder.body', about(vacancy)), html: words.html('interviewEmail.reminder.body', about(vacancy)) },
    linesParagraph(slotLines(words, slot, candidate.timeZone)),
    reference(words, candidate),
    signature(words),
  ]);
};

/** The candidate's slot moved (with the updated .ics, same UID, higher SEQUENCE) or was cancelled (the invitation stands). */
export const changedEmail = (candidate: Candidate, vacancy: AboutVacancy, slot: Slot, before: Slot, now: Date): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const cancelled = slot.status === 'cancelled';
  const subject = words.text(cancelled ? 'interviewEmail.cancelled.subject' : 'interviewEmail.moved.subject', about(vacancy));
  const was = whenText(words, new Date(before.startsAt), before.timeZone, candidate.timeZone).join('; ');
  const paragraphs = cancelled
    ? [{ text: words.text('interviewEmail.cancelled.body', { ...about(vacancy), when: was }), html: words.html('interviewEmail.cancelled.body', { ...about(vacancy), when: was }) }]
    : [
        { text: words.text('interviewEmail.moved.body', about(vacancy)), html: words.html('interviewEmail.moved.body', about(vacancy)) },
        linesParagraph(slotLines(words, slot, candidate.timeZone)),
      ];
  const email = compose(words, [candidate.email], subject, [greeting(words, candidate), ...paragraphs, reference(words, candidate), signature(words)]);
  const calendar = interviewEvent(slot, candidate.id, { title: subject, description: slotLines(words, slot, candidate.timeZone).join('\n'), location: slot.place ?? slot.videoLink ?? '' }, now, cancelled ? 'CANCEL' : 'PUBLISH');
  return { ...email, attachments: [{ filename: 'interview.ics', contentType: `text/calendar; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`, content: calendar }] };
};

/** The panel members of a moved or cancelled slot (old and new members alike), in English: who is booked in it by reference only. */
export const panelChangedEmail = (members: string[], vacancy: AboutVacancy, slot: Slot, before: Slot): OutgoingEmail => {
  const words = emailWords('en');
  const cancelled = slot.status === 'cancelled';
  const subject = words.text(cancelled ? 'interviewEmail.panel.cancelled.subject' : 'interviewEmail.panel.moved.subject', about(vacancy));
  const was = whenText(words, new Date(before.startsAt), before.timeZone).join('; ');
  const paragraphs = cancelled
    ? [{ text: words.text('interviewEmail.panel.cancelled.body', { ...about(vacancy), when: was }), html: words.html('interviewEmail.panel.cancelled.body', { ...about(vacancy), when: was }) }]
    : [
        { text: words.text('interviewEmail.panel.moved.body', about(vacancy)), html: words.html('interviewEmail.panel.moved.body', about(vacancy)) },
        linesParagraph(slotLines(words, slot)),
      ];
  const booked = before.bookedBy ? [{ text: words.text('interviewEmail.panel.candidate', { reference: before.bookedBy }), html: words.html('interviewEmail.panel.candidate', { reference: before.bookedBy }) }] : [];
  return compose(words, members, subject, [...paragraphs, ...booked]);
};
