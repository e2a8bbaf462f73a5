import type { MessageKey } from './catalogues/en.js';
import { compiledFormatter, type CompiledMessages } from './compiled-message.js';
import { intlLocale, type Language } from './languages.js';

/** A tag's renderer (`<b>…</b>` in a message): takes the tag's content, already rendered. */
export type TagRenderer = (chunks: string[]) => string;
export type MessageValues = Record<string, string | number | Date | TagRenderer>;

/**
 * Messages of one language. `K` is the keys it has: a surface's translator (the emails', the
 * validation problems') knows only its surface's keys, and the typecheck says so where a key of
 * another is asked of it.
 */
export interface Translator<K extends string = MessageKey> {
  language: Language;
  /** The message `key` in the translator's language, with its ICU arguments filled in; a missing argument throws. */
  t: (key: K, values?: MessageValues) => string;
}

type Formatter = ReturnType<typeof compiledFormatter>;

/** One formatter per language's messages, so each message's formatter is made once per container, not per translator. */
const formatters = new WeakMap<object, Formatter>();
const formatterOf = (messages: object, language: Language): Formatter => {
  let format = formatters.get(messages);
  if (!format) {
    format = compiledFormatter(intlLocale(language));
    formatters.set(messages, format);
  }
  return format;
};

/**
 * The translator for one language over its compiled messages (./catalogues/index.ts and the
 * surfaces beside it): the server passes those it has for the reader.
 */
export const translator = <K extends string>(language: Language, messages: CompiledMessages<K>): Translator<K> => {
  const format = formatterOf(messages, language);
  return {
    language,
    t(key, values) {
      const message = messages[key];
      // A key the messages lack is a bug (a surface asked for another's key), never a reader's input.
      if (message === undefined) throw new Error(`No message ${key} in ${language}.`);
      const out = format(message, values as Parameters<typeof format>[1]);
      return Array.isArray(out) ? out.join('') : String(out);
    },
  };
};
