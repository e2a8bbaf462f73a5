import { genders, type Gender } from '#shared/applications/gender.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { html, type SafeHtml } from './html.js';
import type { PageWords } from './page-words.js';

const genderWords: Readonly<Record<Gender, MessageKey>> = {
  woman: 'form.gender.woman',
  man: 'form.gender.man',
  another: 'form.gender.another',
};

const choice = (id: string, value: string, label: string, checked: boolean) =>
  html`<div class="radio"><input type="radio" name="gender" id="${id}" value="${value}"${checked ? html` checked` : ''} aria-describedby="gender-why"><label for="${id}">${label}</label></div>`;

/**
 * The optional, self-declared gender question (shared/applications/gender.ts): "prefer not to say"
 * comes first and is chosen already, so a candidate who skips the question sends nothing; the
 * reason it is asked, and who never sees it, is said right under the question.
 */
export const genderField = (words: PageWords, optionalMark: SafeHtml, why: MessageKey = 'form.gender.why'): SafeHtml => html`
<fieldset class="field" data-field="gender" aria-describedby="gender-why gender-error">
  <legend class="label">${words.t('form.gender')}${optionalMark}</legend>
  <p class="hint" id="gender-why">${words.t(why)}</p>
  <p class="field-error" id="gender-error" hidden></p>
  <div class="choices">
    ${choice('gender-unsaid', '', words.t('form.gender.preferNotToSay'), true)}
    ${genders.map((gender) => choice(`gender-${gender}`, gender, words.t(genderWords[gender]), false))}
  </div>
</fieldset>`;
