import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVacancyNotice } from '../../shared/vacancies/notice-parser.js';
import { vacancyDraftSchema } from '../../shared/vacancies/schema.js';
import type { Vacancy, VacancyDraft } from '../../shared/vacancies/schema.js';
import { projectDraft } from '../support/project-notices.js';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/notices/${name}`, import.meta.url), 'utf8');

const notice1152 = seed('vacancy-1152-senior-coordinator.txt');
const notice1614 = seed('vacancy-1614-ad-communications.txt');

/** Notice 1152 as the project keeps it for the demo data; the parser must read exactly that. */
const draft1152 = projectDraft('1152');

/** Notice 1152 with some of its text replaced; fails loudly when the text to replace is not there. */
const variant = (...edits: Array<[from: string, to: string]>): string =>
  edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} is not in the notice`);
    return text.replace(from, to);
  }, notice1152);

/** The header's fields only: these tests are about the header; test/unit/notice-body-parser.test.ts reads the body. */
const header = ({ notice: _notice, ...fields }: VacancyDraft): VacancyDraft => fields;

const unreadableFields = (text: string, options?: { timeZones?: Record<string, string> }) =>
  parseVacancyNotice(text, options).unreadable.map((entry) => entry.field);

const reasonFor = (text: string, field: keyof Vacancy): string | undefined =>
  parseVacancyNotice(text).unreadable.find((entry) => entry.field === field)?.reason;

describe('parseVacancyNotice: the seed notices', () => {
  it('reads every field of notice 1152 and lists nothing as unreadable', () => {
    // Act
    const parsed = parseVacancyNotice(notice1152);

    // Assert
    expect(parsed.draft).toEqual(draft1152);
    expect(parsed.unreadable).toEqual([]);
  });

  it('reads every field of notice 1614, stripping SECONDMENT from the title and reading 36.00 months as 36', () => {
    // Act
    const parsed = parseVacancyNotice(notice1614);

    // Assert
    expect(header(parsed.draft)).toEqual({
      number: '1614',
      title: 'Assistant Director, Communications Office',
      unit: 'Communications Office',
      reportingTo: 'Director of Communications',
      location: 'Lyon',
      timeZone: 'Europe/Paris',
      grade: '2',
      durationMonths: 36,
      posts: 1,
      clearance: 'Enhanced',
      secondmentType: 'regular',
      publishedAt: '2026-01-21',
      deadline: '2026-05-21',
    });
    expect(parsed.draft).toEqual(projectDraft('1614'));
    expect(parsed.unreadable).toEqual([]);
  });

  it.each([notice1152, notice1614])('reads a CRLF copy of a notice exactly as the LF original', (text) => {
    // Prepare
    const crlf = text.replace(/\n/g, '\r\n');

    // Act / Assert
    expect(parseVacancyNotice(crlf)).toEqual(parseVacancyNotice(text));
  });

  it('never reads a status: the caller sets it, so it is neither in the draft nor unreadable', () => {
    // Act
    const parsed = parseVacancyNotice(`${notice1152}\nStatus: open`);

    // Assert
    expect(parsed.draft).not.toHaveProperty('status');
    expect(parsed.unreadable.map((entry) => entry.field)).not.toContain('status');
  });
});

describe('parseVacancyNotice: layout variants', () => {
  it('reads a bulleted header with tabs, non-breaking spaces, footnote marks and label synonyms', () => {
    // Act
    const parsed = parseVacancyNotice(fixture('bulleted-footnotes-singapore.txt'));

    // Assert
    expect(header(parsed.draft)).toEqual({
      number: '2031',
      title: 'Criminal Intelligence Officer',
      unit: 'Cyber Fusion Centre',
      reportingTo: 'Assistant Director, Cyber Fusion Centre',
      location: 'Singapore',
      timeZone: 'Asia/Singapore',
      grade: '4',
      durationMonths: 24,
      posts: 2,
      clearance: 'Enhanced',
      secondmentType: 'regular',
      publishedAt: '2026-03-03',
      deadline: '2026-04-15',
    });
    expect(parsed.unreadable).toEqual([]);
  });

  it('reads values written on the line after their label, an end date and a short-term secondment', () => {
    // Act
    const parsed = parseVacancyNotice(fixture('short-term-value-on-next-line.txt'));

    // Assert
    expect(parsed.draft).toEqual({
      number: 'ST-0457',
      title: 'Liaison Officer (Regional Bureau)',
      unit: 'Regional Bureau for Eastern Africa',
      reportingTo: 'Head of Regional Bureau',
      location: 'Nairobi',
      timeZone: 'Africa/Nairobi',
      grade: '5',
      endsOn: '2026-08-04',
      posts: 1,
      clearance: 'Basic',
      secondmentType: 'short-term',
      publishedAt: '2025-07-14',
      deadline: '2025-08-31',
    });
    expect(parsed.unreadable).toEqual([]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['Number of post: 1', 'Number of posts: 2', { posts: 2 }],
    ['Number of post: 1', 'No. of posts: 2', { posts: 2 }],
    ['Number of post: 1', 'Number of post(s): 2', { posts: 2 }],
    ['Number of post: 1', 'NUMBER OF POSITIONS: 2 (two)', { posts: 2 }],
    ['Deadline for application:1 September 2025', 'Application deadline: 2 September 2025', { deadline: '2025-09-02' }],
    ['Deadline for application:1 September 2025', 'Closing date: 2 September 2025', { deadline: '2025-09-02' }],
    ['Reporting To:', 'Reports to:', { reportingTo: 'Director, Organized and Emerging Crime' }],
    ['Publication Starting Date: Jul 1, 2025', 'Publication date: Jul 2, 2025', { publishedAt: '2025-07-02' }],
    ['Publication Starting Date: Jul 1, 2025', 'Date of publication: Jul 2, 2025', { publishedAt: '2025-07-02' }],
    ['Job title: Senior Coordinator', 'JOB TITLE : Senior Coordinator', { title: 'Senior Coordinator' }],
    ['Location: Lyon\n', 'Duty station: Lyon\n', { location: 'Lyon' }],
    ['Grade: 3', 'Grade: 3.00', { grade: '3' }],
    ['Security Clearance Level: Basic', 'security clearance level: ENHANCED', { clearance: 'Enhanced' }],
    ['VACANCY NOTICE 1152', 'Vacancy Notice No. 1152', { number: '1152' }],
    ['VACANCY NOTICE 1152', 'Vacancy number: 1152', { number: '1152' }],
  ])('reads %j written as %j', (from, to, expected) => {
    // Act
    const parsed = parseVacancyNotice(variant([from, to]));

    // Assert
    expect(parsed.draft).toMatchObject(expected);
    expect(parsed.unreadable).toEqual([]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['Grade: 3', 'Grade: 3*', { grade: '3' }],
    ['Grade: 3', 'Grade¹: 3²', { grade: '3' }],
    ['Security Clearance Level: Basic', 'Security Clearance Level: Basic¹', { clearance: 'Basic' }],
    ['Deadline for application:1 September 2025', 'Deadline for application: 1 September 2025 (1)', { deadline: '2025-09-01' }],
    ['Deadline for application:1 September 2025', 'Deadline for application: 1 September 2025 [1]', { deadline: '2025-09-01' }],
    ['Reporting To: Director, Organized and Emerging Crime', 'Reporting To: Director, Organized and Emerging Crime†', { reportingTo: 'Director, Organized and Emerging Crime' }],
  ])('ignores the footnote mark in %j -> %j', (from, to, expected) => {
    // Act
    const parsed = parseVacancyNotice(variant([from, to]));

    // Assert
    expect(parsed.draft).toMatchObject(expected);
    expect(parsed.unreadable).toEqual([]);
  });

  it('reads a pasted table row holding two labelled cells separated by a tab', () => {
    // Prepare
    const text = variant(['Grade: 3\nNumber of post: 1', 'Grade: 3\tNumber of posts: 2']);

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft).toMatchObject({ grade: '3', posts: 2 });
    expect(parsed.unreadable).toEqual([]);
  });

  it('reads labels in Markdown bold', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Grade: 3', '**Grade:** 3']));

    // Assert
    expect(parsed.draft.grade).toBe('3');
  });

  it('ignores body prose about deadlines and locations that is not a labelled line', () => {
    // Prepare
    const text = `${notice1152}\nThe location of the post may move to Singapore in 2027.\nApplications after the deadline of 2 September 2025 are refused.\nDeadlines: tight.`;

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert: the lines end the abilities section, so the body has them; the header has nothing of them.
    expect(header(parsed.draft)).toEqual(header(draft1152));
  });

  it.each([
    ['SECONDMENT - Senior Coordinator', 'Senior Coordinator'],
    ['SECONDMENT Senior Coordinator', 'Senior Coordinator'],
    ['Secondment – Senior Coordinator', 'Senior Coordinator'],
    ['Secondments Officer', 'Secondments Officer'],
  ])('reads the job title %j as %j', (written, title) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Job title: Senior Coordinator', `Job title: ${written}`]));

    // Assert
    expect(parsed.draft.title).toBe(title);
  });
});

describe('parseVacancyNotice: dates', () => {
  it.each([
    ['Jul 1, 2025', '2025-07-01'],
    ['July 1, 2025', '2025-07-01'],
    ['July 1st, 2025', '2025-07-01'],
    ['1 September 2025', '2025-09-01'],
    ['1st September 2025', '2025-09-01'],
    ['1 Sept 2025', '2025-09-01'],
    ['1 Sep. 2025', '2025-09-01'],
    ['01-Sep-2025', '2025-09-01'],
    ['2025-10-31', '2025-10-31'],
    ['31/10/2025', '2025-10-31'],
    ['31.10.2025', '2025-10-31'],
    ['04/04/2025', '2025-04-04'],
    ['Monday, 1 September 2025', '2025-09-01'],
    ['29 February 2028', '2028-02-29'],
  ])('reads the publication date %j as %s', (written, iso) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Publication Starting Date: Jul 1, 2025', `Publication Starting Date: ${written}`]));

    // Assert
    expect(parsed.draft.publishedAt).toBe(iso);
    expect(parsed.unreadable).toEqual([]);
  });

  it.each([
    ['31 February 2025', /not a calendar date/],
    ['29 February 2025', /not a calendar date/],
    ['2025-13-01', /not a calendar date/],
    ['03/04/2025', /could be 3 April or 4 March/],
    ['01-Sep-25', /not a date in a form/],
    ['Tuesday, 1 September 2025', /is a Monday/],
    ['1 Septober 2025', /does not name a month/],
    ['soon', /not a date in a form/],
  ])('lists a deadline of %j as unreadable instead of coercing it', (written, reason) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Deadline for application:1 September 2025', `Deadline for application: ${written}`]));

    // Assert
    expect(parsed.draft).not.toHaveProperty('deadline');
    expect(parsed.unreadable).toEqual([{ field: 'deadline', reason: expect.stringMatching(reason) }]);
  });
});

describe('parseVacancyNotice: duration', () => {
  it.each([
    ['Duration (in months): 36.00', 36],
    ['Duration (in months): 36,0', 36],
    ['Duration (in months): 24 months', 24],
    ['Duration: 36 months (renewable)', 36],
    ['Duration: 3 years', 36],
    ['Duration: 1.5 years', 18],
  ])('reads %j as %i months', (written, months) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Duration (in months): 36', written]));

    // Assert
    expect(parsed.draft.durationMonths).toBe(months);
    expect(parsed.draft).not.toHaveProperty('endsOn');
  });

  it.each([
    ['Duration (in months): 36.5', /not a whole number of months/],
    ['Duration: 36', /does not say months or years/],
    ['Duration: 1.1 years', /not a whole number of months/],
    ['Duration (in months): about three years', /neither a number of months nor an end date/],
  ])('lists %j as unreadable rather than rounding or guessing the unit', (written, reason) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Duration (in months): 36', written]));

    // Assert
    expect(parsed.draft).not.toHaveProperty('durationMonths');
    expect(parsed.unreadable).toEqual([{ field: 'durationMonths', reason: expect.stringMatching(reason) }]);
  });

  it.each([
    ['Duration: until 4 August 2026', '2026-08-04'],
    ['End date: 2026-08-04', '2026-08-04'],
    ['End of secondment: 4 Aug 2026', '2026-08-04'],
    ['Duration (in months): 31/12/2026', '2026-12-31'],
    ['Duration: from 1 October 2025 to 31 December 2026', '2026-12-31'],
  ])('reads an end date from %j', (written, endsOn) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Duration (in months): 36', written]));

    // Assert
    expect(parsed.draft.endsOn).toBe(endsOn);
    expect(parsed.draft).not.toHaveProperty('durationMonths');
    expect(parsed.unreadable).toEqual([]);
  });

  it('lists an impossible end date under endsOn', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Duration (in months): 36', 'End date: 31/02/2027']));

    // Assert
    expect(parsed.unreadable).toEqual([{ field: 'endsOn', reason: expect.stringMatching(/not a calendar date/) }]);
  });

  it.each(['Duration: until 03/04/2027', 'Duration (in months): 03/04/2027'])(
    'lists an ambiguous end date in %j as unreadable under endsOn',
    (written) => {
      // Act
      const parsed = parseVacancyNotice(variant(['Duration (in months): 36', written]));

      // Assert
      expect(parsed.draft).not.toHaveProperty('endsOn');
      expect(parsed.unreadable).toEqual([{ field: 'endsOn', reason: expect.stringMatching(/could be 3 April or 4 March/) }]);
    },
  );

  it('lists durationMonths as conflicting when a notice gives both months and an end date', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Duration (in months): 36', 'Duration (in months): 36\nEnd date: 2028-08-31']));

    // Assert
    expect(parsed.draft).not.toHaveProperty('durationMonths');
    expect(parsed.draft).not.toHaveProperty('endsOn');
    expect(parsed.unreadable).toEqual([{ field: 'durationMonths', reason: expect.stringMatching(/^Conflicting values/) }]);
  });
});

describe('parseVacancyNotice: secondment type', () => {
  it.each(['short-term secondment', 'short term secondment', 'Short-Term Secondments'])(
    'reads a short-term secondment when the notice says %j anywhere',
    (phrase) => {
      // Act
      const parsed = parseVacancyNotice(`${notice1152}\nThis post is offered as a ${phrase} only.`);

      // Assert
      expect(parsed.draft.secondmentType).toBe('short-term');
    },
  );

  it('reads a labelled type of secondment', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Grade: 3', 'Grade: 3\nType of secondment: Short-term']));

    // Assert
    expect(parsed.draft.secondmentType).toBe('short-term');
  });

  it('lists the type as conflicting when it is labelled regular but the text says short-term secondment', () => {
    // Act
    const text = variant(['Grade: 3', 'Grade: 3\nType of secondment: Regular']) + '\nIt is a short-term secondment.';

    // Assert
    expect(reasonFor(text, 'secondmentType')).toMatch(/^Conflicting values/);
  });

  it('lists the type as unreadable when nothing says the post is a secondment', () => {
    // Prepare
    const text = variant(['SECONDMENT Senior Coordinator', 'Senior Coordinator']);

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft).not.toHaveProperty('secondmentType');
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual(['secondmentType']);
  });
});

describe('parseVacancyNotice: missing, empty and conflicting fields', () => {
  it.each<[keyof Vacancy, string]>([
    ['number', 'VACANCY NOTICE 1152\n'],
    ['title', 'Job title: Senior Coordinator\n'],
    ['reportingTo', 'Reporting To: Director, Organized and Emerging Crime\n'],
    ['grade', 'Grade: 3\n'],
    ['durationMonths', 'Duration (in months): 36\n'],
    ['posts', 'Number of post: 1\n'],
    ['clearance', 'Security Clearance Level: Basic\n'],
    ['publishedAt', 'Publication Starting Date: Jul 1, 2025\n'],
    ['deadline', 'Deadline for application:1 September 2025\n'],
  ])('lists %s as unreadable and leaves it out of the draft when its line is missing', (field, line) => {
    // Act
    const parsed = parseVacancyNotice(variant([line, '']));

    // Assert
    expect(parsed.draft).not.toHaveProperty(field);
    expect(parsed.unreadable).toEqual([{ field, reason: expect.stringMatching(/^No /) }]);
  });

  it('lists location and the time zone derived from it when no line gives the duty station', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Location: Lyon, France\n', ''], ['Location: Lyon\n', '']));

    // Assert
    expect(parsed.draft).not.toHaveProperty('location');
    expect(parsed.draft).not.toHaveProperty('timeZone');
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual(['location', 'timeZone']);
  });

  it('lists the unit as unreadable when no sentence says "within the <unit> which is part of"', () => {
    // Act
    const parsed = parseVacancyNotice(variant([' which is part of the Police Services Executive Directorate', '']));

    // Assert
    expect(parsed.draft).not.toHaveProperty('unit');
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual(['unit']);
  });

  it('lists a field as conflicting when its label appears twice with different values', () => {
    // Act
    const parsed = parseVacancyNotice(`${notice1152}\nGrade: 4`);

    // Assert
    expect(parsed.draft).not.toHaveProperty('grade');
    const lastLine = notice1152.split('\n').length + 1;
    expect(parsed.unreadable).toEqual([
      { field: 'grade', reason: `Conflicting values: Grade: "3" (line 14) and Grade: "4" (line ${lastLine}).` },
    ]);
  });

  it('reads a field whose label appears twice with the same value', () => {
    // Act
    const parsed = parseVacancyNotice(`${notice1152}\nGRADE: 3.00\nClosing date: 01-Sep-2025`);

    // Assert
    expect(header(parsed.draft)).toEqual(header(draft1152));
  });

  it('lists a labelled field with no value as unreadable, not taking the next labelled line as its value', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Grade: 3\n', 'Grade:\n']));

    // Assert
    expect(parsed.draft).toMatchObject({ posts: 1 });
    expect(parsed.unreadable).toEqual([{ field: 'grade', reason: 'Grade: is there but has no value.' }]);
  });

  it.each(['TBD', 'N/A', '-'])('lists a placeholder value %j as unreadable', (placeholder) => {
    // Act
    const parsed = parseVacancyNotice(variant(['Grade: 3', `Grade: ${placeholder}`]));

    // Assert
    expect(parsed.draft).not.toHaveProperty('grade');
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual(['grade']);
  });

  it('lists a clearance level other than Basic or Enhanced as unreadable', () => {
    // Act / Assert
    expect(reasonFor(variant(['Security Clearance Level: Basic', 'Security Clearance Level: Top Secret']), 'clearance')).toBe(
      '"Top Secret" is neither Basic nor Enhanced.',
    );
  });

  it('lists every field but status as unreadable for an empty text', () => {
    // Act
    const parsed = parseVacancyNotice('');

    // Assert
    expect(parsed.draft).toEqual({});
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual([
      'number', 'title', 'unit', 'reportingTo', 'location', 'timeZone', 'grade',
      'durationMonths', 'posts', 'clearance', 'secondmentType', 'publishedAt', 'deadline',
    ]);
  });
});

describe('parseVacancyNotice: duty station and time zone', () => {
  it.each([
    ['Lyon', 'Europe/Paris'],
    ['Singapore', 'Asia/Singapore'],
    ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
    ['Nairobi', 'Africa/Nairobi'],
    ['Abidjan', 'Africa/Abidjan'],
    ['Yaoundé', 'Africa/Douala'],
    ['Yaounde', 'Africa/Douala'],
    ['Harare', 'Africa/Harare'],
    ['San Salvador', 'America/El_Salvador'],
    ['Bangkok', 'Asia/Bangkok'],
    ['Brussels', 'Europe/Brussels'],
    ['New York', 'America/New_York'],
    ['Vienna', 'Europe/Vienna'],
    ['The Hague', 'Europe/Amsterdam'],
  ])('derives the time zone of %s as %s', (city, timeZone) => {
    // Prepare
    const text = variant(['Location: Lyon, France', `Location: ${city}, Somewhere`], ['Location: Lyon\n', `Location: ${city}\n`]);

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft).toMatchObject({ location: city, timeZone });
    expect(parsed.unreadable).toEqual([]);
  });

  it('keeps an unknown duty station but lists its time zone as unreadable', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Location: Lyon\n', 'Location: Kigali, Rwanda\n']));

    // Assert
    expect(parsed.draft.location).toBe('Kigali');
    expect(parsed.draft).not.toHaveProperty('timeZone');
    expect(parsed.unreadable).toEqual([{ field: 'timeZone', reason: 'No time zone is known for the duty station "Kigali".' }]);
  });

  it('uses duty stations passed in options.timeZones', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Location: Lyon\n', 'Location: Kigali\n']), {
      timeZones: { kigali: 'Africa/Kigali' },
    });

    // Assert
    expect(parsed.draft).toMatchObject({ location: 'Kigali', timeZone: 'Africa/Kigali' });
    expect(parsed.unreadable).toEqual([]);
  });

  it('lists the time zone with the schema message when options.timeZones gives a bad zone', () => {
    // Act
    const fields = parseVacancyNotice(notice1152, { timeZones: { Lyon: 'Mars/Olympus_Mons' } }).unreadable;

    // Assert
    expect(fields).toEqual([{ field: 'timeZone', reason: expect.stringContaining('Not an IANA time zone') }]);
  });

  it('prefers the Location line of the header table (after Job title) over the one above it', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Location: Lyon, France', 'Location: Singapore, Singapore']));

    // Assert
    expect(parsed.draft).toMatchObject({ location: 'Lyon', timeZone: 'Europe/Paris' });
  });
});

describe('parseVacancyNotice: schema', () => {
  it('drops a title the schema refuses and lists it with the schema message', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Job title: Senior Coordinator', `Job title: ${'Senior '.repeat(43)}`]));

    // Assert
    expect(parsed.draft).not.toHaveProperty('title');
    expect(parsed.unreadable).toEqual([{ field: 'title', reason: expect.stringContaining('At most 200 characters.') }]);
  });

  it('drops zero posts and a 73-month duration with the schema messages', () => {
    // Act
    const parsed = parseVacancyNotice(variant(['Number of post: 1', 'Number of posts: 0'], ['Duration (in months): 36', 'Duration (in months): 73']));

    // Assert
    expect(parsed.draft).not.toHaveProperty('posts');
    expect(parsed.draft).not.toHaveProperty('durationMonths');
    expect(unreadableFields(variant(['Number of post: 1', 'Number of posts: 0']))).toEqual(['posts']);
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual(['durationMonths', 'posts']);
  });

  it.each([notice1152, notice1614, fixture('bulleted-footnotes-singapore.txt'), fixture('short-term-value-on-next-line.txt')])(
    'returns a draft that passes vacancyDraftSchema',
    (text) => {
      // Act / Assert
      expect(vacancyDraftSchema.safeParse(parseVacancyNotice(text).draft).success).toBe(true);
    },
  );
});

describe('parseVacancyNotice: pathological pastes', () => {
  // How fast these parse is measured by `npm run bench`; here, that they parse at all.
  it.each([
    ['many footnote marks', `Grade: 3${'*(1)[2]'.repeat(14_000)}`],
    ['many "as a ... within the"', 'as a x within the '.repeat(5_000)],
    ['a ninety-thousand-digit value', `Grade: ${'1'.repeat(90_000)}`],
    ['nine notices in one paste', notice1152.repeat(9)],
  ])('reads %s without throwing, accounting for every field', (_name, text) => {
    // Act
    const parsed = parseVacancyNotice(text);

    // Assert: each of the 13 fields a notice gives is either read or listed, once.
    expect(vacancyDraftSchema.safeParse(parsed.draft).success).toBe(true);
    expect(Object.keys(header(parsed.draft)).length + parsed.unreadable.length).toBe(13);
  });

  it('does not read a paste longer than a notice could be, and says so for every field', () => {
    // Act
    const parsed = parseVacancyNotice(notice1152.repeat(20));

    // Assert
    expect(parsed.draft).toEqual({});
    expect(parsed.unreadable.map((entry) => entry.field)).toEqual([
      'number', 'title', 'unit', 'reportingTo', 'location', 'timeZone', 'grade', 'durationMonths', 'posts',
      'clearance', 'secondmentType', 'publishedAt', 'deadline',
    ]);
    expect(parsed.unreadable[0]?.reason).toBe('The text is longer than 100,000 characters: paste one vacancy notice only.');
  });
});

describe('parseVacancyNotice: the kind of secondment', () => {
  it('does not guess "regular" from the masthead when the duration is too short for one', () => {
    // Prepare
    const text = variant(['Duration (in months): 36', 'Duration (in months): 6']);

    // Act
    const parsed = parseVacancyNotice(text);

    // Assert
    expect(parsed.draft.secondmentType).toBeUndefined();
    expect(parsed.draft.durationMonths).toBe(6);
    expect(reasonFor(text, 'secondmentType')).toBe(
      'The notice does not say which kind of secondment it is, and 6 months is too short for a regular one.',
    );
  });
});
