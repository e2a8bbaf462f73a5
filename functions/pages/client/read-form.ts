import type { DocumentKind } from '#shared/documents/kinds.js';
import { readNumber } from '#shared/numerals.js';

const valueOf = (form: HTMLFormElement, name: string): string => {
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) return control.value;
  if (control instanceof RadioNodeList) return control.value;
  return '';
};

/** Ticked boxes, then the hidden inputs a composite widget keeps for its choices (the other languages), in page order. */
const checkedValues = (form: HTMLFormElement, name: string): string[] =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:is(:checked, [type="hidden"])`)].map((input) => input.value);

/** Each language's level chosen in its row (language-levels.ts), keyed by the language's code; a row left on "Choose a level" says nothing. */
const levelsChosen = (form: HTMLFormElement): Record<string, string> =>
  Object.fromEntries(
    [...form.querySelectorAll<HTMLSelectElement>('select[data-language]')].filter((select) => select.value !== '').map((select) => [select.dataset.language ?? '', select.value]),
  );

/** "12", "١٢" or "۱۲" is 12 (shared/numerals.ts); "" is nothing; "2.5" stays a number for the schema to refuse; words stay words. */
const yearsFrom = (text: string): unknown => readNumber(text);

/**
 * What the applicant says of their status (a sending unit's form: applicant-status-fields.ts): the
 * fields of the chosen category's group only, each left empty unsent (the schema names it
 * missing), a yes or no as a boolean; undefined on a form that asks no status.
 */
const statusOf = (form: HTMLFormElement, category: string): Record<string, unknown> | undefined => {
  if (!form.querySelector('[data-status-for]')) return undefined;
  const status: Record<string, unknown> = {};
  const group = form.querySelector(`[data-status-for="${category}"]`);
  for (const control of group?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? []) {
    const field = control.name.replace(/^applicantStatus\./, '');
    if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) status[field] = control.value === 'yes';
    } else if (control.value.trim() !== '') status[field] = control.value;
  }
  return status;
};

/** The form's values in the shape of the stage's submission schema's input, before validation. */
export const readSubmission = (form: HTMLFormElement): Record<string, unknown> => {
  const phone = valueOf(form, 'phone').trim();
  const vacancy = valueOf(form, 'vacancy');
  const category = valueOf(form, 'category');
  // "The same as my nationality" sends nothing: the API takes the nationality.
  const homeCountry = valueOf(form, 'homeAdministrationCountry');
  const education = valueOf(form, 'education');
  // "Prefer not to say" (the default) sends nothing: an absent gender is an unanswered one.
  const gender = valueOf(form, 'gender');
  const languageLevels = levelsChosen(form);
  const applicantStatus = statusOf(form, category);
  return {
    vacancy: vacancy === '' ? undefined : vacancy,
    givenName: valueOf(form, 'givenName'),
    // A person with one name leaves it empty: nothing is sent, and the schema takes the one name.
    ...(valueOf(form, 'familyName').trim() === '' ? {} : { familyName: valueOf(form, 'familyName') }),
    email: valueOf(form, 'email'),
    ...(phone === '' ? {} : { phone }),
    nationality: valueOf(form, 'nationality'),
    category: category === '' ? undefined : category,
    ...(applicantStatus ? { applicantStatus } : {}),
    currentTitle: valueOf(form, 'currentTitle'),
    homeAdministration: valueOf(form, 'homeAdministration'),
    ...(homeCountry === '' ? {} : { homeAdministrationCountry: homeCountry }),
    yearsOfExperience: yearsFrom(valueOf(form, 'yearsOfExperience')),
    ...(education === '' ? {} : { education }),
    ...(gender === '' ? {} : { gender }),
    languages: checkedValues(form, 'languages'),
    ...(Object.keys(languageLevels).length === 0 ? {} : { languageLevels }),
    privacyConsent: form.querySelector<HTMLInputElement>('#privacyConsent')?.checked === true,
  };
};

/** The file chosen for each document, if any. */
export const readFiles = (form: HTMLFormElement): Partial<Record<DocumentKind, File>> => {
  const files: Partial<Record<DocumentKind, File>> = {};
  for (const kind of ['cv', 'coverLetter', 'confirmationLetter'] as const) {
    const input = form.elements.namedItem(kind);
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file) files[kind] = file;
  }
  return files;
};
