import { educationLevels, type ApplicantCategory } from '#shared/applications/schema.js';
import { receivingProfile, type OrganisationProfile } from '#shared/profiles/profile.js';
import type { DocumentKind } from '#shared/documents/kinds.js';
import { MAX_DOCUMENT_BYTES } from '#shared/documents/kinds.js';
import { formatAlternatives, formatNumber, languageName } from '#shared/i18n/format.js';
import { cefrLevels } from '#shared/vacancies/notice-schema.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { DOCUMENT_ACCEPT } from './document-accept.js';
import { formatSize } from './format.js';
import { deadlineText, durationText, fact, fieldError, optionalMark, textField, vacancyText } from './form-fields.js';
import { applicantStatusFields } from './applicant-status-fields.js';
import { genderField } from './gender-field.js';
import { html, type SafeHtml } from './html.js';
import { cefrLevelWords, educationWords } from './level-words.js';
import { hasNotice } from './notice-tree.js';
import { missionFacts } from './mission-facts.js';
import { noticeDetails } from './notice-view.js';
import { pageWords, type PageWords } from './page-words.js';
import { categoryWords, profileFormWords, type ProfileFormWords } from './profile-words.js';
import { referenceOptions, type Option } from './reference-options.js';

/**
 * What the vacancy's notice asks of each language it names at a level, worded for the candidate
 * ("Vacancy 1701 requires C1 or above."), by language code: the level rows say it under each
 * language chosen while this vacancy is (language-levels.ts). The first requirement of a language wins.
 */
const languageAsks = (words: PageWords, vacancy: Vacancy): SafeHtml[] => {
  const asks = new Map<string, string>();
  const required = vacancy.notice?.languages ?? [];
  for (const { language, level, need, either } of required) {
    if (!level || asks.has(language)) continue;
    const group = either === undefined ? [] : required.filter((other) => other.either === either);
    const languages = formatAlternatives(words.language, group.map((member) => languageName(words.language, member.language)));
    asks.set(language, group.length > 1 ? words.t('form.languageLevels.asksOneOf', { need, number: vacancy.number, level, languages }) : words.t('form.languageLevels.asks', { need, number: vacancy.number, level }));
  }
  // One attribute per language (data-ask-en): a language code is two letters (notice-schema.ts).
  return [...asks].map(([language, text]) => html` data-ask-${language}="${text}"`);
};

const vacancyChoice = (words: PageWords, said: ProfileFormWords, vacancy: Vacancy, selected: boolean): SafeHtml => {
  const id = `vacancy-${vacancy.number}`;
  return html`
<li class="vacancy">
  <div class="vacancy-choice">
    <input type="radio" name="vacancy" id="${id}" value="${vacancy.number}" required${selected ? html` checked` : ''} aria-describedby="${id}-facts vacancy-error"${languageAsks(words, vacancy)}>
    <label for="${id}"><span class="vacancy-number">${words.t(said.post, { number: vacancy.number })}</span> <span class="vacancy-title">${vacancyText(words, vacancy.title)}</span></label>
  </div>
  <p class="vacancy-unit">${vacancyText(words, vacancy.unit)}</p>
  <dl class="facts" id="${id}-facts">
    ${vacancy.mission ? missionFacts(words, vacancy, vacancy.mission) : html`${fact(words.t('form.fact.dutyStation'), vacancyText(words, vacancy.location))}
    ${fact(words.t('form.fact.grade'), vacancy.grade)}
    ${fact(words.t('form.fact.duration'), durationText(words, vacancy))}
    ${fact(words.t('form.fact.secondment'), words.t('form.secondmentType', { type: vacancy.secondmentType === 'short-term' ? 'short' : 'regular' }))}
    ${fact(words.t('form.fact.clearance'), vacancy.clearance)}
    ${fact(words.t('form.fact.posts'), formatNumber(words.language, vacancy.posts))}
    ${fact(words.t('form.fact.applyBy'), deadlineText(words, vacancy))}`}
  </dl>
  ${hasNotice(vacancy.notice) && noticeDetails(words, vacancy.number, vacancy.notice, selected)}
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
const otherLanguages = (words: PageWords, list: readonly Option[]) => html`
<div class="language-finder">
  <label class="label label-small" id="language-filter-label" for="language-filter">${words.t('form.otherLanguages')}</label>
  <p class="hint" id="language-filter-hint">${words.t('form.otherLanguages.hint')}</p>
  <input class="input input-medium" id="language-filter" type="text" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="other-languages" aria-describedby="language-filter-hint" autocomplete="off" spellcheck="false" dir="auto" placeholder="${words.t('form.otherLanguages.placeholder')}">
  <ul class="language-list" id="other-languages" role="listbox" aria-multiselectable="true" aria-labelledby="language-filter-label" tabindex="-1">
    ${list.map(languageOption)}
  </ul>
  <p class="visually-hidden" id="language-matches" role="status"></p>
  <ul class="chosen-languages" id="chosen-languages" aria-label="${words.t('form.otherLanguages.chosen')}"></ul>
  <p class="hint" id="languages-chosen" aria-live="polite"></p>
</div>`;

/**
 * The level of each chosen language: the script adds a labelled select per language chosen above
 * (the box's or the chip's name as its label), each with the options of the template, so the page
 * carries the level's words once in its language, not once per language it offers.
 */
const languageLevels = (words: PageWords) => html`
<div class="field language-levels" data-field="languageLevels" id="language-levels-field" hidden>
  <p class="label label-small" id="languageLevels-label">${words.t('form.languageLevels')}</p>
  <p class="hint" id="languageLevels-hint">${words.t('form.languageLevels.hint')}</p>
  ${fieldError('languageLevels')}
  <div class="level-list" id="language-levels" role="group" aria-labelledby="languageLevels-label" aria-describedby="languageLevels-hint languageLevels-error"></div>
  <template id="level-options">
    <option value="">${words.t('form.languageLevels.choose')}</option>
    ${cefrLevels.map((level) => html`<option value="${level}">${words.t(cefrLevelWords[level])}</option>`)}
  </template>
</div>`;

/** The highest education completed, on the ISCED-based scale of shared/applications/schema.ts. */
const educationField = (words: PageWords) => html`
<div class="field" data-field="education">
  <label class="label" for="education">${words.t('form.education')}</label>
  <p class="hint" id="education-hint">${words.t('form.education.hint')}</p>
  ${fieldError('education')}
  <select class="select" id="education" name="education" required aria-describedby="education-hint education-error">
    <option value="">${words.t('form.education.choose')}</option>
    ${educationLevels.map((level) => html`<option value="${level}">${words.t(educationWords[level])}</option>`)}
  </select>
</div>`;

const fileField = (words: PageWords, kind: DocumentKind, label: string, hint: string, optional: boolean) => html`
<div class="field" data-field="${kind}">
  <label class="label" for="${kind}">${label}${optional && optionalMark(words)}</label>
  <p class="hint" id="${kind}-hint">${hint}</p>
  ${fieldError(kind)}
  <input class="file" type="file" id="${kind}" name="${kind}" accept="${DOCUMENT_ACCEPT}"${optional ? '' : html` required`} aria-describedby="${kind}-hint ${kind}-error">
</div>`;

/** Where the NCB of the home administration's country validates the application: that country, when it is not the nationality's. */
const homeCountryField = (words: PageWords, countries: readonly Option[]) => html`    <div class="field" data-field="homeAdministrationCountry">
      <label class="label" for="homeAdministrationCountry">${words.t('form.homeCountry')}</label>
      <p class="hint" id="homeAdministrationCountry-hint">${words.t('form.homeCountry.hint')}</p>
      ${fieldError('homeAdministrationCountry')}
      <select class="select" id="homeAdministrationCountry" name="homeAdministrationCountry" aria-describedby="homeAdministrationCountry-hint homeAdministrationCountry-error">
        <option value="">${words.t('form.homeCountry.same')}</option>
        ${options(countries)}
      </select>
    </div>
`;

/** One of the profile's categories of applicant, as a radio; the first carries the group's `required`. */
const categoryChoice = (words: PageWords, category: ApplicantCategory, index: number) =>
  html`${index > 0 ? '\n        ' : ''}<div class="radio"><input type="radio" name="category" id="category-${category}" value="${category}"${index === 0 ? html` required` : ''}><label for="category-${category}">${words.t(categoryWords[category])}</label></div>`;

const noVacancies = (words: PageWords, said: ProfileFormWords) => html`
<section class="panel" aria-labelledby="none-heading">
  <h2 id="none-heading">${words.t('form.none.heading')}</h2>
  <p>${words.t(said.noPosts)}</p>
</section>`;

const step = (words: PageWords, number: number, title: string) =>
  html`<span class="step-number">${formatNumber(words.language, number)}</span> ${title}`;

export interface FormViewOptions {
  /** Pre-selects a vacancy (`/?vacancy=1701`, for links from a vacancy notice). */
  selected?: string;
  /** The page's language (English when not given). */
  words?: PageWords;
  /** The stage's organisation (shared/profiles/profile.ts; receiving when not given): who may apply, what they say of their status, what a post is. */
  profile?: OrganisationProfile;
}

/** The main content of `GET /`: who may apply, the open vacancies and the application form. */
export const formView = (vacancies: readonly Vacancy[], { selected, words = pageWords('en'), profile = receivingProfile }: FormViewOptions = {}): SafeHtml => {
  const lists = referenceOptions(words.language);
  const said = profileFormWords[profile.name];
  return html`
<h1>${words.t('form.title')}</h1>
<p class="lead">${words.t(said.lead)}</p>

<section class="notice" aria-labelledby="who-heading">
  <h2 id="who-heading">${words.t('form.who.heading')}</h2>
  <p>${words.html(said.who[0])}</p>
  <p>${words.html(said.who[1])}</p>
</section>

${
  vacancies.length === 0
    ? noVacancies(words, said)
    : html`
<form id="application-form" class="application-form" method="post" action="./"${profile.name === receivingProfile.name ? '' : html` data-profile="${profile.name}"`} novalidate>
  <div class="error-summary" id="error-summary" role="alert" tabindex="-1" hidden>
    <h2 class="error-summary-title">${words.t('form.errorSummary')}</h2>
    <ul class="error-summary-list"></ul>
  </div>

  <fieldset class="step field" data-field="vacancy">
    <legend>${step(words, 1, words.t(said.choosePost))}</legend>
    ${fieldError('vacancy')}
    <ul class="vacancy-list">
      ${vacancies.map((vacancy) => vacancyChoice(words, said, vacancy, vacancy.number === selected))}
    </ul>
  </fieldset>

  <fieldset class="step">
    <legend>${step(words, 2, words.t('form.step.aboutYou'))}</legend>
    <div class="field-row">
      ${textField(words, { name: 'givenName', label: words.t('form.givenName'), autocomplete: 'given-name', maxlength: 100, spellcheck: false, dir: 'auto' })}
      ${textField(words, { name: 'familyName', label: words.t('form.familyName'), hint: words.t('form.familyName.hint'), autocomplete: 'family-name', maxlength: 100, spellcheck: false, optional: true, dir: 'auto' })}
    </div>
    ${textField(words, { name: 'email', label: words.t('form.email'), type: 'email', hint: words.t('form.email.hint'), autocomplete: 'email', maxlength: 254, spellcheck: false, dir: 'ltr' })}
    ${textField(words, { name: 'phone', label: words.t('form.phone'), type: 'tel', hint: words.t('form.phone.hint'), autocomplete: 'tel', maxlength: 26, optional: true, width: 'medium', dir: 'ltr' })}
    <div class="field" data-field="nationality">
      <label class="label" for="nationality">${words.t('form.nationality')}</label>
      <p class="hint" id="nationality-hint">${words.t(said.nationalityHint)}</p>
      ${fieldError('nationality')}
      <select class="select" id="nationality" name="nationality" autocomplete="country" required aria-describedby="nationality-hint nationality-error">
        <option value="">${words.t('form.chooseCountry')}</option>
        ${options(lists.countries)}
      </select>
    </div>
    ${genderField(words, optionalMark(words), said.genderWhy)}
  </fieldset>

  <fieldset class="step">
    <legend>${step(words, 3, words.t('form.step.post'))}</legend>
    <fieldset class="field" data-field="category" aria-describedby="category-error">
      <legend class="label">${words.t('form.category')}</legend>
      ${fieldError('category')}
      <div class="choices">
        ${profile.applicantCategories.map((category, index) => categoryChoice(words, category, index))}
      </div>
    </fieldset>
${applicantStatusFields(words, profile)}    ${textField(words, { name: 'currentTitle', label: words.t('form.currentTitle'), hint: words.t('form.currentTitle.hint'), autocomplete: 'organization-title', maxlength: 200, dir: 'auto' })}
    ${textField(words, { name: 'homeAdministration', label: words.t(said.homeAdministration), hint: words.t(said.homeAdministrationHint), autocomplete: 'organization', maxlength: 200, dir: 'auto' })}
${profile.release.by === 'ncb' && homeCountryField(words, lists.countries)}    ${textField(words, { name: 'yearsOfExperience', label: words.t('form.years'), inputmode: 'numeric', maxlength: 2, width: 'short' })}
    ${educationField(words)}
  </fieldset>

  <fieldset class="step field" data-field="languages" aria-describedby="languages-hint languages-error">
    <legend>${step(words, 4, words.t('form.step.languages'))}</legend>
    <p class="hint" id="languages-hint">${words.t('form.languages.hint')}</p>
    ${fieldError('languages')}
    <ul class="choices choices-inline">
      ${lists.working.map(languageCheckbox)}
    </ul>
    ${otherLanguages(words, lists.others)}
    ${languageLevels(words)}
  </fieldset>

  <fieldset class="step">
    <legend>${step(words, 5, words.t('form.step.documents'))}</legend>
    <p class="hint">${words.t('form.documents.hint', { size: formatSize(words.language, MAX_DOCUMENT_BYTES) })}</p>
    ${fileField(words, 'cv', words.t('form.cv'), words.t('form.cv.hint'), false)}
    ${fileField(words, 'coverLetter', words.t('form.coverLetter'), words.t('form.coverLetter.hint'), true)}
    ${profile.release.by === 'ncb' && fileField(words, 'confirmationLetter', words.t('form.confirmationLetter'), words.t('form.confirmationLetter.hint'), true)}
  </fieldset>

  <fieldset class="step">
    <legend>${step(words, 6, words.t('form.step.privacy'))}</legend>
    <div class="privacy" id="privacy-notice">
      <p>${words.t(said.privacyUse)}</p>
      <p>${words.t('form.privacy.storage')}</p>
    </div>
    <div class="field" data-field="privacyConsent">
      ${fieldError('privacyConsent')}
      <div class="checkbox checkbox-large">
        <input type="checkbox" id="privacyConsent" name="privacyConsent" value="yes" required aria-describedby="privacy-notice privacyConsent-error">
        <label for="privacyConsent">${words.t('form.privacy.consent')}</label>
      </div>
    </div>
  </fieldset>

  <div class="actions">
    <button class="button" type="submit" id="submit-button">${words.t('form.submit')}</button>
    <p class="hint" id="submit-state" role="status"></p>
  </div>
</form>
<noscript><p class="panel">${words.t('form.noscript')}</p></noscript>`
}
<section class="uploads" id="uploads" aria-labelledby="uploads-heading" hidden>
  <h2 id="uploads-heading">${words.t('form.uploads.heading')}</h2>
  <ul class="upload-list" id="upload-list"></ul>
</section>
<section id="receipt" class="receipt" hidden></section>
<p class="visually-hidden" id="page-news" role="status"></p>`;
};
