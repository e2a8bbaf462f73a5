import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { candidatePageTranslatorFor } from '#shared/i18n/catalogues/pages.js';
import { direction, type Language } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';
import { escapeHtml, trustedHtml, type SafeHtml } from './html.js';

export type PageValues = Record<string, string | number>;

/**
 * A page's words in its reader's language: `t` for text (the `html` tag escapes it where it goes),
 * `html` for a message with `<b>` emphasis, every value escaped and `<b>` written as `<strong>`.
 */
export interface PageWords extends Translator {
  dir: 'rtl' | 'ltr';
  html(key: MessageKey, values?: PageValues): SafeHtml;
}

export const pageWords = (language: Language): PageWords => {
  const translator = candidatePageTranslatorFor(language);
  return {
    ...translator,
    dir: direction(language),
    html: (key, values = {}) => {
      const escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? escapeHtml(value) : value]));
      // Catalogue messages hold no markup but their tags (test/unit/i18n/catalogues.test.ts), so only values need escaping.
      return trustedHtml(translator.t(key, { ...escaped, b: (chunks) => `<strong>${chunks.join('')}</strong>` }));
    },
  };
};
