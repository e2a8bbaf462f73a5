/** Escapes text for HTML content and attribute values: every user-supplied value goes through it. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html =>
  new Html(
    strings.reduce((out, text, i) => {
      const value = i < values.length ? values[i] : '';
      const rendered = Array.isArray(value)
        ? value.map((v) => (v instanceof Html ? v.value : escapeHtml(String(v)))).join('')
        : value instanceof Html
          ? value.value
          : escapeHtml(String(value ?? ''));
      return out + text + (i < values.length ? rendered : '');
    }, ''),
  );

/** Scripts written right to left: an email in one of these languages reads from the right. */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** `rtl` or `ltr` for a BCP 47 language tag, from its primary language. */
export const textDirection = (lang: string): 'rtl' | 'ltr' => (rightToLeft.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr');

export interface EmailHead {
  /** The document's title: the email's subject, which a mail client shows for the HTML part. */
  title: string;
  /** The language it is written in (BCP 47); English until the templates take the reader's. */
  lang?: string;
}

/**
 * The one HTML shell every email is laid in: a whole document (language, direction, charset and
 * title, as screen readers and mail clients read them), plain and inline-styled, as mail clients keep it.
 */
export const emailDocument = (content: Html, { title, lang = 'en' }: EmailHead): Html => html`<!doctype html>
<html lang="${lang}" dir="${textDirection(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5">
${content}
</body>
</html>`;
