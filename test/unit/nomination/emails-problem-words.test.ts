import { describe, expect, it } from 'vitest';
import { problemText } from '#functions/http/problem-message.js';
import { calendarDate, type ProblemMessage } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { languages } from '#shared/i18n/languages.js';
import { issueMessage } from '#shared/i18n/validation.js';
import { missionAnswerBodySchema, nominationSentBodySchema, withdrawNominationBodySchema } from '#shared/nomination/schema.js';
import type * as z from '#shared/zod.js';

/**
 * The words around the nomination emails: what HR reads when the API refuses a nomination request,
 * in the request's language, through the validation messages every function bundles.
 */
const others = languages.filter((language) => language !== 'en');

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues;
};

const refused: Array<[string, z.ZodMiniType, unknown, string[]]> = [
  ['a withdrawal without a reason', withdrawNominationBodySchema, { version: 3, reason: '   ' }, ['A nomination is withdrawn with a reason.']],
  ['a sent day left out', nominationSentBodySchema, { version: 3 }, ['The day the package went to the mission.']],
  ['an answer of no kind, on no day', missionAnswerBodySchema, { version: 3, outcome: 'maybe' }, ['selected, reserve or not-selected.', 'The day the mission answered.']],
];

describe('the nomination bodies’ own messages, in four languages', () => {
  it.each(refused)('English says exactly the schema’s words: %s', (_name, schema, input, expected) => {
    const said = issuesOf(schema, input).map((issue) => issueMessage(issue, validationTranslatorFor('en')));

    expect(said).toEqual(expected);
  });

  it.each(refused)('every other language says them in its own words: %s', (_name, schema, input) => {
    for (const language of others) {
      const t = validationTranslatorFor(language);
      for (const issue of issuesOf(schema, input)) {
        const said = issueMessage(issue, t);
        expect(said, `${language}: ${issue.message}`).not.toBe(issue.message);
        expect(said, `${language}: ${issue.message}`).not.toBe(t.t('validation.invalid'));
        expect(said.trim()).not.toBe('');
      }
    }
  });

  it('says a missing answer’s day in French', () => {
    const [, day] = issuesOf(missionAnswerBodySchema, { version: 3, outcome: 'maybe' });

    expect(day && issueMessage(day, validationTranslatorFor('fr'))).toBe('Le jour où la mission a répondu.');
  });
});

/** Each refusal the nomination rules raise, with the values they give (shared/nomination/). */
const problems: Array<[ProblemMessage, string]> = [
  [
    { key: 'problem.conflict.nominationsFull', values: { vacancy: 'EULEX-26-07', allowed: 2, count: 2, named: 'Grace Okafor, Tom Baker' } },
    'Call EULEX-26-07 takes at most 2 nominations, and the unit has nominated 2: Grace Okafor, Tom Baker. Withdraw one of them first to nominate another.',
  ],
  [{ key: 'problem.unprocessable.notInterviewed', values: { status: 'screening' } }, 'Only an interviewed candidate can be nominated; this application is screening.'],
  [{ key: 'problem.unprocessable.nominationIncomplete', values: { missing: 'cv' } }, 'This candidate cannot be nominated yet: the CV is still missing.'],
  [{ key: 'problem.unprocessable.nominationIncomplete', values: { missing: 'both' } }, 'This candidate cannot be nominated yet: the CV and the force’s release are still missing.'],
  [
    { key: 'problem.unprocessable.nationalDeadlineOpen', values: { deadline: calendarDate('2026-12-13'), timeZone: 'Europe/Belgrade' } },
    'Nominations wait for the national deadline (13 December 2026 in Europe/Belgrade): everyone who applied in time is sifted together.',
  ],
  [
    { key: 'problem.conflict.nominationSent', values: { sentOn: calendarDate('2026-12-17') } },
    'This nomination went to the mission on 17 December 2026: it can no longer be withdrawn; record the mission’s answer instead.',
  ],
  [{ key: 'problem.conflict.notNominated' }, 'This candidate has not been nominated.'],
  [{ key: 'problem.conflict.nominationNotSent' }, 'Record the day the nomination went to the mission before its answer.'],
  [{ key: 'problem.conflict.missionAnswered', values: { outcome: 'reserve' } }, 'The mission’s answer is already recorded (reserve); it cannot be changed here.'],
  [{ key: 'problem.conflict.missionNominationsBusy' }, 'Other nominations to this call are being recorded at this moment: try again in a moment.'],
];

describe('the nomination rules’ problems, in four languages', () => {
  it.each(problems)('says %j in English as the rule words it', (message, english) => {
    expect(problemText(validationTranslatorFor('en'), message)).toBe(english);
  });

  it.each(problems)('says %j in French, Spanish and Arabic, with every value given', (message, english) => {
    for (const language of others) {
      const said = problemText(validationTranslatorFor(language), message);
      expect(said, language).not.toBe(english);
      expect(said, language).not.toMatch(/\{|\}|undefined|NaN/);
      // A value a message selects on (what is missing) is said in the language's own words, not shown.
      for (const [name, value] of Object.entries(message.values ?? {})) if (typeof value === 'string' && name !== 'missing') expect(said, language).toContain(value);
    }
  });

  it('counts the call’s places as each language does', () => {
    const full = (allowed: number): ProblemMessage => ({ key: 'problem.conflict.nominationsFull', values: { vacancy: 'EULEX-26-07', allowed, count: allowed, named: 'Grace Okafor' } });

    expect(problemText(validationTranslatorFor('en'), full(1))).toContain('at most 1 nomination,');
    expect(problemText(validationTranslatorFor('fr'), full(1))).toContain('au plus 1 proposition ;');
    expect(problemText(validationTranslatorFor('es'), full(3))).toContain('como máximo 3 propuestas;');
    expect(problemText(validationTranslatorFor('ar'), full(3))).toContain('هو 3');
  });
});
