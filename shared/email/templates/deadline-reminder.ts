import { letterAwaitsNcb, missingItems, type Application, type MissingItem } from '../../applications/application.js';
import type { EmailKey } from '../../i18n/catalogues/surfaces.js';
import { languageOr } from '../../i18n/languages.js';
import { personName } from '../../i18n/names.js';
import type { Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';
import { emailWords } from '../words.js';

export interface DeadlineReminderData {
  /** `language`: the candidate's, stored with the application (English for one stored before languages). */
  application: Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'documents' | 'ncbValidation' | 'category' | 'release' | 'language' | 'timeZone'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;
  /** Whole days left before the deadline day ends in the duty station (0: it ends today). */
  daysLeft: number;
  /** The status page without its secrets: the token is stored only as a hash, so the receipt's link is the one that opens it. */
  statusPage: string;
}

/** What is missing, and how the candidate supplies it (the wording is in the catalogues). */
const missingWording: Record<MissingItem | 'letterConfirmation', { what: EmailKey; how: EmailKey }> = {
  cv: { what: 'receipt.missing.cv', how: 'receipt.missing.cv.how' },
  confirmationLetter: { what: 'receipt.missing.confirmationLetter', how: 'receipt.missing.confirmationLetter.how' },
  // The letter when the candidate's copy is in but the NCB has not confirmed it yet.
  letterConfirmation: { what: 'receipt.missing.letterConfirmation', how: 'receipt.missing.letterConfirmation.how' },
  ncbValidation: { what: 'receipt.missing.ncbValidation', how: 'receipt.missing.ncbValidation.how' },
  release: { what: 'receipt.missing.release', how: 'receipt.missing.release.how' },
};

/**
 * The reminder to a candidate whose application still misses something before the deadline, in
 * the candidate's language: exactly what, how to supply each, and the deadline in the duty
 * station's time with its UTC offset. Text and HTML from the same data; every value from a
 * candidate or a vacancy is escaped in the HTML.
 */
export const deadlineReminder = ({ application, vacancy, daysLeft, statusPage }: DeadlineReminderData): OutgoingEmail => {
  const words = emailWords(languageOr(application.language));
  const copyIn = letterAwaitsNcb(application.documents.confirmationLetter);
  const missing = missingItems(application).map((item) => {
    const keys = missingWording[item === 'confirmationLetter' && copyIn ? 'letterConfirmation' : item];
    return { what: words.t(keys.what), how: words.t(keys.how) };
  });
  // In the candidate's own zone too, when the form told us it.
  const deadline = deadlineInDutyStation(words, vacancy, application.timeZone);
  const name = { name: personName(application) };
  const about = { number: vacancy.number, title: vacancy.title, location: vacancy.location };
  const timeLeft = { days: daysLeft, deadline };
  const subject = words.text('reminder.subject', about);

  const text = [
    words.text('email.greeting.named', name),
    '',
    words.text('reminder.notComplete', about),
    words.text('email.reference', { reference: application.id }),
    '',
    words.text('reminder.timeLeft', timeLeft),
    '',
    words.text('reminder.stillMissing'),
    ...missing.map((item) => `- ${words.text('reminder.missingItem', item)}`),
    '',
    words.text('reminder.statusHelp'),
    statusPage,
    '',
    words.text('email.signature.hr'),
  ].join('\n');

  const body = emailDocument(html`<p>${words.html('email.greeting.named', name)}</p>
<p>${words.html('reminder.notComplete', about)}<br>${words.html('email.reference', { reference: application.id })}</p>
<p>${words.html('reminder.timeLeft', timeLeft)}</p>
<p>${words.html('reminder.stillMissing')}</p>
<ul>${missing.map((item) => html`<li>${words.html('reminder.missingItem', item)}</li>`)}</ul>
<p>${words.html('reminder.statusHelp', {}, statusPage)}</p>
<p>${words.html('email.signature.hr')}</p>`, { title: subject, lang: words.language });

  return { to: [application.email], subject, text, html: body.value };
};
