import type { ApplicantCategory } from '#shared/applications/schema.js';
import type { OrganisationProfile } from '#shared/profiles/profile.js';
import { civilianRoleCategories } from '#shared/profiles/role-categories.js';
import { describedBy, fieldError, optionalMark, textField } from './form-fields.js';
import { html, type SafeHtml } from './html.js';
import type { PageWords } from './page-words.js';
import { roleCategoryWords } from './profile-words.js';
import type { Option } from './reference-options.js';

interface SelectSpec {
  name: string;
  label: string;
  hint?: string;
  /** The first option's words: it chooses nothing. */
  nothing: string;
  options: readonly Option[];
  optional?: boolean;
}

const selectField = (words: PageWords, spec: SelectSpec): SafeHtml => html`
<div class="field" data-field="${spec.name}">
  <label class="label" for="${spec.name}">${spec.label}${spec.optional && optionalMark(words)}</label>
  ${spec.hint && html`<p class="hint" id="${spec.name}-hint">${spec.hint}</p>`}
  ${fieldError(spec.name)}
  <select class="select" id="${spec.name}" name="${spec.name}"${spec.optional ? '' : html` required`} aria-describedby="${describedBy(Boolean(spec.hint) && `${spec.name}-hint`, `${spec.name}-error`)}">
    <option value="">${spec.nothing}</option>
    ${spec.options.map((option) => html`<option value="${option.value}">${option.label}</option>`)}
  </select>
</div>`;

const yesNo = (words: PageWords, name: string, legend: string): SafeHtml => html`
<fieldset class="field" data-field="${name}" aria-describedby="${name}-error">
  <legend class="label">${legend}</legend>
  ${fieldError(name)}
  <div class="choices choices-inline">
    <div class="radio"><input type="radio" name="${name}" id="${name}-yes" value="yes" required><label for="${name}-yes">${words.t('form.status.onExpertRoster.yes')}</label></div>
    <div class="radio"><input type="radio" name="${name}" id="${name}-no" value="no"><label for="${name}-no">${words.t('form.status.onExpertRoster.no')}</label></div>
  </div>
</fieldset>`;

/** The stage's forces as a select's options: the browser's check reads them back (client/page-profile.ts). */
const forceOptions = (profile: Pick<OrganisationProfile, 'forces'>): Option[] => profile.forces.map((force) => ({ value: force.id, label: force.name }));

/**
 * What each category of applicant says of their status (shared/profiles/sending-submission.ts,
 * sent as `applicantStatus.<field>`): a serving officer their force and line manager, a retired
 * one the day they retired and their last force, a civilian expert their field and whether they
 * are on the unit's roster. A receiving organisation's categories say nothing more.
 */
const statusFields: Readonly<Partial<Record<ApplicantCategory, (words: PageWords, profile: Pick<OrganisationProfile, 'forces'>) => SafeHtml>>> = {
  'serving-police': (words, profile) => html`${selectField(words, {
    name: 'applicantStatus.force',
    label: words.t('form.status.force'),
    hint: words.t('form.status.force.hint'),
    nothing: words.t('form.status.force.choose'),
    options: forceOptions(profile),
  })}${textField(words, { name: 'applicantStatus.lineManager', label: words.t('form.status.lineManager'), maxlength: 200, spellcheck: false, dir: 'auto' })}${textField(words, {
    name: 'applicantStatus.lineManagerEmail',
    label: words.t('form.status.lineManagerEmail'),
    hint: words.t('form.status.lineManagerEmail.hint'),
    type: 'email',
    maxlength: 254,
    spellcheck: false,
    dir: 'ltr',
  })}`,
  'retired-police': (words, profile) => html`${textField(words, { name: 'applicantStatus.retiredOn', label: words.t('form.status.retiredOn'), type: 'date', width: 'medium' })}${selectField(words, {
    name: 'applicantStatus.formerForce',
    label: words.t('form.status.formerForce'),
    nothing: words.t('form.status.formerForce.none'),
    options: forceOptions(profile),
    optional: true,
  })}`,
  'civilian-expert': (words) => html`${selectField(words, {
    name: 'applicantStatus.expertise',
    label: words.t('form.status.expertise'),
    nothing: words.t('form.status.expertise.choose'),
    options: civilianRoleCategories.map((category) => ({ value: category, label: words.t(roleCategoryWords[category]) })),
  })}${yesNo(words, 'applicantStatus.onExpertRoster', words.t('form.status.onExpertRoster'))}`,
};

/**
 * The status fields of each of the profile's categories that asks any, each group hidden until
 * its category is chosen (the page's script shows the chosen one's, and sends only those);
 * nothing for a profile whose categories ask none.
 */
export const applicantStatusFields = (words: PageWords, profile: Pick<OrganisationProfile, 'applicantCategories' | 'forces'>): SafeHtml[] =>
  profile.applicantCategories.flatMap((category) => {
    const fields = statusFields[category];
    return fields ? [html`<div class="status-fields" id="status-${category}" data-status-for="${category}" hidden>${fields(words, profile)}
</div>
`] : [];
  });
