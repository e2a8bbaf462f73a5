/**
 * The NCB's proposal form as the API's body (issue 15, point 7), checked in the browser with the
 * API's own schema (shared/proposals/schema.ts) and said in the page's language: a field left empty
 * is asked for by name, addressed to the NCB about its officer; every other message is the schema's,
 * said through shared/i18n/validation.ts as the API says it. No DOM here, so it is tested alone.
 */
import type * as z from '#shared/zod.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { formatList } from '#shared/i18n/format.js';
import { intlLocale } from '#shared/i18n/languages.js';
import type { Translator } from '#shared/i18n/translator.js';
import { issueMessage } from '#shared/i18n/validation.js';
import { readNumber } from '#shared/numerals.js';
import { proposalCreateSchema, type ProposalCreate } from '#shared/proposals/schema.js';
import type { FieldProblem } from '../../../pages/client/api.js';

/** The form's fields in page order: errors are shown, and focus goes to the first, in this order. */
export const proposalFields = [
  'givenName',
  'familyName',
  'email',
  'nationality',
  'rank',
  'homeAdministration',
  'yearsOfExperience',
  'education',
  'preferredLanguage',
  'languages',
  'languageLevels',
  'areas',
  'availableFrom',
  'durationMonths',
  'note',
  'clearance',
  'screenedOn',
] as const;
export type ProposalField = (typeof proposalFields)[number];

/** What the form holds, as read from it (client/ncb-proposals-view.ts): text as typed, the boxes ticked, a level per language. */
export type ProposalFormValues = Record<Exclude<ProposalField, 'languages' | 'languageLevels' | 'areas'>, string> & {
  languages: string[];
  languageLevels: Record<string, string>;
  areas: string[];
};

export interface ProposalFieldError {
  /** A field of the form, or `form` for a message of none. */
  field: ProposalField | 'form';
  message: string;
}

const officerFields = new Set<ProposalField>(['givenName', 'familyName', 'email', 'nationality', 'rank', 'homeAdministration', 'yearsOfExperience', 'education', 'preferredLanguage', 'languages', 'languageLevels']);
const offerFields = new Set<ProposalField>(['areas', 'availableFrom', 'durationMonths', 'note']);

/** Text left empty is not sent (the schema then says it is required); a number is read in any script's digits. */
const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const number = (value: string): unknown => readNumber(value);

/** The body of `POST /admin/proposals` as the form has it, before validation. */
export const proposalInput = (values: ProposalFormValues): Record<string, unknown> => ({
  officer: {
    givenName: values.givenName,
    ...(text(values.familyName) === undefined ? {} : { familyName: values.familyName }),
    email: values.email,
    nationality: text(values.nationality),
    rank: values.rank,
    homeAdministration: values.homeAdministration,
    yearsOfExperience: number(values.yearsOfExperience),
    education: text(values.education),
    languages: values.languages,
    ...(Object.keys(values.languageLevels).length === 0 ? {} : { languageLevels: values.languageLevels }),
    preferredLanguage: text(values.preferredLanguage),
  },
  offer: {
    areas: values.areas,
    availableFrom: text(values.availableFrom),
    durationMonths: number(values.durationMonths),
    ...(text(values.note) === undefined ? {} : { note: values.note }),
  },
  screening: { clearance: text(values.clearance), screenedOn: text(values.screenedOn) },
});

/** What to say of a field left empty: the schema's words are written for the API. */
const whenEmpty: Partial<Record<ProposalField, MessageKey>> = {
  givenName: 'admin.proposals.form.empty.givenName',
  email: 'admin.proposals.form.empty.email',
  nationality: 'admin.proposals.form.empty.nationality',
  rank: 'admin.proposals.form.empty.rank',
  homeAdministration: 'admin.proposals.form.empty.homeAdministration',
  yearsOfExperience: 'admin.proposals.form.empty.yearsOfExperience',
  education: 'admin.proposals.form.empty.education',
  preferredLanguage: 'admin.proposals.form.empty.preferredLanguage',
  languages: 'admin.proposals.form.languages.missing',
  areas: 'admin.proposals.form.areas.missing',
  availableFrom: 'admin.proposals.form.empty.availableFrom',
  durationMonths: 'admin.proposals.form.empty.durationMonths',
  clearance: 'admin.proposals.form.empty.clearance',
  screenedOn: 'admin.proposals.form.empty.screenedOn',
};

const isProposalField = (name: unknown): name is ProposalField => typeof name === 'string' && (proposalFields as readonly string[]).includes(name);

/** The form's field an issue's or a problem's path names (`officer.email`, `offer.areas.0`), or `form`. */
export const fieldOfPath = (path: readonly PropertyKey[]): ProposalField | 'form' => {
  const [part, name] = path;
  if (!isProposalField(name)) return 'form';
  if (part === 'officer' && officerFields.has(name)) return name;
  if (part === 'offer' && offerFields.has(name)) return name;
  if (part === 'screening' && (name === 'clearance' || name === 'screenedOn')) return name;
  return 'form';
};

const isEmpty = (value: string | readonly string[]): boolean => (typeof value === 'string' ? value.trim() === '' : value.length === 0);

/** Errors in page order, one per field (the first said), those of no field first. */
const inPageOrder = (errors: readonly ProposalFieldError[]): ProposalFieldError[] => {
  const rank = (field: ProposalFieldError['field']) => (field === 'form' ? -1 : proposalFields.indexOf(field));
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field)).filter((error, i, all) => error.field === 'form' || all.findIndex((other) => other.field === error.field) === i);
};

/** What the form asks beyond the schema: a level for every language chosen, each language without one named. */
const levelsMissing = (values: ProposalFormValues, t: Translator): ProposalFieldError[] => {
  const without = values.languages.filter((code) => !Object.hasOwn(values.languageLevels, code));
  if (without.length === 0) return [];
  const names = new Intl.DisplayNames([intlLocale(t.language)], { type: 'language', fallback: 'code' });
  return [{ field: 'languageLevels', message: t.t('admin.proposals.form.levels.missing', { names: formatList(t.language, without.map((code) => names.of(code) ?? code)) }) }];
};

export type ProposalCheck = { ok: true; body: ProposalCreate } | { ok: false; errors: ProposalFieldError[] };

/** The form checked with the API's schema, its messages in `t`'s language. */
export const checkProposal = (values: ProposalFormValues, t: Translator): ProposalCheck => {
  const result = proposalCreateSchema.safeParse(proposalInput(values));
  const asked = levelsMissing(values, t);
  if (result.success && asked.length === 0) return { ok: true, body: result.data };
  const errors = (result.success ? [] : result.error.issues).map((issue: z.core.$ZodIssue): ProposalFieldError => {
    const field = fieldOfPath(issue.path);
    const empty = field !== 'form' && field !== 'languageLevels' && isEmpty(values[field]);
    const key = empty ? whenEmpty[field] : (field === 'yearsOfExperience' || field === 'durationMonths') && issue.code === 'invalid_type' ? 'admin.proposals.form.notNumber' : undefined;
    return { field, message: key ? t.t(key) : issueMessage(issue, t) };
  });
  return { ok: false, errors: inPageOrder([...errors, ...asked]) };
};

/** The API's `errors` (`body.officer.email`, …) beside the same fields; it words them in the page's language. */
export const fieldErrorsFromProblem = (errors: readonly FieldProblem[]): ProposalFieldError[] =>
  inPageOrder(errors.map((error) => ({ field: error.path.startsWith('body.') ? fieldOfPath(error.path.split('.').slice(1)) : 'form', message: error.message })));
