import { messages as ar } from '#messages/all-ar.js';
import { messages as en } from '#messages/all-en.js';
import { messages as es } from '#messages/all-es.js';
import { messages as fr } from '#messages/all-fr.js';
import type { CompiledMessages } from '../compiled-message.js';
import type { Language } from '../languages.js';
import { translator, type Translator } from '../translator.js';
import type { MessageKey } from './en.js';

export type { MessageKey } from './en.js';

/** A catalogue compiled, or the part of it a page says (./pages.ts). */
export type CompiledCatalogue = CompiledMessages<MessageKey>;

/**
 * Every catalogue whole, compiled at build time from ./{ar,en,fr,es}.ts
 * (infra/i18n/compile-catalogues.ts): for the tests and tools that need every message. A function
 * says one surface's messages: a page its own (./pages.ts), an email the emails' (./email.ts),
 * the API's problems the validation messages (./validation/index.ts).
 */
export const compiledCatalogues: Readonly<Record<Language, CompiledCatalogue>> = { ar, en, fr, es };

/** The translator for a language, over its whole catalogue (not for a function: see above). */
export const translatorFor = (language: Language): Translator => translator(language, compiledCatalogues[language]);
