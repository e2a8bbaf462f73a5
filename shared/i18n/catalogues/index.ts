import { messages as ar } from '../compiled/pages-ar.js';
import { messages as en } from '../compiled/pages-en.js';
import { messages as es } from '../compiled/pages-es.js';
import { messages as fr } from '../compiled/pages-fr.js';
import type { CompiledMessages } from '../compiled-message.js';
import type { Language } from '../languages.js';
import { translator, type Translator } from '../translator.js';
import type { MessageKey } from './en.js';

export type { MessageKey } from './en.js';

/** A whole catalogue, compiled: what the pages' functions say and ship to their scripts. */
export type CompiledCatalogue = CompiledMessages<MessageKey>;

/**
 * Every catalogue, compiled at build time from ./{ar,en,fr,es}.ts (infra/i18n/compile-catalogues.ts),
 * for the pages' functions; an email says only the emails' messages (./email.ts).
 */
export const compiledCatalogues: Readonly<Record<Language, CompiledCatalogue>> = { ar, en, fr, es };

/** The translator for a language, over its whole catalogue. */
export const translatorFor = (language: Language): Translator => translator(language, compiledCatalogues[language]);
