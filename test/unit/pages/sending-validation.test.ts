import { describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { checkSubmission, fieldErrorsFromProblem } from '#functions/pages/client/validation.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { languages } from '#shared/i18n/languages.js';
import { issueMessage } from '#shared/i18n/validation.js';
import type { Force } from '#shared/profiles/forces.js';
import { missionPostSchema, checkMissionDeadline } from '#shared/profiles/mission.js';
import { sendingProfile } from '#shared/profiles/profile.js';
import { sendingSubmissionSchema } from '#shared/profiles/sending-submission.js';
import { aminaSubmission } from '../../support/candidates.js';

const forces: Force[] = [
  { id: 'met', name: 'Metropolitan Police Service' },
  { id: 'police-scotland', name: 'Police Scotland' },
];
const unit = sendingProfile(forces);
const english = translatorFor('en');

/** A serving officer's answers as the sending form reads them (read-form.ts): no home administration's country, the status of their category. */
const serving = (status: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) => {
  const { homeAdministrationCountry: _country, phone: _phone, ...base } = aminaSubmission({
    vacancy: 'EULEX-26-07',
    givenName: 'Grace',
    email: 'grace.okafor@met.police.example',
    nationality: 'GB',
    currentTitle: 'Detective Inspector',
    homeAdministration: 'Metropolitan Police Service',
  }) as Record<string, unknown>;
  return {
    ...base,
    languages: ['en'],
    languageLevels: { en: 'C2' },
    education: 'master',
    category: 'serving-police',
    applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example', ...status },
    ...overrides,
  };
};

const errorsOf = (raw: Record<string, unknown>, language: (typeof languages)[number] = 'en') => {
  const result = checkSubmission(raw, translatorFor(language), unit);
  return result.ok ? [] : result.errors;
};

describe('checking a sending unit’s form in the browser with the schema the API takes (issue 18, point 3)', () => {
  it('accepts a serving officer’s answers and sends their status', () => {
    const result = checkSubmission(serving(), english, unit);

    expect(result.ok && result.submission).toMatchObject({ category: 'serving-police', applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes' } });
  });

  it('puts a missing line manager, and a force not the unit’s, beside their own fields', () => {
    const { lineManager: _name, ...status } = serving().applicantStatus;

    const errors = errorsOf(serving({ force: 'kent' }, { applicantStatus: { ...status, force: 'kent' } }));

    expect(errors).toEqual([
      { field: 'applicantStatus.force', message: 'Not one of this unit’s forces: choose yours from the list.'.replace('’', "'") },
      { field: 'applicantStatus.lineManager', message: "Give your line manager's name." },
    ]);
  });

  it.each([
    ['fr', 'Indiquez le nom de votre supérieur hiérarchique.'],
    ['es', 'Indique el nombre de su superior jerárquico.'],
    ['ar', 'يُرجى ذكر اسم رئيسكم المباشر.'],
  ] as const)('says a missing line manager in %s', (language, message) => {
    const { lineManager: _name, ...status } = serving().applicantStatus;

    expect(errorsOf(serving({}, { applicantStatus: status }), language)).toEqual([{ field: 'applicantStatus.lineManager', message }]);
  });

  it('asks a civilian expert their field and the roster, and an unchosen category in the unit’s words', () => {
    expect(errorsOf(serving({}, { category: 'civilian-expert', applicantStatus: {} })).map((error) => error.field)).toEqual([
      'applicantStatus.expertise',
      'applicantStatus.onExpertRoster',
    ]);
    expect(errorsOf(serving({}, { category: undefined, homeAdministration: '' }))).toEqual([
      { field: 'category', message: 'Say whether you are a serving police officer, a retired police officer or a civilian expert.' },
      { field: 'homeAdministration', message: 'Enter your employer or police force.' },
    ]);
  });

  it('places the API’s refusal of a status field beside it', () => {
    expect(fieldErrorsFromProblem([{ path: 'body.applicantStatus.lineManagerEmail', message: 'Not an email address.' }])).toEqual([
      { field: 'applicantStatus.lineManagerEmail', message: 'Not an email address.' },
    ]);
  });
});

/** Inputs that break each new message of the sending schemas and the mission post's. */
const missionCheck = z.strictObject({ deadline: z.string(), mission: missionPostSchema }).check(z.superRefine(checkMissionDeadline));
const badInputs: Array<[string, z.ZodMiniType, unknown]> = [
  ['an unknown category', sendingSubmissionSchema(forces), serving({}, { category: 'detective' })],
  ['each missing status field', sendingSubmissionSchema(forces), serving({}, { category: 'serving-police', applicantStatus: {} })],
  ['a retired officer without the day', sendingSubmissionSchema(forces), serving({}, { category: 'retired-police', applicantStatus: { formerForce: 'x--' } })],
  ['a civilian without the roster', sendingSubmissionSchema(forces), serving({}, { category: 'civilian-expert', applicantStatus: { expertise: 'cooking' } })],
  ['a serving officer’s foreign fields', sendingSubmissionSchema(forces), serving({ retiredOn: '2020-01-01', expertise: 'media' })],
  ['a retired officer’s foreign field', sendingSubmissionSchema(forces), serving({}, { category: 'retired-police', applicantStatus: { retiredOn: '2020-01-01', force: 'met' } })],
  ['a civilian’s foreign field', sendingSubmissionSchema(forces), serving({}, { category: 'civilian-expert', applicantStatus: { expertise: 'media', onExpertRoster: true, lineManager: 'X' } })],
  ['an unknown force', sendingSubmissionSchema(forces), serving({ force: 'kent' })],
  [
    'a mission post wrong in every field',
    missionCheck,
    { deadline: '2026-12-13', mission: { mission: 'EULEX', organisation: 'NATO', roleCategory: 'catering', rankSought: 'Any', missionDeadline: '2026-12-13', nominationsAllowed: 1.5 } },
  ],
  ['a mission deadline before the national one', missionCheck, { deadline: '2026-12-13', mission: { mission: 'EULEX', organisation: 'EU', roleCategory: 'media', rankSought: 'Any', missionDeadline: '2026-12-01', nominationsAllowed: 1 } }],
];

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues;
};

describe('a sending unit’s validation messages in four languages (shared/i18n/validation.ts)', () => {
  it.each(badInputs)('English says exactly what the schema says: %s', (_name, schema, input) => {
    for (const issue of issuesOf(schema, input)) expect(issueMessage(issue, english)).toBe(issue.message);
  });

  it.each(badInputs)('every other language says each issue by a key of its own, none in English: %s', (_name, schema, input) => {
    for (const language of languages.filter((other) => other !== 'en')) {
      const t = translatorFor(language);
      for (const issue of issuesOf(schema, input)) {
        const message = issueMessage(issue, t);
        expect(message, `${language}: ${issue.message}`).not.toBe(issue.message);
        expect(message, `${language}: ${issue.message}`).not.toBe(t.t('validation.invalid'));
        expect(message, `${language}: ${issue.message}`).not.toMatch(/applicant: leave it out/);
      }
    }
  });

  it('names the category a foreign field is not asked of, in each language', () => {
    const [issue] = issuesOf(sendingSubmissionSchema(forces), serving({ retiredOn: '2020-01-01' }));
    const said = Object.fromEntries(languages.map((language) => [language, issue && issueMessage(issue, translatorFor(language))]));

    expect(said).toEqual({
      en: 'Not asked of a serving-police applicant: leave it out.',
      fr: 'Non demandé à un policier en activité : ne l’indiquez pas.',
      es: 'No se pide a un policía en activo: no lo indique.',
      ar: 'لا يُطلب هذا من ضابط الشرطة العامل: يُرجى حذفه.',
    });
  });
});
