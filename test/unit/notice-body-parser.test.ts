import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoticeBody } from '../../shared/vacancies/notice-body-parser.js';
import { levelFromWords, needOf, readLanguages } from '../../shared/vacancies/notice-languages.js';
import { parseVacancyNotice } from '../../shared/vacancies/notice-parser.js';
import { vacancyDraftSchema } from '../../shared/vacancies/schema.js';
import { projectDraft } from '../support/project-notices.js';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/notices/${name}`, import.meta.url), 'utf8');

/** The notices written for the tests (test/fixtures/notices/README.md), each with what a careful reader takes from it. */
const written = ['written-1701-criminal-intelligence', 'written-1702-cybercrime-specialist', 'written-1703-regional-liaison'].map((name) => ({
  name,
  text: fixture(`${name}.txt`),
  expected: (JSON.parse(fixture(`${name}.expected.json`)) as { draft: unknown }).draft,
}));

const notice1152 = seed('vacancy-1152-senior-coordinator.txt');
const notice1614 = seed('vacancy-1614-ad-communications.txt');

describe('parseVacancyNotice: the whole notice', () => {
  it.each([
    ['1152', notice1152],
    ['1614', notice1614],
  ] as const)('reads real notice %s whole, header and body, as the demo data keeps it, and lists nothing unread', (number, text) => {
    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft).toEqual(projectDraft(number));
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.noticeUnread).toEqual([]);
  });

  it('reads notice 1152’s duties, its untitled fourth duty, the years it does not state, and its three languages', () => {
    // Act
    const notice = parseVacancyNotice(notice1152).draft.notice;

    // Assert
    expect(notice?.duties?.map((duty) => [duty.title, duty.activities.length])).toEqual([
      ['Plan, monitor and coordinate operations and projects', 8],
      ['Support and advise the Director OEC and EDPS', 4],
      ['Define, update policies and SOPs for operations and projects', 4],
      [undefined, 1],
    ]);
    expect(notice?.experience?.minimumYears).toBeUndefined();
    expect(notice?.languages?.map(({ language, level, need }) => [language, level, need])).toEqual([
      ['en', 'C1', 'required'],
      ['fr', 'C1', 'asset'],
      ['es', 'B1', 'asset'],
      ['ar', 'B1', 'asset'],
    ]);
    expect(notice?.abilities?.at(-1)).toMatchObject({ text: 'Ability to :', details: expect.arrayContaining(['give presentations']) as unknown });
    expect(notice?.standing?.costs).toMatch(/^Please be aware that your home Administration.*THROUGH THE NCB\.$/);
  });

  it('reads notice 1614’s minimum of 15 years, its assets, its aptitudes and the proof-of-employment paragraph', () => {
    // Act
    const notice = parseVacancyNotice(notice1614).draft.notice;

    // Assert
    expect(notice?.experience?.minimumYears).toBe(15);
    expect(notice?.experience?.items.map((item) => item.need)).toEqual(['required', 'required', 'asset', 'asset', 'required', 'required']);
    expect(notice?.languages?.map(({ language, level, need }) => [language, level, need])).toEqual([
      ['en', 'C1', 'required'],
      ['fr', 'B2', 'asset'],
      ['ar', 'B1', 'asset'],
      ['es', 'B1', 'asset'],
    ]);
    expect(notice?.aptitudes).toHaveLength(9);
    expect(notice?.duties?.at(-1)).toEqual({ title: 'Carry out all other duties as may be directed by the Director of Communications or designate.', activities: [] });
    expect(notice?.standing?.evidence).toMatch(/^All candidates will be assessed .* part-time work\.$/);
  });

  it.each(written)('reads $name (written for the tests) exactly as a careful reader does', ({ text, expected }) => {
    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft).toEqual(expected);
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.noticeUnread).toEqual([]);
  });

  it('reads headings worded otherwise: MAIN RESPONSIBILITIES, Work experience required, Linguistic skills, Skills and competencies required', () => {
    // Prepare
    const reworded = notice1152
      .replace('PRINCIPAL DUTIES AND ACTIVITIES', 'MAIN RESPONSIBILITIES')
      .replace('Experience required:', 'Work experience required:')
      .replace('languages:', 'Linguistic skills:')
      .replace('Abilities required:', 'Skills and competencies required:');

    // Act
    const parsed = parseVacancyNotice(reworded);

    // Assert
    expect(parsed.draft).toEqual(parseVacancyNotice(notice1152).draft);
    expect(parsed.noticeUnread).toEqual([]);
  });

  it('keeps the draft valid and the header intact when the body is missing: each part is listed with why', () => {
    // Prepare: the header only, up to the deadline line.
    const header = notice1152.slice(0, notice1152.indexOf('INTERPOL strives'));

    // Act
    const parsed = parseVacancyNotice(header.replace(/^(?:This vacancy|Please).*$/gm, ''));

    // Assert
    expect(parsed.draft).not.toHaveProperty('notice');
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.noticeUnread.map((entry) => entry.part)).toEqual([
      'summary', 'duties', 'education', 'experience', 'languages', 'abilities',
      'standing.audience', 'standing.conditions', 'standing.costs', 'standing.diversity',
    ]);
    expect(parsed.noticeUnread.every((entry) => entry.reason.length > 10)).toBe(true);
  });

  it('leaves out a part that breaks the schema, and only that part, saying why', () => {
    // Prepare: an activity of 1,500 characters is longer than an item may be.
    const text = notice1152.replace('- Share best practice across OEC and the organization;', `- ${'Share best practice. '.repeat(75)}`);

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft.notice).not.toHaveProperty('duties');
    expect(parsed.draft.notice).toHaveProperty('languages');
    expect(parsed.noticeUnread).toEqual([{ part: 'duties', reason: expect.stringMatching(/^Read but not valid.*At most 1000 characters/) as unknown }]);
    expect(vacancyDraftSchema.safeParse(parsed.draft).success).toBe(true);
  });

  it.each([
    ['Excellent command of English or French.', [{ language: 'en', either: 1 }, { language: 'fr', either: 1 }]],
    ['Fluency in English and/or French is required.', [{ language: 'en', either: 1 }, { language: 'fr', either: 1 }]],
    ['Excellent command of English and French.', [{ language: 'en' }, { language: 'fr' }]],
    ['Excellent command of English, and of French or Spanish.', [{ language: 'en' }, { language: 'fr', either: 1 }, { language: 'es', either: 1 }]],
    ['Fluency in English, French, Spanish or Arabic.', [{ language: 'en', either: 1 }, { language: 'fr', either: 1 }, { language: 'es', either: 1 }, { language: 'ar', either: 1 }]],
    ['Fluency in English, French and Spanish.', [{ language: 'en' }, { language: 'fr' }, { language: 'es' }]],
    ['Excellent command of English and of French, Spanish or Arabic.', [{ language: 'en' }, { language: 'fr', either: 1 }, { language: 'es', either: 1 }, { language: 'ar', either: 1 }]],
  ])('reads "%s" with its alternatives (the same `either`), each at the sentence’s level', (sentence, expected) => {
    const read = readLanguages([sentence]);

    expect(read.languages.map(({ language, either }) => ({ language, ...(either ? { either } : {}) }))).toEqual(expected);
    expect(new Set(read.languages.map((entry) => entry.level))).toEqual(new Set(['C1']));
    expect(read.unread).toEqual([]);
  });

  it('numbers each sentence’s alternatives apart, and drops alternatives to a language the notice already asks', () => {
    const read = readLanguages(['Excellent command of English or French.', 'Knowledge of Spanish or Arabic would be an asset.', 'Working knowledge of English or Russian.']);

    expect(read.languages.map(({ language, need, either }) => [language, need, either])).toEqual([
      ['en', 'required', 1],
      ['fr', 'required', 1],
      ['es', 'asset', 2],
      ['ar', 'asset', 2],
    ]);
  });

  it('lists a language sentence that names no language it knows, and a language without a level', () => {
    // Act
    const read = readLanguages(['Excellent command of Klingon is required.', 'English is required.']);

    // Assert
    expect(read.languages).toEqual([{ language: 'en', need: 'required', wording: 'English is required.' }]);
    expect(read.unread).toEqual([
      '"Excellent command of Klingon is required." names no language this parser knows.',
      'The level of en is not stated in words this parser maps to CEFR.',
    ]);
  });

  it.each([
    ['12,000 "DUTY n" lines', 'PRINCIPAL DUTIES\n'.concat('DUTY 1:\n'.repeat(12_000))],
    ['24,000 bullets under "Ability to:"', `Abilities required\nAbility to:\n${'- x\n'.repeat(24_000)}`],
    ['one 99,000-character language line', `Languages\n- ${'English French or '.repeat(5_500)}`],
  ])('reads a hostile paste (%s) without throwing, its draft valid and each refused part listed (speed: bench/notice-parser.ts)', (_name, text) => {
    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(vacancyDraftSchema.safeParse(parsed.draft).success).toBe(true);
    expect(parsed.noticeUnread.length).toBeGreaterThan(0);
  });

  it('stays out of a part the notice does not have: "DUTY" lines before any duties heading are not duties', () => {
    // Act
    const body = parseNoticeBody('DUTY 1: Not under a heading\n- an activity');

    // Assert
    expect(body.notice).toBeUndefined();
  });
});

describe('the notice’s words mapped to CEFR (docs/vacancy-notice.md)', () => {
  it.each([
    ['Mother tongue English', 'C2'],
    ['Perfect command of French', 'C2'],
    ['Excellent Command of English (written and oral)', 'C1'],
    ['Professional fluency in English', 'C1'],
    ['Fluent Spanish', 'C1'],
    ['Working knowledge of French', 'B2'],
    ['Good command of English', 'B2'],
    ['Knowledge of Arabic', 'B1'],
    ['Basic knowledge of Spanish', 'A2'],
    ['English at C1 level', 'C1'],
    ['Mother tongue Spanish or excellent command of Spanish', 'C1'],
    ['English (no level named)', undefined],
  ] as const)('"%s" is %s', (words, level) => {
    expect(levelFromWords(words)).toBe(level);
  });

  it.each([
    ['Fluency in French would be an additional asset.', 'asset'],
    ['Working knowledge of French is an advantage.', 'asset'],
    ['Knowledge of other official INTERPOL languages (Arabic, Spanish) is desirable.', 'asset'],
    ['A minimum of 15 years ... is required, preferably in a law enforcement context', 'required'],
    ['Excellent Command of English as working language.', 'required'],
  ] as const)('"%s" is %s', (words, need) => {
    expect(needOf(words)).toBe(need);
  });
});
