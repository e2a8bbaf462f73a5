import { describe, expect, it } from 'vitest';
import { checkSubmission, fieldErrorsFromProblem, inPageOrder } from '#functions/pages/client/validation.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { aminaSubmission } from '../../support/candidates.js';

const english = translatorFor('en');

const { phone: _phone, ...submission } = aminaSubmission({ email: 'Amina.Diallo@police.example' });
/** As the form sends it: a level for each language and the education, which the form asks (the API takes them as optional). */
const valid = { ...submission, languages: ['en', 'fr'], languageLevels: { en: 'C1', fr: 'B2' }, education: 'master' };

const errorsOf = (raw: Record<string, unknown>) => {
  const result = checkSubmission(raw, english);
  return result.ok ? [] : result.errors;
};

describe('checking the form in the browser with the shared schema', () => {
  it('accepts a valid submission and gives what the API is sent', () => {
    const result = checkSubmission(valid, english);

    expect(result).toEqual({ ok: true, submission: { ...valid, email: 'amina.diallo@police.example' } });
  });

  it('puts each problem beside its field, in page order, one per field', () => {
    const errors = errorsOf({ ...valid, email: 'amina@', yearsOfExperience: 2.5, vacancy: undefined, languages: ['en', 'en'] });

    expect(errors).toEqual([
      { field: 'vacancy', message: 'Choose the vacancy you are applying for.' },
      { field: 'email', message: 'Not an email address.' },
      { field: 'yearsOfExperience', message: 'Enter a whole number of years, such as 12.' },
      { field: 'languages', message: 'Each language once.' },
    ]);
  });

  it('says what to do for every empty required field, rather than the schema’s API wording; an empty family name is a person with one name', () => {
    const empty = { givenName: '', familyName: ' ', email: '', nationality: '', currentTitle: '', homeAdministration: '', languages: [], privacyConsent: false };

    const errors = errorsOf(empty);

    expect(errors.map((error) => error.field)).toEqual([
      'vacancy', 'givenName', 'email', 'nationality', 'category', 'currentTitle', 'homeAdministration', 'yearsOfExperience', 'education', 'languages', 'privacyConsent',
    ]);
    expect(errors.find((error) => error.field === 'privacyConsent')?.message).toBe('Tick the box to agree to how your personal data is used.');
    expect(errors.every((error) => !/Invalid input|expected/.test(error.message))).toBe(true);
  });

  it('asks a level for every language chosen, naming each without one, and the highest education (issue 15, point 3)', () => {
    const { education: _education, ...noEducation } = valid;
    expect(errorsOf({ ...noEducation, languages: ['en', 'fr', 'wo'], languageLevels: { en: 'C1' } })).toEqual([
      { field: 'education', message: 'Choose the highest education you completed.' },
      { field: 'languageLevels', message: 'Choose your level in French and Wolof.' },
    ]);
    expect(checkSubmission({ ...valid, languages: ['ar', 'wo'], languageLevels: { ar: 'C2' } }, translatorFor('ar'))).toEqual({
      ok: false,
      errors: [{ field: 'languageLevels', message: 'يُرجى اختيار مستواكم في: الولوفية.' }],
    });
    expect(checkSubmission({ ...valid, languageLevels: { en: 'C1' } }, translatorFor('fr'))).toEqual({
      ok: false,
      errors: [{ field: 'languageLevels', message: 'Veuillez choisir votre niveau pour : français.' }],
    });
  });

  it('says a level the schema refuses, and one for a language not chosen, in the page’s language', () => {
    expect(errorsOf({ ...valid, languageLevels: { en: 'C1', fr: 'fluent' } })).toEqual([{ field: 'languageLevels', message: 'A CEFR level: A1, A2, B1, B2, C1 or C2.' }]);
    expect(checkSubmission({ ...valid, languageLevels: { en: 'C1', fr: 'B2', de: 'B1' } }, translatorFor('es'))).toEqual({
      ok: false,
      errors: [{ field: 'languageLevels', message: 'Un nivel solo para un idioma elegido en languages.' }],
    });
    expect(checkSubmission({ ...valid, education: 'phd' }, translatorFor('fr'))).toEqual({
      ok: false,
      errors: [{ field: 'education', message: 'L’une des valeurs secondary, post-secondary, bachelor, master ou doctorate.' }],
    });
  });

  it('words a word in the years field for a person', () => {
    expect(errorsOf({ ...valid, yearsOfExperience: 'twelve' })).toEqual([
      { field: 'yearsOfExperience', message: 'Enter a whole number of years, such as 12.' },
    ]);
  });

  it('keeps the schema’s message for a value that is there but wrong', () => {
    expect(errorsOf({ ...valid, nationality: 'KP' })).toEqual([
      { field: 'nationality', message: 'Only nationals of INTERPOL member countries may apply.' },
    ]);
    expect(errorsOf({ ...valid, givenName: 'Amina\r\nBcc: x@example.com' })[0]?.field).toBe('givenName');
  });

  it('places the API’s field errors (body.email) beside the same fields, and the rest at the top', () => {
    const errors = fieldErrorsFromProblem([
      { path: 'body.email', message: 'Not an email address.' },
      { path: 'body', message: 'Unknown field(s): extra.' },
      { path: 'body.vacancy', message: 'A vacancy number is 1 to 20 letters, digits or hyphens.' },
    ]);

    expect(errors).toEqual([
      { field: 'form', message: 'Unknown field(s): extra.' },
      { field: 'vacancy', message: 'A vacancy number is 1 to 20 letters, digits or hyphens.' },
      { field: 'email', message: 'Not an email address.' },
    ]);
  });

  it('orders combined errors by the page and keeps one per field', () => {
    expect(
      inPageOrder([
        { field: 'cv', message: 'Attach your CV.' },
        { field: 'email', message: 'a' },
        { field: 'email', message: 'b' },
      ]),
    ).toEqual([
      { field: 'email', message: 'a' },
      { field: 'cv', message: 'Attach your CV.' },
    ]);
  });

  it('accepts a candidate with one name: the family name left empty is not sent', () => {
    const result = checkSubmission({ ...valid, familyName: '' }, english);

    expect(result.ok && result.submission.familyName).toBe(undefined);
    expect(result.ok && result.submission.givenName).toBe(valid.givenName);
  });

  it.each([
    ['fr', 'Veuillez choisir l’avis de vacance auquel vous répondez.', 'Ce n’est pas une adresse électronique valable.', 'Veuillez saisir un nombre entier d’années, par exemple 12.', 'Chaque langue une seule fois.'],
    ['es', 'Elija el anuncio de vacante al que se presenta.', 'No es una dirección de correo electrónico válida.', 'Escriba un número entero de años, por ejemplo, 12.', 'Cada idioma una sola vez.'],
    ['ar', 'يُرجى اختيار الوظيفة الشاغرة التي تتقدمون إليها.', 'هذا ليس عنوان بريد إلكتروني صالحًا.', 'يُرجى إدخال عدد صحيح من السنوات، مثل 12.', 'تُذكر كل لغة مرة واحدة فقط.'],
  ] as const)('says each problem in the page’s language (%s), in the words the API uses for the same issue', (language, vacancy, email, years, languages) => {
    const result = checkSubmission({ ...valid, email: 'amina@', yearsOfExperience: 'douze', vacancy: undefined, languages: ['en', 'en'] }, translatorFor(language));

    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'vacancy', message: vacancy },
      { field: 'email', message: email },
      { field: 'yearsOfExperience', message: years },
      { field: 'languages', message: languages },
    ]);
  });

  it('says a value that is there but wrong in the page’s language, never in zod’s words', () => {
    const result = checkSubmission({ ...valid, yearsOfExperience: 61, nationality: 'KP' }, translatorFor('fr'));

    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'nationality', message: 'Seuls les ressortissants des pays membres d’INTERPOL peuvent faire acte de candidature.' },
      { field: 'yearsOfExperience', message: 'Au plus 60.' },
    ]);
  });
});
