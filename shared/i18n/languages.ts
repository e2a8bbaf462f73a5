/**
 * The organisation's four working languages (DESIGN.md), as ISO 639-1 codes. Everything a
 * candidate or an NCB reads is written in each; the catalogues are in ./catalogues/.
 */
export const languages = ['ar', 'en', 'fr', 'es'] as const;

export type Language = (typeof languages)[number];

/** What a reader gets when nothing says otherwise, and what an item stored before languages existed reads as. */
export const defaultLanguage: Language = 'en';

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (languages as readonly string[]).includes(value);

/** Arabic reads from the right; the others from the left. */
export const direction = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/**
 * The locale Intl formats dates and numbers with: British English for `en` (day before month,
 * as the organisation writes); Arabic keeps CLDR's default for `ar`, which writes Western Arabic
 * digits (0-9), as the organisation's Arabic documents and most of its readers' keyboards do.
 */
export const intlLocale = (language: Language): string => (language === 'en' ? 'en-GB' : language);

/** Each language named in itself ("العربية", "English", "français", "español"), for a language switcher. */
export const nativeName = (language: Language): string => new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;

/** A stored value read as a language: absent or unknown (an item written before languages existed) is English. */
export const languageOr = (value: unknown, fallback: Language = defaultLanguage): Language => (isLanguage(value) ? value : fallback);
