import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '#functions/pages/html.js';

describe('html templates', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, in text and in attributes', () => {
    const title = '<script>alert(1)</script>';
    const attribute = '" onmouseover="alert(1)';

    const markup = html`<p title="${attribute}">${title}</p>`.value;

    expect(markup).toBe('<p title="&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('inserts nested templates and trusted markup as they are, and joins lists', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);

    const markup = html`<ul>${items}</ul>${trustedHtml('<hr>')}`.value;

    expect(markup).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>');
  });

  it('renders false, null and undefined as nothing, and numbers as text', () => {
    expect(html`${false}${null}${undefined}${0}`.value).toBe('0');
  });
});
