/**
 * HTML built as strings, escaped by default: every value interpolated into `html` is escaped
 * unless it is already `SafeHtml` (the result of another `html` template, or `trustedHtml`).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup the project wrote itself (never request or stored data): inserted as is. */
export const trustedHtml = (markup: string): SafeHtml => new SafeHtml(markup);

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

/** A template literal tag: `html\`<p>${title}</p>\`` escapes `title`; lists are joined; false, null and undefined vanish. */
export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i] as HtmlValue) : ''), ''));
