import { intlLocale, type Language } from '#shared/i18n/languages.js';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { languageCodes } from '#shared/reference/languages.js';

export interface Option {
  value: string;
  label: string;
}

/**
 * Names from the runtime's Intl data in the page's language, sorted as that language sorts
 * (Intl.Collator); two codes with one name (ICU calls `ak` and `tw` both Akan) show their codes.
 */
const named = (codes: Iterable<string>, type: 'region' | 'language', language: Language): Option[] => {
  const names = new Intl.DisplayNames([intlLocale(language)], { type, fallback: 'code' });
  const collator = new Intl.Collator(intlLocale(language));
  const options = [...codes].map((value) => ({ value, label: names.of(value) ?? value }));
  const count = new Map<string, number>();
  for (const { label } of options) count.set(label, (count.get(label) ?? 0) + 1);
  return options
    .map((option) => ((count.get(option.label) ?? 0) > 1 ? { ...option, label: `${option.label} (${option.value})` } : option))
    .sort((a, b) => collator.compare(a.label, b.label));
};

/** INTERPOL's working languages, listed first on the form. */
export const workingLanguageCodes = ['ar', 'en', 'fr', 'es'] as const;
const working = new Set<string>(workingLanguageCodes);

export interface ReferenceOptions {
  /** INTERPOL's member countries. */
  countries: readonly Option[];
  working: readonly Option[];
  others: readonly Option[];
}

const built = new Map<Language, ReferenceOptions>();

/** The form's lists in one language, built once per container and language (some 380 names). */
export const referenceOptions = (language: Language): ReferenceOptions => {
  const found = built.get(language);
  if (found) return found;
  const allLanguages = named(languageCodes, 'language', language);
  const options = {
    countries: named(memberCountryCodes, 'region', language),
    working: allLanguages.filter((option) => working.has(option.value)),
    others: allLanguages.filter((option) => !working.has(option.value)),
  };
  built.set(language, options);
  return options;
};

/** The lists in English. */
export const memberCountryOptions: readonly Option[] = referenceOptions('en').countries;
export const workingLanguageOptions: readonly Option[] = referenceOptions('en').working;
export const otherLanguageOptions: readonly Option[] = referenceOptions('en').others;
