import type { CompiledCatalogue, MessageKey } from '#shared/i18n/catalogues/index.js';
import { staffPageTranslatorFor } from '#shared/i18n/catalogues/pages.js';
import { direction, type Language } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';
import type { SafeHtml } from '../../pages/html.js';
import { messagesJson } from '../../pages/client-messages.js';
import { languageSwitcher } from '../../pages/language-switcher.js';

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

/** The messages the staff page's script says, shipped in the page: the NCB's screens', the validation messages, the eligibility's reasons, the proposals' areas, the letter upload's file checks and the API's failures. */
const clientPrefixes = ['admin.', 'proposals.area.', 'validation.', 'eligibility.', 'upload.notPdfOrWord', 'upload.empty', 'upload.tooLarge', 'upload.store.', 'upload.somethingWrong', 'api.unreachable.', 'api.status'] as const;

/** The page language's messages the staff page's script says, as the data block's JSON (functions/pages/client-messages.ts). */
export const adminMessagesJson = (catalogue: CompiledCatalogue): string => messagesJson(catalogue, (key) => clientPrefixes.some((prefix) => key.startsWith(prefix)));

/** The switcher (functions/pages/language-switcher.ts), as on the candidate pages. */
export const adminLanguageSwitcher = (words: AdminWords): SafeHtml => languageSwitcher(words.t('admin.languages'), '/admin', words.language);

export type { MessageKey };
