import { emailTranslatorFor } from '../i18n/catalogues/email.js';
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { direction, type Language } from '../i18n/languages.js';
import type { MessageValues, TagRenderer, Translator } from '../i18n/translator.js';
import { escapeHtml, Html } from './html.js';

/** The values a message takes in an email: text, numbers and dates (tags are the renderers'). */
export type EmailValues = Record<string, string | number | Date>;

/**
 * One email's words, in its reader's language (the emails' messages only, shared/i18n/catalogues/email.ts): each message rendered as plain text or as HTML
 * from the same catalogue entry. In HTML every value is escaped and the tags become markup
 * (`<b>` strong, `<link>` the link given); in text the tags keep only their content.
 */
export interface EmailWords extends Translator<EmailKey> {
  dir: 'rtl' | 'ltr';
  text(key: EmailKey, values?: EmailValues): string;
  html(key: EmailKey, values?: EmailValues, href?: string): Html;
}

const plain: TagRenderer = (chunks) => chunks.join('');

export const emailWords = (language: Language): EmailWords => {
  const translator = emailTranslatorFor(language);
  return {
    ...translator,
    dir: direction(language),
    text: (key, values = {}) => translator.t(key, { ...values, b: plain, link: plain }),
    html: (key, values = {}, href) => {
      const escaped: MessageValues = {};
      for (const [name, value] of Object.entries(values)) escaped[name] = typeof value === 'string' ? escapeHtml(value) : value;
      return new Html(
        translator.t(key, {
          ...escaped,
          b: (chunks) => `<strong>${chunks.join('')}</strong>`,
          link: (chunks) => (href === undefined ? chunks.join('') : `<a href="${escapeHtml(href)}">${chunks.join('')}</a>`),
        }),
      );
    },
  };
};
