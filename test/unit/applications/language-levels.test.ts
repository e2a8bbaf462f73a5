import { describe, expect, it } from 'vitest';
import { educationLabel, languageWithLevel } from '#functions/admin/pages/client/labels.js';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { judgeEligibility } from '#shared/eligibility/eligibility.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { issueMessage } from '#shared/i18n/validation.js';
import { aminaApplication, aminaSubmission } from '../../support/candidates.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';

const amina = { ...aminaSubmission({ vacancy: '1152' }), languages: ['en', 'fr'] };

const issuesOf = (input: unknown) => {
  const result = applicationSubmissionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

/** English C1 required, French B2 an asset (notice 1614's languages). */
const terms = vacancyTerms({
  notice: {
    languages: [
      { language: 'en', level: 'C1', need: 'required', wording: 'Excellent command of English' },
      { language: 'fr', level: 'B2', need: 'asset', wording: 'Working knowledge of French would be an asset' },
    ],
  },
});

describe('language levels and education in the application (issue 15, point 3)', () => {
  it('takes each chosen language’s CEFR level and the highest education, both optional (clients made before send neither)', () => {
    const parsed = applicationSubmissionSchema.parse({ ...amina, languageLevels: { en: 'C1', fr: 'B2' }, education: 'post-secondary' });
    expect(parsed).toMatchObject({ languageLevels: { en: 'C1', fr: 'B2' }, education: 'post-secondary' });
    expect(applicationSubmissionSchema.parse(amina)).not.toHaveProperty('languageLevels');
    // Levels for some languages only: the others stay unknown, as before levels.
    expect(applicationSubmissionSchema.safeParse({ ...amina, languageLevels: { en: 'C1' } }).success).toBe(true);
  });

  it('refuses a level off the CEFR scale, a level for a language not chosen, and an education off the scale, each with its message', () => {
    expect(issuesOf({ ...amina, languageLevels: { en: 'fluent' } })).toEqual([{ path: 'languageLevels.en', message: 'A CEFR level: A1, A2, B1, B2, C1 or C2.' }]);
    expect(issuesOf({ ...amina, languageLevels: { en: 'c1' } })).toEqual([{ path: 'languageLevels.en', message: 'A CEFR level: A1, A2, B1, B2, C1 or C2.' }]);
    expect(issuesOf({ ...amina, languageLevels: { en: 'C1', de: 'B2', EN: 'C1' } })).toEqual([
      { path: 'languageLevels.de', message: 'A level only for a language you chose in languages.' },
      { path: 'languageLevels.EN', message: 'A level only for a language you chose in languages.' },
    ]);
    expect(issuesOf({ ...amina, education: 'phd' })).toEqual([{ path: 'education', message: 'One of secondary, post-secondary, bachelor, master, doctorate.' }]);
    expect(issuesOf({ ...amina, languageLevels: ['C1'] }).map((issue) => issue.path)).toEqual(['languageLevels']);
  });

  it('says each of those messages in the other three languages', () => {
    const result = applicationSubmissionSchema.safeParse({ ...amina, languageLevels: { en: 'C9', fr: 'B2' }, education: 'none' });
    const issues = result.success ? [] : result.error.issues;
    const unchosen = applicationSubmissionSchema.safeParse({ ...amina, languageLevels: { de: 'B2' } });
    const all = [...issues, ...(unchosen.success ? [] : unchosen.error.issues)];
    expect(all).toHaveLength(3);
    expect(all.map((issue) => issueMessage(issue, translatorFor('fr')))).toEqual([
      'Un niveau du CECRL : A1, A2, B1, B2, C1 ou C2.',
      'L’une des valeurs secondary, post-secondary, bachelor, master ou doctorate.',
      'Un niveau seulement pour une langue choisie dans languages.',
    ]);
    for (const language of ['ar', 'es'] as const) {
      for (const issue of all) expect(issueMessage(issue, translatorFor(language))).not.toBe(issue.message);
    }
  });

  it('judges a stated level against the notice: met at or above it, unmet below, unknown without one', () => {
    const english = (application: ReturnType<typeof aminaApplication>) =>
      judgeEligibility(terms, application).judgements.find((judgement) => judgement.requirement === 'language' && judgement.language === 'en');

    expect(english(aminaApplication({ languages: ['en', 'fr'], languageLevels: { en: 'C2', fr: 'B2' } }))).toMatchObject({ verdict: 'met', statedLevel: 'C2' });
    expect(english(aminaApplication({ languages: ['en', 'fr'], languageLevels: { en: 'B2' } }))).toMatchObject({ verdict: 'unmet', statedLevel: 'B2' });
    expect(english(aminaApplication({ languages: ['en', 'fr'] }))).toMatchObject({ verdict: 'unknown', stated: true });
  });

  it('shows HR the levels and the education on the row and in the export (read-only), nothing for an application made before', () => {
    const application = aminaApplication({ languages: ['en', 'fr', 'wo'], languageLevels: { en: 'C1', fr: 'B2' }, education: 'master' });
    const row = toApplicationRow(application, undefined, terms, beforeTheDeadline);
    expect(row).toMatchObject({ languageLevels: { en: 'C1', fr: 'B2' }, education: 'master' });
    expect(row.eligibility?.judgements.filter((judgement) => judgement.requirement === 'language').map((judgement) => judgement.verdict)).toEqual(['met', 'met']);

    const cell = (key: string, of = row) => spreadsheetColumns.find((column) => column.key === key)?.read(of);
    expect(cell('languageLevels')).toBe('en C1, fr B2, wo');
    expect(cell('education')).toBe('master');
    expect(spreadsheetColumns.filter((column) => ['languageLevels', 'education'].includes(column.key)).every((column) => !column.editable)).toBe(true);

    const before = toApplicationRow(aminaApplication({ languages: ['en', 'fr'] }), undefined, terms, beforeTheDeadline);
    expect(before).not.toHaveProperty('languageLevels');
    expect(before).not.toHaveProperty('education');
    expect([cell('languageLevels', before), cell('education', before)]).toEqual([undefined, undefined]);
  });
});

describe('the staff grid’s words for them', () => {
  it('names each language with the level given, alone without one, and an education by its key (a code not known yet as it is)', () => {
    // No page here: the grid's `t` answers the key, which the e2e reads in HR's words ("Master’s").
    expect(['fr', 'wo'].map((code) => languageWithLevel(code, { fr: 'C1' }))).toEqual(['French C1', 'Wolof']);
    expect(languageWithLevel('en', undefined)).toBe('English');
    expect(educationLabel('post-secondary')).toBe('admin.grid.education.postSecondary');
    expect(educationLabel('licence')).toBe('licence');
  });
});
