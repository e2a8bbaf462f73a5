import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVacancy } from '#functions/admin/pages/client/vacancy-form.js';
import { fieldsFromNotice, noticeFieldOf, noticeFromFields, type NoticeFormFields } from '#shared/vacancies/notice-form.js';
import { parseVacancyNotice } from '#shared/vacancies/notice-parser.js';
import type { VacancyNotice } from '#shared/vacancies/notice-schema.js';

const seed = (name: string) => readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/notices/${name}`, import.meta.url), 'utf8');

const noticeOf = (text: string): VacancyNotice => {
  const notice = parseVacancyNotice(text).draft.notice;
  if (!notice) throw new Error('test setup: the parser read no notice');
  return notice;
};

/** The five notices: the two real ones read by the parser, the three written ones as typed by hand. */
const notices: Array<[string, VacancyNotice]> = [
  ['1152 (real, parsed)', noticeOf(seed('vacancy-1152-senior-coordinator.txt'))],
  ['1614 (real, parsed)', noticeOf(seed('vacancy-1614-ad-communications.txt'))],
  ...['written-1701-criminal-intelligence', 'written-1702-cybercrime-specialist', 'written-1703-regional-liaison'].map((name): [string, VacancyNotice] => [
    `${name} (expected)`,
    (JSON.parse(fixture(`${name}.expected.json`)) as { draft: { notice: VacancyNotice } }).draft.notice,
  ]),
];

const blank = fieldsFromNotice(undefined);

const errorsOf = (fields: NoticeFormFields) => {
  const check = noticeFromFields(fields);
  return check.ok ? new Map<string, string>() : check.errors;
};

describe('the vacancy form’s notice editor: fields <-> notice', () => {
  it.each(notices)('gives back notice %s exactly (notice -> fields -> notice), and its fields are stable (fields -> notice -> fields)', (_name, notice) => {
    // Act
    const fields = fieldsFromNotice(notice);
    const back = noticeFromFields(fields);

    // Assert
    expect(back).toEqual({ ok: true, notice });
    expect(fieldsFromNotice(back.ok ? back.notice : undefined)).toEqual(fields);
  });

  it('writes the notice in the formats the hints describe', () => {
    // Prepare: notice 1614 has assets, a minimum of years, aptitudes; 1152 an untitled duty and an ability with details.
    const [n1152, n1614] = [notices[0]?.[1], notices[1]?.[1]];

    // Act
    const f1152 = fieldsFromNotice(n1152);
    const f1614 = fieldsFromNotice(n1614);

    // Assert
    expect(f1152.duties).toMatch(/^Plan, monitor and coordinate operations and projects\n- Coordination with all involved units/);
    expect(f1152.duties.split('\n\n').at(-1)).toBe('- Perform any other duties as required by the supervisor');
    expect(f1152.abilities).toContain('Ability to :\n- think/plan operationally and strategically\n');
    expect(f1614.minimumYears).toBe('15');
    expect(f1614.experience.split('\n').filter((line) => line.startsWith('(asset) '))).toHaveLength(2);
    expect(f1614.languages.map(({ language, level, need }) => `${language} ${level} ${need}`)).toEqual(['en C1 required', 'fr B2 asset', 'ar B1 asset', 'es B1 asset']);
  });

  it('reads what HR types by hand: extra blank lines, a paragraph over several lines, "(ASSET)" in capitals, a blank language row', () => {
    // Prepare
    const fields: NoticeFormFields = {
      ...blank,
      summary: '  First paragraph,\nwrapped by hand.\n\n\n\nSecond one.  ',
      duties: '\nAnalyse\n- one\n-   two\n\n\n- untitled activity\n\nTitle only\n',
      education: 'A degree\n\n(ASSET) A certificate',
      experience: 'Eight years\n(asset)Abroad',
      minimumYears: ' 8 ',
      languages: [
        { language: 'en', level: 'C1', need: 'required', wording: 'Excellent English.', either: '' },
        { language: '', level: '', need: 'required', wording: '', either: '' },
        { language: 'fr', level: '', need: 'asset', wording: 'Some French.', either: '' },
      ],
      abilities: 'Ability to:\n- plan\n- write\nTeamwork',
      aptitudes: 'Tact\n\nDiscretion',
      costs: 'Your administration\npays.',
    };

    // Act
    const check = noticeFromFields(fields);

    // Assert
    expect(check).toEqual({
      ok: true,
      notice: {
        summary: ['First paragraph, wrapped by hand.', 'Second one.'],
        duties: [{ title: 'Analyse', activities: ['one', 'two'] }, { activities: ['untitled activity'] }, { title: 'Title only', activities: [] }],
        education: [
          { text: 'A degree', need: 'required' },
          { text: 'A certificate', need: 'asset' },
        ],
        experience: {
          minimumYears: 8,
          items: [
            { text: 'Eight years', need: 'required' },
            { text: 'Abroad', need: 'asset' },
          ],
        },
        languages: [
          { language: 'en', level: 'C1', need: 'required', wording: 'Excellent English.' },
          { language: 'fr', need: 'asset', wording: 'Some French.' },
        ],
        abilities: [{ text: 'Ability to:', details: ['plan', 'write'] }, { text: 'Teamwork' }],
        aptitudes: ['Tact', 'Discretion'],
        standing: { costs: 'Your administration pays.' },
      },
    });
    // Written back in the canonical format, it reads as the same notice.
    const again = fieldsFromNotice(check.ok ? check.notice : undefined);
    const reread = noticeFromFields(again);
    expect(reread).toEqual(check);
    expect(fieldsFromNotice(reread.ok ? reread.notice : undefined)).toEqual(again);
  });

  it('gives an empty notice when every section is cleared (a save then removes the notice)', () => {
    expect(noticeFromFields({ ...blank, summary: '\n  \n', languages: [{ language: '', level: '', need: 'required', wording: ' ', either: '' }] })).toEqual({ ok: true, notice: {} });
  });

  it('names each field in error, one message each, saying which duty, item or language row', () => {
    // Prepare
    const tooLong = 'x'.repeat(1_001);
    const fields: NoticeFormFields = {
      ...blank,
      duties: 'Coordinate\n- plan\n\nSecond duty\nA second title line\n- act',
      education: `A degree\n${tooLong}`,
      minimumYears: 'ten',
      experience: 'Police work',
      languages: [
        { language: 'en', level: 'C1', need: 'required', wording: 'English.', either: '' },
        { language: '', level: '', need: 'required', wording: '', either: '' },
        { language: 'fr', level: 'B2', need: 'asset', wording: '', either: '' },
      ],
      abilities: '- a detail with no ability',
      aptitudes: Array.from({ length: 31 }, (_, index) => `Aptitude ${index + 1}`).join('\n'),
      diversity: 'We value\u202Ediversity.',
    };

    // Act
    const errors = errorsOf(fields);

    // Assert
    expect(Object.fromEntries(errors)).toEqual({
      'notice.duties': 'Duty 2: one title line, then each activity on a line starting with "- ".',
      'notice.minimumYears': 'Whole years, such as 10.',
      'notice.abilities': expect.stringContaining('comes under the ability it belongs to') as unknown,
      'notice.education': 'Item 2: At most 1000 characters.',
      // The third row is the second language kept: its errors land on the third row.
      'notice.languages.2.wording': 'Required.',
      'notice.aptitudes': 'At most 30 items.',
      'notice.diversity': 'Must not contain line separators or text-direction controls.',
    });
  });

  it('keeps alternatives ("English or French") as a shared number, and names a group of one or of mixed needs on its row', () => {
    const either = [
      { language: 'en', level: 'C1', need: 'required', wording: 'Excellent English or French.', either: '1' },
      { language: 'fr', level: 'C1', need: 'required', wording: 'Excellent English or French.', either: ' 1 ' },
    ];
    const read = noticeFromFields({ ...blank, languages: either });

    expect(read.ok && read.notice.languages?.map((entry) => entry.either)).toEqual([1, 1]);
    expect(fieldsFromNotice(read.ok ? read.notice : undefined).languages.map((row) => row.either)).toEqual(['1', '1']);
    expect(Object.fromEntries(errorsOf({ ...blank, languages: [either[0] as (typeof either)[number], { ...(either[1] as (typeof either)[number]), either: '2' }] }))).toEqual({
      'notice.languages.0.either': expect.stringContaining('names one language only') as unknown,
      'notice.languages.1.either': expect.stringContaining('names one language only') as unknown,
    });
    expect(Object.fromEntries(errorsOf({ ...blank, languages: [either[0] as (typeof either)[number], { ...(either[1] as (typeof either)[number]), need: 'asset' }] }))).toEqual({
      'notice.languages.1.need': 'The alternatives of 1 are all required or all assets.',
    });
  });

  it('names a language listed twice on its row', () => {
    const languages = [
      { language: 'en', level: 'C1', need: 'required', wording: 'English.', either: '' },
      { language: 'en', level: 'B2', need: 'asset', wording: 'More English.', either: '' },
    ];
    expect(Object.fromEntries(errorsOf({ ...blank, languages }))).toEqual({ 'notice.languages.1.language': 'The language en is listed twice.' });
  });

  it('asks for experience items when only the minimum years are given, and refuses years out of range', () => {
    expect(Object.fromEntries(errorsOf({ ...blank, minimumYears: '10' }))).toEqual({ 'notice.experience': 'At least one item.' });
    expect(Object.fromEntries(errorsOf({ ...blank, minimumYears: '99', experience: 'Police work' }))).toEqual({ 'notice.minimumYears': expect.any(String) as unknown });
  });

  it('places an activity’s or a detail’s error in its duty or ability', () => {
    const long = 'y'.repeat(1_001);
    expect(errorsOf({ ...blank, duties: `One\n- a\n\nTwo\n- b\n- ${long}` }).get('notice.duties')).toBe('Duty 2, activity 2: At most 1000 characters.');
    expect(errorsOf({ ...blank, abilities: `Ability to:\n- ${long}` }).get('notice.abilities')).toBe('Ability 1, detail 1: At most 1000 characters.');
  });

  it('maps the API’s error paths inside the notice to the editor’s fields', () => {
    expect(noticeFieldOf(['duties', 0, 'title'])).toBe('notice.duties');
    expect(noticeFieldOf(['languages', 1, 'level'])).toBe('notice.languages.1.level');
    expect(noticeFieldOf(['standing', 'costs'])).toBe('notice.costs');
    expect(noticeFieldOf(['experience', 'minimumYears'])).toBe('notice.minimumYears');
    expect(noticeFieldOf(['experience', 'items', 0, 'text'])).toBe('notice.experience');
  });
});

describe('the vacancy form checks the header and the notice together', () => {
  const header = {
    number: '1801',
    title: 'Cybercrime Analyst',
    unit: 'Cybercrime Directorate',
    reportingTo: 'Director, Cybercrime',
    location: 'Singapore',
    timeZone: 'Asia/Singapore',
    grade: '4',
    posts: '2',
    clearance: 'Basic',
    secondmentType: 'regular',
    durationMonths: '24',
    publishedAt: '2026-11-01',
    deadline: '2026-12-31',
    status: 'draft',
  };

  it('carries the notice on the vacancy, and none when every section is blank', () => {
    const notice = notices[2]?.[1];
    expect(checkVacancy(header, fieldsFromNotice(notice))).toEqual({ ok: true, vacancy: expect.objectContaining({ number: '1801', notice }) as unknown });
    const cleared = checkVacancy(header, blank);
    expect(cleared.ok && 'notice' in cleared.vacancy).toBe(false);
  });

  it('reports the header’s errors and the notice’s side by side', () => {
    const check = checkVacancy({ ...header, grade: '' }, { ...blank, abilities: '- orphan' });
    expect(check.ok ? [] : [...check.errors.keys()]).toEqual(['grade', 'notice.abilities']);
  });
});
