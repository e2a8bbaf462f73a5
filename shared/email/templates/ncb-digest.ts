import type { Application } from '../../applications/application.js';
import type { EmailKey } from '../../i18n/catalogues/surfaces.js';
import { countryName, formatDate, formatList } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';
import { personName } from '../../i18n/names.js';
import type { NcbPendingItem } from '../../ncb/waiting.js';
import type { Clearance, Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';
import { emailWords } from '../words.js';

export interface NcbDigestApplication {
  application: Pick<Application, 'id' | 'givenName' | 'familyName' | 'currentTitle' | 'homeAdministration' | 'submittedAt'>;
  waitingFor: NcbPendingItem[];
}

export interface NcbDigestVacancy {
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline' | 'clearance'>;
  /** Whole days from today in the duty station to its deadline day: 0 on the day itself. */
  daysLeft: number;
  applications: NcbDigestApplication[];
}

export interface NcbDigestData {
  to: string;
  /** The NCB contact's language (English for a contact stored before languages). */
  language: Language;
  /** ISO 3166-1 alpha-2; its name is written in the NCB's language. */
  country: string;
  /** Soonest deadline first. */
  vacancies: NcbDigestVacancy[];
  /** The staff grid, where the NCB validates and attaches letters. */
  gridUrl: string;
  /** The zone the NCB reads times in: each deadline is given in it too, when it is not the duty station's. */
  recipientTimeZone?: string;
}

/** How each pending item reads to the NCB officer; the validation names the screening level the vacancy requires. */
const validationKeys: Record<Clearance, EmailKey> = {
  Basic: 'ncbDigest.pending.validationBasic',
  Enhanced: 'ncbDigest.pending.validationEnhanced',
};
const waitingKeys: Record<Exclude<NcbPendingItem, 'validation'>, EmailKey> = {
  confirmationLetter: 'ncbDigest.pending.confirmationLetter',
  letterConfirmation: 'ncbDigest.pending.letterConfirmation',
};

const waitingKey = (pending: NcbPendingItem, clearance: Clearance): EmailKey =>
  pending === 'validation' ? validationKeys[clearance] : waitingKeys[pending];

/**
 * The digest a National Central Bureau gets, in its contact's language: the applications it
 * validates (home administration in its country) that wait for its validation or for the
 * confirmation letter, per vacancy with the deadline in the duty station's time and its UTC
 * offset, and in the NCB's own when that differs. Text and HTML from the same data; nothing of another country's candidates.
 */
export const ncbDigest = ({ to, language, country, vacancies, gridUrl, recipientTimeZone }: NcbDigestData): OutgoingEmail => {
  const words = emailWords(language);
  const count = vacancies.reduce((sum, entry) => sum + entry.applications.length, 0);
  const addressee = { countryName: countryName(language, country), country };
  const [only] = vacancies;
  const subject =
    vacancies.length === 1 && only
      ? words.text('ncbDigest.subject.oneVacancy', { ...addressee, count, number: only.vacancy.number, title: only.vacancy.title })
      : words.text('ncbDigest.subject.vacancies', { ...addressee, count, numbers: formatList(language, vacancies.map((entry) => entry.vacancy.number)) });

  const about = (entry: NcbDigestVacancy) => ({ number: entry.vacancy.number, title: entry.vacancy.title, location: entry.vacancy.location });
  const deadline = (entry: NcbDigestVacancy) => ({ deadline: deadlineInDutyStation(words, entry.vacancy, recipientTimeZone), days: entry.daysLeft });
  const candidate = (entry: NcbDigestVacancy, { application }: NcbDigestApplication) => ({
    name: personName(application),
    currentTitle: application.currentTitle,
    administration: application.homeAdministration,
    reference: application.id,
    submittedOn: formatDate(language, new Date(application.submittedAt), entry.vacancy.timeZone),
  });
  const waiting = (entry: NcbDigestVacancy, item: NcbDigestApplication) =>
    item.waitingFor.map((pending) => ({ item: words.t(waitingKey(pending, entry.vacancy.clearance)) }));

  const text = [
    words.text('ncbDigest.greeting', addressee),
    '',
    words.text('ncbDigest.intro', { count }),
    ...vacancies.flatMap((entry) => [
      '',
      words.text('ncbDigest.vacancy', about(entry)),
      words.text('ncbDigest.deadline', deadline(entry)),
      ...entry.applications.flatMap((item) => [
        `- ${words.text('ncbDigest.application', candidate(entry, item))}`,
        ...waiting(entry, item).map((pending) => `  ${words.text('ncbDigest.waitingFor', pending)}`),
      ]),
    ]),
    '',
    words.text('ncbDigest.action'),
    gridUrl,
    '',
    words.text('email.signature.hr'),
  ].join('\n');

  const body = emailDocument(html`<p>${words.html('ncbDigest.greeting', addressee)}</p>
<p>${words.html('ncbDigest.intro', { count })}</p>
${vacancies.map(
  (entry) => html`<h2 style="font-size:1.1em;margin-bottom:0">${words.html('ncbDigest.vacancy', about(entry))}</h2>
<p style="margin-top:0">${words.html('ncbDigest.deadline', deadline(entry))}</p>
<ul>${entry.applications.map(
    (item) => html`<li>${words.html('ncbDigest.application', candidate(entry, item))}${waiting(entry, item).map((pending) => html`<br>${words.html('ncbDigest.waitingFor', pending)}`)}</li>`,
  )}</ul>`,
)}
<p>${words.html('ncbDigest.action', {}, gridUrl)}</p>
<p>${words.html('email.signature.hr')}</p>`, { title: subject, lang: language });

  return { to: [to], subject, text, html: body.value };
};
