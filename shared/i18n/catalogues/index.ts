import type { Language } from '../languages.js';
import { translator, type Translator } from '../translator.js';
import { ar } from './ar.js';
import { en, type Catalogue } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Catalogue, MessageKey } from './en.js';

/** Every catalogue, for the server (emails, server-rendered pages); a browser bundle imports only the one it serves. */
export const catalogues: Readonly<Record<Language, Catalogue>> = { ar, en, fr, es };

/** The translator for a language, over its catalogue. */
export const translatorFor = (language: Language): Translator => translator(language, catalogues[language]);
