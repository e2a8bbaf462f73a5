import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageKey } from './catalogues/en.js';
import { intlLocale, type Language } from './languages.js';

/** A tag's renderer (`<b>…</b>` in a message): takes the tag's content, already rendered. */
export type TagRenderer = (chunks: string[]) => string;
export type MessageValues = Record<string, string | number | Date | TagRenderer>;

export interface Translator {
  language: Language;
  /** The message `key` in the translator's language, with its ICU arguments filled in; a missing argument throws. */
  t(key: MessageKey, values?: MessageValues): string;
}

/** Compiled messages, per catalogue: a message is parsed once per container. */
const compiled = new WeakMap<Catalogue, Map<MessageKey, IntlMessageFormat>>();

/**
 * The translator for one language over its catalogue (./catalogues/): the server passes the
 * catalogue it has for the reader (catalogues/index.ts), a browser bundle only the one it serves.
 */
export const translator = (language: Language, catalogue: Catalogue): Translator => {
  const messages = compiled.get(catalogue) ?? new Map<MessageKey, IntlMessageFormat>();
  compiled.set(catalogue, messages);
  const locale = intlLocale(language);
  return {
    language,
    t(key, values) {
      let message = messages.get(key);
      if (!message) {
        message = new IntlMessageFormat(catalogue[key], locale);
        messages.set(key, message);
      }
      const out = message.format<string>(values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
  };
};
