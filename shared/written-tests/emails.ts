/**
 * The written test's emails to candidates (issue 16, point 2), in the language stored with their
 * application: the invitation (the "shortlisted and invited to the test" letter of point 6), a
 * correction and a cancellation, each with the test as an .ics file. Times in the test's zone and,
 * when the application gave another, in the candidate's. Text and HTML from the same data.
 */
import { emailDocument, html, type Html } from '../email/html.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { emailWords, type EmailWords } from '../email/words.js';
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { formatDate, formatTime, utcOffset } from '../i18n/format.js';
import { direction, languageOr } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { Vacancy } from '../vacancies/schema.js';
import { testEvent } from './calendar.js';
import type { Candidate } from './dependencies.js';
import { testLength, type WrittenTest } from './test.js';

export type AboutVacancy = Pick<Vacancy, 'number' | 'title' | 'location'>;

/** A Latin value (a zone, an offset) kept whole inside Arabic text (first-strong isolate). */
const isolated = (words: EmailWords, value: string) => (direction(words.language) === 'rtl' ? `\u2068${value}\u2069` : value);

const at = (words: EmailWords, instant: Date, timeZone: string) => ({
  date: formatDate(words.language, instant, timeZone),
  time: formatTime(words.language, instant, timeZone),
  timeZone: isolated(words, timeZone),
  offset: isolated(words, utcOffset(instant, timeZone)),
});

/** "Starts: 20 January 2027, 09:30 Europe/Paris time (UTC+01:00)", and the reader's own time under it when their zone reads otherwise. */
const instantLines = (words: EmailWords, key: EmailKey, instant: Date, testZone: string, readerZone?: string): string[] => [
  words.text(key, at(words, instant, testZone)),
  ...(readerZone && readerZone !== testZone ? [words.text('writtenTestEmail.yourTime', at(words, instant, readerZone))] : []),
];

/** The test as lines: when (both zones), how long, where, how it is marked. */
export const testLines = (words: EmailWords, test: WrittenTest, readerZone?: string): string[] => [
  ...instantLines(words, test.format === 'window' ? 'writtenTestEmail.opensAt' : 'writtenTestEmail.startsAt', new Date(test.startsAt), test.timeZone, readerZone),
  ...instantLines(words, test.format === 'window' ? 'writtenTestEmail.closesAt' : 'writtenTestEmail.endsAt', new Date(test.endsAt), test.timeZone, readerZone),
  words.text(test.format === 'window' ? 'writtenTestEmail.windowLength' : 'writtenTestEmail.length', { minutes: testLength(test) }),
  test.address ? words.text('writtenTestEmail.place', { address: test.address }) : words.text('writtenTestEmail.remote', { url: test.platformLink ?? '' }),
  words.text('writtenTestEmail.marks', { maxMark: test.maxMark, passMark: test.passMark }),
];

const compose = (words: EmailWords, to: string, subject: string, paragraphs: Array<{ text: string; html: Html }>): Pick<OutgoingEmail, 'to' | 'subject' | 'text' | 'html'> => {
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const body = emailDocument(html`${paragraphs.map((paragraph) => html`<p>${paragraph.html}</p>`)}`, { title: subject, lang: words.language });
  return { to: [to], subject, text, html: body.value };
};

const said = (words: EmailWords, key: EmailKey, values: Record<string, string | number> = {}, href?: string) => ({ text: words.text(key, values), html: words.html(key, values, href) });
const linesParagraph = (lines: string[]) => ({ text: lines.join('\n'), html: html`${lines.map((line, index) => (index === 0 ? html`${line}` : html`<br>${line}`))}` });
const about = (vacancy: AboutVacancy) => ({ number: vacancy.number, title: vacancy.title, location: vacancy.location });

const withCalendar = (email: ReturnType<typeof compose>, test: WrittenTest, candidate: Candidate, words: EmailWords, subject: string, now: Date, method: 'PUBLISH' | 'CANCEL'): OutgoingEmail => {
  const lines = testLines(words, test, candidate.timeZone);
  const content = testEvent(test, candidate.id, { title: subject, description: lines.join('\n'), location: test.address ?? test.platformLink ?? '' }, now, method);
  return { ...email, attachments: [{ filename: 'written-test.ics', contentType: `text/calendar; method=${method}`, content }] };
};

/** The invitation: shortlisted, invited to this test; confirm or ask for another time on the status page. */
export const testInvitationEmail = (candidate: Candidate, vacancy: AboutVacancy, test: WrittenTest, statusPage: string, now: Date): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const subject = words.text('writtenTestEmail.invitation.subject', about(vacancy));
  const email = compose(words, candidate.email, subject, [
    said(words, 'email.greeting.named', { name: personName(candidate) }),
    said(words, 'writtenTestEmail.invitation.body', about(vacancy)),
    linesParagraph(testLines(words, test, candidate.timeZone)),
    said(words, 'writtenTestEmail.calendar'),
    { text: `${words.text('writtenTestEmail.answer')}\n${statusPage}`, html: words.html('writtenTestEmail.answer', {}, statusPage) },
    said(words, 'email.reference', { reference: candidate.id }),
    said(words, 'email.signature.hr'),
  ]);
  return withCalendar(email, test, candidate, words, subject, now, 'PUBLISH');
};

/** The test corrected (time, place or link): the new details, and the calendar event replaced. */
export const testChangedEmail = (candidate: Candidate, vacancy: AboutVacancy, test: WrittenTest, now: Date): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const subject = words.text('writtenTestEmail.changed.subject', about(vacancy));
  const email = compose(words, candidate.email, subject, [
    said(words, 'email.greeting.named', { name: personName(candidate) }),
    said(words, 'writtenTestEmail.changed.body', about(vacancy)),
    linesParagraph(testLines(words, test, candidate.timeZone)),
    said(words, 'writtenTestEmail.calendar'),
    said(words, 'email.reference', { reference: candidate.id }),
    said(words, 'email.signature.hr'),
  ]);
  return withCalendar(email, test, candidate, words, subject, now, 'PUBLISH');
};

/** The test cancelled: the candidate stays shortlisted and hears of a new date; the calendar event is removed. */
export const testCancelledEmail = (candidate: Candidate, vacancy: AboutVacancy, test: WrittenTest, now: Date): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const subject = words.text('writtenTestEmail.cancelled.subject', about(vacancy));
  const when = instantLines(words, 'writtenTestEmail.startsAt', new Date(test.startsAt), test.timeZone, candidate.timeZone).join('; ');
  const email = compose(words, candidate.email, subject, [
    said(words, 'email.greeting.named', { name: personName(candidate) }),
    said(words, 'writtenTestEmail.cancelled.body', { ...about(vacancy), when }),
    said(words, 'email.reference', { reference: candidate.id }),
    said(words, 'email.signature.hr'),
  ]);
  return withCalendar(email, test, candidate, words, subject, now, 'CANCEL');
};
