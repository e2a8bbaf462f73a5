import type { EducationLevel } from '#shared/applications/schema.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import type { CefrLevel } from '#shared/vacancies/notice-schema.js';

/**
 * How the form words each CEFR level and each level of education for a candidate: the level and
 * what it means ("C1 — advanced: fluent, effective use at work"), in the page's language. One key
 * per value, named here, so the catalogue test sees each one used.
 */
export const cefrLevelWords: Readonly<Record<CefrLevel, MessageKey>> = {
  A1: 'form.cefr.A1',
  A2: 'form.cefr.A2',
  B1: 'form.cefr.B1',
  B2: 'form.cefr.B2',
  C1: 'form.cefr.C1',
  C2: 'form.cefr.C2',
};

export const educationWords: Readonly<Record<EducationLevel, MessageKey>> = {
  secondary: 'form.education.secondary',
  'post-secondary': 'form.education.postSecondary',
  bachelor: 'form.education.bachelor',
  master: 'form.education.master',
  doctorate: 'form.education.doctorate',
};
