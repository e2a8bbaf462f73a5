/**
 * HR's preview before a bulk send: for a vacancy and a kind, how many letters are due, to whom
 * (name, language, whether the NCB gets a copy), and the letter as one of them would read it, in
 * their language. What the preview lists is what the send sends, unless something changed between.
 */
import { languageOr, type Language } from '../i18n/languages.js';
import { sortableName } from '../i18n/names.js';
import { NotFound } from '../errors.js';
import type { LetterDependencies } from './dependencies.js';
import { letterEmail } from './emails.js';
import { findDue } from './find-due.js';
import type { NotRetainedStage, SentLetterKind } from './kinds.js';
import { vacancyOf } from './send-letters.js';

export interface LetterRecipient {
  applicationId: string;
  name: string;
  language: Language;
  toCandidate: boolean;
  toNcb: boolean;
  stage?: NotRetainedStage;
}

export interface LetterPreview {
  vacancy: string;
  kind: SentLetterKind;
  due: number;
  recipients: LetterRecipient[];
  /** The letter one recipient would read (the one asked for, else the first), in their language. */
  letter?: { applicationId: string; language: Language; subject: string; text: string; html: string };
}

export const previewLetters = async (deps: LetterDependencies, number: string, kind: SentLetterKind, now: Date, applicationId?: string): Promise<LetterPreview> => {
  const vacancy = await vacancyOf(deps, number);
  const { owed } = await findDue(deps, number, [kind], now);
  const sorted = [...owed].sort((a, b) => sortableName(a.application).localeCompare(sortableName(b.application)) || a.application.id.localeCompare(b.application.id));
  const recipients = sorted.map((letter) => ({
    applicationId: letter.application.id,
    name: sortableName(letter.application),
    language: languageOr(letter.application.language),
    toCandidate: letter.toCandidate,
    toNcb: letter.toNcb,
    ...(letter.due.stage ? { stage: letter.due.stage } : {}),
  }));
  const shown = applicationId === undefined ? sorted[0] : sorted.find((letter) => letter.application.id === applicationId);
  if (applicationId !== undefined && !shown) throw new NotFound('This application is not due this letter (sent already, or not at its stage).');
  const email = shown ? letterEmail(shown.due, shown.application, vacancy, `${deps.publicBaseUrl}/status`) : undefined;
  return {
    vacancy: number,
    kind,
    due: owed.length,
    recipients,
    ...(shown && email ? { letter: { applicationId: shown.application.id, language: languageOr(shown.application.language), subject: email.subject, text: email.text, html: email.html } } : {}),
  };
};
