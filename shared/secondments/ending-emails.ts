/**
 * The email that a secondment ends (issue 17, point 3), text and HTML from the same words: to the
 * officer in their language, to their NCB in its contact's language (with the end also in its
 * zone), to HR in English. Each says the last day, the whole months left until it, what may
 * still be extended under the type's limits, and how (through the NCB).
 */
import { emailDocument, html, type Html } from '../email/html.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { emailWords, type EmailValues, type EmailWords } from '../email/words.js';
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { countryName, formatCalendarDate, formatDate, formatTime, utcOffset } from '../i18n/format.js';
import { direction, languageOr, type Language } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { NcbContact } from '../ncb/contact.js';
import { addDays, startOfDay } from '../time/zoned.js';
import type { EndingNotice, EndingRecipient } from './ending-notices.js';
import { extensionRoom, isUnderWay } from './extension.js';
import type { Secondment } from './secondment.js';

type Paragraph = { text: string; html: Html };

/** A Latin value (a zone) kept whole inside Arabic text (first-strong isolate). */
const isolated = (words: EmailWords, value: string) => (direction(words.language) === 'rtl' ? `\u2068${value}\u2069` : value);

const say = (words: EmailWords, key: EmailKey, values: EmailValues = {}): Paragraph => ({ text: words.text(key, values), html: words.html(key, values) });

const compose = (words: EmailWords, to: string[], subject: string, paragraphs: Paragraph[]): OutgoingEmail => ({
  to,
  subject,
  text: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
  html: emailDocument(html`${paragraphs.map((paragraph) => html`<p>${paragraph.html}</p>`)}`, { title: subject, lang: words.language }).value,
});

/** Where the run stands under the rules on the notice's day: the months an extension may still give, or the one under way. */
const room = (words: EmailWords, secondment: Secondment): Paragraph => {
  const underWay = secondment.extensions.find(isUnderWay);
  if (underWay) return say(words, 'endingEmail.underWay', { months: underWay.months });
  const { limit, taken, left } = extensionRoom(secondment);
  return say(words, left > 0 ? 'endingEmail.room.left' : 'endingEmail.room.none', { type: secondment.type, limit, taken, left });
};

/** How to extend, for this reader; nothing when nothing may be extended (or an extension is already asked). */
const how = (words: EmailWords, secondment: Secondment, recipient: EndingRecipient): Paragraph[] => {
  if (secondment.extensions.some(isUnderWay) || extensionRoom(secondment).left === 0) return [];
  const key: Record<EndingRecipient, EmailKey> = { officer: 'endingEmail.how.officer', ncb: 'endingEmail.how.ncb', hr: 'endingEmail.how.hr' };
  return [say(words, key[recipient])];
};

/** The service ends at the end of its last day in the duty station: that instant in the NCB's zone when it is another. */
const endsThere = (words: EmailWords, secondment: Secondment, readerZone: string): Paragraph[] => {
  if (readerZone === secondment.timeZone) return [];
  const ends = startOfDay(addDays(secondment.lastDay, 1), secondment.timeZone);
  const there = words.text('deadline.inRecipientZone', {
    date: formatDate(words.language, ends, readerZone),
    time: formatTime(words.language, ends, readerZone),
    timeZone: isolated(words, readerZone),
    offset: isolated(words, utcOffset(ends, readerZone)),
  });
  return [say(words, 'endingEmail.endsThere', { dutyStation: secondment.dutyStation, timeZone: isolated(words, secondment.timeZone), there })];
};

const dates = (language: Language, secondment: Secondment) => ({
  firstDay: formatCalendarDate(language, secondment.firstDay),
  lastDay: formatCalendarDate(language, secondment.lastDay),
});

const about = (words: EmailWords, secondment: Secondment) => ({
  ...dates(words.language, secondment),
  name: personName(secondment.officer),
  administration: secondment.homeAdministration,
  unit: secondment.unit,
  dutyStation: secondment.dutyStation,
});

const closing = (words: EmailWords, secondment: Secondment): Paragraph[] => [say(words, 'endingEmail.reference', { reference: secondment.id }), say(words, 'email.signature.hr')];

/** To the officer, in the language of their application. */
export const officerEndingEmail = (secondment: Secondment, notice: EndingNotice): OutgoingEmail => {
  const words = emailWords(languageOr(secondment.officer.language));
  const values = { ...dates(words.language, secondment), unit: secondment.unit, dutyStation: secondment.dutyStation };
  return compose(words, [secondment.officer.email], words.text('endingEmail.officer.subject', values), [
    say(words, 'email.greeting.named', { name: personName(secondment.officer) }),
    say(words, 'endingEmail.officer.body', values),
    say(words, 'endingEmail.notice', { monthsLeft: notice.monthsLeft }),
    room(words, secondment),
    ...how(words, secondment, 'officer'),
    ...closing(words, secondment),
  ]);
};

/** To the NCB of the home administration's country, in its contact's language, the end also in its zone. */
export const ncbEndingEmail = (secondment: Secondment, notice: EndingNotice, contact: Pick<NcbContact, 'email' | 'country' | 'language'>, contactZone: string): OutgoingEmail => {
  const words = emailWords(languageOr(contact.language));
  const values = about(words, secondment);
  return compose(words, [contact.email], words.text('endingEmail.about.subject', values), [
    say(words, 'letterEmail.ncb.greeting', { countryName: countryName(words.language, contact.country), country: contact.country }),
    say(words, 'endingEmail.about.body', values),
    ...endsThere(words, secondment, contactZone),
    say(words, 'endingEmail.notice', { monthsLeft: notice.monthsLeft }),
    room(words, secondment),
    ...how(words, secondment, 'ncb'),
    ...closing(words, secondment),
  ]);
};

/** To HR (the digest's recipients), in English: HR's own work. */
export const hrEndingEmail = (secondment: Secondment, notice: EndingNotice, recipients: string[]): OutgoingEmail => {
  const words = emailWords('en');
  const values = about(words, secondment);
  return compose(words, recipients, words.text('endingEmail.about.subject', values), [
    say(words, 'endingEmail.about.body', values),
    say(words, 'endingEmail.notice', { monthsLeft: notice.monthsLeft }),
    room(words, secondment),
    ...how(words, secondment, 'hr'),
    ...closing(words, secondment),
  ]);
};
