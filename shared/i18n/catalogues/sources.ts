import type { Language } from '../languages.js';
import { ar } from './ar.js';
import { en, type Catalogue } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ar as arValidation } from './validation/ar.js';
import type { ValidationCatalogue } from './validation/en.js';
import { en as enValidation } from './validation/en.js';
import { es as esValidation } from './validation/es.js';
import { fr as frValidation } from './validation/fr.js';

/**
 * The catalogues as written: ICU message text, what translators edit and the catalogue tests read.
 * The build compiles them (infra/i18n/compile-catalogues.ts); the functions and pages say the
 * compiled messages (./index.ts, ./email.ts, ./validation/index.ts), never these.
 */
export const catalogueSources: Readonly<Record<Language, Catalogue>> = { ar, en, fr, es };

/** The validation messages as written: each language's are part of its catalogue too. */
export const validationSources: Readonly<Record<Language, ValidationCatalogue>> = { ar: arValidation, en: enValidation, fr: frValidation, es: esValidation };
