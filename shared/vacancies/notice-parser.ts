/**
 * Vacancy-notice parser: the text HR pastes -> a `Vacancy` draft, plus every field it could not read.
 *
 * It never guesses. It reads labelled header lines ("Grade: 3", label then colon) and two fixed
 * phrasings ("VACANCY NOTICE 1152", "... as a <title> within the <unit> which is part of ..."),
 * and anything it cannot read with confidence is left out of the draft and listed with a reason.
 * It is table-driven: `FIELD_SPECS` is one row per way of reading a field, so a new label synonym
 * is one regex. Pure TypeScript (shared/ is bundled into the browser too).
 */
import { parseNoticeBody, type NoticeUnread } from './notice-body-parser.js';
import { noticeParts } from './notice-schema.js';
import { vacancyDraftSchema } from './schema.js';
import type { SecondmentType, Vacancy, VacancyDraft } from './schema.js';

export interface ParsedNotice {
  /** Only fields read with confidence, the notice's body (`notice`) among them; always passes `vacancyDraftSchema`. */
  draft: VacancyDraft;
  /** Each header field that could not be read, with a short human reason. Never `status` (a notice has none). */
  unreadable: Array<{ field: keyof Vacancy; reason: string }>;
  /** Each part of the notice's body that could not be read (notice-body-parser.ts), with why. */
  noticeUnread: NoticeUnread[];
}

export interface ParseNoticeOptions {
  /** Extra duty stations, city -> IANA time zone; they override the built-in table. */
  timeZones?: Record<string, string>;
}

/** The header's fields; the body (`notice`) has its own parser. */
type Field = Exclude<keyof Vacancy, 'status' | 'notice'>;
type Unreadable = ParsedNotice['unreadable'][number];
/** A read value as a draft fragment, or why not (and under which field, when not the spec's own). */
type Read = { ok: true; value: VacancyDraft } | { ok: false; reason: string; field?: Field };

/** The order `unreadable` is reported in: the order of the `Vacancy` JSON. */
const FIELD_ORDER: readonly Field[] = [
  'number', 'title', 'unit', 'reportingTo', 'location', 'timeZone', 'grade',
  'durationMonths', 'endsOn', 'posts', 'clearance', 'secondmentType', 'publishedAt', 'deadline',
];

/**
 * One answer per slot. `durationMonths` and `endsOn` share a slot: a notice gives one or the other,
 * and when it gives neither (or both) it is `durationMonths` that is reported.
 * `timeZone` has no slot: it is derived from the duty station.
 */
const SLOTS = [
  'number', 'title', 'unit', 'reportingTo', 'location', 'grade', 'durationMonths',
  'posts', 'clearance', 'secondmentType', 'publishedAt', 'deadline',
] as const;
type Slot = (typeof SLOTS)[number];

/** The organisation's duty stations. Keys are matched without case or accents. */
const DUTY_STATIONS: Readonly<Record<string, string>> = {
  Lyon: 'Europe/Paris',
  Singapore: 'Asia/Singapore',
  'Buenos Aires': 'America/Argentina/Buenos_Aires',
  Nairobi: 'Africa/Nairobi',
  Abidjan: 'Africa/Abidjan',
  Yaoundé: 'Africa/Douala',
  Harare: 'Africa/Harare',
  'San Salvador': 'America/El_Salvador',
  Bangkok: 'Asia/Bangkok',
  Brussels: 'Europe/Brussels',
  'New York': 'America/New_York',
  Vienna: 'Europe/Vienna',
  'The Hague': 'Europe/Amsterdam',
};

// ---------------------------------------------------------------------------------------------
// Small text helpers

const ok = (value: VacancyDraft): Read => ({ ok: true, value });
const fail = (reason: string, field?: Field): Read => ({ ok: false, reason, ...(field ? { field } : {}) });

/** A value as shown in a reason: quoted, and short. */
const quote = (value: string): string => `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;

/** Case-, accent- and space-insensitive form, to compare values and look up duty stations. */
const fold = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A footnote mark at the end of a value: `3*`, `Basic¹`, `... (1)`, `... [1]`, `†`. */
const FOOTNOTE_MARK = /\s?(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:\d{1,2}|[a-z]|\*{1,3})\)|\[(?:\d{1,2}|[a-z]|\*{1,3})\])$/iu;

/** A value carries a mark or two ("3* (1)"); the bound keeps a pathological paste from going quadratic. */
const stripFootnotes = (value: string): string => {
  let current = value.trim();
  for (let pass = 0; pass < 4; pass++) {
    const stripped = current.replace(FOOTNOTE_MARK, '').trim();
    if (stripped === current) break;
    current = stripped;
  }
  return current;
};

/** Values that only say "not known yet". */
const PLACEHOLDER = /^(?:n\/?a|tbd|tbc|to be (?:confirmed|determined)|none|-+|–|—|\?+|\.+)$/i;

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "36", "36.00", "36,0" -> 36; "36.5" -> 36.5; anything else -> undefined. */
const decimal = (text: string): number | undefined => {
  const match = /^(\d{1,6})(?:[.,](\d{1,6}))?$/.exec(text);
  if (!match) return undefined;
  return Number(`${match[1] ?? ''}.${match[2] ?? '0'}`);
};

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `dateLike`: written as a date, but not a valid or unambiguous one (so the reason is worth showing). */
type DateRead = { ok: true; iso: string } | { ok: false; reason: string; dateLike: boolean };

const calendarDate = (raw: string, y: number, m: number, d: number, weekday?: number): DateRead => {
  // Years outside this range are typos, and Date.UTC maps years below 100 to the 1900s.
  if (y < 1900 || y > 2199) return { ok: false, reason: `${quote(raw)} has an implausible year.`, dateLike: true };
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return { ok: false, reason: `${quote(raw)} is not a calendar date.`, dateLike: true };
  }
  if (weekday !== undefined && probe.getUTCDay() !== weekday) {
    const named = `${d} ${MONTH_NAMES[m - 1] ?? ''} ${y}`;
    return { ok: false, reason: `${quote(raw)}: ${named} is a ${WEEKDAY_NAMES[probe.getUTCDay()] ?? ''}.`, dateLike: true };
  }
  return { ok: true, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
};

/**
 * "Jul 1, 2025", "July 1st, 2025", "1 September 2025", "1st Sept 2025", "01-Sep-2025",
 * "2025-10-31", "31/10/2025" (only when one number cannot be a month, or both are equal),
 * optionally after a weekday, which must then be right. Two-digit years are refused (which century?).
 */
const readDate = (value: string): DateRead => {
  const raw = value.trim();
  let text = raw.replace(/\.$/, '').trim();
  let weekday: number | undefined;
  const leading = /^([a-z]+)\.?,?\s+/i.exec(text);
  const leadingWeekday = leading ? WEEKDAYS[(leading[1] ?? '').toLowerCase()] : undefined;
  if (leading && leadingWeekday !== undefined) {
    weekday = leadingWeekday;
    text = text.slice(leading[0].length);
  }

  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return calendarDate(raw, Number(iso[1]), Number(iso[2]), Number(iso[3]), weekday);

  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    if (a === b || (a > 12 && b <= 12)) return calendarDate(raw, y, b, a, weekday);
    if (b > 12 && a <= 12) return calendarDate(raw, y, a, b, weekday);
    if (a > 12 && b > 12) return { ok: false, reason: `${quote(raw)} is not a calendar date.`, dateLike: true };
    return {
      ok: false,
      reason: `${quote(raw)} could be ${a} ${MONTH_NAMES[b - 1] ?? ''} or ${b} ${MONTH_NAMES[a - 1] ?? ''}; the month must be unambiguous.`,
      dateLike: true,
    };
  }

  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-/.]+([a-z]+)\.?,?[ \-/.]+(\d{4})$/i.exec(text);
  const monthFirst = /^([a-z]+)\.?[ \-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[ \-/.]+(\d{4})$/i.exec(text);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] }
      : undefined;
  if (parts) {
    const month = MONTHS[(parts.month ?? '').toLowerCase()];
    if (month === undefined) return { ok: false, reason: `${quote(raw)} does not name a month.`, dateLike: true };
    return calendarDate(raw, Number(parts.year), month, Number(parts.day), weekday);
  }
  return { ok: false, reason: `${quote(raw)} is not a date in a form this parser reads (e.g. 1 September 2025).`, dateLike: false };
};

// ---------------------------------------------------------------------------------------------
// Value readers: raw value (footnotes stripped) -> a draft fragment, or why not

const readDateInto = (field: 'publishedAt' | 'deadline' | 'endsOn') => (value: string): Read => {
  const date = readDate(value);
  return date.ok ? ok({ [field]: date.iso }) : fail(date.reason, field);
};

/** Free text (title, unit, reporting line): as written; the schema checks length and line breaks. */
const readText = (field: 'unit' | 'reportingTo') => (value: string): Read => ok({ [field]: value });

const readNumber = (value: string): Read => {
  const match = /^(?:(?:no\.?|n[°º]|number)\s*)?#?\s*([a-z0-9][a-z0-9-]*)$/i.exec(value);
  const id = match?.[1];
  if (id === undefined || !/\d/.test(id)) return fail(`${quote(value)} is not a vacancy number.`);
  return ok({ number: id });
};

/** "SECONDMENT - X", "Secondment: X" and the all-capitals "SECONDMENT X" mark the notice type, not the title. */
const readTitle = (value: string): Read => {
  const title = value
    .replace(/^(?:short[\s-]*term\s+)?secondment\s*[-–—:|]\s*/i, '')
    .replace(/^(?:SHORT[\s-]*TERM\s+)?SECONDMENT\s+/, '')
    .trim();
  return title === '' ? fail(`${quote(value)} has no title after the word secondment.`) : ok({ title });
};

/** "Lyon, France", "Lyon (France)", "Lyon - France" -> "Lyon". */
const readLocation = (value: string): Read => {
  const city = stripFootnotes(
    (value.split(',')[0] ?? '')
      .replace(/\s+\([^)]*\)$/, '')
      .replace(/\s+[-–—]\s+.*$/, ''),
  );
  return city === '' ? fail(`${quote(value)} names no city.`) : ok({ location: city });
};

/** "3", "3.00", "Grade 3" -> "3"; other grades ("P3") are kept as written. */
const readGrade = (value: string): Read => {
  const text = value.replace(/^grade\s+/i, '').replace(/\.$/, '').trim();
  const number = decimal(text);
  if (number !== undefined) return ok({ grade: String(number) });
  return ok({ grade: text });
};

const readPosts = (value: string): Read => {
  const text = value
    .replace(/\.$/, '')
    .replace(/\s+\([a-z -]+\)$/i, '') // "1 (one)"
    .replace(/\s+(?:posts?|positions?|vacanc(?:y|ies))$/i, '')
    .trim();
  const number = decimal(text) ?? WORD_NUMBERS[text.toLowerCase()];
  if (number === undefined) return fail(`${quote(value)} is not a number of posts.`);
  if (!Number.isInteger(number)) return fail(`${quote(value)} is not a whole number of posts.`);
  return ok({ posts: number });
};

const readClearance = (value: string): Read => {
  const match = /^(basic|enhanced)(?:\s+(?:level|security|clearance|screening|vetting))*\.?$/i.exec(value);
  const level = match?.[1]?.toLowerCase();
  if (level === 'basic') return ok({ clearance: 'Basic' });
  if (level === 'enhanced') return ok({ clearance: 'Enhanced' });
  return fail(`${quote(value)} is neither Basic nor Enhanced.`);
};

const readSecondmentType = (value: string): Read => {
  if (/^short[\s-]*term(?:\s+secondment)?\.?$/i.test(value)) return ok({ secondmentType: 'short-term' });
  if (/^regular(?:\s+secondment)?\.?$/i.test(value)) return ok({ secondmentType: 'regular' });
  return fail(`${quote(value)} is neither regular nor short-term.`);
};

const readEndDate = (value: string): Read =>
  readDateInto('endsOn')(value.replace(/^(?:until|till|to|through|ending(?:\s+on)?|ends?\s+on)\s+/i, ''));

/**
 * A duration line: a number of months, "N months"/"N years", or an end date ("until 4 August 2026",
 * "from 1 October 2025 to 31 December 2026", or a bare unambiguous date). A bare number needs the
 * label to say months; it is never rounded.
 */
const readDuration = (value: string, label: string): Read => {
  const text = value
    .replace(/\.$/, '')
    .replace(/[,;]?\s*\(?\s*(?:non-)?renewable\b[^)]*\)?$/i, '') // "36 months (renewable)"
    .trim();
  const amount = /^(\d{1,6}(?:[.,]\d{1,6})?)\s*(months?|mos?|years?|yrs?)?$/i.exec(text);
  if (amount) {
    const number = decimal(amount[1] ?? '') ?? Number.NaN;
    const unit = (amount[2] ?? '').toLowerCase();
    const inYears = unit.startsWith('y');
    if (unit === '' && !/month/.test(label)) {
      return fail(`${quote(value)} does not say months or years.`);
    }
    const months = inYears ? Math.round(number * 12 * 1e6) / 1e6 : number;
    if (!Number.isInteger(months)) return fail(`${quote(value)} is not a whole number of months.`);
    return ok({ durationMonths: months });
  }
  const range = /^(?:from\s+)?(.+?)\s+(?:to|until|till|through|[-–—])\s+(.+)$/i.exec(text);
  const until = /^(?:until|till|to|through|ending(?:\s+on)?|ends?\s+on)\s+(.+)$/i.exec(text);
  if (until) return readEndDate(until[1] ?? '');
  if (range && readDate(range[1] ?? '').ok) return readEndDate(range[2] ?? '');
  const date = readDate(text);
  if (date.ok) return ok({ endsOn: date.iso });
  if (date.dateLike) return fail(date.reason, 'endsOn');
  return fail(`${quote(value)} is neither a number of months nor an end date.`);
};

// ---------------------------------------------------------------------------------------------
// The table: one row per way of reading a field

/** The text of a notice, split into entries (one per line, or per table cell on a tabbed line). */
interface Entry {
  line: number;
  text: string;
  /** When the entry looks like "Label: value": the label lowercased and tidied, and as written. */
  label?: string;
  labelAsWritten?: string;
  value?: string;
  /** The field spec the label belongs to, if it is one we know. */
  spec?: FieldSpec;
}

interface Occurrence {
  line: number;
  value: string;
  /** How the notice put it, for reasons: `Grade:` or `the sentence "... within the ..."`. */
  source: string;
}

interface FieldSpec {
  slot: Slot;
  /** The field a read failure is reported under (endsOn shares the duration slot). */
  field: Field;
  /** Matched against the whole label: lowercased, single-spaced, footnote marks and final dot removed. */
  labels: readonly RegExp[];
  read: (value: string, label: string) => Read;
  /** Places outside "Label: value" lines where the notice states the field. */
  prose?: (doc: NoticeDocument) => Occurrence[];
  /** Use only the occurrences after the "Job title:" line when there are any (the header table). */
  preferAfterTitle?: boolean;
}

const FIELD_SPECS: readonly FieldSpec[] = [
  {
    slot: 'number', field: 'number', read: readNumber, prose: (doc) => vacancyNoticeLines(doc),
    labels: [
      /^vacancy (?:notice|number|no|n[°º]|ref(?:erence)?)(?: (?:no|n[°º]|number|#))?$/,
      /^(?:notice|reference|ref) (?:no|number)$/,
    ],
  },
  {
    slot: 'title', field: 'title', read: readTitle,
    labels: [/^(?:job |post |position |functional )?title(?: of (?:the )?post)?$/, /^position$/],
  },
  {
    slot: 'unit', field: 'unit', read: readText('unit'), prose: (doc) => unitSentences(doc),
    labels: [/^(?:organi[sz]ational )?unit$/, /^(?:sub-?)?directorate$/, /^department$/, /^division$/],
  },
  {
    slot: 'reportingTo', field: 'reportingTo', read: readText('reportingTo'),
    labels: [/^report(?:ing|s)? to$/, /^reporting (?:line|officer)$/, /^(?:direct |immediate )?supervisor$/],
  },
  {
    slot: 'location', field: 'location', read: readLocation, preferAfterTitle: true,
    labels: [/^(?:location|duty station|place of (?:work|assignment)|(?:work|duty) location)$/],
  },
  { slot: 'grade', field: 'grade', read: readGrade, labels: [/^grade(?: level)?$/] },
  {
    slot: 'durationMonths', field: 'durationMonths', read: readDuration,
    labels: [
      /^duration(?: \((?:in )?months\)| in months| of (?:the )?(?:secondment|assignment))?$/,
      /^(?:length|period|term) of (?:the )?(?:secondment|assignment)(?: \((?:in )?months\))?$/,
      /^contract duration$/,
    ],
  },
  {
    slot: 'durationMonths', field: 'endsOn', read: readEndDate,
    labels: [
      /^(?:expected )?end date(?: of (?:the )?(?:secondment|assignment))?$/,
      /^end of (?:the )?(?:secondment|assignment)$/,
      /^(?:secondment|assignment) end(?:s| date)?$/,
    ],
  },
  {
    slot: 'posts', field: 'posts', read: readPosts,
    labels: [/^(?:number|no|n[°º]|#) of (?:posts?|positions?|vacancies)(?:\(s\))?$/, /^(?:posts|positions)$/],
  },
  {
    slot: 'clearance', field: 'clearance', read: readClearance,
    labels: [
      /^(?:security )?clearance(?: level)?(?: required)?$/,
      /^level of (?:security )?clearance$/,
      /^security (?:screening )?level$/,
    ],
  },
  {
    slot: 'secondmentType', field: 'secondmentType', read: readSecondmentType,
    labels: [/^(?:type of secondment|secondment (?:type|category))$/],
  },
  {
    slot: 'publishedAt', field: 'publishedAt', read: readDateInto('publishedAt'),
    labels: [
      /^publication(?: start(?:ing)?)? date$/, /^date of publication$/, /^published(?: on)?$/,
      /^(?:posting|posted) date$/, /^date posted$/,
    ],
  },
  {
    slot: 'deadline', field: 'deadline', read: readDateInto('deadline'),
    labels: [
      /^deadline(?: (?:for|of) (?:the )?(?:submission of )?applications?)?$/,
      /^(?:applications?|closing) (?:deadline|date)(?: for applications?)?$/,
      /^deadline to apply$/, /^apply by$/,
    ],
  },
];

const MISSING: Readonly<Record<Slot, string>> = {
  number: 'No "VACANCY NOTICE <number>" line.',
  title: 'No "Job title:" line.',
  unit: 'No "Unit:" line nor a sentence "... as a <title> within the <unit> which is part of ...".',
  reportingTo: 'No "Reporting To:" line.',
  location: 'No "Location:" line.',
  grade: 'No "Grade:" line.',
  durationMonths: 'No "Duration (in months):" line nor an end date.',
  posts: 'No "Number of posts:" line.',
  clearance: 'No "Security Clearance Level:" line.',
  secondmentType: 'The notice does not say it is a secondment (regular or short-term).',
  publishedAt: 'No "Publication Starting Date:" line.',
  deadline: 'No "Deadline for application:" line.',
};

const specForLabel = (label: string): FieldSpec | undefined =>
  FIELD_SPECS.find((spec) => spec.labels.some((pattern) => pattern.test(label)));

// ---------------------------------------------------------------------------------------------
// Splitting the text into entries

interface NoticeDocument {
  entries: Entry[];
  /** All entries joined by single spaces, to find sentences that a paste wrapped across lines. */
  flat: string;
  /** Where each entry starts in `flat`, to tell which line a sentence is on. */
  starts: number[];
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const OTHER_CONTROL = /(?![\t\n\r\v\f])\p{Cc}/gu;
const BULLET = /^(?:[•·‣▪▫◦●○■□►▸➢➤✓✔→]\s*|[-*–—+]\s+|\d{1,2}[.)]\s+)/u;
const COLON = /[:：﹕]/;
/** Longer text before a colon is a sentence, not a label. */
const MAX_LABEL = 60;

const tidy = (text: string): string => {
  let line = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) line = line.replace(BULLET, '').trim();
  return line;
};

const normaliseLabel = (raw: string): string =>
  stripFootnotes(raw.replace(/^[*_]+|[*_]+$/g, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .replace(/\.(?= )/g, '') // "No. of posts" -> "no of posts"
    .trim();

const toEntry = (line: number, text: string): Entry => {
  const colon = COLON.exec(text);
  if (!colon || colon.index === 0 || colon.index > MAX_LABEL) return { line, text };
  const labelAsWritten = text.slice(0, colon.index).trim();
  const label = normaliseLabel(labelAsWritten);
  return {
    line,
    text,
    label,
    labelAsWritten,
    value: text.slice(colon.index + 1).replace(/^[*_]+/, '').trim(),
    spec: specForLabel(label),
  };
};

const startsKnownLabel = (cell: string): boolean => toEntry(0, tidy(cell)).spec !== undefined;

/**
 * A pasted table row may hold several cells ("Grade: 3<TAB>Number of posts: 1"). Split on tabs
 * or wide gaps only where a known label starts, so "Grade:<TAB>3" stays one entry.
 */
const cellsOf = (line: string): string[] => {
  const cells: string[] = [];
  for (const segment of line.split(/\t+| {3,}/)) {
    const last = cells.length - 1;
    if (last >= 0 && !startsKnownLabel(segment)) cells[last] = `${cells[last] ?? ''} ${segment}`;
    else cells.push(segment);
  }
  return cells;
};

const readDocument = (text: string): NoticeDocument => {
  const entries: Entry[] = [];
  text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(OTHER_CONTROL, ' ')
    .split(LINE_BREAK)
    .forEach((raw, line) => {
      // The bullet goes first, so "-<TAB>Grade: 3" is not read as two cells.
      for (const cell of cellsOf(raw.trimStart().replace(BULLET, ''))) {
        const tidied = tidy(cell);
        if (tidied !== '') entries.push(toEntry(line, tidied));
      }
    });
  const starts: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    starts.push(offset);
    offset += entry.text.length + 1;
  }
  return { entries, flat: entries.map((entry) => entry.text).join(' '), starts };
};

/** The line of the entry that holds `offset` of `flat` (binary search: the starts are sorted). */
const lineAt = (doc: NoticeDocument, offset: number): number => {
  let [low, high] = [0, doc.starts.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((doc.starts[middle] ?? Infinity) <= offset) low = middle;
    else high = middle - 1;
  }
  return doc.entries[low]?.line ?? 0;
};

/** "VACANCY NOTICE 1152" / "Vacancy Notice No. 1152" on a line of its own (no colon). */
const vacancyNoticeLines = (doc: NoticeDocument): Occurrence[] =>
  doc.entries.flatMap((entry) => {
    if (entry.label !== undefined) return [];
    const match = /^vacancy\s+notice\s*((?:no\.?|n[°º]|number)?\s*#?\s*[a-z0-9][a-z0-9-]*)$/i.exec(entry.text);
    const value = match?.[1];
    return value !== undefined && /\d/.test(value) ? [{ line: entry.line, value, source: entry.text }] : [];
  });

/**
 * "... as a <title> within the <unit> which is part of ...". Searched in the flattened text (a
 * paste may wrap the sentence), from each "within" so the cost stays linear in the text length.
 */
const unitSentences = (doc: NoticeDocument): Occurrence[] => {
  const found: Occurrence[] = [];
  for (const within of doc.flat.matchAll(/\bwithin\s+(?:the\s+)?/gi)) {
    const start = within.index + within[0].length;
    const unit = /^((?:[^.]|\.(?!\s)){1,200}?)(?:,?\s+(?:which|that)\s+(?:is|forms)\s+(?:a\s+)?part\s+of|,\s*part\s+of)\b/i.exec(
      doc.flat.slice(start, start + 260),
    );
    const before = doc.flat.slice(Math.max(0, within.index - 300), within.index);
    if (unit?.[1] !== undefined && /\bas an?\s/i.test(before)) {
      found.push({ line: lineAt(doc, start), value: unit[1].trim(), source: 'the sentence "... within the ... which is part of ..."' });
    }
  }
  return found;
};

/** A value given on the line after its label ("Job title:" / "Senior Coordinator"). */
const valueOnNextLine = (doc: NoticeDocument, index: number): string => {
  const next = doc.entries[index + 1];
  const current = doc.entries[index];
  // Not another "Label: value" line, not a sentence, and really on another line (not the next cell).
  if (!next || !current || next.line === current.line || next.label !== undefined || next.text.length > 120) return '';
  if (/^vacancy\s+notice\b/i.test(next.text)) return '';
  return next.text;
};

// ---------------------------------------------------------------------------------------------
// Resolving each slot

interface SpecOccurrence extends Occurrence {
  spec: FieldSpec;
  label: string;
}

type Resolution =
  | { kind: 'read'; value: VacancyDraft }
  | { kind: 'missing' }
  | { kind: 'unreadable'; field: Field; reason: string };

const occurrencesOf = (doc: NoticeDocument, slot: Slot): SpecOccurrence[] => {
  const labelled: SpecOccurrence[] = [];
  doc.entries.forEach((entry, index) => {
    const { spec, label } = entry;
    if (!spec || label === undefined || spec.slot !== slot) return;
    const value = entry.value === '' || entry.value === undefined ? valueOnNextLine(doc, index) : entry.value;
    labelled.push({ line: entry.line, value, source: `${entry.labelAsWritten ?? label}:`, spec, label });
  });
  const prose = FIELD_SPECS.filter((spec) => spec.slot === slot && spec.prose).flatMap((spec) =>
    (spec.prose?.(doc) ?? []).map((occurrence) => ({ ...occurrence, spec, label: '' })),
  );
  const all = [...labelled, ...prose].sort((a, b) => a.line - b.line);
  if (!all.some((occurrence) => occurrence.spec.preferAfterTitle)) return all;
  const titleLine = firstTitleLine(doc);
  const afterTitle = titleLine === undefined ? [] : all.filter((occurrence) => occurrence.line > titleLine);
  return afterTitle.length > 0 ? afterTitle : all;
};

const firstTitleLine = (doc: NoticeDocument): number | undefined =>
  doc.entries.find((entry) => entry.spec?.slot === 'title')?.line;

/** Values compare without case, accents or extra spaces: "Lyon" and "LYON" agree. */
const sameValue = (a: VacancyDraft, b: VacancyDraft): boolean => {
  const key = (draft: VacancyDraft) =>
    JSON.stringify(Object.entries(draft).map(([k, v]) => [k, typeof v === 'string' ? fold(v) : v]));
  return key(a) === key(b);
};

/**
 * The first occurrence with a value decides; a later one that reads differently makes the field
 * unreadable ("conflicting values") rather than picking one.
 */
const resolve = (slot: Slot, occurrences: SpecOccurrence[]): Resolution => {
  if (occurrences.length === 0) return { kind: 'missing' };
  const withValue = occurrences
    .map((occurrence) => ({ ...occurrence, value: stripFootnotes(occurrence.value) }))
    .filter((occurrence) => occurrence.value !== '');
  const first = withValue[0];
  if (!first) {
    const [empty] = occurrences;
    return { kind: 'unreadable', field: empty?.spec.field ?? slot, reason: `${empty?.source ?? 'The label'} is there but has no value.` };
  }
  if (PLACEHOLDER.test(first.value)) {
    return { kind: 'unreadable', field: first.spec.field, reason: `${first.source} ${quote(first.value)} gives no value yet.` };
  }
  const firstRead = first.spec.read(first.value, first.label);
  if (!firstRead.ok) return { kind: 'unreadable', field: firstRead.field ?? first.spec.field, reason: firstRead.reason };
  for (const other of withValue.slice(1)) {
    const otherRead = other.spec.read(other.value, other.label);
    if (otherRead.ok && !sameValue(firstRead.value, otherRead.value)) {
      return {
        kind: 'unreadable',
        field: slot,
        reason: `Conflicting values: ${first.source} ${quote(first.value)} (line ${first.line + 1}) and ${other.source} ${quote(other.value)} (line ${other.line + 1}).`,
      };
    }
  }
  return { kind: 'read', value: firstRead.value };
};

const SHORT_TERM = /\bshort[\s\-\u2010\u2011]*term\s+secondments?\b/i;

/**
 * A labelled type wins; otherwise "short-term secondment" anywhere means short-term, and the word
 * SECONDMENT in the masthead (the lines before the first header label) or the job title means regular.
 */
const resolveSecondmentType = (doc: NoticeDocument, labelled: Resolution, titles: SpecOccurrence[]): Resolution => {
  const saysShortTerm = SHORT_TERM.test(doc.flat);
  if (labelled.kind === 'unreadable') return labelled;
  if (labelled.kind === 'read') {
    if (labelled.value.secondmentType === 'regular' && saysShortTerm) {
      return { kind: 'unreadable', field: 'secondmentType', reason: 'Conflicting values: the type says regular but the notice mentions a short-term secondment.' };
    }
    return labelled;
  }
  const type: SecondmentType | undefined = saysShortTerm
    ? 'short-term'
    : [...mastheadOf(doc), ...titles.map((title) => title.value)].some((text) => /\bsecondments?\b/i.test(text))
      ? 'regular'
      : undefined;
  return type === undefined ? { kind: 'missing' } : { kind: 'read', value: { secondmentType: type } };
};

const mastheadOf = (doc: NoticeDocument): string[] => {
  const firstLabel = doc.entries.findIndex((entry) => entry.spec !== undefined);
  return doc.entries.slice(0, firstLabel < 0 ? 5 : Math.min(firstLabel, 5)).map((entry) => entry.text);
};

// ---------------------------------------------------------------------------------------------
// Validation against the draft schema

const isField = (key: unknown): key is Field => typeof key === 'string' && (FIELD_ORDER as readonly string[]).includes(key);

/** Drop every value the draft schema refuses, listing it with the schema's message. */
const validated = (candidate: VacancyDraft, unreadable: Unreadable[]): VacancyDraft => {
  const current: Record<string, unknown> = { ...candidate };
  for (let attempt = 0; attempt <= FIELD_ORDER.length; attempt++) {
    const result = vacancyDraftSchema.safeParse(current);
    if (result.success) return result.data;
    let dropped = false;
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (isField(field) && field in current) {
        unreadable.push({ field, reason: `${quote(String(current[field]))} was read but is not valid: ${issue.message}` });
        delete current[field];
        dropped = true;
      }
    }
    if (!dropped) break;
  }
  // Unreachable with the schema as it is; kept so a future schema change cannot make us return junk.
  for (const field of Object.keys(current)) {
    if (isField(field)) unreadable.push({ field, reason: 'The value read does not pass the vacancy schema.' });
  }
  return {};
};

const timeZoneFor = (location: string, extra: Record<string, string> | undefined): string | undefined => {
  const wanted = fold(location);
  const table = { ...DUTY_STATIONS, ...extra };
  // Later keys (the caller's) override the built-in ones.
  let zone: string | undefined;
  for (const [city, timeZone] of Object.entries(table)) if (fold(city) === wanted) zone = timeZone;
  return zone;
};

// ---------------------------------------------------------------------------------------------

/** A notice is about 10,000 characters; a paste ten times longer is not one notice, and is not read. */
export const MAX_NOTICE_LENGTH = 100_000;

export const parseVacancyNotice = (text: string, options: ParseNoticeOptions = {}): ParsedNotice => {
  if (typeof text === 'string' && text.length > MAX_NOTICE_LENGTH) {
    const reason = `The text is longer than ${MAX_NOTICE_LENGTH.toLocaleString('en')} characters: paste one vacancy notice only.`;
    return {
      draft: {},
      unreadable: FIELD_ORDER.filter((field) => field !== 'endsOn').map((field) => ({ field, reason })),
      noticeUnread: noticeParts.map((part) => ({ part, reason })),
    };
  }
  const doc = readDocument(typeof text === 'string' ? text : '');
  const candidate: VacancyDraft = {};
  const unreadable: Unreadable[] = [];

  const titleOccurrences = occurrencesOf(doc, 'title');
  let typeLabelled = false;
  for (const slot of SLOTS) {
    let resolution = resolve(slot, slot === 'title' ? titleOccurrences : occurrencesOf(doc, slot));
    if (slot === 'secondmentType') {
      typeLabelled = resolution.kind === 'read';
      resolution = resolveSecondmentType(doc, resolution, titleOccurrences);
    }
    if (resolution.kind === 'read') Object.assign(candidate, resolution.value);
    else if (resolution.kind === 'missing') unreadable.push({ field: slot, reason: MISSING[slot] });
    else unreadable.push({ field: resolution.field, reason: resolution.reason });
  }

  // "SECONDMENT" in the masthead means a regular secondment only if the duration allows one;
  // otherwise which kind it is would be a guess.
  if (!typeLabelled && candidate.secondmentType === 'regular' && candidate.durationMonths !== undefined && candidate.durationMonths < 12) {
    delete candidate.secondmentType;
    unreadable.push({
      field: 'secondmentType',
      reason: `The notice does not say which kind of secondment it is, and ${candidate.durationMonths} months is too short for a regular one.`,
    });
  }

  let draft = validated(candidate, unreadable);
  // The time zone comes from the duty station, once that is known to be valid.
  if (draft.location === undefined) {
    unreadable.push({ field: 'timeZone', reason: 'It comes from the duty station, which could not be read.' });
  } else {
    const timeZone = timeZoneFor(draft.location, options.timeZones);
    if (timeZone === undefined) {
      unreadable.push({ field: 'timeZone', reason: `No time zone is known for the duty station ${quote(draft.location)}.` });
    } else {
      draft = validated({ ...draft, timeZone }, unreadable);
    }
  }

  const order: readonly string[] = FIELD_ORDER;
  unreadable.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  // The body is validated part by part as it is read, so it never costs the header a field.
  const body = parseNoticeBody(typeof text === 'string' ? text : '');
  return { draft: body.notice ? { ...draft, notice: body.notice } : draft, unreadable, noticeUnread: body.unread };
};
