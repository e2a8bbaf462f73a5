import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { languageCodes } from '#shared/reference/languages.js';
import { aminaSubmission } from '../../support/candidates.js';

const SEED = 20261122;

const amina = aminaSubmission({ vacancy: '1152', email: 'Amina.Diallo@Police.example' });

const errorPaths = (input: unknown) => {
  const result = applicationSubmissionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.') || issue.code);
};

describe('the application submission schema', () => {
  it('accepts DESIGN.md’s example and lower-cases the email for the one-per-vacancy rule', () => {
    const result = applicationSubmissionSchema.parse(amina);
    expect(result.email).toBe('amina.diallo@police.example');
    expect(result.givenName).toBe('Amina');
  });

  it('accepts a submission without the optional phone', () => {
    const { phone: _phone, ...withoutPhone } = amina;
    expect(applicationSubmissionSchema.safeParse(withoutPhone).success).toBe(true);
  });

  it('accepts a candidate with one name: the family name is optional, an empty one still refused', () => {
    const { familyName: _familyName, ...oneName } = amina;
    expect(applicationSubmissionSchema.safeParse(oneName).success).toBe(true);
    expect(errorPaths({ ...amina, familyName: '' })).toEqual(['familyName']);
  });

  it('takes the candidate’s language, one of the four, or none', () => {
    expect(applicationSubmissionSchema.parse({ ...amina, language: 'ar' }).language).toBe('ar');
    expect(applicationSubmissionSchema.parse(amina).language).toBeUndefined();
    expect(errorPaths({ ...amina, language: 'de' })).toEqual(['language']);
    expect(errorPaths({ ...amina, language: 'fr-CA' })).toEqual(['language']);
  });

  it('takes the candidate’s own time zone when the browser gives it, an IANA one only', () => {
    expect(applicationSubmissionSchema.parse({ ...amina, timeZone: 'America/Mexico_City' }).timeZone).toBe('America/Mexico_City');
    expect(errorPaths({ ...amina, timeZone: 'Mars/Olympus_Mons' })).toEqual(['timeZone']);
    expect(errorPaths({ ...amina, timeZone: 'Europe/Paris\r\nBcc: x' })).toEqual(['timeZone']);
  });

  it('refuses unknown fields instead of ignoring them', () => {
    const result = applicationSubmissionSchema.safeParse({ ...amina, isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each([
    ['KP', 'Only nationals of INTERPOL member countries may apply.'],
    ['XX', 'Not an ISO 3166-1 country code.'],
    ['sn', 'Use the two-letter ISO 3166-1 country code, such as FR.'],
  ])('refuses nationality %s: %s', (nationality, message) => {
    const result = applicationSubmissionSchema.safeParse({ ...amina, nationality });
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it.each([
    ['a line separator (U+2028)', 'Diallo\u2028Bcc'],
    ['a paragraph separator (U+2029)', 'Diallo\u2029Ba'],
    ['a right-to-left override (U+202E)', 'Diallo\u202Efdp.exe'],
    ['a right-to-left isolate (U+2067)', '\u2067Diallo'],
  ])('refuses a name with %s, which breaks lines or disguises text', (_what, familyName) => {
    expect(errorPaths({ ...amina, familyName })).toEqual(['familyName']);
  });

  it('accepts names in other scripts, right-to-left ones included', () => {
    expect(errorPaths({ ...amina, givenName: 'أمينة', familyName: 'Ngô Thị' })).toEqual([]);
  });

  it('refuses names with line breaks, which would forge email headers and CSV rows', () => {
    expect(errorPaths({ ...amina, familyName: 'Diallo\r\nBcc: everyone@example.org' })).toEqual(['familyName']);
  });

  it('refuses unknown or repeated languages and an empty list', () => {
    expect(errorPaths({ ...amina, languages: ['en', 'xx'] })).toEqual(['languages.1']);
    expect(errorPaths({ ...amina, languages: ['en', 'en'] })).toEqual(['languages']);
    expect(errorPaths({ ...amina, languages: [] })).toEqual(['languages']);
  });

  it('requires consent to the privacy notice, as the literal true', () => {
    expect(errorPaths({ ...amina, privacyConsent: false })).toEqual(['privacyConsent']);
    expect(errorPaths({ ...amina, privacyConsent: 'yes' })).toEqual(['privacyConsent']);
  });

  it('refuses fractional or negative years and a category outside the two', () => {
    expect(errorPaths({ ...amina, yearsOfExperience: 2.5 })).toEqual(['yearsOfExperience']);
    expect(errorPaths({ ...amina, yearsOfExperience: -1 })).toEqual(['yearsOfExperience']);
    expect(errorPaths({ ...amina, category: 'contractor' })).toEqual(['category']);
  });

  it(`never throws, whatever JSON arrives (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        applicationSubmissionSchema.safeParse(value);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it(`accepts every well-formed submission and refuses it with any extra key (fast-check seed ${SEED})`, () => {
    const members = [...memberCountryCodes];
    const languages = [...languageCodes];
    const printable = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0 && !/\p{Cc}/u.test(s));
    const submission = fc.record({
      vacancy: fc.stringMatching(/^[0-9]{1,6}$/),
      givenName: printable,
      familyName: printable,
      email: fc.emailAddress(),
      nationality: fc.constantFrom(...members),
      category: fc.constantFrom('law-enforcement', 'government-official'),
      currentTitle: printable,
      homeAdministration: printable,
      yearsOfExperience: fc.integer({ min: 0, max: 60 }),
      languages: fc.uniqueArray(fc.constantFrom(...languages), { minLength: 1, maxLength: 5 }),
      privacyConsent: fc.constant(true),
    });
    const extraKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !(key in amina) && key !== '__proto__');
    fc.assert(
      fc.property(submission, extraKey, (valid, key) => {
        const accepted = applicationSubmissionSchema.safeParse(valid);
        if (!accepted.success) return false;
        return !applicationSubmissionSchema.safeParse({ ...valid, [key]: 'x' }).success;
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
