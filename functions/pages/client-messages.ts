import type { CompiledCatalogue, MessageKey } from '#shared/i18n/catalogues/index.js';

/**
 * The messages the pages' scripts say (the panel, uploads, the API's failures, the form's
 * after-submit words, the validation messages the shared schemas give in the browser, a call's
 * mission on the status page): only these
 * reach the browser.
 */
const clientPrefixes = ['panel.', 'upload.', 'api.', 'statusPage.', 'time.', 'deadline.', 'validation.', 'form.mission.'] as const;
const clientKeys: readonly MessageKey[] = [
  'form.otherLanguages.all',
  'form.otherLanguages.matches',
  'form.otherLanguages.remove',
  'form.languages.chosen',
  'form.uploads.someFailed',
  'form.error.prefix',
  'form.error.attachCv',
  'form.error.keepAnswers',
  'form.sending',
  'form.received.title',
  'form.received.news',
  'form.received.intro',
  'form.received.notLoaded',
];

export const isClientMessage = (key: string): boolean => clientKeys.includes(key as MessageKey) || clientPrefixes.some((prefix) => key.startsWith(prefix));

/**
 * A page language's messages its script says, as JSON for a `<script type="application/json">`
 * data block (never run, so the CSP's script hashes need not cover it): `<`, `>` and `&` are
 * written as \u escapes, so no text in it can close the element. The staff page's too.
 */
export const messagesJson = (catalogue: CompiledCatalogue, said: (key: string) => boolean): string =>
  JSON.stringify(Object.fromEntries(Object.entries(catalogue).filter(([key]) => said(key)))).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The candidate pages' script's messages. */
export const clientMessagesJson = (catalogue: CompiledCatalogue): string => messagesJson(catalogue, isClientMessage);
