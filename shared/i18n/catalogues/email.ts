import { messages as ar } from '#messages/email-ar.js';
import { messages as en } from '#messages/email-en.js';
import { messages as es } from '#messages/email-es.js';
import { messages as fr } from '#messages/email-fr.js';
import type { CompiledMessages } from '../compiled-message.js';
import type { Language } from '../languages.js';
import { translator, type Translator } from '../translator.js';
import type { EmailKey } from './surfaces.js';

/** The emails' messages, compiled (./surfaces.ts says which): a function that sends email bundles these, not the pages'. */
const emailCatalogues: Readonly<Record<Language, CompiledMessages<EmailKey>>> = { ar, en, fr, es };

export const emailTranslatorFor = (language: Language): Translator<EmailKey> => translator(language, emailCatalogues[language]);
