import { documentLabels, type DocumentKind } from '#shared/documents/kinds.js';
import { applicationsCloseAt } from '#shared/vacancies/deadline.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { DOCUMENT_ACCEPT } from './document-accept.js';
import { durationText, formatInstant, lastMinuteBefore, secondmentTypeText } from './format.js';
import { html, type SafeHtml } from './html.js';
import { memberCountryOptions, otherLanguageOptions, workingLanguageOptions, type Option } from './reference-options.js';


const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ');

const fieldError = (name: string) => html`<p class="field-error" id="${name}-error" hidden></p>`;

const optionalMark = html` <span class="optional">(optional)</span>`;

interface TextFieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel';
  maxlength?: number;
  optional?: boolean;
  width?: 'short' | 'medium';
  spellcheck?: boolean;
}

const textField = (spec: TextFieldSpec): SafeHtml => html`
<div class="field" data-field="${spec.name}">
  <label class="label" for="${spec.name}">${spec.label}${spec.optional && optionalMark}</label>
  ${spec.hint && html`<p class="hint" id="${spec.name}-hint">${spec.hint}</p>`}
  ${fieldError(spec.name)}
  <input class="input${spec.width ? ` input-${spec.width}` : ''}" id="${spec.name}" name="${spec.name}" type="${spec.type ?? 'text'}"${
    spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''
  }${spec.inputmode ? html` inputmode="${spec.inputmode}"` : ''}${spec.maxlength ? html` maxlength="${spec.maxlength}"` : ''}${
    spec.spellcheck === false ? html` spellcheck="false"` : ''
  }${spec.optional ? '' : html` required`} aria-describedby="${describedBy(Boolean(spec.hint) && `${spec.name}-hint`, `${spec.name}-error`)}">
</div>`;

/** The deadline as the duty station reads it; the page's script adds the reader's own time beside it. */
export const deadlineText = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone' | 'location'>): SafeHtml => {
  const lastMinute = lastMinuteBefore(applicationsCloseAt(vacancy));
  return html`<span class="deadline-station">${formatInstant(lastMinute, vacancy.timeZone)} (${vacancy.location} time)</span>
<span class="reader-time" data-instant="${lastMinute.toISOString()}" data-time-zone="${vacancy.timeZone}"></span>`;
};

const fact = (term: string, value: SafeHtml | string) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

const vacancyChoice = (vacancy: Vacancy, selected: boolean): SafeHtml => {
  const id = `vacancy-${vacancy.number}`;
  return html`
<li class="vacancy">
  <div class="vacancy-choice">
    <input type="radio" name="vacancy" id="${id}" value="${vacancy.number}" required${selected ? html` checked` : ''} aria-describedby="${id}-facts vacancy-error">
    <label for="${id}"><span class="vacancy-number">Vacancy ${vacancy.number}</span> <span class="vacancy-title">${vacancy.title}</span></label>
  </div>
  <p class="vacancy-unit">${vacancy.unit}</p>
  <dl class="facts" id="${id}-facts">
    ${fact('Duty station', vacancy.location)}
    ${fact('Grade', vacancy.grade)}
    ${fact('Duration', durationText(vacancy))}
    ${fact('Secondment', secondmentTypeText(vacancy))}
    ${fact('Clearance', vacancy.clearance)}
    ${fact('Posts', String(vacancy.posts))}
    ${fact('Apply by', deadlineText(vacancy))}
  </dl>
</li>`;
};

const options = (list: readonly Option[]) => list.map((option) => html`<option value="${option.value}">${option.label}</option>`);

const languageCheckbox = (option: Option) => html`
<li class="checkbox">
  <input type="checkbox" name="languages" id="language-${option.value}" value="${option.value}">
  <label for="language-${option.value}">${option.label}</label>
</li>`;

const languageOption = (option: Option) =>
  html`<li role="option" class="language-option" id="language-option-${option.value}" data-value="${option.value}" aria-selected="false">${option.label}</li>`;

/**
 * The other languages, some 180: one composite widget (WAI-ARIA's combobox with a listbox), so one
 * tab stop instead of one per language. Typing filters the list (a polite live region says how
 * many match), arrows move, Space or Enter chooses; the chosen ones are listed below, each with
 * a button to remove it, and carry the form's `languages` values (the script adds them).
 */
const otherLanguages = (list: readonly Option[]) => html`
<div class="language-finder">
  <label class="label label-small" id="language-filter-label" for="language-filter">Other languages</label>
  <p class="hint" id="language-filter-hint">Type to filter the list, move with the arrow keys, and press Space or Enter to choose a language; choose it again to remove it.</p>
  <input class="input input-medium" id="language-filter" type="text" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="other-languages" aria-describedby="language-filter-hint" autocomplete="off" spellcheck="false" placeholder="Such as Portuguese">
  <ul class="language-list" id="other-languages" role="listbox" aria-multiselectable="true" aria-labelledby="language-filter-label" tabindex="-1">
    ${list.map(languageOption)}
  </ul>
  <p class="visually-hidden" id="language-matches" role="status"></p>
  <ul class="chosen-languages" id="chosen-languages" aria-label="Other languages chosen"></ul>
  <p class="hint" id="languages-chosen" aria-live="polite"></p>
</div>`;

const fileField = (kind: DocumentKind, label: string, hint: string, optional: boolean) => html`
<div class="field" data-field="${kind}">
  <label class="label" for="${kind}">${label}${optional && optionalMark}</label>
  <p class="hint" id="${kind}-hint">${hint}</p>
  ${fieldError(kind)}
  <input class="file" type="file" id="${kind}" name="${kind}" accept="${DOCUMENT_ACCEPT}"${optional ? '' : html` required`} aria-describedby="${kind}-hint ${kind}-error">
</div>`;

const noVacancies = html`
<section class="panel" aria-labelledby="none-heading">
  <h2 id="none-heading">No vacancies are open just now</h2>
  <p>New secondment vacancies are announced to National Central Bureaus and published here. Please come back later.</p>
</section>`;

export interface FormViewOptions {
  /** Pre-selects a vacancy (`/?vacancy=1701`, for links from a vacancy notice). */
  selected?: string;
}

/** The main content of `GET /`: who may apply, the open vacancies and the application form. */
export const formView = (vacancies: readonly Vacancy[], { selected }: FormViewOptions = {}): SafeHtml => html`
<h1>Apply for a secondment</h1>
<p class="lead">Seconded officers work for the organisation for a fixed term while their home administration keeps paying them. Choose an open vacancy, tell us about yourself and attach your CV.</p>

<section class="notice" aria-labelledby="who-heading">
  <h2 id="who-heading">Who may apply</h2>
  <p>Secondments are open to <strong>serving law-enforcement officers</strong> and <strong>government officials</strong> of INTERPOL member countries. Your home administration must agree to second you: it keeps paying your salary and costs during the secondment.</p>
  <p>Your home administration confirms this in a <strong>confirmation letter</strong>, which reaches us <strong>through the National Central Bureau (NCB) of your home administration’s country</strong>. You can attach a copy now if you already have it, or upload it later from your status page: your copy counts once your NCB confirms it. Your NCB can also send us the letter itself.</p>
</section>

${
  vacancies.length === 0
    ? noVacancies
    : html`
<form id="application-form" class="application-form" method="post" action="./" novalidate>
  <div class="error-summary" id="error-summary" role="alert" tabindex="-1" hidden>
    <h2 class="error-summary-title">There is a problem</h2>
    <ul class="error-summary-list"></ul>
  </div>

  <fieldset class="step field" data-field="vacancy">
    <legend><span class="step-number">1</span> Choose a vacancy</legend>
    ${fieldError('vacancy')}
    <ul class="vacancy-list">
      ${vacancies.map((vacancy) => vacancyChoice(vacancy, vacancy.number === selected))}
    </ul>
  </fieldset>

  <fieldset class="step">
    <legend><span class="step-number">2</span> About you</legend>
    <div class="field-row">
      ${textField({ name: 'givenName', label: 'Given name', autocomplete: 'given-name', maxlength: 100, spellcheck: false })}
      ${textField({ name: 'familyName', label: 'Family name', autocomplete: 'family-name', maxlength: 100, spellcheck: false })}
    </div>
    ${textField({ name: 'email', label: 'Email address', type: 'email', hint: 'We send your receipt and your private status link here.', autocomplete: 'email', maxlength: 254, spellcheck: false })}
    ${textField({ name: 'phone', label: 'Phone number', type: 'tel', hint: 'With the country code, such as +33 4 72 00 00 00.', autocomplete: 'tel', maxlength: 26, optional: true, width: 'medium' })}
    <div class="field" data-field="nationality">
      <label class="label" for="nationality">Nationality</label>
      <p class="hint" id="nationality-hint">Nationals of INTERPOL member countries may apply.</p>
      ${fieldError('nationality')}
      <select class="select" id="nationality" name="nationality" autocomplete="country" required aria-describedby="nationality-hint nationality-error">
        <option value="">Choose a country</option>
        ${options(memberCountryOptions)}
      </select>
    </div>
  </fieldset>

  <fieldset class="step">
    <legend><span class="step-number">3</span> Your current post</legend>
    <fieldset class="field" data-field="category" aria-describedby="category-error">
      <legend class="label">You are a</legend>
      ${fieldError('category')}
      <div class="choices">
        <div class="radio"><input type="radio" name="category" id="category-law-enforcement" value="law-enforcement" required><label for="category-law-enforcement">Serving law-enforcement officer</label></div>
        <div class="radio"><input type="radio" name="category" id="category-government-official" value="government-official"><label for="category-government-official">Government official</label></div>
      </div>
    </fieldset>
    ${textField({ name: 'currentTitle', label: 'Current job title', hint: 'Exactly as it is written in your employment contract.', autocomplete: 'organization-title', maxlength: 200 })}
    ${textField({ name: 'homeAdministration', label: 'Home administration', hint: 'The police force, agency or ministry that employs you and would second you.', autocomplete: 'organization', maxlength: 200 })}
    <div class="field" data-field="homeAdministrationCountry">
      <label class="label" for="homeAdministrationCountry">Country of your home administration</label>
      <p class="hint" id="homeAdministrationCountry-hint">The National Central Bureau (NCB) of this country validates your application and sends us your confirmation letter. Change it only if your administration is not in the country of your nationality.</p>
      ${fieldError('homeAdministrationCountry')}
      <select class="select" id="homeAdministrationCountry" name="homeAdministrationCountry" aria-describedby="homeAdministrationCountry-hint homeAdministrationCountry-error">
        <option value="">The same as my nationality</option>
        ${options(memberCountryOptions)}
      </select>
    </div>
    ${textField({ name: 'yearsOfExperience', label: 'Years of professional experience', inputmode: 'numeric', maxlength: 2, width: 'short' })}
  </fieldset>

  <fieldset class="step field" data-field="languages" aria-describedby="languages-hint languages-error">
    <legend><span class="step-number">4</span> Languages you work in</legend>
    <p class="hint" id="languages-hint">Choose at least one. The organisation works in Arabic, English, French and Spanish.</p>
    ${fieldError('languages')}
    <ul class="choices choices-inline">
      ${workingLanguageOptions.map(languageCheckbox)}
    </ul>
    ${otherLanguages(otherLanguageOptions)}
  </fieldset>

  <fieldset class="step">
    <legend><span class="step-number">5</span> Documents</legend>
    <p class="hint">PDF or Word (.docx), up to 10 MB each. Your files go straight to our secure document store.</p>
    ${fileField('cv', 'CV', 'Your curriculum vitae.', false)}
    ${fileField('coverLetter', 'Cover letter', 'Why you are applying for this post.', true)}
    ${fileField(
      'confirmationLetter',
      `The ${documentLabels.confirmationLetter}`,
      'Your home administration’s written agreement to the conditions of secondment. The letter comes through your NCB: a copy you upload here or later counts once your NCB confirms it.',
      true,
    )}
  </fieldset>

  <fieldset class="step">
    <legend><span class="step-number">6</span> Your personal data</legend>
    <div class="privacy" id="privacy-notice">
      <p>We use what you send us only to assess your application and run this recruitment. It is seen by the recruitment team, the selection panel and the National Central Bureau (NCB) of your home administration’s country, which validates your application.</p>
      <p>Your documents are stored encrypted and are deleted once the recruitment is over, under the organisation’s rules on the processing of personal data. You can withdraw your application at any time before an offer is made, with the private status link we send you.</p>
    </div>
    <div class="field" data-field="privacyConsent">
      ${fieldError('privacyConsent')}
      <div class="checkbox checkbox-large">
        <input type="checkbox" id="privacyConsent" name="privacyConsent" value="yes" required aria-describedby="privacy-notice privacyConsent-error">
        <label for="privacyConsent">I have read how my personal data is used and agree to it.</label>
      </div>
    </div>
  </fieldset>

  <div class="actions">
    <button class="button" type="submit" id="submit-button">Submit application</button>
    <p class="hint" id="submit-state" role="status"></p>
  </div>
</form>
<noscript><p class="panel">This form needs JavaScript to send your documents securely. Please turn it on, or use a browser that supports it.</p></noscript>`
}
<section class="uploads" id="uploads" aria-labelledby="uploads-heading" hidden>
  <h2 id="uploads-heading">Sending your documents</h2>
  <ul class="upload-list" id="upload-list"></ul>
</section>
<section id="receipt" class="receipt" hidden></section>
<p class="visually-hidden" id="page-news" role="status"></p>`;
