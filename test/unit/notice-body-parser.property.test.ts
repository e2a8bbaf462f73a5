import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVacancyNotice } from '../../shared/vacancies/notice-parser.js';
import { vacancyDraftSchema } from '../../shared/vacancies/schema.js';

/** Fixed, so a failure is replayable; printed in the test names. */
const RUNS = { seed: 20261207, numRuns: 1500 } as const;

/** Lines a notice's body is made of, headings and "DUTY n" lines among them, with noise. */
const bodyLineArb = fc.oneof(
  fc.constantFrom(
    'SUMMARY OF THE ASSIGNED DUTIES,', 'INCLUDING GOALS AND OBJECTIVES OF THE POST', 'INTRODUCTION OF THE POST', 'PRINCIPAL DUTIES AND ACTIVITIES',
    'PRIMARY DUTIES', 'DUTY 1: Plan operations', 'DUTY 2 - Advise', 'DUTY 3:', 'DUTY 4', 'QUALIFICATIONS, COMPETENCIES AND SKILLS', 'REQUIREMENTS',
    'Education and qualification required:', 'Training/Education required', 'Experience required:', 'languages:', 'Languages',
    'Abilities required:', 'Aptitudes required', 'Ability to :', 'These skills include:', '-', '• ', '',
    '- A minimum of 15 years of experience is required.', '- Excellent command of English. Working knowledge of French is an asset.',
    '- Knowledge of Klingon would be useful.', '• Fluency in Spanish or Arabic is desirable.',
    'Please read the Conditions of Secondment in force at INTERPOL.',
    'Please be aware that your home Administration will be responsible for all of your salary.',
    'INTERPOL strives to achieve a diverse and inclusive workforce.',
    'This vacancy announcement pertains to law enforcement officials only.',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }).map((text) => `- ${text}`),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('x'.repeat(1_200), `- ${'y'.repeat(4_500)}`),
);
const bodyArb = fc
  .tuple(fc.array(bodyLineArb, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\u2028'))
  .map(([lines, newline]) => lines.join(newline));

const CORE_PARTS = ['summary', 'duties', 'education', 'experience', 'languages', 'abilities'] as const;
const STANDING = ['audience', 'conditions', 'costs', 'diversity'] as const;

describe(`the notice's body, on pastes made of its own lines (fast-check seed ${RUNS.seed}, ${RUNS.numRuns} runs each)`, () => {
  it('never throws, and the draft with its notice always passes the vacancy draft schema unchanged', () => {
    fc.assert(
      fc.property(bodyArb, (text) => {
        const { draft } = parseVacancyNotice(text);
        const result = vacancyDraftSchema.safeParse(draft);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(draft);
      }),
      RUNS,
    );
  });

  it('accounts for every part: each is read or listed as unread with a reason, never silently dropped', () => {
    fc.assert(
      fc.property(bodyArb, (text) => {
        const { draft, noticeUnread } = parseVacancyNotice(text);
        const listed = new Set(noticeUnread.map((entry) => entry.part));
        const missing = [
          ...CORE_PARTS.filter((part) => draft.notice?.[part] === undefined && !listed.has(part)),
          ...STANDING.filter((kind) => draft.notice?.standing?.[kind] === undefined && !listed.has(`standing.${kind}`) && !listed.has('standing')),
        ];
        expect(missing).toEqual([]);
        expect(noticeUnread.filter((entry) => entry.reason.trim() === '')).toEqual([]);
      }),
      RUNS,
    );
  });
});
