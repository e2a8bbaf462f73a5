import { describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { ncbContactBodySchema } from '#shared/ncb/contact.js';
import { confirmationBodySchema } from '#shared/applications/confirmation.js';
import { uploadCompletionSchema, uploadRequestSchema } from '#shared/documents/schema.js';
import { catalogueSources as catalogues } from '#shared/i18n/catalogues/sources.js';
import { en } from '#shared/i18n/catalogues/en.js';
import { languages, type Language } from '#shared/i18n/languages.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { fieldMessage, issueMessage, schemaMessages } from '#shared/i18n/validation.js';
import { aminaSubmission } from '../../support/candidates.js';
import { ValidationFailed } from '#shared/errors.js';
import { idempotencyKeySchema } from '#shared/applications/submit.js';
import { applicationListQuerySchema } from '#shared/admin/application-row.js';
import { ncbLetterConfirmationSchema } from '#shared/admin/ncb-letter-confirmation.js';
import { exportQuerySchema } from '#shared/admin/spreadsheet/export-query.js';
import { completeDocumentUpload } from '#shared/documents/uploads.js';
import { documentKinds } from '#shared/documents/kinds.js';
import { vacancyListQuerySchema, vacancyPathSchema } from '#shared/vacancies/schema.js';
import { applicationPathSchema } from '#functions/applications/application-path.js';
import { documentPathSchema } from '#functions/documents/document-path.js';
import { ncbLetterPath, staffDocumentPath } from '#functions/admin/applications/staff-application-path.js';
import { decodeCursor } from '#functions/adapters/dynamodb/page-cursor.js';
import { jsonBody } from '#functions/http/middleware/json-body.js';
import { validateInput } from '#functions/http/middleware/validate-input.js';

const others = languages.filter((language) => language !== 'en');

/** Bodies a candidate or an NCB officer may send wrong, and the schema that judges each. */
const badInputs: Array<[string, z.ZodMiniType, unknown]> = [
  ['an empty submission', applicationSubmissionSchema, {}],
  [
    'a submission wrong in every field',
    applicationSubmissionSchema,
    {
      vacancy: 'no such number!',
      givenName: ' ',
      familyName: 'Diallo\u202e',
      email: 'not-an-address',
      phone: 'call me',
      nationality: 'fr',
      category: 'detective',
      currentTitle: 'x'.repeat(201),
      homeAdministration: 'Police\nnationale',
      homeAdministrationCountry: 'XX',
      yearsOfExperience: 61.5,
      languages: ['en', 'en', 'zz'],
      privacyConsent: false,
      language: 'de',
      timeZone: 'Mars/Olympus',
      nickname: 'Ami',
    },
  ],
  ['a submission’s language levels and education off their scales', applicationSubmissionSchema, { ...aminaSubmission({ vacancy: '1152' }), languages: ['en'], languageLevels: { en: 'fluent' }, education: 'phd' }],
  ['a level for a language not chosen', applicationSubmissionSchema, { ...aminaSubmission({ vacancy: '1152' }), languages: ['en'], languageLevels: { fr: 'B2' } }],
  ['a submission below the minimums', applicationSubmissionSchema, { yearsOfExperience: -1, languages: [], nationality: 'AQ', homeAdministrationCountry: 'AQ' }],
  ['an NCB validation without its level and date', ncbDecisionSchema, { version: 0, decision: 'validated', screeningAttested: false, note: 'a\u0007' }],
  ['an NCB decline that names a level', ncbDecisionSchema, { version: 2, decision: 'declined', clearance: 'Basic', screenedOn: '2026-02-30' }],
  ['an NCB decision of an unknown kind', ncbDecisionSchema, { version: 'two', decision: 'maybe', screenedOn: '30/01/2026' }],
  ['an NCB contact', ncbContactBodySchema, { email: 'nope', language: 'de' }],
  ['a confirmation token', confirmationBodySchema, { token: 'short' }],
  ['a document offer', uploadRequestSchema, { contentType: 'image/png' }],
  ['a document completion', uploadCompletionSchema, { key: '' }],
  // The paths, queries and headers of the candidate's and the NCB's routes.
  ['an application path', applicationPathSchema, { id: 'not-an-id' }],
  ['a document path', documentPathSchema, { id: '42', kind: 'photo' }],
  ['a staff document path', staffDocumentPath, { id: '42', kind: 'photo' }],
  ['an NCB letter path', ncbLetterPath, { id: '42', kind: 'cv' }],
  ['a vacancy path', vacancyPathSchema, { number: 'no such number!' }],
  ['the vacancies’ listing', vacancyListQuerySchema, { status: 'closed' }],
  ['the grid’s listing', applicationListQuerySchema, { vacancy: '!', status: 'lost', country: 'fr', cursor: 'x'.repeat(2049), limit: '0' }],
  ['the grid’s listing, above its limit', applicationListQuerySchema, { limit: '1001' }],
  ['an export of no id', exportQuerySchema, { ids: ' , ', format: 'pdf' }],
  ['an export of a long id', exportQuerySchema, { ids: 'x'.repeat(65) }],
  ['an export of too many ids', exportQuerySchema, { ids: Array.from({ length: 501 }, (_, index) => `id-${index}`).join(',') }],
  ['an NCB letter confirmation', ncbLetterConfirmationSchema, { version: 0 }],
  ['an Idempotency-Key header', idempotencyKeySchema, 'short'],
];

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues;
};

describe('validation messages in four languages (shared/i18n/validation.ts)', () => {
  it.each(badInputs)('English says exactly what the schema says: %s', (_name, schema, input) => {
    const t = translatorFor('en');
    for (const issue of issuesOf(schema, input)) {
      const expected = issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : issue.message;
      expect(issueMessage(issue, t)).toBe(expected);
    }
  });

  it.each(badInputs)('every other language says each issue in its own words, none in English: %s', (_name, schema, input) => {
    for (const language of others) {
      const t = translatorFor(language);
      for (const issue of issuesOf(schema, input)) {
        const message = issueMessage(issue, t);
        expect(message, `${language}: ${issue.message}`).not.toBe(issue.message);
        expect(message.trim(), issue.message).not.toBe('');
        // Said by a key, not by the catch-all: each message of these schemas is keyed or said by its code.
        expect(message, `${language}: ${issue.message}`).not.toBe(t.t('validation.invalid'));
      }
    }
  });

  it('keys every message the candidate and NCB schemas write, with an English entry that is the schema’s text', () => {
    for (const [message, key] of Object.entries(schemaMessages)) {
      // The catalogues write typographic apostrophes (ICU quotes with a straight one).
      expect(en[key].replace(/’/g, "'"), key).toBe(message);
    }
    const seen = badInputs.flatMap(([, schema, input]) => issuesOf(schema, input)).filter((issue) => issue.code === 'custom' || !/^(Invalid|Too (big|small)|Unrecognized)/.test(issue.message));
    expect(seen.length).toBeGreaterThan(20);
    const unkeyed = seen.map((issue) => issue.message).filter((message) => !(message in schemaMessages) && !/^At most \d+ (characters|ids at once)\.$|^Send a PDF/.test(message));
    expect(unkeyed).toEqual([]);
  });

  it.each([
    ['fr', { 'body.yearsOfExperience': 'Au plus 60.', 'body.privacyConsent': 'Pour faire acte de candidature, vous devez accepter l’avis de confidentialité.' }],
    ['es', { 'body.yearsOfExperience': 'Como máximo 60.', 'body.privacyConsent': 'Para presentar su candidatura, debe aceptar el aviso de privacidad.' }],
    ['ar', { 'body.yearsOfExperience': 'يجب ألا تتجاوز القيمة 60.', 'body.privacyConsent': 'الموافقة على إشعار الخصوصية شرط لتقديم الطلب.' }],
    ['en', { 'body.yearsOfExperience': 'Too big: expected number to be <=60', 'body.privacyConsent': 'Consent to the privacy notice is required to apply.' }],
  ] as Array<[Language, Record<string, string>]>)('says a number above its maximum and a consent not given in %s', (language, expected) => {
    const t = translatorFor(language);
    const issues = issuesOf(applicationSubmissionSchema, { yearsOfExperience: 61, privacyConsent: false });
    const said = Object.fromEntries(issues.map((issue) => [`body.${issue.path.join('.')}`, issueMessage(issue, t)]));

    expect(said).toMatchObject(expected);
  });

  it.each([
    ['fr', 'Ce champ est obligatoire.', '100 caractères au plus.', 'Champ(s) inconnu(s) : nickname.'],
    ['es', 'Este campo es obligatorio.', 'Como máximo 100 caracteres.', 'Campo(s) desconocido(s): nickname.'],
    ['ar', 'هذا الحقل مطلوب.', 'يجب ألا يتجاوز عدد الأحرف 100.', 'حقول غير معروفة: nickname.'],
  ] as Array<[Language, string, string, string]>)('says a missing field, a text too long and an unknown field in %s', (language, missing, tooLong, unknown) => {
    const t = translatorFor(language);
    const issues = issuesOf(applicationSubmissionSchema, { givenName: 'x'.repeat(101), nickname: 'Ami' });
    const said = (path: string) => issues.filter((issue) => issue.path.join('.') === path).map((issue) => issueMessage(issue, t));

    expect(said('email')).toEqual([missing]);
    expect(said('givenName')).toEqual([tooLong]);
    expect(said('')).toEqual([unknown]);
  });

  it('says an issue its schema gave no words for by its code and origin', () => {
    const t = translatorFor('fr');
    const say = (schema: z.ZodMiniType, input: unknown) => issuesOf(schema, input).map((issue) => issueMessage(issue, t));

    expect(say(z.string().check(z.minLength(3)), 'ab')).toEqual(['3 caractères au moins.']);
    expect(say(z.array(z.string()).check(z.minLength(2)), ['a'])).toEqual(['2 éléments au moins.']);
    expect(say(z.number().check(z.minimum(1)), 0)).toEqual(['Au moins 1.']);
    expect(say(z.number(), 'deux')).toEqual(['Veuillez saisir un nombre.']);
    expect(say(z.boolean(), 'oui')).toEqual(['Veuillez répondre par oui ou par non.']);
    expect(say(z.enum(['validated', 'declined']), 'maybe')).toEqual(['L’une des valeurs suivantes : validated, declined.']);
    expect(say(z.string().check(z.regex(/^a/)), 'b')).toEqual(['Le format n’est pas celui attendu.']);
    expect(say(z.string().check(z.refine(() => false, 'A rule no key names.')), 'b')).toEqual(['Cette valeur n’est pas valable.']);
  });

  it('says a rule’s message written outside zod through the same keys, and leaves one no key names as written', () => {
    expect(fieldMessage('The screening date is in the future.', translatorFor('fr'))).toBe('La date de l’enquête de sécurité est dans le futur.');
    expect(fieldMessage('The screening date is in the future.', translatorFor('en'))).toBe('The screening date is in the future.');
    expect(fieldMessage('At most 500 rows per import; this file has 501.', translatorFor('ar'))).toBe('At most 500 rows per import; this file has 501.');
    expect(fieldMessage('يجب ألا يتجاوز عدد الأحرف 100.', translatorFor('ar'))).toBe('يجب ألا يتجاوز عدد الأحرف 100.');
  });

  it('says every message a rule outside zod writes to a candidate or an NCB in each language, none left in English', async () => {
    const messages = await rulesOutsideZod();
    expect(messages.length).toBe(7);
    for (const message of messages) {
      expect(fieldMessage(message, translatorFor('en')), message).toBe(message);
      for (const language of others) {
        const said = fieldMessage(message, translatorFor(language));
        expect(said, `${language}: ${message}`).not.toBe(message);
        expect(said.trim(), `${language}: ${message}`).not.toBe('');
      }
    }
    expect(fieldMessage(messages[0] ?? '', translatorFor('fr'))).toBe(
      'Ce texte n’est pas de l’Unicode bien formé : un demi-codet d’indirection isolé (\\ud800-\\udfff) n’est pas un caractère.',
    );
    expect(fieldMessage(messages[1] ?? '', translatorFor('ar'))).toBe('هذا المؤشر لا يخص هذه القائمة: يُرجى البدء من جديد دون مؤشر.');
  });

  it('names the document of an upload offer’s wrong key in each language, the English entry being the rule’s text', async () => {
    const messages = await offerKeyMessages();
    expect(messages).toHaveLength(documentKinds.length);
    for (const [index, kind] of documentKinds.entries()) {
      expect(translatorFor('en').t('validation.document.offerKey', { kind }).replace(/’/g, "'")).toBe(messages[index]);
    }
    expect(messages.map((message) => fieldMessage(message, translatorFor('es')))).toEqual([
      'No es la clave de una oferta de carga para el CV de esta candidatura.',
      'No es la clave de una oferta de carga para la carta de presentación de esta candidatura.',
      'No es la clave de una oferta de carga para la carta de confirmación de su administración de origen de esta candidatura.',
    ]);
  });

  it('has the validation keys in every catalogue (the catalogue test checks their placeholders)', () => {
    const keys = Object.keys(en).filter((key) => key.startsWith('validation.'));
    expect(keys.length).toBeGreaterThan(40);
    for (const language of languages) for (const key of keys) expect(Object.hasOwn(catalogues[language], key), `${language} ${key}`).toBe(true);
  });
});

/** What a rule throws, as its message: each is produced by the real code, not copied here. */
const thrown = async (run: () => unknown): Promise<string[]> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((issue) => issue.message);
    throw error;
  }
  throw new Error('expected a ValidationFailed');
};

/** The upload offer's wrong key, for each kind of document (the candidate's completion, the NCB's letter). */
const offerKeyMessages = async (): Promise<string[]> => {
  const application = { id: '5b1f4c1e-0000-4000-8000-000000000001' } as Parameters<typeof completeDocumentUpload>[1];
  const said = await Promise.all(documentKinds.map((kind) => thrown(() => completeDocumentUpload({} as never, application, kind, 'uploads/another/key', new Date()))));
  return said.flat();
};

/**
 * The messages the API's rules outside zod can give a candidate or an NCB officer (what
 * fieldMessage says): the JSON body's lone surrogate, a cursor of another listing, a repeated
 * query parameter, the upload offer's wrong key, the screening date in the future (its text is the
 * rule's, shared/admin/ncb-decision.ts). HR-only ones (the import's file) may stay English.
 */
const rulesOutsideZod = async (): Promise<string[]> => {
  const event = (fields: object) => ({ event: { headers: { 'content-type': 'application/json' }, ...fields } }) as never;
  const loneSurrogate = await thrown(() => jsonBody().before?.(event({ body: '{"givenName":"\\ud800"}' })));
  const cursor = await thrown(() => decodeCursor('bm90IGEgY3Vyc29y', { keys: ['pk', 'sk'], partitionKey: 'pk', partition: 'VACANCY#1701', narrowing: '[]' }));
  const repeated = await thrown(() =>
    validateInput({ query: vacancyListQuerySchema }).before?.(event({ queryStringParameters: { status: 'all' }, multiValueQueryStringParameters: { status: ['open', 'all'] } })),
  );
  return [...loneSurrogate, ...cursor, ...repeated, ...(await offerKeyMessages()), 'The screening date is in the future.'];
};
