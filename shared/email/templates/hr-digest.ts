import type { MissingItem } from '../../applications/application.js';
import { applicationStatuses, type ApplicationStatus } from '../../applications/status-machine.js';
import { DEADLINE_SOON_DAYS, type ClosedVacancyReport, type HrDigest, type NewApplication, type OpenVacancyReport } from '../../digests/hr-digest.js';
import type { VacancyCounts } from '../../digests/vacancy-counts.js';
import type { VacancyStatus } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html, type Html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';

export interface HrDigestEmailData {
  to: string[];
  digest: HrDigest;
  /** The grid filtered to one vacancy. */
  gridLink(vacancy: string): string;
}

/** A long day's new applications are listed up to this many per vacancy; the grid has the rest. */
export const NEW_APPLICATIONS_LISTED = 50;

// The wording HR reads; edit freely.
const statusWords: Record<ApplicationStatus, string> = {
  submitted: 'submitted',
  screening: 'screening',
  shortlisted: 'shortlisted',
  tested: 'tested',
  interviewed: 'interviewed',
  offered: 'offered',
  appointed: 'appointed',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};
const missingWords: Record<MissingItem, string> = { cv: 'CV', confirmationLetter: 'confirmation letter', ncbValidation: 'NCB validation' };
const vacancyEndWords: Partial<Record<VacancyStatus, string>> = { closed: 'closed', filled: 'filled', cancelled: 'cancelled' };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "Wednesday 2 December 2026" (Intl's en-GB would put a comma after the weekday). */
const dayText = (instant: string) => {
  const date = new Date(instant);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(date);
  return `${weekday} ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)}`;
};
const timeText = (instant: string) =>
  `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(new Date(instant))} UTC`;

const countsText = (counts: VacancyCounts) => {
  const byStatus = applicationStatuses
    .filter((status) => (counts.byStatus[status] ?? 0) > 0)
    .map((status) => `${statusWords[status]} ${counts.byStatus[status] ?? 0}`);
  return `${plural(counts.total, 'application')}${byStatus.length ? ` (${byStatus.join(', ')})` : ''}; incomplete: ${counts.incomplete}`;
};

const closesText = (report: OpenVacancyReport) =>
  report.daysLeft === 0 ? 'closes today' : `closes in ${plural(report.daysLeft, 'day')}`;

const newApplicationText = (application: NewApplication) =>
  `${application.name} (${application.nationality}), ${timeText(application.submittedAt)}, ${statusWords[application.status]}` +
  (application.missing.length ? `; missing: ${application.missing.map((item) => missingWords[item]).join(', ')}` : '; complete');

const vacancyHeading = (report: { vacancy: OpenVacancyReport['vacancy'] }) =>
  `${report.vacancy.number} · ${report.vacancy.title} (${report.vacancy.location})`;

/**
 * The daily HR digest: new applications since the last digest per open vacancy, counts by status
 * and incomplete ones, deadlines within a week first, and the vacancies that closed since, with
 * their final counts. Text and HTML from the same data; every candidate value escaped in HTML.
 */
export const hrDigestEmail = ({ to, digest, gridLink }: HrDigestEmailData): OutgoingEmail => {
  const newCount = digest.open.reduce((sum, report) => sum + report.newApplications.length, 0);
  const soon = digest.open.filter((report) => report.daysLeft <= DEADLINE_SOON_DAYS);
  const since = digest.since ? `since the last digest (${timeText(digest.since)})` : 'so far (this is the first digest)';
  const subject =
    `HR digest, ${dayText(digest.until)}: ${plural(newCount, 'new application')}, ${plural(digest.open.length, 'open vacancy', 'open vacancies')}` +
    (digest.closed.length ? `, ${digest.closed.length} closed` : '');
  const listed = (report: OpenVacancyReport) => report.newApplications.slice(0, NEW_APPLICATIONS_LISTED);
  const unlisted = (report: OpenVacancyReport) => report.newApplications.length - listed(report).length;

  const openText = (report: OpenVacancyReport) => [
    vacancyHeading(report),
    `Deadline: ${deadlineInDutyStation(report.vacancy)}, ${closesText(report)}`,
    `Applications: ${countsText(report.counts)}`,
    `New ${since}: ${report.newApplications.length}`,
    ...listed(report).map((application) => `- ${newApplicationText(application)}`),
    ...(unlisted(report) > 0 ? [`- and ${unlisted(report)} more in the grid`] : []),
    `In the grid: ${gridLink(report.vacancy.number)}`,
    '',
  ];
  const closedText = (report: ClosedVacancyReport) => [
    `${vacancyHeading(report)}: ${vacancyEndWords[report.status] ?? report.status}`,
    `Final counts: ${countsText(report.counts)}`,
    `In the grid: ${gridLink(report.vacancy.number)}`,
    '',
  ];

  const text = [
    `HR digest for ${dayText(digest.until)}`,
    `${plural(newCount, 'new application')} ${since}, across ${plural(digest.open.length, 'open vacancy', 'open vacancies')}.`,
    '',
    ...(soon.length
      ? [
          `Deadlines within ${DEADLINE_SOON_DAYS} days:`,
          ...soon.map((report) => `- ${report.vacancy.number} · ${report.vacancy.title}: ${closesText(report)}, ${report.counts.incomplete} incomplete`),
          '',
        ]
      : []),
    'OPEN VACANCIES',
    '',
    ...(digest.open.length ? digest.open.flatMap(openText) : ['No vacancy is open.', '']),
    ...(digest.closed.length ? ['CLOSED SINCE THE LAST DIGEST', '', ...digest.closed.flatMap(closedText)] : []),
    'Human Resources, secondment hub',
  ].join('\n');

  const gridAnchor = (number: string): Html => html`<a href="${gridLink(number)}">Open ${number} in the grid</a>`;
  const openHtml = (report: OpenVacancyReport): Html => html`<h3 style="margin:1.2em 0 0.2em">${vacancyHeading(report)}</h3>
<p style="margin:0">Deadline: ${deadlineInDutyStation(report.vacancy)}, <strong>${closesText(report)}</strong><br>
Applications: ${countsText(report.counts)}<br>
New ${since}: <strong>${report.newApplications.length}</strong></p>
${listed(report).length ? html`<ul>${listed(report).map((application) => html`<li>${newApplicationText(application)}</li>`)}${unlisted(report) > 0 ? html`<li>and ${unlisted(report)} more in the grid</li>` : ''}</ul>` : ''}
<p style="margin:0.3em 0">${gridAnchor(report.vacancy.number)}</p>`;
  const closedHtml = (report: ClosedVacancyReport): Html => html`<h3 style="margin:1.2em 0 0.2em">${vacancyHeading(report)}: ${vacancyEndWords[report.status] ?? report.status}</h3>
<p style="margin:0">Final counts: ${countsText(report.counts)}</p>
<p style="margin:0.3em 0">${gridAnchor(report.vacancy.number)}</p>`;

  const body = emailDocument(html`<h2>HR digest for ${dayText(digest.until)}</h2>
<p>${plural(newCount, 'new application')} ${since}, across ${plural(digest.open.length, 'open vacancy', 'open vacancies')}.</p>
${
  soon.length
    ? html`<h3>Deadlines within ${DEADLINE_SOON_DAYS} days</h3>
<ul>${soon.map((report) => html`<li><strong>${report.vacancy.number} · ${report.vacancy.title}</strong>: ${closesText(report)}, ${report.counts.incomplete} incomplete</li>`)}</ul>`
    : ''
}
<h2>Open vacancies</h2>
${digest.open.length ? digest.open.map(openHtml) : html`<p>No vacancy is open.</p>`}
${digest.closed.length ? html`<h2>Closed since the last digest</h2>
${digest.closed.map(closedHtml)}` : ''}
<p>Human Resources, secondment hub</p>`, { title: subject });

  return { to, subject, text, html: body.value };
};
