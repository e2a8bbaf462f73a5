import type { Language } from '#shared/i18n/languages.js';
import { languageLinks } from '#shared/i18n/switcher.js';
import { html, type SafeHtml } from './html.js';

/**
 * A page's language switcher, the candidate pages' and the staff page's alike: each language named
 * in itself, marked with its own `lang`, `dir` and `hreflang`, the current one `aria-current`. The
 * links are relative (`?lang=fr`, with the page's other parameters of `path`), so they work under
 * an API stage prefix.
 */
export const languageSwitcher = (label: string, path: string, current: Language): SafeHtml => html`<nav class="language-switcher" aria-label="${label}">
    <ul class="language-links">
      ${languageLinks(path, current).map(
        (link) =>
          html`<li><a class="language-link" href="${new URL(link.href, 'http://page.invalid').search}" hreflang="${link.language}" lang="${link.language}" dir="${link.dir}"${
            link.current ? html` aria-current="true"` : ''
          }>${link.name}</a></li>`,
      )}
    </ul>
  </nav>`;
