import type { SecondmentsSection } from '../../digests/secondments-section.js';
import { formatCalendarDate } from '../../i18n/format.js';
import { intlLocale } from '../../i18n/languages.js';
import { html, type Html } from '../html.js';
import type { EmailWords } from '../words.js';

/**
 * The HR digest's secondments section (issue 17, point 3): those ending within the notices'
 * window, by last day, with the months an extension may still give; then the extensions under way,
 * by the step they wait for (the home administration's letter through the NCB, or HR's approval).
 */
export const secondmentsSectionParts = (words: EmailWords, section: SecondmentsSection): { text: string[]; html: Html } => {
  const day = (isoDate: string) => formatCalendarDate(words.language, isoDate);
  const ending = section.ending.map((one) => ({ ...one, lastDay: day(one.lastDay), early: one.early ? 'yes' : 'no' }));
  const waiting = section.extensions.map((one) => ({ name: one.name, unit: one.unit, months: one.months, askedOn: day(one.askedOn), step: one.waitingFor }));
  const heading = words.text('hrDigest.secondments.heading', { months: section.months });
  const text = [
    heading.toLocaleUpperCase(intlLocale(words.language)),
    '',
    ...(ending.length ? ending.map((one) => `- ${words.text('hrDigest.secondments.item', one)}`) : [words.text('hrDigest.secondments.none')]),
    '',
    ...(waiting.length ? [`${words.text('hrDigest.extensions.heading')}:`, ...waiting.map((one) => `- ${words.text('hrDigest.extensions.item', one)}`), ''] : []),
  ];
  const body = html`<h2>${words.html('hrDigest.secondments.heading', { months: section.months })}</h2>
${ending.length ? html`<ul>${ending.map((one) => html`<li>${words.html('hrDigest.secondments.item', one)}</li>`)}</ul>` : html`<p>${words.html('hrDigest.secondments.none')}</p>`}
${waiting.length ? html`<h3>${words.html('hrDigest.extensions.heading')}</h3>
<ul>${waiting.map((one) => html`<li>${words.html('hrDigest.extensions.item', one)}</li>`)}</ul>` : ''}`;
  return { text, html: body };
};
