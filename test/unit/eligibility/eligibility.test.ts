import { describe, expect, it } from 'vitest';
import { judgeEligibility, type ApplicantFacts, type Judgement } from '#shared/eligibility/eligibility.js';
import { eligibleCategories } from '#shared/eligibility/categories.js';
import { eligibilityReasons } from '#shared/eligibility/reasons.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { languages } from '#shared/i18n/languages.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const AUDIENCE = "This vacancy announcement pertains to law enforcement and/or governmental officials within INTERPOL's member countries only.";

/** Notice 1614's requirements: 15 years, excellent English (C1) required, French an asset (B2). */
const vacancy1614: Pick<Vacancy, 'clearance' | 'notice'> = {
  clearance: 'Enhanced',
  notice: {
    experience: { minimumYears: 15, items: [{ text: 'A minimum of 15 years of progressively responsible experience', need: 'required' }] },
    languages: [
      { language: 'en', level: 'C1', need: 'required', wording: 'Excellent command of English' },
      { language: 'fr', level: 'B2', need: 'asset', wording: 'Working knowledge of French would be an asset' },
    ],
    standing: { audience: AUDIENCE },
  },
};

const applicant = (facts: Partial<ApplicantFacts> = {}): ApplicantFacts => ({
  yearsOfExperience: 16,
  category: 'law-enforcement',
  languages: [{ language: 'en', level: 'C2' }, 'fr'],
  ncbValidation: { decision: 'validated', clearance: 'Enhanced', screeningAttested: true, screenedOn: '2026-11-02', at: '2026-11-03T10:00:00.000Z', by: 'ncb-fr' },
  ...facts,
});

const judgement = (facts: Partial<ApplicantFacts>, requirement: Judgement['requirement'], language?: string) =>
  judgeEligibility(vacancy1614, applicant(facts)).judgements.find(
    (one) => one.requirement === requirement && (language === undefined || (one.requirement === 'language' && one.language === language)),
  );

describe('eligibility against the notice (issue 15, point 4)', () => {
  it.each([
    // [case, facts, requirement, language, verdict]
    ['experience above the minimum', { yearsOfExperience: 16 }, 'experience', undefined, 'met'],
    ['experience exactly the minimum', { yearsOfExperience: 15 }, 'experience', undefined, 'met'],
    ['experience under the minimum', { yearsOfExperience: 14 }, 'experience', undefined, 'unmet'],
    ['a required language at a higher level', { languages: [{ language: 'en', level: 'C2' }] }, 'language', 'en', 'met'],
    ['a required language at its level', { languages: [{ language: 'en', level: 'C1' }] }, 'language', 'en', 'met'],
    ['a required language below its level', { languages: [{ language: 'en', level: 'B2' }] }, 'language', 'en', 'unmet'],
    ['a required language not spoken', { languages: ['es'] }, 'language', 'en', 'unmet'],
    ['a required language without a level (an application made before levels)', { languages: ['en'] }, 'language', 'en', 'unknown'],
    ['an asset language below its level', { languages: [{ language: 'fr', level: 'A2' }] }, 'language', 'fr', 'unmet'],
    ['a category the notice is open to', { category: 'government-official' }, 'category', undefined, 'met'],
    ['clearance attested at the level', {}, 'clearance', undefined, 'met'],
    ['clearance attested below the level', { ncbValidation: { decision: 'validated', clearance: 'Basic', screeningAttested: true, at: '2026-11-03T10:00:00.000Z', by: 'ncb-fr' } }, 'clearance', undefined, 'unmet'],
    ['an old validation without a level on an Enhanced vacancy', { ncbValidation: { decision: 'validated', screeningAttested: true, at: '2025-01-10T09:00:00.000Z', by: 'ncb-fr' } }, 'clearance', undefined, 'unmet'],
    ['no NCB validation yet', { ncbValidation: undefined }, 'clearance', undefined, 'unknown'],
    ['the NCB declined', { ncbValidation: { decision: 'declined', screeningAttested: false, at: '2026-11-03T10:00:00.000Z', by: 'ncb-fr' } }, 'clearance', undefined, 'unmet'],
  ] as const)('%s: %s', (_case, facts, requirement, language, verdict) => {
    expect(judgement(facts as Partial<ApplicantFacts>, requirement, language)?.verdict).toBe(verdict);
  });

  it('is unmet when a required thing is unmet, unknown when one cannot be judged yet, met otherwise; an asset never decides', () => {
    expect(judgeEligibility(vacancy1614, applicant()).verdict).toBe('met');
    expect(judgeEligibility(vacancy1614, applicant({ yearsOfExperience: 3 })).verdict).toBe('unmet');
    expect(judgeEligibility(vacancy1614, applicant({ ncbValidation: undefined })).verdict).toBe('unknown');
    // Unknown clearance and an unmet experience: unmet wins.
    expect(judgeEligibility(vacancy1614, applicant({ ncbValidation: undefined, yearsOfExperience: 3 })).verdict).toBe('unmet');
    // French (an asset) not spoken at all: still met.
    expect(judgeEligibility(vacancy1614, applicant({ languages: [{ language: 'en', level: 'C1' }] })).verdict).toBe('met');
  });

  it('judges a vacancy stored before notices had a body on its category and clearance only', () => {
    const { judgements, verdict } = judgeEligibility({ clearance: 'Basic' }, applicant({ yearsOfExperience: 0, languages: ['xx'] }));

    expect(judgements.map((one) => one.requirement)).toEqual(['category', 'clearance']);
    expect(verdict).toBe('met');
  });

  it('reads the categories a notice is open to from its audience sentence', () => {
    expect(eligibleCategories(AUDIENCE)).toEqual(['law-enforcement', 'government-official']);
    expect(eligibleCategories('This vacancy announcement pertains to law enforcement officials only.')).toEqual(['law-enforcement']);
    expect(eligibleCategories('Open to governmental officials of member countries only.')).toEqual(['government-official']);
    expect(eligibleCategories(undefined)).toEqual(['law-enforcement', 'government-official']);
    const lawOnly = { clearance: 'Basic' as const, notice: { standing: { audience: 'This vacancy announcement pertains to law enforcement officials only.' } } };
    expect(judgeEligibility(lawOnly, applicant({ category: 'government-official' })).verdict).toBe('unmet');
  });

  it('gives each reason in the reader’s language, with what the notice asks and what the application says', () => {
    const eligibility = judgeEligibility(vacancy1614, applicant({ yearsOfExperience: 12, languages: [{ language: 'en', level: 'B2' }], ncbValidation: undefined }));
    const english = eligibilityReasons(eligibility, translatorFor('en'));

    expect(english.summary).toBe('Does not meet a requirement of the notice');
    expect(english.reasons).toEqual([
      'Only 12 years of experience: the notice asks at least 15.',
      'Required language: English at C1 or above; the candidate gives B2, below it.',
      'Asset: French; not among the candidate’s languages.',
      'Category: law-enforcement officials; the notice is open to law-enforcement officials and government officials.',
      'The NCB has not attested the screening yet: the vacancy requires Enhanced.',
    ]);
    const french = eligibilityReasons(eligibility, translatorFor('fr'));
    expect(french.reasons[0]).toBe('Seulement 12 ans d’expérience : l’avis en demande au moins 15.');
    expect(french.reasons[1]).toBe('Langue exigée : anglais, niveau C1 ou plus ; le candidat indique B2, en dessous.');
    for (const language of languages) {
      const { summary, reasons } = eligibilityReasons(eligibility, translatorFor(language));
      expect(reasons).toHaveLength(5);
      for (const text of [summary, ...reasons]) expect(text, language).not.toMatch(/[{}]|undefined/);
    }
  });

  describe('languages that are alternatives ("Excellent command of English or French")', () => {
    const eitherNotice: Pick<Vacancy, 'clearance' | 'notice'> = {
      clearance: 'Basic',
      notice: {
        languages: [
          { language: 'en', level: 'C1', need: 'required', wording: 'Excellent command of English or French', either: 1 },
          { language: 'fr', level: 'C1', need: 'required', wording: 'Excellent command of English or French', either: 1 },
        ],
      },
    };
    const languageVerdict = (spoken: ApplicantFacts['languages']) =>
      judgeEligibility(eitherNotice, applicant({ languages: spoken, ncbValidation: { decision: 'validated', clearance: 'Basic', screeningAttested: true, at: '2026-11-03T10:00:00.000Z', by: 'ncb-fr' } })).verdict;

    it.each([
      ['the first at its level', [{ language: 'en', level: 'C1' }], 'met'],
      ['the second at its level', [{ language: 'fr', level: 'C2' }], 'met'],
      ['one met, the other below', [{ language: 'en', level: 'B1' }, { language: 'fr', level: 'C1' }], 'met'],
      ['both below', [{ language: 'en', level: 'B2' }, { language: 'fr', level: 'B1' }], 'unmet'],
      ['neither spoken', [{ language: 'es', level: 'C2' }], 'unmet'],
      ['one below, the other without a level', [{ language: 'en', level: 'B2' }, 'fr'], 'unknown'],
    ] as const)('%s: %s', (_case, spoken, verdict) => {
      expect(languageVerdict(spoken as unknown as ApplicantFacts['languages'])).toBe(verdict);
    });

    it('names the alternatives in each reason, in the reader’s language', () => {
      const eligibility = judgeEligibility(eitherNotice, applicant({ languages: [{ language: 'fr', level: 'C2' }] }));

      expect(eligibilityReasons(eligibility, translatorFor('en')).reasons.slice(0, 2)).toEqual([
        'Required language: English; not among the candidate’s languages. One of English or French is enough.',
        'Required language: French at C1 or above; the candidate gives C2. One of English or French is enough.',
      ]);
      expect(eligibilityReasons(eligibility, translatorFor('fr')).reasons[0]).toContain('L’une des langues suivantes suffit : anglais ou français.');
    });
  });
});
