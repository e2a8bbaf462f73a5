import { messages as arCandidate } from '#messages/candidate-pages-ar.js';
import { messages as enCandidate } from '#messages/candidate-pages-en.js';
import { messages as esCandidate } from '#messages/candidate-pages-es.js';
import { messages as frCandidate } from '#messages/candidate-pages-fr.js';
import { messages as arStaff } from '#messages/staff-page-ar.js';
import { messages as enStaff } from '#messages/staff-page-en.js';
import { messages as esStaff } from '#messages/staff-page-es.js';
import { messages as frStaff } from '#messages/staff-page-fr.js';
import type { Language } from '../languages.js';
import { translator, type Translator } from '../translator.js';
import type { CompiledCatalogue } from './index.js';

/**
 * Each page's messages, compiled (./surfaces.ts says which): the candidate pages' functions carry
 * neither the staff page's nor the emails' messages, the staff page's neither the candidate
 * pages' nor the emails'. A page that asks for a key outside its surface throws (translator.ts);
 * the page tests render every page in every language.
 */
export const candidatePageCatalogues: Readonly<Record<Language, CompiledCatalogue>> = { ar: arCandidate, en: enCandidate, fr: frCandidate, es: esCandidate };
export const staffPageCatalogues: Readonly<Record<Language, CompiledCatalogue>> = { ar: arStaff, en: enStaff, fr: frStaff, es: esStaff };

export const candidatePageTranslatorFor = (language: Language): Translator => translator(language, candidatePageCatalogues[language]);
export const staffPageTranslatorFor = (language: Language): Translator => translator(language, staffPageCatalogues[language]);
