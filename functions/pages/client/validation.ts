import type * as z from '#shared/zod.js';
import type { ApplicationSubmission } from '#shared/applications/schema.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { formatList } from '#shared/i18n/format.js';
import { intlLocale } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';
import { issueMessage } from '#shared/i18n/validation.js';
import type { OrganisationProfile } from '#shared/profiles/profile.js';
import { profileFormWords } from '../profile-words.js';
import { receivingForm, type FormProfile } from './page-profile.js';
import type { FieldProblem } from './api.js';

/** An error to show beside one field of the form (`form` when it belongs to none). */
export interface FieldError {
  field: string;
  message: string;
}

/** The form's fields in page order: errors are listed, and focus goes to the first, in this order. */
export const formFieldOrder = [
  'vacancy',
  'givenName',
  'familyName',
  'email',
  'phone',
  'nationality',
  'gender',
  'category',
  // A sending unit's applicant's status, under the category (applicant-status-fields.ts).
  'applicantStatus.force',
  'applicantStatus.lineManager',
  'applicantStatus.lineManagerEmail',
  'applicantStatus.retiredOn',
  'applicantStatus.formerForce',
  'applicantStatus.expertise',
  'applicantStatus.onExpertRoster',
  'currentTitle',
  'homeAdministration',
  'homeAdministrationCountry',
  'yearsOfExperience',
  'education',
  'languages',
  'languageLevels',
  'cv',
  'coverLetter',
  'confirmationLetter',
  'privacyConsent',
] as const;
export type FormField = (typeof formFieldOrder)[number];

const isFormField = (name: string): name is FormField => (formFieldOrder as readonly string[]).includes(name);

/** The form's field a path names: a status field by its two steps (`applicantStatus.force`), any other by its first; `form` for none. */
const fieldAt = (path: readonly PropertyKey[]): string => {
  const two = path.slice(0, 2).map(String).join('.');
  if (isFormField(two)) return two;
  const top = path[0];
  return typeof top === 'string' && isFormField(top) ? top : 'form';
};

/** The raw value of a field, by its path (`applicantStatus.force` looks inside `applicantStatus`). */
const valueAt = (raw: Record<string, unknown>, field: string): unknown =>
  field.split('.').reduce<unknown>((value, step) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[step] : undefined), raw);

/**
 * What to say when a required field was left empty, by the field's path: the schema's own wording
 * is written for the API. Every other message is the schema's, said in the page's language by
 * shared/i18n/validation.ts, as the API says it: the same words on both sides (a status field
 * left empty is the schema's own "Give your line manager's name."). The family name is optional
 * (a person may have one name), so an empty one is not sent. The category and the employer are
 * worded by the profile (profile-words.ts).
 */
const whenEmpty: Partial<Record<FormField, MessageKey>> = {
  vacancy: 'validation.form.empty.vacancy',
  givenName: 'validation.form.empty.givenName',
  email: 'validation.form.empty.email',
  nationality: 'validation.form.empty.nationality',
  category: 'validation.form.empty.category',
  currentTitle: 'validation.form.empty.currentTitle',
  homeAdministration: 'validation.form.empty.homeAdministration',
  yearsOfExperience: 'validation.form.empty.yearsOfExperience',
  languages: 'validation.form.empty.languages',
  privacyConsent: 'validation.form.empty.privacyConsent',
};

/** What to say when the value has the wrong type (a word where a number goes). */
const whenWrongType: Partial<Record<FormField, MessageKey>> = {
  yearsOfExperience: 'validation.form.yearsOfExperience.notNumber',
};

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Errors in the order of the page (those of no field first, as they head the list), one per field. */
export const inPageOrder = (errors: readonly FieldError[]): FieldError[] => {
  const rank = (field: string) => (isFormField(field) ? formFieldOrder.indexOf(field) : -1);
  return [...errors]
    .sort((a, b) => rank(a.field) - rank(b.field))
    .filter((error, i, all) => error.field === 'form' || all.findIndex((other) => other.field === error.field) === i);
};

/** One error per field (the first the schema found), mapped from zod's issue paths to the form's fields, in `t`'s language. */
export const fieldErrorsFromIssues = (
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  t: Translator,
  profile: Pick<OrganisationProfile, 'name'> = receivingForm,
): FieldError[] => {
  const said = profileFormWords[profile.name];
  const empty: Partial<Record<string, MessageKey>> = { ...whenEmpty, category: said.emptyCategory, homeAdministration: said.emptyHomeAdministration };
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldAt(issue.path);
    if (byField.has(field)) continue;
    const key = field === 'form' ? undefined : isEmpty(valueAt(raw, field)) ? empty[field] : issue.code === 'invalid_type' ? whenWrongType[field as FormField] : undefined;
    byField.set(field, key ? t.t(key) : issueMessage(issue, t));
  }
  return inPageOrder([...byField].map(([field, message]) => ({ field, message })));
};

/**
 * What the form asks beyond the API, which still takes clients made before it asked them (their
 * applications' levels are judged unknown): a level for every language chosen, and the highest
 * education completed. Each language left without a level is named, as the page names it.
 */
export const formOnlyErrors = (raw: Record<string, unknown>, t: Translator): FieldError[] => {
  const languages = Array.isArray(raw.languages) ? raw.languages.filter((code): code is string => typeof code === 'string') : [];
  const levels = typeof raw.languageLevels === 'object' && raw.languageLevels !== null ? raw.languageLevels : {};
  const withoutLevel = languages.filter((code) => !Object.hasOwn(levels, code));
  const names = new Intl.DisplayNames([intlLocale(t.language)], { type: 'language', fallback: 'code' });
  return [
    ...(isEmpty(raw.education) ? [{ field: 'education', message: t.t('validation.form.empty.education') }] : []),
    ...(withoutLevel.length === 0
      ? []
      : [{ field: 'languageLevels', message: t.t('validation.form.empty.languageLevels', { names: formatList(t.language, withoutLevel.map((code) => names.of(code) ?? code)) }) }]),
  ];
};

export type SubmissionCheck = { ok: true; submission: ApplicationSubmission } | { ok: false; errors: FieldError[] };

/**
 * The same schema the API validates with, the stage's profile's (`applicationSubmissionSchema`, or
 * a sending unit's with its forces), run in the browser; its messages in `t`'s language (the page's words).
 */
export const checkSubmission = (raw: Record<string, unknown>, t: Translator, profile: FormProfile = receivingForm): SubmissionCheck => {
  // An empty family name is a person with one name: nothing to send (read-form.ts sends none either).
  const { familyName, ...rest } = raw;
  const input = isEmpty(familyName) ? rest : raw;
  const result = profile.applicationSubmission.safeParse(input);
  const asked = formOnlyErrors(input, t);
  if (result.success && asked.length === 0) return { ok: true, submission: result.data };
  // The schema's message first for a field both speak of (inPageOrder keeps the first).
  return { ok: false, errors: inPageOrder([...(result.success ? [] : fieldErrorsFromIssues(result.error.issues, input, t, profile)), ...asked]) };
};

/** The API's `errors` (`body.email`, …) placed beside the same fields. */
export const fieldErrorsFromProblem = (errors: readonly FieldProblem[]): FieldError[] => {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const [where, ...path] = error.path.split('.');
    const field = where === 'body' ? fieldAt(path) : 'form';
    if (!byField.has(field)) byField.set(field, error.message);
  }
  return inPageOrder([...byField].map(([field, message]) => ({ field, message })));
};
