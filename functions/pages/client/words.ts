/**
 * The page's words in the browser: the server put its language's client messages in the page
 * (`<script type="application/json" id="page-messages">`, see client-messages.ts), so the bundle
 * carries the message formatter but no catalogue, and one script serves every language.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { intlLocale, languageOr, type Language } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';
import { h, type Child } from './dom.js';

const readMessages = (): Partial<Record<MessageKey, string>> => {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('page-messages')?.textContent ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<MessageKey, string>>) : {};
  } catch {
    return {};
  }
};

/** What `<html lang>` says the page is in (English where there is no page: a unit test of the staff page's modules, which import this through api.ts). */
export const language: Language = languageOr(typeof document === 'undefined' ? undefined : document.documentElement.lang);
const messages = readMessages();
const compiled = new Map<MessageKey, IntlMessageFormat>();

type Values = Record<string, string | number>;

const formatter = (key: MessageKey): IntlMessageFormat | undefined => {
  const source = messages[key];
  if (source === undefined) return undefined;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(source, intlLocale(language));
    compiled.set(key, message);
  }
  return message;
};

/** A message as text (a `<b>` keeps its content); a key the page did not ship shows as the key, which the page tests catch. */
export const t = (key: MessageKey, values: Values = {}): string => {
  const out = formatter(key)?.format<string>({ ...values, b: (chunks: string[]) => chunks.join('') });
  return out === undefined ? key : Array.isArray(out) ? out.join('') : String(out);
};

/** A message as nodes: `<b>` becomes `<strong>`, a text value stays text, a node value (a name marked with its own `lang`) goes in as it is. */
export const rich = (key: MessageKey, values: Record<string, string | number | Node> = {}): Child[] => {
  const out = formatter(key)?.format<Node>({ ...values, b: (chunks: Array<string | Node>) => h('strong', {}, ...chunks) });
  if (out === undefined) return [key];
  return (Array.isArray(out) ? out : [out]) as Child[];
};

/** Text the organisation wrote in English (a vacancy's title, its duty station), marked as such on a page in another language. */
export const inEnglish = (text: string): Node | string => (language === 'en' ? text : h('span', { lang: 'en', dir: 'ltr' }, text));

/** The shared formatters' view of these words (shared/email/deadline-text.ts takes a Translator). */
export const words: Translator = { language, t };
