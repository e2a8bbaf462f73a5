import type * as z from '#shared/zod.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import type { FieldProblem } from './api.js';

/** An error to show beside one field of the form (`form` when it belongs to none). */
export interface FieldError {
  field: string;
  message: string;
}

/** The form's fields in page order: errors are listed, and focus goes to the first, in this order. */
export const formFieldOrder = [
  'vacancy',
  'givenName',
  'familyName',
  'email',
  'phone',
  'nationality',
  'category',
  'currentTitle',
  'homeAdministration',
  'homeAdministrationCountry',
  'yearsOfExperience',
  'languages',
  'cv',
  'coverLetter',
  'confirmationLetter',
  'privacyConsent',
] as const;
export type FormField = (typeof formFieldOrder)[number];

const isFormField = (name: string): name is FormField => (formFieldOrder as readonly string[]).includes(name);

/** What to say when a field was left empty: the schema's own wording is written for the API. */
const whenEmpty: Partial<Record<FormField, string>> = {
  vacancy: 'Choose the vacancy you are applying for.',
  givenName: 'Enter your given name.',
  familyName: 'Enter your family name.',
  email: 'Enter your email address.',
  nationality: 'Choose your nationality.',
  category: 'Say whether you are a law-enforcement officer or a government official.',
  currentTitle: 'Enter your current job title.',
  homeAdministration: 'Enter your home administration.',
  yearsOfExperience: 'Enter your years of professional experience.',
  languages: 'Choose at least one language.',
  privacyConsent: 'Tick the box to agree to how your personal data is used.',
};

/** What to say when the value has the wrong type (a word where a number goes). */
const whenWrongType: Partial<Record<FormField, string>> = {
  yearsOfExperience: 'Enter a whole number of years, such as 12.',
};

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Errors in the order of the page (those of no field first, as they head the list), one per field. */
export const inPageOrder = (errors: readonly FieldError[]): FieldError[] => {
  const rank = (field: string) => (isFormField(field) ? formFieldOrder.indexOf(field) : -1);
  return [...errors]
    .sort((a, b) => rank(a.field) - rank(b.field))
    .filter((error, i, all) => error.field === 'form' || all.findIndex((other) => other.field === error.field) === i);
};

/** One error per field (the first the schema found), mapped from zod's issue paths to the form's fields. */
export const fieldErrorsFromIssues = (issues: readonly z.core.$ZodIssue[], raw: Record<string, unknown>): FieldError[] => {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const top = issue.path[0];
    const field = typeof top === 'string' && isFormField(top) ? top : 'form';
    if (byField.has(field)) continue;
    const message =
      field !== 'form' && isEmpty(raw[field])
        ? (whenEmpty[field] ?? issue.message)
        : issue.code === 'invalid_type' && field !== 'form'
          ? (whenWrongType[field] ?? issue.message)
          : issue.message;
    byField.set(field, message);
  }
  return inPageOrder([...byField].map(([field, message]) => ({ field, message })));
};

export type SubmissionCheck =
  | { ok: true; submission: z.output<typeof applicationSubmissionSchema> }
  | { ok: false; errors: FieldError[] };

/** The same schema the API validates with, run in the browser. */
export const checkSubmission = (raw: Record<string, unknown>): SubmissionCheck => {
  const result = applicationSubmissionSchema.safeParse(raw);
  return result.success ? { ok: true, submission: result.data } : { ok: false, errors: fieldErrorsFromIssues(result.error.issues, raw) };
};

/** The API's `errors` (`body.email`, …) placed beside the same fields. */
export const fieldErrorsFromProblem = (errors: readonly FieldProblem[]): FieldError[] => {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const [where, top] = error.path.split('.');
    const field = where === 'body' && top && isFormField(top) ? top : 'form';
    if (!byField.has(field)) byField.set(field, error.message);
  }
  return inPageOrder([...byField].map(([field, message]) => ({ field, message })));
};
