/**
 * The staff page's words in the browser: the server put its language's messages for the NCB's
 * screens in the page (`<script type="application/json" id="page-messages">`, admin-words.ts), so
 * the bundle carries the message formatter but no catalogue, and one script serves every language.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { intlLocale, languageOr, type Language } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';

const readMessages = (): Partial<Record<MessageKey, string>> => {
  try {
    const parsed: unknown = JSON.parse(typeof document === 'undefined' ? '{}' : (document.getElementById('page-messages')?.textContent ?? '{}'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<MessageKey, string>>) : {};
  } catch {
    return {};
  }
};

/** What `<html lang>` says the page is in (English where there is no page: a unit test of a module that imports this). */
export const language: Language = languageOr(typeof document === 'undefined' ? undefined : document.documentElement.lang);
const messages = readMessages();
const compiled = new Map<MessageKey, IntlMessageFormat>();

/** A message as text; a key the page did not ship shows as the key, which the page tests catch. */
export const t = (key: MessageKey, values: Record<string, string | number> = {}): string => {
  const source = messages[key];
  if (source === undefined) return key;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(source, intlLocale(language));
    compiled.set(key, message);
  }
  const out = message.format<string>(values);
  return Array.isArray(out) ? out.join('') : String(out);
};

/** The shared code's view of these words (shared/i18n/validation.ts takes a Translator). */
export const words: Translator = { language, t };
