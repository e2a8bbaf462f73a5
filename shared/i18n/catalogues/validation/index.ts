import type { Language } from '../../languages.js';
import { translator, type Translator } from '../../translator.js';
import type { Catalogue } from '../en.js';
import { ar } from './ar.js';
import { en, type ValidationCatalogue } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

const validationCatalogues: Readonly<Record<Language, ValidationCatalogue>> = { ar, en, fr, es };

/**
 * A translator that knows the validation messages only (`validation.*`, `problem.*`): what the
 * API's validation problems need, without the emails' and pages' messages in every handler.
 * shared/i18n/validation.ts asks it for no other key.
 */
export const validationTranslatorFor = (language: Language): Translator =>
  translator(language, validationCatalogues[language] as unknown as Catalogue);
