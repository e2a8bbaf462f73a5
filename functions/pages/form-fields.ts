import { deadlineInDutyStation } from '#shared/email/deadline-text.js';
import { formatCalendarDate } from '#shared/i18n/format.js';
import { applicationsCloseAt } from '#shared/vacancies/deadline.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { lastMinuteBefore } from './format.js';
import { html, type SafeHtml } from './html.js';
import type { PageWords } from './page-words.js';

/** The form's building blocks, shared by its sections (form-view.ts, applicant-status-fields.ts, mission-facts.ts). */
export const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ');

export const fieldError = (name: string) => html`<p class="field-error" id="${name}-error" hidden></p>`;

export const optionalMark = (words: PageWords) => html` <span class="optional">${words.t('page.optional')}</span>`;

export interface TextFieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel';
  maxlength?: number;
  optional?: boolean;
  width?: 'short' | 'medium';
  spellcheck?: boolean;
  /** `auto` where the value may be in another script than the page's (a name, a title): the browser sets its direction from its first letter. */
  dir?: 'auto' | 'ltr';
}

export const textField = (words: PageWords, spec: TextFieldSpec): SafeHtml => html`
<div class="field" data-field="${spec.name}">
  <label class="label" for="${spec.name}">${spec.label}${spec.optional && optionalMark(words)}</label>
  ${spec.hint && html`<p class="hint" id="${spec.name}-hint">${spec.hint}</p>`}
  ${fieldError(spec.name)}
  <input class="input${spec.width ? ` input-${spec.width}` : ''}" id="${spec.name}" name="${spec.name}" type="${spec.type ?? 'text'}"${
    spec.dir ? html` dir="${spec.dir}"` : ''
  }${spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''}${spec.inputmode ? html` inputmode="${spec.inputmode}"` : ''}${
    spec.maxlength ? html` maxlength="${spec.maxlength}"` : ''
  }${spec.spellcheck === false ? html` spellcheck="false"` : ''}${spec.optional ? '' : html` required`} aria-describedby="${describedBy(
    Boolean(spec.hint) && `${spec.name}-hint`,
    `${spec.name}-error`,
  )}">
</div>`;

export const fact = (term: string, value: SafeHtml | string) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

/** A vacancy's own words (title, unit, duty station) are written in English by HR: marked so, for screen readers and the bidi algorithm. */
export const vacancyText = (words: PageWords, text: string): SafeHtml | string => (words.language === 'en' ? text : html`<span lang="en" dir="ltr">${text}</span>`);

export const durationText = (words: PageWords, vacancy: Pick<Vacancy, 'durationMonths' | 'endsOn'>): string =>
  vacancy.durationMonths !== undefined
    ? words.t('form.duration.months', { months: vacancy.durationMonths })
    : vacancy.endsOn
      ? words.t('form.duration.until', { date: formatCalendarDate(words.language, vacancy.endsOn) })
      : '';

/**
 * The deadline as the duty station reads it, with its zone and UTC offset, in the page's language
 * (the emails' own formatter); the page's script adds the reader's own time beside it.
 */
export const deadlineText = (words: PageWords, vacancy: Pick<Vacancy, 'deadline' | 'timeZone' | 'location'>): SafeHtml => {
  const lastMinute = lastMinuteBefore(applicationsCloseAt(vacancy));
  return html`<span class="deadline-station">${deadlineInDutyStation(words, vacancy)}</span>
<span class="reader-time" data-instant="${lastMinute.toISOString()}" data-time-zone="${vacancy.timeZone}"></span>`;
};
