/**
 * The letters as emails (issue 16, point 6), text and HTML from the same words, in the reader's
 * language: the candidate's in the language of their application, the NCB's copy in its contact's
 * language with the answer-by also in its zone. A letter says where the application stands and
 * what to do, never a score, a note, a rank or a panel's reasons.
 */
import type { Application } from '../applications/application.js';
import { emailDocument, html, type Html } from '../email/html.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { emailWords, type EmailWords } from '../email/words.js';
import { countryName, formatCalendarDate, formatDate, formatTime, utcOffset } from '../i18n/format.js';
import { direction, languageOr } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { NcbContact } from '../ncb/contact.js';
import type { HomeConfirmationTerm, Offer } from '../offers/offer.js';
import { addDays, startOfDay } from '../time/zoned.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { DueLetter } from './due.js';

export type LetterCandidate = Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'language' | 'currentTitle' | 'homeAdministration' | 'writtenTest' | 'offer'>;
export type LetterVacancy = Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone'>;

type Paragraph = { text: string; html: Html };

/** A Latin value (a zone) kept whole inside Arabic text (first-strong isolate). */
const isolated = (words: EmailWords, value: string) => (direction(words.language) === 'rtl' ? `\u2068${value}\u2069` : value);

const compose = (words: EmailWords, to: string[], subject: string, paragraphs: Paragraph[]): OutgoingEmail => ({
  to,
  subject,
  text: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
  html: emailDocument(html`${paragraphs.map((paragraph) => html`<p>${paragraph.html}</p>`)}`, { title: subject, lang: words.language }).value,
});

const say = (words: EmailWords, key: Parameters<EmailWords['text']>[0], values: Record<string, string | number> = {}, href?: string): Paragraph => ({
  text: href ? `${words.text(key, values)}\n${href}` : words.text(key, values),
  html: words.html(key, values, href),
});

/** Terms as a list: lines in text, a <ul> in HTML. */
const termList = (words: EmailWords, terms: readonly HomeConfirmationTerm[]): Paragraph => {
  const lines = terms.map((term) => words.text('letterEmail.offer.term', { term: termWord[term] }));
  return { text: lines.map((line) => `- ${line}`).join('\n'), html: html`${lines.map((line, index) => (index === 0 ? html`• ${line}` : html`<br>• ${line}`))}` };
};

const termWord: Readonly<Record<HomeConfirmationTerm, string>> = {
  'release-for-period': 'releaseForPeriod',
  'salary-and-benefits': 'salaryAndBenefits',
  'travel-and-removal': 'travelAndRemoval',
  'duty-station-conditions': 'dutyStationConditions',
};

const about = (vacancy: LetterVacancy) => ({ number: vacancy.number, title: vacancy.title, location: vacancy.location });

/** The answer-by as the duty station keeps it: "the end of 15 January 2027, Lyon time (Europe/Paris)". */
const answerByText = (words: EmailWords, offer: Offer, vacancy: LetterVacancy): string =>
  words.text('letterEmail.offer.answerBy', { date: formatCalendarDate(words.language, offer.answerBy), location: vacancy.location, timeZone: isolated(words, vacancy.timeZone) });

/** The same instant in the reader's zone when it is another: "16 January 2027, 00:00 your time (Africa/Dakar, UTC+00:00)". */
const answerByThere = (words: EmailWords, offer: Offer, vacancy: LetterVacancy, readerZone: string | undefined): string => {
  const own = answerByText(words, offer, vacancy);
  if (!readerZone || readerZone === vacancy.timeZone) return own;
  const ends = startOfDay(addDays(offer.answerBy, 1), vacancy.timeZone);
  const there = words.text('deadline.inRecipientZone', {
    date: formatDate(words.language, ends, readerZone),
    time: formatTime(words.language, ends, readerZone),
    timeZone: isolated(words, readerZone),
    offset: isolated(words, utcOffset(ends, readerZone)),
  });
  return `${own} (${there})`;
};

const greeting = (words: EmailWords, candidate: LetterCandidate) => say(words, 'email.greeting.named', { name: personName(candidate) });
const reference = (words: EmailWords, candidate: LetterCandidate) => say(words, 'email.reference', { reference: candidate.id });
const signature = (words: EmailWords) => say(words, 'email.signature.hr');

/**
 * The letter `due` to `candidate`, in their language. `statusPage` is the status page's address
 * (the receipt's private link opens it: its token is never stored, so no letter can carry it).
 */
export const letterEmail = (due: DueLetter, candidate: LetterCandidate, vacancy: LetterVacancy, statusPage: string): OutgoingEmail => {
  const words = emailWords(languageOr(candidate.language));
  const values = about(vacancy);
  const letter = (subject: string, body: Paragraph[]) => compose(words, [candidate.email], subject, [greeting(words, candidate), ...body, reference(words, candidate), signature(words)]);
  switch (due.kind) {
    case 'shortlisted':
      return letter(words.text('letterEmail.shortlisted.subject', values), [say(words, 'letterEmail.shortlisted.body', values), say(words, 'letterEmail.shortlisted.next')]);
    case 'test-result': {
      const result = candidate.writtenTest;
      const marks = result ? [say(words, 'letterEmail.testResult.mark', { mark: result.mark, maxMark: result.maxMark, passMark: result.passMark })] : [];
      return letter(words.text('letterEmail.testResult.subject', values), [
        say(words, 'letterEmail.testResult.body', { ...values, passed: result?.passed ? 'yes' : 'no' }),
        ...marks,
        say(words, 'letterEmail.testResult.next'),
      ]);
    }
    case 'reserve':
      return letter(words.text('letterEmail.reserve.subject', values), [say(words, 'letterEmail.reserve.body', values), say(words, 'letterEmail.reserve.meaning')]);
    case 'offer': {
      const offer = candidate.offer;
      if (!offer) throw new Error('An offer letter needs the application’s offer.');
      return letter(words.text('letterEmail.offer.subject', values), [
        say(words, 'letterEmail.offer.body', values),
        say(words, 'letterEmail.offer.period', { startsOn: formatCalendarDate(words.language, offer.startsOn), months: offer.months }),
        say(words, 'letterEmail.offer.home', { by: formatCalendarDate(words.language, offer.homeConfirmation.by) }),
        termList(words, offer.homeConfirmation.terms),
        say(words, 'letterEmail.offer.answer', { answerBy: answerByText(words, offer, vacancy) }, statusPage),
      ]);
    }
    case 'appointed':
      return letter(words.text('letterEmail.appointed.subject', values), [say(words, 'letterEmail.appointed.body', values), say(words, 'letterEmail.appointed.next')]);
    case 'not-retained':
      return letter(words.text('letterEmail.notRetained.subject', values), [
        say(words, 'letterEmail.notRetained.body', { ...values, stage: due.stage ?? 'screening' }),
        say(words, 'letterEmail.notRetained.thanks'),
      ]);
  }
};

/** The copy of an offer or an appointment to the candidate's NCB, in the NCB's language; the answer-by also in its zone. */
export const ncbCopyEmail = (due: DueLetter, candidate: LetterCandidate, vacancy: LetterVacancy, contact: Pick<NcbContact, 'email' | 'country' | 'language'>, contactZone: string): OutgoingEmail => {
  const words = emailWords(languageOr(contact.language));
  const name = personName(candidate);
  const who = { ...about(vacancy), name, currentTitle: candidate.currentTitle, administration: candidate.homeAdministration };
  const greetingLine = say(words, 'letterEmail.ncb.greeting', { countryName: countryName(words.language, contact.country), country: contact.country });
  const referenceLine = say(words, 'letterEmail.ncb.reference', { reference: candidate.id });
  if (due.kind === 'offer' && candidate.offer) {
    const offer = candidate.offer;
    return compose(words, [contact.email], words.text('letterEmail.ncb.offer.subject', { name, number: vacancy.number }), [
      greetingLine,
      say(words, 'letterEmail.ncb.offer.body', { ...who, startsOn: formatCalendarDate(words.language, offer.startsOn), months: offer.months }),
      say(words, 'letterEmail.ncb.offer.home', { by: formatCalendarDate(words.language, offer.homeConfirmation.by) }),
      termList(words, offer.homeConfirmation.terms),
      say(words, 'letterEmail.ncb.offer.answer', { answerBy: answerByThere(words, offer, vacancy, contactZone) }),
      referenceLine,
      signature(words),
    ]);
  }
  return compose(words, [contact.email], words.text('letterEmail.ncb.appointed.subject', { name, number: vacancy.number }), [
    greetingLine,
    say(words, 'letterEmail.ncb.appointed.body', who),
    referenceLine,
    signature(words),
  ]);
};
