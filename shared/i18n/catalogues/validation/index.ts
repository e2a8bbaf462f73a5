import { messages as ar } from '#messages/validation-ar.js';
import { messages as en } from '#messages/validation-en.js';
import { messages as es } from '#messages/validation-es.js';
import { messages as fr } from '#messages/validation-fr.js';
import type { CompiledMessages } from '../../compiled-message.js';
import type { Language } from '../../languages.js';
import { translator, type Translator } from '../../translator.js';
import type { ValidationKey } from './en.js';

const validationCatalogues: Readonly<Record<Language, CompiledMessages<ValidationKey>>> = { ar, en, fr, es };

/**
 * A translator that knows the validation messages only (`validation.*`, `problem.*`), compiled at
 * build time from ./{ar,en,fr,es}.ts: what the API's validation problems need, without the emails'
 * and pages' messages in every handler. shared/i18n/validation.ts asks it for no other key (it
 * takes any Translator, so the pages can pass theirs: a key outside these throws, and the tests
 * of every validation message in every language would say so).
 */
export const validationTranslatorFor = (language: Language): Translator =>
  translator(language, validationCatalogues[language]) as unknown as Translator;
