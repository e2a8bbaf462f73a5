import type { MissingItem } from '../../applications/application.js';
import { applicationStatuses, type ApplicationStatus } from '../../applications/status-machine.js';
import { DEADLINE_SOON_DAYS, type ClosedVacancyReport, type HrDigest, type NewApplication, type OpenVacancyReport } from '../../digests/hr-digest.js';
import type { VacancyCounts } from '../../digests/vacancy-counts.js';
import type { EmailKey } from '../../i18n/catalogues/surfaces.js';
import { formatDate, formatList, formatTime } from '../../i18n/format.js';
import { defaultLanguage, intlLocale, type Language } from '../../i18n/languages.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html, type Html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';
import { emailWords } from '../words.js';
import { secondmentsSectionParts } from './hr-digest-secondments.js';

export interface HrDigestEmailData {
  to: string[];
  digest: HrDigest;
  /** The grid filtered to one vacancy. */
  gridLink(vacancy: string): string;
  /** HR reads it in English; the catalogues have it in every language, so a stage may choose another. */
  language?: Language;
  /** HR's own zone (the organisation's): a deadline elsewhere is given in it too. */
  recipientTimeZone?: string;
}

/** A long day's new applications are listed up to this many per vacancy; the grid has the rest. */
export const NEW_APPLICATIONS_LISTED = 50;

/** The words for statuses and missing items, from the catalogues. */
export const statusKeys: Record<ApplicationStatus, EmailKey> = {
  submitted: 'status.submitted',
  screening: 'status.screening',
  shortlisted: 'status.shortlisted',
  tested: 'status.tested',
  interviewed: 'status.interviewed',
  offered: 'status.offered',
  appointed: 'status.appointed',
  rejected: 'status.rejected',
  withdrawn: 'status.withdrawn',
};
const missingKeys: Record<MissingItem, EmailKey> = {
  cv: 'hrDigest.missing.cv',
  confirmationLetter: 'hrDigest.missing.confirmationLetter',
  ncbValidation: 'hrDigest.missing.ncbValidation',
  release: 'hrDigest.missing.release',
};

/**
 * The daily HR digest: new applications since the last digest per open vacancy, counts by status
 * and incomplete ones, deadlines within a week first, and the vacancies that closed since, with
 * their final counts. Text and HTML from the same data; every candidate value escaped in HTML.
 */
export const hrDigestEmail = ({ to, digest, gridLink, language = defaultLanguage, recipientTimeZone }: HrDigestEmailData): OutgoingEmail => {
  const words = emailWords(language);
  const dayText = (instant: string) => new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(instant));
  const timeText = (instant: string) =>
    words.t('time.utc', { date: formatDate(language, new Date(instant), 'UTC'), time: formatTime(language, new Date(instant), 'UTC') });
  const countsOf = (counts: VacancyCounts) => {
    const byStatus = applicationStatuses
      .filter((status) => (counts.byStatus[status] ?? 0) > 0)
      .map((status) => words.t('hrDigest.statusCount', { status: words.t(statusKeys[status]), count: counts.byStatus[status] ?? 0 }));
    return { total: counts.total, byStatus: byStatus.length ? byStatus.join(', ') : 'none', incomplete: counts.incomplete };
  };
  const newApplication = (application: NewApplication) => ({
    name: application.name,
    nationality: application.nationality,
    submitted: timeText(application.submittedAt),
    status: words.t(statusKeys[application.status]),
    missingCount: application.missing.length,
    missing: formatList(language, application.missing.map((item) => words.t(missingKeys[item]))),
  });
  const about = (report: { vacancy: OpenVacancyReport['vacancy'] }) => ({ number: report.vacancy.number, title: report.vacancy.title, location: report.vacancy.location });

  const newCount = digest.open.reduce((sum, report) => sum + report.newApplications.length, 0);
  const soon = digest.open.filter((report) => report.daysLeft <= DEADLINE_SOON_DAYS);
  const day = dayText(digest.until);
  const since = digest.since ? timeText(digest.since) : undefined;
  const summary = { newCount, openCount: digest.open.length, ...(since ? { since } : {}) };
  const summaryKey: EmailKey = since ? 'hrDigest.summary.since' : 'hrDigest.summary.first';
  const newKey: EmailKey = since ? 'hrDigest.new.since' : 'hrDigest.new.first';
  const subject = words.text('hrDigest.subject', { day, newCount, openCount: digest.open.length, closedCount: digest.closed.length });
  const listed = (report: OpenVacancyReport) => report.newApplications.slice(0, NEW_APPLICATIONS_LISTED);
  const unlisted = (report: OpenVacancyReport) => report.newApplications.length - listed(report).length;
  const deadlineOf = (report: OpenVacancyReport) => ({ deadline: deadlineInDutyStation(words, report.vacancy, recipientTimeZone), days: report.daysLeft });
  const soonItem = (report: OpenVacancyReport) => ({ number: report.vacancy.number, title: report.vacancy.title, days: report.daysLeft, incomplete: report.counts.incomplete });
  const ended = (report: ClosedVacancyReport) => ({ ...about(report), status: report.status });
  const upper = (value: string) => value.toLocaleUpperCase(intlLocale(language));

  const openText = (report: OpenVacancyReport) => [
    words.text('hrDigest.vacancy', about(report)),
    words.text('hrDigest.deadline', deadlineOf(report)),
    words.text('hrDigest.counts', countsOf(report.counts)),
    words.text(newKey, { ...summary, count: report.newApplications.length }),
    ...listed(report).map((application) => `- ${words.text('hrDigest.newApplication', newApplication(application))}`),
    ...(unlisted(report) > 0 ? [`- ${words.text('hrDigest.more', { count: unlisted(report) })}`] : []),
    `${words.text('hrDigest.grid', { number: report.vacancy.number })}: ${gridLink(report.vacancy.number)}`,
    '',
  ];
  const closedText = (report: ClosedVacancyReport) => [
    words.text('hrDigest.vacancyEnded', ended(report)),
    words.text('hrDigest.finalCounts', countsOf(report.counts)),
    `${words.text('hrDigest.grid', { number: report.vacancy.number })}: ${gridLink(report.vacancy.number)}`,
    '',
  ];

  const secondments = secondmentsSectionParts(words, digest.secondments);
  const text = [
    words.text('hrDigest.heading', { day }),
    words.text(summaryKey, summary),
    '',
    ...(soon.length
      ? [`${words.text('hrDigest.soon.heading', { days: DEADLINE_SOON_DAYS })}:`, ...soon.map((report) => `- ${words.text('hrDigest.soon.item', soonItem(report))}`), '']
      : []),
    upper(words.text('hrDigest.open.heading')),
    '',
    ...(digest.open.length ? digest.open.flatMap(openText) : [words.text('hrDigest.open.none'), '']),
    ...(digest.closed.length ? [upper(words.text('hrDigest.closed.heading')), '', ...digest.closed.flatMap(closedText)] : []),
    ...secondments.text,
    words.text('hrDigest.signature'),
  ].join('\n');

  const gridAnchor = (number: string): Html => words.html('hrDigest.grid', { number }, gridLink(number));
  const openHtml = (report: OpenVacancyReport): Html => html`<h3 style="margin:1.2em 0 0.2em">${words.html('hrDigest.vacancy', about(report))}</h3>
<p style="margin:0">${words.html('hrDigest.deadline', deadlineOf(report))}<br>
${words.html('hrDigest.counts', countsOf(report.counts))}<br>
${words.html(newKey, { ...summary, count: report.newApplications.length })}</p>
${listed(report).length ? html`<ul>${listed(report).map((application) => html`<li>${words.html('hrDigest.newApplication', newApplication(application))}</li>`)}${unlisted(report) > 0 ? html`<li>${words.html('hrDigest.more', { count: unlisted(report) })}</li>` : ''}</ul>` : ''}
<p style="margin:0.3em 0">${gridAnchor(report.vacancy.number)}</p>`;
  const closedHtml = (report: ClosedVacancyReport): Html => html`<h3 style="margin:1.2em 0 0.2em">${words.html('hrDigest.vacancyEnded', ended(report))}</h3>
<p style="margin:0">${words.html('hrDigest.finalCounts', countsOf(report.counts))}</p>
<p style="margin:0.3em 0">${gridAnchor(report.vacancy.number)}</p>`;

  const body = emailDocument(html`<h2>${words.html('hrDigest.heading', { day })}</h2>
<p>${words.html(summaryKey, summary)}</p>
${
  soon.length
    ? html`<h3>${words.html('hrDigest.soon.heading', { days: DEADLINE_SOON_DAYS })}</h3>
<ul>${soon.map((report) => html`<li>${words.html('hrDigest.soon.item', soonItem(report))}</li>`)}</ul>`
    : ''
}
<h2>${words.html('hrDigest.open.heading')}</h2>
${digest.open.length ? digest.open.map(openHtml) : html`<p>${words.html('hrDigest.open.none')}</p>`}
${digest.closed.length ? html`<h2>${words.html('hrDigest.closed.heading')}</h2>
${digest.closed.map(closedHtml)}` : ''}
${secondments.html}
<p>${words.html('hrDigest.signature')}</p>`, { title: subject, lang: language });

  return { to, subject, text, html: body.value };
};
