import { memberCountryCodes } from '#shared/reference/countries.js';
import { languageCodes } from '#shared/reference/languages.js';

export interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');

/** English names from the runtime's Intl data; two codes with one name (ICU calls `ak` and `tw` both Akan) show their codes. */
const named = (codes: Iterable<string>, type: 'region' | 'language'): Option[] => {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'code' });
  const options = [...codes].map((value) => ({ value, label: names.of(value) ?? value }));
  const count = new Map<string, number>();
  for (const { label } of options) count.set(label, (count.get(label) ?? 0) + 1);
  return options
    .map((option) => ((count.get(option.label) ?? 0) > 1 ? { ...option, label: `${option.label} (${option.value})` } : option))
    .sort(byLabel);
};

/** INTERPOL's member countries, by English name. */
export const memberCountryOptions: readonly Option[] = named(memberCountryCodes, 'region');

/** INTERPOL's working languages, listed first on the form. */
export const workingLanguageCodes = ['ar', 'en', 'fr', 'es'] as const;

const allLanguages = named(languageCodes, 'language');
const working = new Set<string>(workingLanguageCodes);

export const workingLanguageOptions: readonly Option[] = allLanguages.filter((option) => working.has(option.value));
export const otherLanguageOptions: readonly Option[] = allLanguages.filter((option) => !working.has(option.value));
