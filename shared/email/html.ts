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

/** The one HTML shell every email is laid in: plain, inline-styled, as mail clients keep it. */
export const emailDocument = (content: Html): Html => html`<!doctype html>
<html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5">
${content}
</body></html>`;
