import { educationLevels, type EducationLevel } from '#shared/applications/schema.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { languages, nativeName } from '#shared/i18n/languages.js';
import { areaNameKey, proposalAreas } from '#shared/proposals/areas.js';
import { secondmentLimits } from '#shared/vacancies/secondment-rules.js';
import { cefrLevels, type CefrLevel } from '#shared/vacancies/notice-schema.js';
import { html, type SafeHtml } from '../../pages/html.js';
import { referenceOptions, type Option } from '../../pages/reference-options.js';
import type { AdminWords } from './admin-words.js';

/**
 * The short-term proposals' markup (issue 15, point 7): the NCB's tab (the proposal form, its list,
 * the documents and withdrawal dialogs) in the page's language, and HR's tab (the grid, the
 * history drawer, the match and decline dialogs). Frames only, as the rest of the page: the
 * script fills them from the staff routes (client/ncb-proposals-view.ts, client/proposals-view.ts).
 */

const cefrWords: Readonly<Record<CefrLevel, MessageKey>> = {
  A1: 'admin.proposals.cefr.A1',
  A2: 'admin.proposals.cefr.A2',
  B1: 'admin.proposals.cefr.B1',
  B2: 'admin.proposals.cefr.B2',
  C1: 'admin.proposals.cefr.C1',
  C2: 'admin.proposals.cefr.C2',
};

/** The grid's words for an education level (client/labels.ts says them the same way). */
const educationWords: Readonly<Record<EducationLevel, MessageKey>> = {
  secondary: 'admin.grid.education.secondary',
  'post-secondary': 'admin.grid.education.postSecondary',
  bachelor: 'admin.grid.education.bachelor',
  master: 'admin.grid.education.master',
  doctorate: 'admin.grid.education.doctorate',
};

const shortTerm = secondmentLimits['short-term'];

const options = (list: readonly Option[]) => list.map((option) => html`<option value="${option.value}">${option.label}</option>`);

const fieldError = (name: string) => html`<p class="field-error" id="proposal-${name}-error" hidden></p>`;

/** A labelled input with its hint and error, described by both (the error is read when the field is). */
const textField = (spec: { name: string; label: string; type?: string; hint?: string; dir?: string; extra?: SafeHtml; autocomplete?: string; optional?: boolean }) => {
  const id = `proposal-${spec.name}`;
  const describedBy = [spec.hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="form-field" data-field="${spec.name}">
  <label class="label" for="${id}">${spec.label}</label>
  ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ''}
  <input class="input" id="${id}" name="${spec.name}" type="${spec.type ?? 'text'}" dir="${spec.dir ?? 'auto'}" autocomplete="${spec.autocomplete ?? 'off'}"${spec.optional ? '' : html` required`} aria-describedby="${describedBy}"${spec.extra ?? ''}>
  ${fieldError(spec.name)}
</div>`;
};

const selectField = (spec: { name: string; label: string; choose: string; list: SafeHtml[] }) => html`<div class="form-field" data-field="${spec.name}">
  <label class="label" for="proposal-${spec.name}">${spec.label}</label>
  <select class="select" id="proposal-${spec.name}" name="${spec.name}" required aria-describedby="proposal-${spec.name}-error">
    <option value="">${spec.choose}</option>
    ${spec.list}
  </select>
  ${fieldError(spec.name)}
</div>`;

/**
 * The languages as the candidate form asks them: a box per working language, any other added from
 * the list, and a level per language chosen, which the candidate form's own script adds
 * (functions/pages/client/language-levels.ts reads these ids).
 */
const languagesField = (words: AdminWords) => {
  const lists = referenceOptions(words.language);
  return html`<fieldset class="fieldset" data-field="languages" aria-describedby="proposal-languages-hint proposal-languages-error">
  <legend class="label">${words.t('admin.proposals.form.languages')}</legend>
  <p class="hint" id="proposal-languages-hint">${words.t('admin.proposals.form.languages.hint')}</p>
  ${fieldError('languages')}
  <ul class="choices-inline">
    ${lists.working.map((option) => html`<li class="choice"><input type="checkbox" name="languages" id="proposal-language-${option.value}" value="${option.value}"><label for="proposal-language-${option.value}">${option.label}</label></li>`)}
  </ul>
  <div class="field-inline other-language">
    <label class="label" for="proposal-other-language">${words.t('admin.proposals.form.otherLanguage')}</label>
    <select class="select" id="proposal-other-language">
      <option value="">${words.t('admin.proposals.form.otherLanguage.choose')}</option>
      ${options(lists.others)}
    </select>
    <button type="button" class="button button-quiet" id="proposal-other-language-add">${words.t('admin.proposals.form.otherLanguage.add')}</button>
  </div>
  <ul class="chosen-languages" id="chosen-languages" aria-label="${words.t('admin.proposals.form.otherLanguages.chosen')}"></ul>
  <div class="form-field language-levels" data-field="languageLevels" id="language-levels-field" hidden>
    <p class="label" id="languageLevels-label">${words.t('admin.proposals.form.levels')}</p>
    <p class="hint" id="languageLevels-hint">${words.t('admin.proposals.form.levels.hint')}</p>
    <p class="field-error" id="languageLevels-error" hidden></p>
    <div class="level-list" id="language-levels" role="group" aria-labelledby="languageLevels-label" aria-describedby="languageLevels-hint languageLevels-error"></div>
    <template id="level-options">
      <option value="">${words.t('admin.proposals.form.levels.choose')}</option>
      ${cefrLevels.map((level) => html`<option value="${level}">${words.t(cefrWords[level])}</option>`)}
    </template>
  </div>
</fieldset>`;
};

/** The NCB's tab: the form to propose an officer, then its list of proposals. */
const ncbProposals = (words: AdminWords) => {
  const lists = referenceOptions(words.language);
  return html`
  <section class="view" id="ncb-proposals-view" aria-labelledby="ncb-proposals-heading" hidden>
    <div class="view-head">
      <h1 id="ncb-proposals-heading">${words.t('admin.proposals.heading')}</h1>
      <p class="view-note">${words.t('admin.proposals.intro')}</p>
    </div>
    <form class="proposal-form" id="proposal-form" novalidate aria-labelledby="proposal-form-heading">
      <h2 id="proposal-form-heading">${words.t('admin.proposals.form.heading')}</h2>
      <p class="hint">${words.t('admin.proposals.form.required')}</p>
      <p class="form-error" id="proposal-form-error" role="alert" dir="auto" hidden></p>
      <fieldset class="fieldset">
        <legend class="label">${words.t('admin.proposals.form.officer')}</legend>
        <div class="form-grid">
          ${textField({ name: 'givenName', label: words.t('admin.proposals.form.givenName') })}
          ${textField({ name: 'familyName', label: words.t('admin.proposals.form.familyName'), optional: true })}
          ${textField({ name: 'email', label: words.t('admin.proposals.form.email'), type: 'email', dir: 'ltr', hint: words.t('admin.proposals.form.email.hint') })}
          ${selectField({ name: 'nationality', label: words.t('admin.proposals.form.nationality'), choose: words.t('admin.proposals.form.chooseCountry'), list: options(lists.countries) })}
          ${textField({ name: 'rank', label: words.t('admin.proposals.form.rank'), hint: words.t('admin.proposals.form.rank.hint') })}
          ${textField({ name: 'homeAdministration', label: words.t('admin.proposals.form.homeAdministration') })}
          ${textField({ name: 'yearsOfExperience', label: words.t('admin.proposals.form.years'), extra: html` inputmode="numeric" maxlength="2"` })}
          ${selectField({
            name: 'education',
            label: words.t('admin.proposals.form.education'),
            choose: words.t('admin.proposals.form.education.choose'),
            list: educationLevels.map((level) => html`<option value="${level}">${words.t(educationWords[level])}</option>`),
          })}
          ${selectField({
            name: 'preferredLanguage',
            label: words.t('admin.proposals.form.preferredLanguage'),
            choose: words.t('admin.proposals.form.otherLanguage.choose'),
            list: languages.map((language) => html`<option value="${language}" lang="${language}">${nativeName(language)}</option>`),
          })}
        </div>
      </fieldset>
      ${languagesField(words)}
      <fieldset class="fieldset">
        <legend class="label">${words.t('admin.proposals.form.offer')}</legend>
        <fieldset class="fieldset-plain" data-field="areas" aria-describedby="proposal-areas-hint proposal-areas-error">
          <legend class="label">${words.t('admin.proposals.form.areas')}</legend>
          <p class="hint" id="proposal-areas-hint">${words.t('admin.proposals.form.areas.hint')}</p>
          ${fieldError('areas')}
          <ul class="area-choices">
            ${proposalAreas.map((area) => html`<li class="choice"><input type="checkbox" name="areas" id="proposal-area-${area}" value="${area}"><label for="proposal-area-${area}">${words.t(areaNameKey(area))}</label></li>`)}
          </ul>
        </fieldset>
        <div class="form-grid">
          ${textField({ name: 'availableFrom', label: words.t('admin.proposals.form.availableFrom'), type: 'date', dir: 'ltr' })}
          ${textField({
            name: 'durationMonths',
            label: words.t('admin.proposals.form.duration'),
            type: 'number',
            dir: 'ltr',
            hint: words.t('admin.proposals.form.duration.hint', { min: shortTerm.minInitial, max: shortTerm.maxInitial }),
            extra: html` min="${String(shortTerm.minInitial)}" max="${String(shortTerm.maxInitial)}" step="1"`,
          })}
        </div>
        <div class="form-field" data-field="note">
          <label class="label" for="proposal-note">${words.t('admin.proposals.form.note')}</label>
          <textarea class="input" id="proposal-note" name="note" rows="3" maxlength="2000" dir="auto" aria-describedby="proposal-note-error"></textarea>
          ${fieldError('note')}
        </div>
      </fieldset>
      <fieldset class="fieldset" aria-describedby="proposal-screening-hint">
        <legend class="label">${words.t('admin.proposals.form.screening')}</legend>
        <p class="hint" id="proposal-screening-hint">${words.t('admin.proposals.form.screening.hint')}</p>
        <fieldset class="fieldset-plain" data-field="clearance" aria-describedby="proposal-clearance-error">
          <legend class="label">${words.t('admin.proposals.form.screening.level')}</legend>
          ${fieldError('clearance')}
          <div class="choices-inline">
            <span class="choice"><input type="radio" name="clearance" id="proposal-clearance-basic" value="Basic" required><label for="proposal-clearance-basic" lang="en">Basic</label></span>
            <span class="choice"><input type="radio" name="clearance" id="proposal-clearance-enhanced" value="Enhanced"><label for="proposal-clearance-enhanced" lang="en">Enhanced</label></span>
          </div>
        </fieldset>
        <div class="form-grid">
          ${textField({ name: 'screenedOn', label: words.t('admin.proposals.form.screening.attestedOn'), type: 'date', dir: 'ltr' })}
        </div>
      </fieldset>
      <div class="dialog-actions">
        <button type="submit" class="button" id="proposal-submit">${words.t('admin.proposals.form.submit')}</button>
      </div>
    </form>

    <h2 id="ncb-proposals-list-heading">${words.t('admin.proposals.list.heading')}</h2>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="ncb-proposals-list-heading"><table class="preview ncb-proposals" id="ncb-proposals-table">
      <thead><tr>
        <th scope="col">${words.t('admin.proposals.column.officer')}</th>
        <th scope="col">${words.t('admin.proposals.column.areas')}</th>
        <th scope="col">${words.t('admin.proposals.column.availableFrom')}</th>
        <th scope="col">${words.t('admin.proposals.column.duration')}</th>
        <th scope="col">${words.t('admin.proposals.column.state')}</th>
        <th scope="col">${words.t('admin.proposals.column.needs')}</th>
        <th scope="col"><span class="visually-hidden">${words.t('admin.proposals.column.actions')}</span></th>
      </tr></thead>
      <tbody id="ncb-proposals-rows"></tbody>
    </table></div>
  </section>`;
};

/** One document's row in the documents dialog: its state, a file input and its own button. */
const documentRow = (words: AdminWords, kind: 'cv' | 'confirmationLetter') => html`<div class="form-field proposal-document" data-kind="${kind}">
  <label class="label" for="proposal-file-${kind}">${words.t('admin.proposals.documents.kind', { kind })}</label>
  <p class="hint" id="proposal-file-${kind}-state" dir="auto"></p>
  <input type="file" id="proposal-file-${kind}" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby="proposal-file-${kind}-state">
  <button type="button" class="button button-secondary" id="proposal-attach-${kind}" data-kind="${kind}">${words.t('admin.proposals.documents.attach.label', { kind })}</button>
</div>`;

const ncbDialogs = (words: AdminWords) => html`
<dialog class="dialog" id="proposal-documents-dialog" aria-labelledby="proposal-documents-heading" aria-describedby="proposal-documents-who">
  <div class="dialog-form">
    <h2 id="proposal-documents-heading">${words.t('admin.proposals.documents.heading')}</h2>
    <p class="drawer-sub" id="proposal-documents-who" dir="auto"></p>
    ${documentRow(words, 'cv')}
    ${documentRow(words, 'confirmationLetter')}
    <p class="form-error" id="proposal-documents-error" role="alert" dir="auto" hidden></p>
    <p class="notice" id="proposal-documents-status" role="status" dir="auto"></p>
    <div class="dialog-actions">
      <button type="button" class="button button-quiet" id="proposal-documents-close">${words.t('admin.proposals.documents.close')}</button>
    </div>
  </div>
</dialog>

<dialog class="dialog" id="proposal-withdraw-dialog" aria-labelledby="proposal-withdraw-heading">
  <form method="dialog" class="dialog-form" id="proposal-withdraw-form" novalidate>
    <h2 id="proposal-withdraw-heading">${words.t('admin.proposals.withdraw.heading')}</h2>
    <p class="drawer-sub" id="proposal-withdraw-who" dir="auto"></p>
    <label class="label" for="proposal-withdraw-reason">${words.t('admin.proposals.withdraw.reason')}</label>
    <p class="hint" id="proposal-withdraw-reason-hint">${words.t('admin.proposals.withdraw.reason.hint')}</p>
    <textarea class="input" id="proposal-withdraw-reason" name="reason" rows="3" maxlength="2000" dir="auto" required aria-describedby="proposal-withdraw-reason-hint proposal-withdraw-error"></textarea>
    <p class="form-error" id="proposal-withdraw-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="proposal-withdraw-confirm">${words.t('admin.proposals.withdraw.confirm')}</button>
      <button type="button" class="button button-quiet" id="proposal-withdraw-cancel">${words.t('admin.proposals.withdraw.cancel')}</button>
    </div>
  </form>
</dialog>`;

/** HR's tab: every proposal in a grid, English as HR's other screens, through the catalogues. */
const hrProposals = (words: AdminWords) => html`
  <section class="view" id="proposals-view" aria-labelledby="proposals-heading" hidden>
    <div class="view-head">
      <h1 id="proposals-heading">${words.t('admin.proposals.hr.heading')}</h1>
      <p class="view-note">${words.t('admin.proposals.hr.intro')}</p>
    </div>
    <div class="toolbar" role="toolbar" aria-label="${words.t('admin.proposals.hr.tools')}">
      <label class="search" for="proposals-search"><span class="visually-hidden">${words.t('admin.proposals.hr.search')}</span>
        <input id="proposals-search" class="input" type="search" dir="auto" placeholder="${words.t('admin.proposals.hr.search.placeholder')}" autocomplete="off" spellcheck="false">
      </label>
      <span class="toolbar-gap"></span>
      <span class="row-count" id="proposals-count" aria-live="polite" dir="auto"></span>
    </div>
    <div class="grid-frame" dir="ltr"><div id="proposals-grid" class="grid"></div></div>
  </section>`;

const hrDialogs = (words: AdminWords) => html`
<aside class="drawer" id="proposal-history-drawer" aria-labelledby="proposal-history-heading" hidden>
  <div class="drawer-head">
    <h2 id="proposal-history-heading">${words.t('admin.proposals.hr.history')}</h2>
    <button type="button" class="button button-quiet" id="proposal-history-close">${words.t('admin.grid.history.close')}</button>
  </div>
  <p class="drawer-sub" id="proposal-history-who" dir="auto"></p>
  <ol class="history" id="proposal-history-list"></ol>
</aside>

<dialog class="dialog dialog-wide" id="proposal-match-dialog" aria-labelledby="proposal-match-heading" aria-describedby="proposal-match-who">
  <form method="dialog" class="dialog-form" id="proposal-match-form" novalidate>
    <h2 id="proposal-match-heading">${words.t('admin.proposals.hr.match.heading')}</h2>
    <p class="drawer-sub" id="proposal-match-who" dir="auto"></p>
    <fieldset class="fieldset">
      <legend>${words.t('admin.proposals.hr.match.how')}</legend>
      <span class="choice"><input type="radio" name="matchTo" value="existing" id="proposal-match-existing" checked><label for="proposal-match-existing">${words.t('admin.proposals.hr.match.existing')}</label></span>
      <div class="form-field" id="proposal-match-existing-field">
        <label class="label" for="proposal-match-vacancy">${words.t('admin.proposals.hr.match.vacancy')}</label>
        <select class="select" id="proposal-match-vacancy" name="vacancyNumber" aria-describedby="proposal-match-none"></select>
        <p class="hint" id="proposal-match-none" hidden>${words.t('admin.proposals.hr.match.none')}</p>
      </div>
      <span class="choice"><input type="radio" name="matchTo" value="new" id="proposal-match-new"><label for="proposal-match-new">${words.t('admin.proposals.hr.match.new')}</label></span>
    </fieldset>
    <fieldset class="fieldset" id="proposal-match-draft" hidden>
      <legend>${words.t('admin.proposals.hr.match.draft')}</legend>
      <div class="form-grid" id="proposal-match-fields"></div>
    </fieldset>
    <p class="form-error" id="proposal-match-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="proposal-match-confirm">${words.t('admin.proposals.hr.match.confirm')}</button>
      <button type="button" class="button button-quiet" id="proposal-match-cancel">${words.t('admin.proposals.hr.match.cancel')}</button>
    </div>
  </form>
</dialog>

<dialog class="dialog" id="proposal-decline-dialog" aria-labelledby="proposal-decline-heading" aria-describedby="proposal-decline-who">
  <form method="dialog" class="dialog-form" id="proposal-decline-form" novalidate>
    <h2 id="proposal-decline-heading">${words.t('admin.proposals.hr.decline.heading')}</h2>
    <p class="drawer-sub" id="proposal-decline-who" dir="auto"></p>
    <label class="label" for="proposal-decline-reason">${words.t('admin.proposals.hr.decline.reason')}</label>
    <textarea class="input" id="proposal-decline-reason" name="reason" rows="3" maxlength="2000" dir="auto" required aria-describedby="proposal-decline-error"></textarea>
    <p class="form-error" id="proposal-decline-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="proposal-decline-confirm">${words.t('admin.proposals.hr.decline.confirm')}</button>
      <button type="button" class="button button-quiet" id="proposal-decline-cancel">${words.t('admin.proposals.hr.match.cancel')}</button>
    </div>
  </form>
</dialog>`;

/** The two tabs' sections, for `<main>`. */
export const proposalSections = (words: AdminWords): SafeHtml => html`${ncbProposals(words)}${hrProposals(words)}`;

/** Their dialogs and drawer, after `<main>` as the page's others. */
export const proposalDialogs = (words: AdminWords): SafeHtml => html`${ncbDialogs(words)}${hrDialogs(words)}`;
