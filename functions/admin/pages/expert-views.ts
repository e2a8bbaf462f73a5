import { civilianRoleCategories } from '#shared/profiles/role-categories.js';
import { languages as pageLanguages } from '#shared/i18n/languages.js';
import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';
import { roleCategoryKeys } from './client/mission-labels.js';

/**
 * The Experts tab's markup (issue 18, point 7; shared/expert-roster/), filled by
 * client/experts-view.ts and client/expert-matches.ts: HR and admins of a sending unit keep the roster
 * of deployable civilian experts (a table, a search, add, edit, remove) and match it against an open
 * call for a mission post, inviting those who fit to apply. Not the receiving side's Roster tab (the
 * secondees). Every word is in the page's language.
 */
export const expertsSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="experts-view" aria-labelledby="experts-heading" hidden>
    <div class="view-head">
      <h1 id="experts-heading">${words.t('admin.experts.heading')}</h1>
    </div>
    <p class="view-note">${words.t('admin.experts.intro')}</p>
    <div class="toolbar" role="toolbar" aria-label="${words.t('admin.grid.tools')}">
      <label class="search" for="experts-search"><span class="visually-hidden">${words.t('admin.experts.search')}</span>
        <input id="experts-search" class="input" type="search" dir="auto" placeholder="${words.t('admin.experts.search')}" autocomplete="off" spellcheck="false">
      </label>
      <span class="toolbar-gap"></span>
      <span class="row-count" id="experts-count" aria-live="polite" dir="auto"></span>
      <button type="button" class="button" id="experts-add">${words.t('admin.experts.add')}</button>
    </div>
    <div class="preview-frame experts-frame" tabindex="0" role="region" aria-labelledby="experts-caption"><table class="preview experts" id="experts-table">
      <caption class="visually-hidden" id="experts-caption">${words.t('admin.experts.table')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.experts.column.name')}</th>
        <th scope="col">${words.t('admin.experts.column.fields')}</th>
        <th scope="col">${words.t('admin.experts.column.languages')}</th>
        <th scope="col">${words.t('admin.experts.column.years')}</th>
        <th scope="col">${words.t('admin.experts.column.availability')}</th>
        <th scope="col">${words.t('admin.experts.column.vetting')}</th>
        <th scope="col">${words.t('admin.experts.column.invited')}</th>
        <th scope="col">${words.t('admin.experts.column.actions')}</th>
      </tr></thead>
      <tbody id="experts-rows"></tbody>
    </table></div>

    <h2 id="expert-matches-heading">${words.t('admin.experts.match.heading')}</h2>
    <p class="view-note">${words.t('admin.experts.match.intro')}</p>
    <label class="field-inline" for="expert-matches-call"><span class="label">${words.t('admin.experts.match.call')}</span>
      <select id="expert-matches-call" class="select" dir="auto"></select>
    </label>
    <div class="nominations-call" id="expert-matches-summary" hidden>
      <p id="expert-matches-mission"></p>
      <p class="hint" id="expert-matches-role"></p>
      <p id="expert-matches-period"></p>
      <p class="hint" id="expert-matches-deadline"></p>
    </div>
    <p class="row-count" id="expert-matches-count" aria-live="polite" dir="auto"></p>
    <div class="preview-frame experts-frame" tabindex="0" role="region" aria-labelledby="expert-matches-caption" id="expert-matches-frame" hidden><table class="preview experts" id="expert-matches-table">
      <caption class="visually-hidden" id="expert-matches-caption">${words.t('admin.experts.match.table')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.experts.match.column.select')}</th>
        <th scope="col">${words.t('admin.experts.match.column.expert')}</th>
        <th scope="col">${words.t('admin.experts.match.column.verdict')}</th>
        <th scope="col">${words.t('admin.experts.match.column.reasons')}</th>
        <th scope="col">${words.t('admin.experts.match.column.invitation')}</th>
      </tr></thead>
      <tbody id="expert-matches-rows"></tbody>
    </table></div>
    <div class="dialog-actions" id="expert-matches-actions" hidden>
      <button type="button" class="button" id="expert-matches-invite">${words.t('admin.experts.invite')}</button>
    </div>
  </section>`;

/**
 * One dialog to add an expert or edit one, with the fields of the API's schemas
 * (shared/expert-roster/schema.ts): the fields of expertise as checkboxes, the working languages as
 * rows of a code and a CEFR level (the client adds the rows), each problem beside its field.
 */
export const expertDialog = (words: AdminWords): SafeHtml => html`
<dialog class="dialog" id="expert-dialog" aria-labelledby="expert-heading">
  <form method="dialog" id="expert-form" class="dialog-form" novalidate>
    <h2 id="expert-heading"></h2>
    <div class="expert-fields">
      <label class="label" for="expert-givenName">${words.t('admin.experts.givenName')}</label>
      <input id="expert-givenName" name="givenName" class="input" maxlength="100" dir="auto" autocomplete="off" aria-describedby="expert-givenName-error">
      <p class="field-error" id="expert-givenName-error" dir="auto" hidden></p>
      <label class="label" for="expert-familyName">${words.t('admin.experts.familyName')}</label>
      <input id="expert-familyName" name="familyName" class="input" maxlength="100" dir="auto" autocomplete="off" aria-describedby="expert-familyName-error">
      <p class="field-error" id="expert-familyName-error" dir="auto" hidden></p>
      <label class="label" for="expert-email">${words.t('admin.experts.email')}</label>
      <input id="expert-email" name="email" type="email" class="input" dir="ltr" autocomplete="off" spellcheck="false" aria-describedby="expert-email-error">
      <p class="field-error" id="expert-email-error" dir="auto" hidden></p>
      <label class="label" for="expert-language">${words.t('admin.experts.language')}</label>
      <select id="expert-language" name="language" class="select" aria-describedby="expert-language-error">
        ${pageLanguages.map((language) => html`<option value="${language}">${words.t('admin.experts.language.option', { language })}</option>`)}
      </select>
      <p class="field-error" id="expert-language-error" dir="auto" hidden></p>
      <fieldset class="fieldset" id="expert-fields" aria-describedby="expert-fields-error"><legend>${words.t('admin.experts.fields')}</legend>
        <div class="choices-inline">
        ${civilianRoleCategories.map((field) => html`<label class="choice"><input type="checkbox" name="fields" value="${field}"> ${words.t(roleCategoryKeys[field])}</label>`)}
        </div>
      </fieldset>
      <p class="field-error" id="expert-fields-error" dir="auto" hidden></p>
      <fieldset class="fieldset" id="expert-languages" aria-describedby="expert-languages-hint expert-languages-error"><legend>${words.t('admin.experts.languages')}</legend>
        <p class="hint" id="expert-languages-hint">${words.t('admin.experts.languages.hint')}</p>
        <div id="expert-language-rows" class="expert-language-rows"></div>
        <div><button type="button" class="button button-quiet button-small" id="expert-language-add">${words.t('admin.experts.languages.add')}</button></div>
      </fieldset>
      <p class="field-error" id="expert-languages-error" dir="auto" hidden></p>
      <label class="label" for="expert-yearsOfExperience">${words.t('admin.experts.yearsOfExperience')}</label>
      <input id="expert-yearsOfExperience" name="yearsOfExperience" type="number" min="0" max="60" step="1" class="input input-short" aria-describedby="expert-yearsOfExperience-error">
      <p class="field-error" id="expert-yearsOfExperience-error" dir="auto" hidden></p>
      <label class="label" for="expert-availableFrom">${words.t('admin.experts.availableFrom')}</label>
      <input id="expert-availableFrom" name="availableFrom" type="date" class="input" aria-describedby="expert-availableFrom-error">
      <p class="field-error" id="expert-availableFrom-error" dir="auto" hidden></p>
      <label class="label" for="expert-availableUntil">${words.t('admin.experts.availableUntil')}</label>
      <p class="hint" id="expert-availableUntil-hint">${words.t('admin.experts.availableUntil.hint')}</p>
      <input id="expert-availableUntil" name="availableUntil" type="date" class="input" aria-describedby="expert-availableUntil-hint expert-availableUntil-error">
      <p class="field-error" id="expert-availableUntil-error" dir="auto" hidden></p>
      <label class="label" for="expert-vettingExpiresOn">${words.t('admin.experts.vettingExpiresOn')}</label>
      <p class="hint" id="expert-vettingExpiresOn-hint">${words.t('admin.experts.vettingExpiresOn.hint')}</p>
      <input id="expert-vettingExpiresOn" name="vettingExpiresOn" type="date" class="input" aria-describedby="expert-vettingExpiresOn-hint expert-vettingExpiresOn-error">
      <p class="field-error" id="expert-vettingExpiresOn-error" dir="auto" hidden></p>
      <label class="label" for="expert-note">${words.t('admin.experts.note')}</label>
      <p class="hint" id="expert-note-hint">${words.t('admin.experts.note.hint')}</p>
      <textarea id="expert-note" name="note" class="input" rows="3" maxlength="2000" dir="auto" aria-describedby="expert-note-hint expert-note-error"></textarea>
      <p class="field-error" id="expert-note-error" dir="auto" hidden></p>
    </div>
    <p class="form-error" id="expert-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="expert-save"></button>
      <button type="button" class="button button-quiet" id="expert-cancel">${words.t('admin.experts.cancel')}</button>
    </div>
  </form>
</dialog>
<dialog class="dialog" id="expert-remove-dialog" aria-labelledby="expert-remove-heading" aria-describedby="expert-remove-text">
  <form method="dialog" id="expert-remove-form" class="dialog-form">
    <h2 id="expert-remove-heading">${words.t('admin.experts.remove.heading')}</h2>
    <p id="expert-remove-text" dir="auto"></p>
    <p class="form-error" id="expert-remove-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="expert-remove-yes">${words.t('admin.experts.remove.yes')}</button>
      <button type="button" class="button button-quiet" id="expert-remove-cancel">${words.t('admin.experts.cancel')}</button>
    </div>
  </form>
</dialog>`;
