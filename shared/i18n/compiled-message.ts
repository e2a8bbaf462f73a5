import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from 'intl-messageformat';

/**
 * A message as the build leaves it (infra/i18n/compile-catalogues.ts, run by `npm run build:pages`):
 * its text when it has no ICU syntax, else the ICU parser's tree of it. Nothing parses a message at
 * run time, so the functions and the pages' scripts bundle intl-messageformat without the parser
 * (its `no-parser` entry, infra/i18n/message-parser.ts).
 */
export type CompiledMessage = string | readonly MessageFormatElement[];

/** One surface's messages in one language, compiled. */
export type CompiledMessages<K extends string> = Readonly<Record<K, CompiledMessage>>;

/** What a message is formatted with: text, numbers, dates, and tags' renderers (`<b>…</b>`). */
export type FormatValues<T> = Record<string, PrimitiveType | T | FormatXMLElementFn<T>>;

/**
 * Formats compiled messages in one locale, making each tree's formatter once (a message is
 * formatted many times per container). Text is its own result: it has no syntax to fill in.
 */
export const compiledFormatter = (locale: string) => {
  const formats = new WeakMap<readonly MessageFormatElement[], IntlMessageFormat>();
  return <T = string>(message: CompiledMessage, values?: FormatValues<T>): string | T | Array<string | T> => {
    if (typeof message === 'string') return message;
    let format = formats.get(message);
    if (!format) {
      format = new IntlMessageFormat(message as MessageFormatElement[], locale);
      formats.set(message, format);
    }
    return format.format<T>(values);
  };
};
