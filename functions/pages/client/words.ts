/**
 * The page's words in the browser: the server put its language's client messages in the page
 * (`<script type="application/json" id="page-messages">`, see client-messages.ts), compiled at
 * build time, so the bundle carries the message formatter but neither the ICU parser nor a
 * catalogue, and one script serves every language.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { compiledFormatter, type CompiledMessage } from '#shared/i18n/compiled-message.js';
import { intlLocale, languageOr, type Language } from '#shared/i18n/languages.js';
import type { MessageValues, Translator } from '#shared/i18n/translator.js';
import { h, type Child } from './dom.js';

const readMessages = (): Partial<Record<MessageKey, CompiledMessage>> => {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('page-messages')?.textContent ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<MessageKey, CompiledMessage>>) : {};
  } catch {
    return {};
  }
};

/** What `<html lang>` says the page is in (English where there is no page: a unit test of the staff page's modules, which import this through api.ts). */
export const language: Language = languageOr(typeof document === 'undefined' ? undefined : document.documentElement.lang);
const messages = readMessages();
const format = compiledFormatter(intlLocale(language));

/** A message as text (a `<b>` keeps its content); a key the page did not ship shows as the key, which the page tests catch. */
export const t = (key: MessageKey, values: MessageValues = {}): string => {
  const message = messages[key];
  if (message === undefined) return key;
  const out = format<string>(message, { ...values, b: (chunks) => chunks.join('') });
  return Array.isArray(out) ? out.join('') : String(out);
};

/** A message as nodes: `<b>` becomes `<strong>`, a text value stays text, a node value (a name marked with its own `lang`) goes in as it is. */
export const rich = (key: MessageKey, values: Record<string, string | number | Node> = {}): Child[] => {
  const message = messages[key];
  if (message === undefined) return [key];
  const out = format<Node>(message, { ...values, b: (chunks) => h('strong', {}, ...chunks) });
  return (Array.isArray(out) ? out : [out]) as Child[];
};

/** Text the organisation wrote in English (a vacancy's title, its duty station), marked as such on a page in another language. */
export const inEnglish = (text: string): Node | string => (language === 'en' ? text : h('span', { lang: 'en', dir: 'ltr' }, text));

/** The shared formatters' view of these words (shared/email/deadline-text.ts takes a Translator). */
export const words: Translator = { language, t };
