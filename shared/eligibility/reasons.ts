import type { ApplicantCategory } from '../applications/schema.js';
import type { MessageKey } from '../i18n/catalogues/en.js';
import { formatAlternatives, formatList, languageName } from '../i18n/format.js';
import type { Translator } from '../i18n/translator.js';
import type { Eligibility, Judgement } from './eligibility.js';

/** The eligibility's words (`eligibility.*` in the catalogues). */
export type EligibilityKey = Extract<MessageKey, `eligibility.${string}`>;

/**
 * Each category of either profile as the name select of `eligibility.category.name` knows it: ICU's
 * select takes no hyphen in its option names, so `law-enforcement` is `lawEnforcement` there.
 */
const categoryOption: Readonly<Record<ApplicantCategory, string>> = {
  'law-enforcement': 'lawEnforcement',
  'government-official': 'governmentOfficial',
  'serving-police': 'servingPolice',
  'retired-police': 'retiredPolice',
  'civilian-expert': 'civilianExpert',
};

/** A category's name. */
const category = (words: Translator<EligibilityKey>, value: ApplicantCategory): string =>
  words.t('eligibility.category.name', { category: categoryOption[value] });

const languageReason = (judgement: Extract<Judgement, { requirement: 'language' }>, words: Translator<EligibilityKey>): string => {
  const name = languageName(words.language, judgement.language);
  if (!judgement.stated) return words.t('eligibility.language.notStated', { language: name, need: judgement.need });
  if (!judgement.level) return words.t('eligibility.language.stated', { language: name, need: judgement.need });
  if (!judgement.statedLevel) return words.t('eligibility.language.levelUnknown', { language: name, level: judgement.level, need: judgement.need });
  return words.t('eligibility.language.level', { language: name, level: judgement.level, stated: judgement.statedLevel, need: judgement.need, verdict: judgement.verdict });
};

/** One judgement as HR (or an NCB, in its language) reads it: what the notice asks, what the application says. */
export const judgementReason = (judgement: Judgement, words: Translator<EligibilityKey>): string => {
  const { language } = words;
  switch (judgement.requirement) {
    case 'experience':
      return words.t('eligibility.experience', { verdict: judgement.verdict, years: judgement.years, minimumYears: judgement.minimumYears });
    case 'language': {
      const reason = languageReason(judgement, words);
      if (!judgement.oneOf) return reason;
      const names = judgement.oneOf.map((code) => languageName(language, code));
      return `${reason} ${words.t('eligibility.language.alternatives', { languages: formatAlternatives(language, names) })}`;
    }
    case 'category':
      return words.t('eligibility.category', {
        verdict: judgement.verdict,
        category: category(words, judgement.category),
        eligible: formatList(language, judgement.eligible.map((value) => category(words, value))),
      });
    case 'clearance':
      if (judgement.decision === 'declined') return words.t('eligibility.clearance.declined', { required: judgement.required });
      if (judgement.decision === undefined) return words.t('eligibility.clearance.pending', { required: judgement.required });
      return words.t('eligibility.clearance.attested', { verdict: judgement.verdict, required: judgement.required, attested: judgement.attested ?? '-' });
  }
};

/** The verdict and each reason, in the order judged. */
export const eligibilityReasons = (eligibility: Eligibility, words: Translator<EligibilityKey>): { summary: string; reasons: string[] } => ({
  summary: words.t('eligibility.verdict', { verdict: eligibility.verdict }),
  reasons: eligibility.judgements.map((judgement) => judgementReason(judgement, words)),
});
