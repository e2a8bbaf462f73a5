import type { Application } from '../../applications/application.js';
import type { NcbPendingItem } from '../../ncb/waiting.js';
import type { Clearance, Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';

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
  /** ISO 3166-1 alpha-2, and its English name. */
  country: string;
  countryName: string;
  /** Soonest deadline first. */
  vacancies: NcbDigestVacancy[];
  /** The staff grid, where the NCB validates and attaches letters. */
  gridUrl: string;
}

/** How each pending item reads to the NCB officer; the validation names the screening level the vacancy requires. */
const validationLabels: Record<Clearance, string> = {
  Basic: 'your validation, with the attestation of Basic security screening and its date',
  Enhanced: 'your validation, with the attestation of Enhanced security screening (this vacancy requires it) and its date',
};
const waitingLabels: Record<Exclude<NcbPendingItem, 'validation'>, string> = {
  confirmationLetter: "the home administration's confirmation letter, which reaches us through you",
  letterConfirmation: 'your confirmation of the letter copy the candidate uploaded (it counts only once you confirm it)',
};

const waitingLabel = (pending: NcbPendingItem, clearance: Clearance): string =>
  pending === 'validation' ? validationLabels[clearance] : waitingLabels[pending];

const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The digest a National Central Bureau gets: the applications it validates (home administration in its country) that wait for its
 * validation or for the confirmation letter, per vacancy with the deadline in the duty station's
 * time. Text and HTML from the same data; nothing of another country's candidates.
 */
export const ncbDigest = ({ to, country, countryName, vacancies, gridUrl }: NcbDigestData): OutgoingEmail => {
  const count = vacancies.reduce((sum, entry) => sum + entry.applications.length, 0);
  const [only] = vacancies;
  const about =
    vacancies.length === 1 && only
      ? `vacancy ${only.vacancy.number}, ${only.vacancy.title}`
      : `vacancies ${vacancies.map((entry) => entry.vacancy.number).join(', ')}`;
  const subject = `NCB ${countryName} (${country}): ${plural(count, 'application waits', 'applications wait')} for you, ${about}`;
  const nameOf = ({ application }: NcbDigestApplication) => `${application.givenName} ${application.familyName}`;
  const detailOf = ({ application }: NcbDigestApplication) =>
    `${application.currentTitle}, ${application.homeAdministration}; reference ${application.id}, submitted ${application.submittedAt.slice(0, 10)}`;

  const text = [
    `To the National Central Bureau of ${countryName} (${country}),`,
    '',
    `${plural(count, 'application', 'applications')} from your country's administrations ${count === 1 ? 'waits' : 'wait'} for your validation or for the confirmation letter.`,
    'An application still incomplete at the deadline is usually not considered.',
    ...vacancies.flatMap((entry) => [
      '',
      `Vacancy ${entry.vacancy.number}, ${entry.vacancy.title} (${entry.vacancy.location})`,
      `Deadline: ${deadlineInDutyStation(entry.vacancy)}, ${inDays(entry.daysLeft)}`,
      ...entry.applications.flatMap((item) => [
        `- ${nameOf(item)} (${detailOf(item)})`,
        ...item.waitingFor.map((pending) => `  waiting for ${waitingLabel(pending, entry.vacancy.clearance)}`),
      ]),
    ]),
    '',
    'Validate, decline or attach the letter in the staff grid:',
    gridUrl,
    '',
    'Human Resources',
  ].join('\n');

  const body = emailDocument(html`<p>To the National Central Bureau of ${countryName} (${country}),</p>
<p>${plural(count, 'application', 'applications')} from your country's administrations ${count === 1 ? 'waits' : 'wait'} for your validation or for the confirmation letter. An application still incomplete at the deadline is usually not considered.</p>
${vacancies.map(
  (entry) => html`<h2 style="font-size:1.1em;margin-bottom:0">Vacancy ${entry.vacancy.number}, ${entry.vacancy.title} (${entry.vacancy.location})</h2>
<p style="margin-top:0">Deadline: <strong>${deadlineInDutyStation(entry.vacancy)}</strong>, ${inDays(entry.daysLeft)}</p>
<ul>${entry.applications.map(
    (item) => html`<li><strong>${nameOf(item)}</strong> (${detailOf(item)})<br>waiting for: ${item.waitingFor.map((pending) => waitingLabel(pending, entry.vacancy.clearance)).join('; ')}</li>`,
  )}</ul>`,
)}
<p><a href="${gridUrl}">Validate, decline or attach the letter in the staff grid</a>.</p>
<p>Human Resources</p>`, { title: subject });

  return { to: [to], subject, text, html: body.value };
};
