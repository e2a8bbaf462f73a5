import { documentKinds, documentLabels, type DocumentKind } from '../documents/kinds.js';
import type { MessageKey } from './catalogues/en.js';
import type { Translator } from './translator.js';

/**
 * What a validation issue says, in the reader's language: the API's problem answers
 * (functions/http/middleware/validate-input.ts, problem-errors.ts) and the form's own check in the
 * browser (functions/pages/client/validation.ts) both say it through here, so both use the same
 * words. The schemas keep their English messages, and English answers say exactly them; each is
 * keyed in the catalogues (`validation.*`, whose English entries are the schemas' words, the source
 * the translations are made from), so the other languages say the same thing. An issue whose
 * schema gave no message of its own is said by its code and origin (too short, too long, wrong
 * type, missing) in the organisation's words rather than zod's generic ones; in English it keeps
 * zod's wording, as the API has always answered it.
 */
export interface ValidationIssue {
  code: string;
  message: string;
  path?: readonly PropertyKey[];
}

/** What an issue's code carries besides (zod's `origin`, `minimum`, `maximum`, `expected`, `values`, `keys`, `format`). */
const detail = (issue: ValidationIssue, name: string): unknown => (issue as unknown as Record<string, unknown>)[name];

/** The schemas' own messages that take no value, by their English text (shared/text.ts, the application, documents, NCB decision, …). */
export const schemaMessages: Readonly<Record<string, MessageKey>> = {
  'Required.': 'validation.required',
  'Must not contain control characters such as line breaks.': 'validation.text.controlCharacters',
  'Must not contain line separators or text-direction controls.': 'validation.text.directionControls',
  'Only line breaks are allowed among control characters.': 'validation.text.onlyLineBreaks',
  'Use the YYYY-MM-DD format.': 'validation.date.format',
  'Not a calendar date.': 'validation.date.notCalendarDate',
  'Use the two-letter ISO 3166-1 country code, such as FR.': 'validation.country.code',
  'Not an ISO 3166-1 country code.': 'validation.country.unknown',
  'Only nationals of INTERPOL member countries may apply.': 'validation.nationality.notMember',
  'The home administration must be in an INTERPOL member country: its NCB forwards your application.': 'validation.homeAdministrationCountry.notMember',
  'Not an email address.': 'validation.email',
  'An email address.': 'validation.emailAddress',
  'Digits, spaces and + ( ) . - only, such as +33 4 72 00 00 00.': 'validation.phone',
  'Either law-enforcement or government-official.': 'validation.category',
  'A whole number of years.': 'validation.years.whole',
  'Not an ISO 639-1 language code, such as en.': 'validation.languages.code',
  'At least one language.': 'validation.languages.atLeastOne',
  'Each language once.': 'validation.languages.eachOnce',
  'A CEFR level: A1, A2, B1, B2, C1 or C2.': 'validation.languageLevels.level',
  'A level only for a language you chose in languages.': 'validation.languageLevels.unchosen',
  'One of secondary, post-secondary, bachelor, master, doctorate.': 'validation.education',
  'One of woman, man or another; leave it out to not say.': 'validation.gender',
  'Consent to the privacy notice is required to apply.': 'validation.privacyConsent',
  'Not an IANA time zone such as Europe/Paris.': 'validation.timeZone',
  'One of ar, en, fr, es.': 'validation.language',
  'A vacancy number is 1 to 20 letters, digits or hyphens.': 'validation.vacancyNumber',
  'Use cv, coverLetter or confirmationLetter.': 'validation.document.kind',
  'Required: the key field of the upload offer.': 'validation.document.key',
  'Not a confirmation token: open the link from your receipt email again.': 'validation.confirmationToken',
  'Use 16 to 128 letters, digits, - or _, such as a random UUID.': 'validation.idempotencyKey',
  'Give this parameter once.': 'validation.parameterOnce',
  'A decline attests no screening: leave out clearance and screenedOn.': 'validation.ncb.declineAttestsNothing',
  "A validation names the level of security screening done: Basic or Enhanced, at least the vacancy's.": 'validation.ncb.clearanceRequired',
  'A validation gives the date of the screening (YYYY-MM-DD).': 'validation.ncb.screenedOnRequired',
  'A validation attests the screening: leave out screeningAttested or set it to true, or decline.': 'validation.ncb.screeningAttested',
  'The screening date is in the future.': 'validation.ncb.screenedOnFuture',
  'Not an application id.': 'validation.applicationId',
  'An NCB attaches the confirmation letter only: use confirmationLetter.': 'validation.ncb.letterOnly',
  'Use status=open (the default) or status=all.': 'validation.vacancyList.status',
  'An id has at most 64 characters.': 'validation.export.idLength',
  'Name at least one id.': 'validation.export.atLeastOneId',
  // A sending unit's application and calls (shared/profiles/sending-submission.ts, mission.ts, forces.ts, role-categories.ts).
  'Either serving-police, retired-police or civilian-expert.': 'validation.sending.category',
  'Name your police force: its approver releases you for the mission.': 'validation.sending.force',
  "Give your line manager's name.": 'validation.sending.lineManager',
  "Give your line manager's email address.": 'validation.sending.lineManagerEmail',
  'Give the day you retired.': 'validation.sending.retiredOn',
  'Choose your field of expertise.': 'validation.sending.expertise',
  "Say whether you are on the unit's roster of deployable experts.": 'validation.sending.onExpertRoster',
  "Not one of this unit's forces: choose yours from the list.": 'validation.sending.unknownForce',
  'A force id is 1 to 40 lowercase letters, digits or inner hyphens, such as met.': 'validation.sending.forceId',
  'EU, UN or OSCE.': 'validation.mission.organisation',
  'One of the five police or ten civilian role categories.': 'validation.mission.roleCategory',
  'One of the ten civilian role categories.': 'validation.mission.civilianRoleCategory',
  "The mission's deadline must fall after the national deadline: the unit nominates in between.": 'validation.mission.deadlineOrder',
  'A whole number.': 'validation.wholeNumber',
  // A sending unit's releases (shared/release/schema.ts) and a retirement's day (shared/applications/submit.ts).
  'The day you retired cannot be in the future.': 'validation.sending.retiredInFuture',
  'Either approved or refused.': 'validation.release.decision',
  'An approval names the first day released.': 'validation.release.from',
  'An approval names the last day released.': 'validation.release.until',
  'The last day released is before the first.': 'validation.release.order',
  'A refusal releases no period: leave out from and until.': 'validation.release.noPeriod',
  'A refusal says why, for the officer and the unit.': 'validation.release.reason',
  // A sending unit's nominations to the mission (shared/nomination/schema.ts).
  'A nomination is withdrawn with a reason.': 'validation.nomination.reason',
  'The day the package went to the mission.': 'validation.nomination.sentOn',
  'selected, reserve or not-selected.': 'validation.nomination.outcome',
  'The day the mission answered.': 'validation.nomination.answeredOn',
  // Rules outside zod (said through fieldMessage): the JSON body's reader, the listings' cursor and scope.
  'Not well-formed Unicode text: a lone surrogate (\\ud800-\\udfff) is not a character.': 'validation.text.loneSurrogate',
  'Not a cursor of this listing: start again without one.': 'validation.cursor',
  'Name a vacancy (vacancy=1152) or a country (country=FR).': 'validation.listing.scope',
};

/** A document kind read back from its English label (shared/documents/kinds.ts), for a message that names it. */
const kindByLabel = new Map<string, DocumentKind>(documentKinds.map((kind) => [documentLabels[kind], kind]));
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The schemas' own messages that carry a value, read back from their English text. */
const valuedMessages: ReadonlyArray<{ pattern: RegExp; key: MessageKey; values: (match: RegExpExecArray) => Record<string, string | number> }> = [
  { pattern: /^At most (\d+) characters\.$/, key: 'validation.text.atMostCharacters', values: (match) => ({ max: Number(match[1]) }) },
  {
    pattern: /^Send a PDF \(([^)]+)\) or a Word document \(([^)]+)\)\.$/,
    key: 'validation.document.contentType',
    values: (match) => ({ pdf: match[1] ?? '', word: match[2] ?? '' }),
  },
  { pattern: /^At most (\d+) ids at once\.$/, key: 'validation.export.atMostIds', values: (match) => ({ max: Number(match[1]) }) },
  { pattern: /^Not asked of a ([a-z-]+) applicant: leave it out\.$/, key: 'validation.sending.notAsked', values: (match) => ({ category: (match[1] ?? '').replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase()) }) },
  {
    pattern: new RegExp(`^Not the key of an upload offer for this application's (${[...kindByLabel.keys()].map(escaped).join('|')})\\.$`),
    key: 'validation.document.offerKey',
    values: (match) => ({ kind: kindByLabel.get(match[1] ?? '') ?? 'other' }),
  },
];

const numeric = (value: unknown): number | undefined => {
  const number = typeof value === 'bigint' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

/** zod's English message for a missing value ("… received undefined"): the issue itself keeps no input. */
const isMissing = (issue: ValidationIssue): boolean => issue.code === 'invalid_type' && /received undefined$/.test(issue.message);

/** An issue its schema said nothing of its own about, said by its code. */
const byCode = (issue: ValidationIssue, t: Translator): string => {
  const minimum = numeric(detail(issue, 'minimum'));
  const maximum = numeric(detail(issue, 'maximum'));
  const origin = detail(issue, 'origin');
  const expected = detail(issue, 'expected');
  const values = detail(issue, 'values');
  const keys = detail(issue, 'keys');
  if (isMissing(issue)) return t.t('validation.required');
  switch (issue.code) {
    case 'invalid_type':
      return t.t('validation.type', { expected: typeof expected === 'string' ? expected : 'other' });
    case 'too_small':
      if (minimum === undefined) break;
      if (origin === 'string') return t.t('validation.text.atLeastCharacters', { min: minimum });
      if (origin === 'array' || origin === 'set') return t.t('validation.list.atLeast', { min: minimum });
      return t.t('validation.number.atLeast', { min: minimum });
    case 'too_big':
      if (maximum === undefined) break;
      if (origin === 'string') return t.t('validation.text.atMostCharacters', { max: maximum });
      if (origin === 'array' || origin === 'set') return t.t('validation.list.atMost', { max: maximum });
      return t.t('validation.number.atMost', { max: maximum });
    case 'invalid_value':
      if (Array.isArray(values) && values.length > 0) return t.t('validation.oneOf', { values: values.map(String).join(', ') });
      break;
    case 'invalid_format':
      return detail(issue, 'format') === 'email' ? t.t('validation.email') : t.t('validation.format');
    case 'unrecognized_keys':
      return t.t('validation.unknownFields', { fields: Array.isArray(keys) ? keys.map(String).join(', ') : '' });
  }
  return t.t('validation.invalid');
};

/** A schema's own message, keyed, in the translator's language; undefined when no key names it. */
const keyedMessage = (message: string, t: Translator): string | undefined => {
  const fixed = schemaMessages[message];
  if (fixed) return t.t(fixed);
  for (const { pattern, key, values } of valuedMessages) {
    const match = pattern.exec(message);
    if (match) return t.t(key, values(match));
  }
  return undefined;
};

/**
 * The message of one issue in the translator's language. English is the schema's message as it
 * stands (zod's own for an issue its schema said nothing about); an unknown field is named.
 */
export const issueMessage = (issue: ValidationIssue, t: Translator): string => {
  if (issue.code === 'unrecognized_keys') return byCode(issue, t);
  if (t.language === 'en') return issue.message;
  return keyedMessage(issue.message, t) ?? byCode(issue, t);
};

/**
 * A message written in English by a rule outside zod (a `ValidationFailed` thrown with a path and a
 * message, such as the NCB's future screening date), in the translator's language through the same
 * keys as the schemas'; a message no key names stays as written (HR's rules, in English).
 */
export const fieldMessage = (message: string, t: Translator): string => (t.language === 'en' ? message : (keyedMessage(message, t) ?? message));
