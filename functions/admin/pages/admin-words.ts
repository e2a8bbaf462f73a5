import type { CompiledCatalogue, MessageKey } from '#shared/i18n/catalogues/index.js';
import { staffPageTranslatorFor } from '#shared/i18n/catalogues/pages.js';
import { direction, type Language } from '#shared/i18n/languages.js';
import { LANGUAGE_PARAMETER, languageLinks } from '#shared/i18n/switcher.js';
import type { Translator } from '#shared/i18n/translator.js';
import { html, type SafeHtml } from '../../pages/html.js';

/**
 * The staff page's language. An NCB officer reads the NCB's screens (the decision dialog, the letter
 * upload, the page's frame) in the language they choose with the page's switcher, kept in the URL
 * (`/admin?lang=fr`) as on the candidate pages, else in their browser's (Accept-Language); HR's
 * screens (vacancies, contacts, import, bulk edits) are English whatever the page's language, on the
 * same catalogues so that a language can be added to them. The page is public and rendered before
 * anyone signs in, so it cannot know the officer's country, let alone its NCB contact's language:
 * the NCB digest's link to the grid carries the contact's language instead (`?lang=`).
 */
export interface AdminWords extends Translator {
  dir: 'rtl' | 'ltr';
}

export const adminWords = (language: Language): AdminWords => ({ ...staffPageTranslatorFor(language), dir: direction(language) });

/** The messages the staff page's script says, shipped in the page: the NCB's screens', the validation messages, the eligibility's reasons, the letter upload's file checks and the API's failures. */
const clientPrefixes = ['admin.', 'validation.', 'eligibility.', 'upload.notPdfOrWord', 'upload.empty', 'upload.tooLarge', 'upload.store.', 'upload.somethingWrong', 'api.unreachable.', 'api.status'] as const;

/**
 * The page language's client messages as JSON for a `<script type="application/json">` data block
 * (never run, so the CSP's script hashes need not cover it): `<`, `>` and `&` are written as \u
 * escapes, so no text in it can close the element.
 */
export const adminMessagesJson = (catalogue: CompiledCatalogue): string =>
  JSON.stringify(Object.fromEntries(Object.entries(catalogue).filter(([key]) => clientPrefixes.some((prefix) => key.startsWith(prefix))))).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The switcher: each language named in itself, with its own `lang` and `dir`; relative links (`?lang=fr`), so they work under a stage prefix. */
export const adminLanguageSwitcher = (words: AdminWords): SafeHtml => html`<nav class="language-switcher" aria-label="${words.t('admin.languages')}">
    <ul class="language-links">
      ${languageLinks('/admin', words.language).map(
        (link) =>
          html`<li><a class="language-link" href="?${LANGUAGE_PARAMETER}=${link.language}" hreflang="${link.language}" lang="${link.language}" dir="${link.dir}"${
            link.current ? html` aria-current="true"` : ''
          }>${link.name}</a></li>`,
      )}
    </ul>
  </nav>`;

export type { MessageKey };
