import { direction, languages, nativeName, type Language } from './languages.js';

/** The query parameter that carries a reader's explicit choice, so a link or a reload keeps it. */
export const LANGUAGE_PARAMETER = 'lang';

/** One entry of a language switcher: each language named in itself, marked with its own `lang` and `dir`. */
export interface LanguageLink {
  language: Language;
  name: string;
  dir: 'rtl' | 'ltr';
  href: string;
  current: boolean;
}

/**
 * `path` (a path with its query, as a page knows its own address) with the language chosen in the
 * URL (`?lang=fr`), its other parameters and fragment kept.
 */
export const withLanguage = (path: string, language: Language): string => {
  const url = new URL(path, 'http://page.invalid');
  url.searchParams.set(LANGUAGE_PARAMETER, language);
  return `${url.pathname}${url.search}${url.hash}`;
};

/** The switcher's entries for a page at `path` served in `current`. */
export const languageLinks = (path: string, current: Language): LanguageLink[] =>
  languages.map((language) => ({ language, name: nativeName(language), dir: direction(language), href: withLanguage(path, language), current: language === current }));
