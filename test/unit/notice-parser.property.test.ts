import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVacancyNotice } from '../../shared/vacancies/notice-parser.js';
import type { ParsedNotice } from '../../shared/vacancies/notice-parser.js';
import { vacancyDraftSchema } from '../../shared/vacancies/schema.js';
import type { VacancyDraft } from '../../shared/vacancies/schema.js';

/** Fixed, so a failure is replayable; printed in each test name. */
const RUNS = { seed: 20261122, numRuns: 2000 } as const;

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const seeds = [seed('vacancy-1152-senior-coordinator.txt'), seed('vacancy-1614-ad-communications.txt')];

// ---------------------------------------------------------------------------------------------
// Arbitrary texts: raw strings, notice-like line soups, and damaged seed notices

const labelArb = fc.constantFrom(
  'Job title', 'Title', 'Position', 'Reporting To', 'Reports to', 'Location', 'Duty station', 'Grade',
  'Duration (in months)', 'Duration', 'End date', 'Number of posts', 'No. of posts', 'Security Clearance Level',
  'Clearance', 'Publication Starting Date', 'Date of publication', 'Deadline for application', 'Closing date',
  'Vacancy number', 'Vacancy notice', 'Type of secondment', 'Unit', 'Company', 'Status',
);
const valueArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '', '36', '36.00', '36.5', '3.00', '0', '101', '-1', '1e3', 'Basic', 'enhanced¹', 'Top secret', 'Jul 1, 2025',
    '31/02/2025', '03/04/2025', '31/10/2025', '2025-13-40', 'until 4 August 2026', 'from 1 May 2025 to 03/04/2026',
    'Lyon, France', 'Yaoundé', 'Atlantis', 'N/A', 'SECONDMENT - X', 'SECONDMENT', 'short-term', 'regular',
    'x'.repeat(300), '1 September 2025 (1)', 'Monday, 2 September 2025', '3 years', '1.1 years', '1152/2025',
  ),
);
const labelledLineArb = fc
  .tuple(fc.constantFrom('', '• ', '- ', '* ', '· ', '\t'), labelArb, fc.constantFrom(':', ': ', ' :\t', '：', ':\u00a0'), valueArb)
  .map(([bullet, label, colon, value]) => `${bullet}${label}${colon}${value}`);
const lineArb = fc.oneof(
  labelledLineArb,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    'VACANCY NOTICE 1152', 'VACANCY NOTICE', 'SECONDMENT Senior Coordinator', 'a short-term secondment',
    'as a Coordinator within the Unit X which is part of Y.', 'as a within the which is part of', '',
  ),
);
const soupArb = fc
  .tuple(fc.array(lineArb, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r', '\t', '   ', '\u2028'))
  .map(([lines, separator]) => lines.join(separator));
const damagedSeedArb = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 6 }),
  )
  .map(([text, edits]) =>
    edits.reduce((current, [at, remove, insert]) => {
      const position = at % (current.length + 1);
      return current.slice(0, position) + insert + current.slice(position + remove);
    }, text),
  );
const anyTextArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), soupArb, damagedSeedArb);
const optionsArb = fc.option(
  fc.record({ timeZones: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('Lyon', 'Atlantis')), fc.oneof(fc.string(), fc.constantFrom('Asia/Tokyo'))) }),
  { nil: undefined },
);

// ---------------------------------------------------------------------------------------------

const FIELDS_WITHOUT_DURATION = [
  'number', 'title', 'unit', 'reportingTo', 'location', 'timeZone', 'grade', 'posts', 'clearance',
  'secondmentType', 'publishedAt', 'deadline',
] as const;

/** Each field but status is in the draft or unreadable, never both; the duration is one of four. */
const partitionProblems = ({ draft, unreadable }: ParsedNotice): string[] => {
  const problems: string[] = [];
  const listed = unreadable.map((entry) => entry.field);
  if (new Set(listed).size !== listed.length) problems.push(`a field is listed twice: ${listed.join(', ')}`);
  if (listed.includes('status') || 'status' in draft) problems.push('status was read');
  for (const field of FIELDS_WITHOUT_DURATION) {
    if ((draft[field] !== undefined) === listed.includes(field)) problems.push(`${field} is in both or neither`);
  }
  const duration = [
    draft.durationMonths !== undefined,
    draft.endsOn !== undefined,
    listed.includes('durationMonths'),
    listed.includes('endsOn'),
  ].filter(Boolean).length;
  if (duration !== 1) problems.push(`the duration is given ${duration} ways`);
  if (unreadable.some((entry) => entry.reason.trim() === '')) problems.push('a reason is empty');
  return problems;
};

// ---------------------------------------------------------------------------------------------
// A valid header, written in any of the supported ways, shuffled among noise lines

const STATIONS: ReadonlyArray<[city: string, timeZone: string]> = [
  ['Lyon', 'Europe/Paris'], ['Singapore', 'Asia/Singapore'], ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
  ['Nairobi', 'Africa/Nairobi'], ['Abidjan', 'Africa/Abidjan'], ['Yaoundé', 'Africa/Douala'], ['Harare', 'Africa/Harare'],
  ['San Salvador', 'America/El_Salvador'], ['Bangkok', 'Asia/Bangkok'], ['Brussels', 'Europe/Brussels'],
  ['New York', 'America/New_York'], ['Vienna', 'Europe/Vienna'], ['The Hague', 'Europe/Amsterdam'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()) }));
type CalendarDate = { year: number; month: number; day: number };
const iso = ({ year, month, day }: CalendarDate) => `${year}-${pad(month)}-${pad(day)}`;
const writtenDateArb = (date: CalendarDate) => {
  const name = MONTHS[date.month - 1] ?? '';
  const ordinal = date.day % 10 === 1 && date.day !== 11 ? 'st' : date.day % 10 === 2 && date.day !== 12 ? 'nd' : date.day % 10 === 3 && date.day !== 13 ? 'rd' : 'th';
  const unambiguous = date.day > 12 || date.day === date.month;
  return fc.constantFrom(
    `${name.slice(0, 3)} ${date.day}, ${date.year}`,
    `${name} ${date.day}, ${date.year}`,
    `${date.day} ${name} ${date.year}`,
    `${date.day}${ordinal} ${name} ${date.year}`,
    `${pad(date.day)}-${name.slice(0, 3)}-${date.year}`,
    iso(date),
    unambiguous ? `${pad(date.day)}/${pad(date.month)}/${date.year}` : iso(date),
  );
};

const WORDS = ['Senior', 'Coordinator', 'Analyst', 'Officer', 'Criminal', 'Intelligence', 'Liaison', 'Specialist', 'Assistant', 'Director', 'Cyber', 'Project', 'Manager', 'Regional', 'Operations'];
const UNIT_WORDS = ['Cybercrime', 'Fusion', 'Centre', 'Office', 'Bureau', 'Command', 'Sub-directorate', 'Emerging', 'Crime', 'Counter-Terrorism'];
const phraseArb = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
/** Prose with no colon, no "short-term secondment", no "which is part of", no "vacancy notice". */
const NOISE_WORDS = ['the', 'officer', 'will', 'coordinate', 'deadline', 'deadlines', 'location', 'grade', 'posts', 'months',
  'Lyon', 'September', '2025', '36', 'report', 'to', 'secondment', 'within', 'as', 'a', 'duties', 'Enhanced', 'title', 'INTERPOL'];
const noiseLineArb = fc.oneof(
  fc.array(fc.constantFrom(...NOISE_WORDS), { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`),
  fc.constantFrom('', 'Company: Interpol', 'PRINCIPAL DUTIES', 'Note: late applications are not considered.', '- Meet sudden deadlines'),
);

const decorate = (label: string, value: string) =>
  fc
    .tuple(
      fc.constantFrom('', '• ', '- ', '* ', '· ', '  '),
      fc.constantFrom(label, label.toUpperCase(), label.toLowerCase()),
      fc.constantFrom(':', ': ', ' :  ', ':\t', ':\u00a0'),
      fc.constantFrom('', '*', '¹', ' (1)', ' [2]', '  '),
    )
    .map(([bullet, writtenLabel, colon, footnote]) => `${bullet}${writtenLabel}${colon}${value}${footnote}`);

const noticeArb = fc
  .record({
    number: fc.stringMatching(/^[1-9]\d{2,4}$/),
    title: phraseArb(WORDS),
    unit: phraseArb(UNIT_WORDS),
    reportingTo: phraseArb(WORDS),
    station: fc.constantFrom(...STATIONS),
    grade: fc.integer({ min: 1, max: 9 }),
    duration: fc.oneof(
      fc.record({ months: fc.integer({ min: 1, max: 72 }) }),
      fc.record({ endsOn: dateArb }),
    ),
    posts: fc.integer({ min: 1, max: 100 }),
    clearance: fc.constantFrom('Basic', 'Enhanced'),
    shortTerm: fc.boolean(),
    publishedAt: dateArb,
    deadline: dateArb,
  })
  // A notice that only says SECONDMENT reads as regular, which needs at least 12 months.
  .map((header) =>
    !header.shortTerm && 'months' in header.duration && header.duration.months < 12
      ? { ...header, duration: { months: header.duration.months + 12 } }
      : header,
  )
  .chain((header) => {
    const [city, timeZone] = header.station;
    const expected: VacancyDraft = {
      number: header.number,
      title: header.title,
      unit: header.unit,
      reportingTo: header.reportingTo,
      location: city,
      timeZone,
      grade: String(header.grade),
      ...('months' in header.duration ? { durationMonths: header.duration.months } : { endsOn: iso(header.duration.endsOn) }),
      posts: header.posts,
      clearance: header.clearance,
      secondmentType: header.shortTerm ? 'short-term' : 'regular',
      publishedAt: iso(header.publishedAt),
      deadline: iso(header.deadline),
    };
    const durationLine =
      'months' in header.duration
        ? fc
            .constantFrom(`${header.duration.months}`, `${header.duration.months}.00`, `${header.duration.months} months`)
            .chain((value) => decorate(value.endsWith('months') ? 'Duration' : 'Duration (in months)', value))
        : writtenDateArb(header.duration.endsOn).chain((date) =>
            fc.constantFrom(['End date', date], ['Duration', `until ${date}`]).chain(([label, value]) => decorate(label, value)),
          );
    const headerLines = fc.tuple(
      fc.constantFrom(`VACANCY NOTICE ${header.number}`, `Vacancy number: ${header.number}`),
      fc.constantFrom('Job title', 'Title', 'Position').chain((label) => decorate(label, `SECONDMENT - ${header.title}`)),
      fc.constant(`INTERPOL is now looking for a qualified candidate as a ${header.title} within the ${header.unit} which is part of the Police Services Executive Directorate.`),
      fc.constantFrom('Reporting To', 'Reports to').chain((label) => decorate(label, header.reportingTo)),
      fc.constantFrom('Location', 'Duty station').chain((label) =>
        fc.constantFrom(city, `${city}, Somewhere`).chain((value) => decorate(label, value)),
      ),
      fc.constantFrom(`${header.grade}`, `${header.grade}.00`).chain((value) => decorate('Grade', value)),
      durationLine,
      fc.constantFrom('Number of posts', 'No. of posts', 'Number of post').chain((label) => decorate(label, `${header.posts}`)),
      fc.constantFrom(header.clearance, header.clearance.toUpperCase()).chain((value) => decorate('Security Clearance Level', value)),
      fc.constantFrom('Publication Starting Date', 'Publication date', 'Date of publication').chain((label) =>
        writtenDateArb(header.publishedAt).chain((date) => decorate(label, date)),
      ),
      fc.constantFrom('Deadline for application', 'Application deadline', 'Closing date').chain((label) =>
        writtenDateArb(header.deadline).chain((date) => decorate(label, date)),
      ),
      fc.constant(header.shortTerm ? 'This is a short-term secondment.' : ''),
    );
    return fc
      .tuple(headerLines, fc.array(noiseLineArb, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'))
      .chain(([lines, noise, newline]) =>
        fc
          .shuffledSubarray([...lines, ...noise], { minLength: lines.length + noise.length })
          .map((shuffled) => ({ text: shuffled.join(newline), expected })),
      );
  });

// ---------------------------------------------------------------------------------------------

describe(`parseVacancyNotice properties (fast-check seed ${RUNS.seed}, ${RUNS.numRuns} runs each)`, () => {
  it('never throws, whatever the text and options', () => {
    fc.assert(
      fc.property(anyTextArb, optionsArb, (text, options) => {
        parseVacancyNotice(text, options);
      }),
      RUNS,
    );
  });

  it('always returns a draft that passes vacancyDraftSchema unchanged', () => {
    fc.assert(
      fc.property(anyTextArb, optionsArb, (text, options) => {
        const { draft } = parseVacancyNotice(text, options);
        const result = vacancyDraftSchema.safeParse(draft);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(draft);
      }),
      RUNS,
    );
  });

  it('puts every field but status either in the draft or in unreadable, never both', () => {
    fc.assert(
      fc.property(anyTextArb, optionsArb, (text, options) => {
        expect(partitionProblems(parseVacancyNotice(text, options))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reads the same fields from a valid header whatever its order, decoration and surrounding noise', () => {
    fc.assert(
      fc.property(noticeArb, ({ text, expected }) => {
        const parsed = parseVacancyNotice(text);
        expect(parsed.unreadable).toEqual([]);
        expect(parsed.draft).toEqual(expected);
      }),
      RUNS,
    );
  });
});
