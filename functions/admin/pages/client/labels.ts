/** How the grid words codes: statuses, countries, languages, dates, in the page's language (HR's own tools keep `statusLabels`, English). */
import type { ApplicationRow } from '#shared/admin/application-row.js';
import type { ApplicantCategory, EducationLevel } from '#shared/applications/schema.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { attestedClearance, covers } from '#shared/applications/clearance.js';
import { formatCalendarDate, utcOffset } from '#shared/i18n/format.js';
import { intlLocale } from '#shared/i18n/languages.js';
import { personName } from '#shared/i18n/names.js';
import { language, t } from '../../../pages/client/words.js';

/** A status in English, for HR's tools (bulk moves, the edit conflict message), which stay English. */
export const statusLabels: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  screening: 'Screening',
  shortlisted: 'Shortlisted',
  tested: 'Tested',
  interviewed: 'Interviewed',
  offered: 'Offered',
  appointed: 'Appointed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** A status as the grid, the vacancy switcher and the history say it: in the page's language. */
export const statusLabel = (status: ApplicationStatus): string => t('admin.grid.status', { status });

const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
const languages = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });

export const countryName = (code: string): string => regions.of(code) ?? code;
export const languageName = (code: string): string => languages.of(code) ?? code;

/** A language with the candidate's CEFR level when they gave one ("French C1"); an application made before levels names the language alone. */
export const languageWithLevel = (code: string, levels: ApplicationRow['languageLevels']): string => {
  const level = levels?.[code];
  return level ? `${languageName(code)} ${level}` : languageName(code);
};

const educationKeys: Record<EducationLevel, MessageKey> = {
  secondary: 'admin.grid.education.secondary',
  'post-secondary': 'admin.grid.education.postSecondary',
  bachelor: 'admin.grid.education.bachelor',
  master: 'admin.grid.education.master',
  doctorate: 'admin.grid.education.doctorate',
};

/** The highest education completed (ISCED-based, shared/applications/schema.ts), in the page's words; a code not known yet as it is. */
export const educationLabel = (level: string): string => (level in educationKeys ? t(educationKeys[level as EducationLevel]) : level);

/** Each applicant category of either profile (`allApplicantCategories`) as `admin.grid.category`'s select names it (ICU's options take no hyphen). */
export const categoryOptions: Readonly<Record<ApplicantCategory, string>> = {
  'law-enforcement': 'lawEnforcement',
  'government-official': 'government',
  'serving-police': 'servingPolice',
  'retired-police': 'retiredPolice',
  'civilian-expert': 'civilianExpert',
};

/** A category in the page's words; a code no profile knows (none is stored) as it is. */
export const categoryLabel = (category: string): string =>
  Object.hasOwn(categoryOptions, category) ? t('admin.grid.category', { category: categoryOptions[category as ApplicantCategory] }) : category;

/** The NCB's state in the level the vacancy requires, as a code in no language (the NCB column's value, which a saved filter keeps). */
export const ncbStates = ['awaitingBasic', 'awaitingEnhanced', 'validatedBasic', 'validatedEnhanced', 'belowBasic', 'belowEnhanced', 'declined'] as const;
export type NcbState = (typeof ncbStates)[number];

export const ncbState = (row: Pick<ApplicationRow, 'ncbValidation' | 'requiredClearance'>): NcbState => {
  const validation = row.ncbValidation;
  if (!validation) return `awaiting${row.requiredClearance}`;
  if (validation.decision === 'declined') return 'declined';
  const level = attestedClearance(validation);
  // A validation below the vacancy's level: an old one (Basic), or one before the vacancy was raised.
  if (!covers(level, row.requiredClearance)) return `below${row.requiredClearance}`;
  return `validated${level ?? row.requiredClearance}`;
};

/** An NCB state in the page's words: whole phrases per level, never pieced together. */
export const ncbStateLabel = (state: string): string => t('admin.grid.ncbState', { state });
export const ncbLabel = (row: Pick<ApplicationRow, 'ncbValidation' | 'requiredClearance'>): string => ncbStateLabel(ncbState(row));

/**
 * Whether a row meets its notice's requirements, as a code in no language (the column's value,
 * which a saved filter keeps): the verdict, or `overridden` where HR went on despite a flag.
 */
export const eligibilityStates = ['met', 'unmet', 'unknown', 'overridden'] as const;
export type EligibilityState = (typeof eligibilityStates)[number];
export const eligibilityState = (row: Pick<ApplicationRow, 'eligibility' | 'eligibilityOverride'>): EligibilityState => {
  const verdict = row.eligibility?.verdict ?? 'unknown';
  return verdict !== 'met' && row.eligibilityOverride ? 'overridden' : verdict;
};
export const eligibilityStateLabel = (state: string): string => t('admin.grid.eligibility.state', { state });

/** What the documents column holds per row, as codes in no language (a saved filter keeps them), and their words. */
export const documentStates = ['cvReceived', 'cvMissing', 'letterAwaiting', 'letterReceived', 'letterMissing'] as const;
export type DocumentState = (typeof documentStates)[number];
export const documentStatesOf = (row: Pick<ApplicationRow, 'documents' | 'letterAwaitsNcb'>): DocumentState[] => [
  row.documents.cv ? 'cvReceived' : 'cvMissing',
  row.letterAwaitsNcb ? 'letterAwaiting' : row.documents.confirmationLetter ? 'letterReceived' : 'letterMissing',
];
export const documentStateLabel = (state: string): string => t('admin.grid.document.filter', { value: state });

/** An NCB decision as the history recorded it, in the page's words: its state at the level attested, the screening's date, the NCB's note. */
export const ncbDecisionRecord = (validation: NonNullable<ApplicationRow['ncbValidation']>): string => {
  const level = attestedClearance(validation);
  // A validation that attests no screening (the first version's) is below any level.
  const state: NcbState = validation.decision === 'declined' ? 'declined' : level ? `validated${level}` : 'belowBasic';
  return [ncbStateLabel(state), screeningDate({ ncbValidation: validation }), validation.note].filter(Boolean).join(' · ');
};

/** When the attested screening was done, for the NCB cell's tooltip; old validations carry no date. */
export const screeningDate = (row: Pick<ApplicationRow, 'ncbValidation'>): string =>
  row.ncbValidation?.screenedOn ? t('admin.grid.screenedOn', { date: formatCalendarDate(language, row.ncbValidation.screenedOn) }) : '';

/** The zone the grid shows times in: the browser's own, named beside the grid (issue 14, point 5). */
export const shownTimeZone: string = new Intl.DateTimeFormat().resolvedOptions().timeZone;
/** "Times in Europe/Paris (UTC+01:00)": what the grid's times are. */
/** A left-to-right value (a zone, an offset) isolated in a message, so a right-to-left sentence does not reorder it (U+2066 … U+2069). */
const isolated = (value: string): string => `\u2066${value}\u2069`;
export const timeZoneNote = (now: Date): string => t('admin.grid.timeZone', { zone: isolated(shownTimeZone), offset: isolated(utcOffset(now, shownTimeZone)) });
const dateTime = new Intl.DateTimeFormat(intlLocale(language), { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: shownTimeZone });
const dateOnly = new Intl.DateTimeFormat(intlLocale(language), { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** An instant in the reader's own time zone: "20 Nov 2026, 11:00". */
export const formatDateTime = (iso: string): string => (iso ? dateTime.format(new Date(iso)) : '');
/** A calendar date as written: "13 Dec 2026". */
export const formatDay = (isoDate: string): string => (isoDate ? dateOnly.format(new Date(`${isoDate}T00:00:00Z`)) : '');

/** Who supplied a document; a document stored before suppliers were recorded has none. */
type Supplier = 'candidate' | 'ncb' | 'hr';
const supplierOf = (value: unknown): Supplier | 'unrecorded' => (value === 'candidate' || value === 'ncb' || value === 'hr' ? value : 'unrecorded');

/** The CV's state in one phrase: who supplied it. */
export const cvState = (suppliedBy: unknown): string => t('admin.grid.document.cv', { supplier: supplierOf(suppliedBy) });

/** The confirmation letter's state in one phrase: a candidate's copy counts only once the NCB confirms it. */
export const letterState = (row: Pick<ApplicationRow, 'documents' | 'letterAwaitsNcb'>): string => {
  const letter = row.documents.confirmationLetter;
  if (!letter) return t('admin.grid.document.letter', { state: 'missing' });
  if (row.letterAwaitsNcb) return t('admin.grid.document.letter', { state: 'awaiting' });
  if (letter.confirmedByNcb) return t('admin.grid.document.letter', { state: 'confirmed' });
  return t('admin.grid.document.letter', { state: supplierOf(letter.suppliedBy) });
};

/** A recorded document in the history: when, from whom, and the NCB's confirmation of a candidate's copy. */
export const documentRecord = (value: { receivedAt?: unknown; suppliedBy?: unknown; confirmedByNcb?: { at?: unknown; by?: unknown } }): string => {
  const received = t('admin.grid.history.received', { at: formatDateTime(String(value.receivedAt)), supplier: supplierOf(value.suppliedBy) });
  return value.confirmedByNcb
    ? t('admin.grid.history.confirmed', { received, by: String(value.confirmedByNcb.by), at: formatDateTime(String(value.confirmedByNcb.at)) })
    : received;
};

/**
 * AG Grid's own words in the applications grid (its filters' operators, overlays, the screen
 * reader's hints) in the page's language; a word the catalogue does not name, and every word of
 * the English page, stay AG Grid's.
 */
export const gridWords = (params: { key: string; defaultValue: string }): string =>
  (language === 'en' ? '' : t('admin.grid.ag', { key: params.key })) || params.defaultValue;

/** The candidate's name as written to them: given and family name, or the one name they have. */
export const fullName = (row: Pick<ApplicationRow, 'givenName' | 'familyName'>): string => personName(row);
