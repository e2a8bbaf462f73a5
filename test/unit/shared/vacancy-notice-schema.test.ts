import { describe, expect, it } from 'vitest';
import { vacancyNoticeSchema } from '#shared/vacancies/notice-schema.js';
import { vacancySchema } from '#shared/vacancies/schema.js';
import { projectNotice } from '../../support/project-notices.js';

const vacancy1614 = projectNotice('1614');
const notice = vacancy1614.notice ?? {};

const messages = (input: unknown) => {
  const result = vacancyNoticeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the vacancy notice schema', () => {
  it('accepts the body of notice 1614 as the demo data keeps it, and a vacancy carrying it', () => {
    expect(vacancyNoticeSchema.parse(notice)).toEqual(notice);
    expect(vacancySchema.parse(vacancy1614)).toEqual(vacancy1614);
  });

  it('reads a vacancy without a notice, as every vacancy was stored before (each part is optional)', () => {
    // Prepare
    const { notice: _notice, ...header } = vacancy1614;

    // Act / Assert
    expect(vacancySchema.parse(header)).toEqual(header);
    expect(messages({})).toEqual([]);
    expect(messages({ languages: notice.languages })).toEqual([]);
  });

  it('refuses unknown fields, at the top and inside each part', () => {
    expect(messages({ ...notice, salary: 'high' })).toHaveLength(1);
    expect(messages({ duties: [{ title: 'A duty', activities: [], weight: 2 }] })).toHaveLength(1);
    expect(messages({ languages: [{ language: 'en', level: 'C1', need: 'required', wording: 'English', score: 9 }] })).toHaveLength(1);
    expect(messages({ standing: { costs: 'Your home administration pays.', perks: 'none' } })).toHaveLength(1);
  });

  it('refuses a level off the CEFR scale, a language that is not an ISO 639-1 code, and a language listed twice', () => {
    const english = { language: 'en', level: 'C1', need: 'required', wording: 'Excellent command of English.' } as const;
    expect(messages({ languages: [{ ...english, level: 'C3' }] })).toHaveLength(1);
    expect(messages({ languages: [{ ...english, language: 'English' }] })).toEqual(['languages.0.language: An ISO 639-1 language code such as en or fr.']);
    expect(messages({ languages: [english, { ...english, need: 'asset' }] })).toEqual(['languages.1.language: The language en is listed twice.']);
    expect(messages({ languages: [{ ...english, need: 'nice to have' }] })).toHaveLength(1);
  });

  it('bounds lengths and counts: items, paragraphs, duties, activities, years', () => {
    expect(messages({ duties: [{ title: 'x'.repeat(1_001), activities: [] }] })).toEqual(['duties.0.title: At most 1000 characters.']);
    expect(messages({ duties: Array.from({ length: 21 }, () => ({ title: 'A duty', activities: [] })) })).toEqual(['duties: At most 20 items.']);
    expect(messages({ duties: [{ activities: Array.from({ length: 41 }, () => 'Do it') }] })).toEqual(['duties.0.activities: At most 40 activities.']);
    expect(messages({ summary: ['x'.repeat(4_001)] })).toEqual(['summary.0: At most 4000 characters.']);
    expect(messages({ summary: [] })).toEqual(['summary: At least one item.']);
    expect(messages({ experience: { minimumYears: 41, items: [{ text: 'Police work', need: 'required' }] } })).toEqual(['experience.minimumYears: Too big: expected number to be <=40']);
    expect(messages({ experience: { minimumYears: 2.5, items: [{ text: 'Police work', need: 'required' }] } })).toEqual(['experience.minimumYears: Whole years.']);
  });

  it('refuses a duty with neither title nor activity, an empty item and a line break inside one', () => {
    expect(messages({ duties: [{ activities: [] }] })).toEqual(['duties.0.title: A duty has a title or at least one activity.']);
    expect(messages({ education: [{ text: '   ', need: 'required' }] })).toEqual(['education.0.text: Required.']);
    expect(messages({ aptitudes: ['Good listening\nskills'] })).toEqual(['aptitudes.0: Must not contain control characters such as line breaks.']);
  });
});
