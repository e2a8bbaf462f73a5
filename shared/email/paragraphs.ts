/**
 * An email written as paragraphs of catalogue messages, text and HTML from the same data: what
 * the sending unit's emails (the mission's answer, the invitation to apply) are made of.
 */
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { emailDocument, html, type Html } from './html.js';
import type { OutgoingEmail } from './outgoing-email.js';
import type { EmailValues, EmailWords } from './words.js';

export interface Paragraph {
  text: string;
  html: Html;
}

/**
 * Latin values (a call number, a mission's name) kept whole inside Arabic text (first-strong
 * isolates); `selectors`, the arguments a message selects on, are matched as they are, never shown.
 */
export const isolatedValues = (words: EmailWords, values: EmailValues, selectors: ReadonlySet<string>): EmailValues =>
  words.dir === 'rtl'
    ? Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' && !selectors.has(name) ? `\u2068${value}\u2069` : value]))
    : values;

/** A writer of paragraphs for messages that select on `selectors`. */
export const paragraphsFor = (selectors: ReadonlySet<string>) => ({
  isolated: (words: EmailWords, values: EmailValues) => isolatedValues(words, values, selectors),
  said: (words: EmailWords, key: EmailKey, values: EmailValues = {}): Paragraph => {
    const isolated = isolatedValues(words, values, selectors);
    return { text: words.text(key, isolated), html: words.html(key, isolated) };
  },
});

/** Lines as one paragraph: lines in text, <br> between them in HTML. */
export const lines = (parts: Paragraph[]): Paragraph => ({
  text: parts.map((part) => part.text).join('\n'),
  html: html`${parts.map((part, index) => (index === 0 ? part.html : html`<br>${part.html}`))}`,
});

/** The email: the paragraphs, a blank line apart in text, each a <p> in HTML. */
export const composed = (words: EmailWords, to: string, subject: string, paragraphs: Paragraph[], replyTo?: string): OutgoingEmail => ({
  to: [to],
  subject,
  text: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
  html: emailDocument(html`${paragraphs.map((paragraph) => html`<p>${paragraph.html}</p>`)}`, { title: subject, lang: words.language }).value,
  ...(replyTo ? { replyTo } : {}),
});
