import { readFile } from 'node:fs/promises';
import { parseVacancyNotice } from '#shared/vacancies/notice-parser.js';
import type { VacancyDraft } from '#shared/vacancies/schema.js';
import { note, section, table } from './report.js';

const seeds = new URL('../../shared/seeds/', import.meta.url);
const fixtures = new URL('../test/fixtures/notices/', import.meta.url);
const demoData = new URL('../infra/local/seed/vacancies.json', import.meta.url);

const timePerCall = (text: string, budgetMs = 300): number => {
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    parseVacancyNotice(text);
    calls += 1;
  }
  return (performance.now() - started) / calls;
};

type Notice = { name: string; text: string; expected: VacancyDraft };

/** The real notices, with what the demo data keeps of them; the notices written for the tests, with what a reader typed by hand. */
const noticesWithAnswers = async (notice1152: string, notice1614: string): Promise<Notice[]> => {
  const demo = JSON.parse(await readFile(demoData, 'utf8')) as { notices: Array<VacancyDraft & { status?: string }> };
  const real = (number: string): VacancyDraft => {
    const { status: _status, ...draft } = demo.notices.find((vacancy) => vacancy.number === number) ?? {};
    return draft;
  };
  const written = await Promise.all(
    ['written-1701-criminal-intelligence', 'written-1702-cybercrime-specialist', 'written-1703-regional-liaison'].map(async (name) => ({
      name: `${name.slice(8)} (written)`,
      text: await readFile(new URL(`${name}.txt`, fixtures), 'utf8'),
      expected: (JSON.parse(await readFile(new URL(`${name}.expected.json`, fixtures), 'utf8')) as { draft: VacancyDraft }).draft,
    })),
  );
  return [{ name: '1152 (real)', text: notice1152, expected: real('1152') }, { name: '1614 (real)', text: notice1614, expected: real('1614') }, ...written];
};

/** Each field the accuracy table scores, and how to take it from a draft; lists are also scored item by item. */
const SCORED: ReadonlyArray<[field: string, take: (draft: VacancyDraft) => unknown]> = [
  ...(['number', 'title', 'unit', 'reportingTo', 'location', 'timeZone', 'grade', 'posts', 'clearance', 'secondmentType', 'publishedAt', 'deadline'] as const).map(
    (field): [string, (draft: VacancyDraft) => unknown] => [field, (draft) => draft[field]],
  ),
  ['duration', (draft) => draft.durationMonths ?? draft.endsOn],
  ['summary', (draft) => draft.notice?.summary],
  ['duties', (draft) => draft.notice?.duties],
  ['duties: activities', (draft) => draft.notice?.duties?.flatMap((duty) => duty.activities)],
  ['education', (draft) => draft.notice?.education],
  ['experience', (draft) => draft.notice?.experience?.items],
  ['experience: minimum years', (draft) => draft.notice?.experience?.minimumYears],
  ['languages', (draft) => draft.notice?.languages],
  ['languages: level', (draft) => draft.notice?.languages?.map(({ language, level }) => `${language} ${level ?? '-'}`)],
  ['languages: required or asset', (draft) => draft.notice?.languages?.map(({ language, need }) => `${language} ${need}`)],
  ['abilities', (draft) => draft.notice?.abilities],
  ['aptitudes', (draft) => draft.notice?.aptitudes],
  ...(['audience', 'conditions', 'costs', 'diversity', 'evidence'] as const).map(
    (kind): [string, (draft: VacancyDraft) => unknown] => [`standing: ${kind}`, (draft) => draft.notice?.standing?.[kind]],
  ),
];

/** Items of `expected` found in `read`, each found item used once. */
const itemsFound = (expected: unknown[], read: unknown[]): number => {
  const left = read.map((item) => JSON.stringify(item));
  return expected.filter((item) => {
    const at = left.indexOf(JSON.stringify(item));
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  }).length;
};

/** Field-level accuracy: per field, the notices where it is exactly right, and for lists the items right. */
const accuracy = (notices: readonly Notice[]) => {
  const drafts = notices.map((notice) => ({ ...notice, read: parseVacancyNotice(notice.text).draft }));
  return SCORED.map(([field, take]) => {
    // A field counts where the notice has it, or where the parser claims it does.
    const scored = drafts.filter(({ expected, read }) => take(expected) !== undefined || take(read) !== undefined);
    const right = scored.filter(({ expected, read }) => JSON.stringify(take(expected)) === JSON.stringify(take(read)));
    const lists = scored.filter(({ expected }) => Array.isArray(take(expected)));
    const expectedItems = lists.reduce((sum, { expected }) => sum + (take(expected) as unknown[]).length, 0);
    const foundItems = lists.reduce((sum, { expected, read }) => sum + itemsFound(take(expected) as unknown[], (take(read) as unknown[] | undefined) ?? []), 0);
    const wrong = scored.filter((notice) => !right.includes(notice)).map((notice) => notice.name.split(' ')[0]);
    return {
      field,
      'notices right': `${right.length} of ${scored.length}`,
      'items right': lists.length > 0 ? `${foundItems} of ${expectedItems}` : '',
      wrong: wrong.join(', '),
    };
  });
};

/** The notice parser on real notices (the baseline is notice 1152) and on pathological pastes; then its accuracy. */
export const noticeParser = async () => {
  const notice1152 = await readFile(new URL('vacancy-1152-senior-coordinator.txt', seeds), 'utf8');
  const notice1614 = await readFile(new URL('vacancy-1614-ad-communications.txt', seeds), 'utf8');
  const inputs: Array<[string, string]> = [
    ['notice 1152 (baseline)', notice1152],
    ['notice 1614', notice1614],
    ['14,000 footnote marks', `Grade: 3${'*(1)[2]'.repeat(14_000)}`],
    ['5,000 "as a ... within the"', 'as a x within the '.repeat(5_000)],
    ['90,000-digit value', `Grade: ${'1'.repeat(90_000)}`],
    ['nine notices in one paste', notice1152.repeat(9)],
    ['12,000 "DUTY n" lines', 'PRINCIPAL DUTIES\n'.concat('DUTY 1:\n'.repeat(12_000))],
    ['one 99,000-character language line', `Languages\n- ${'English French or '.repeat(5_500)}`],
    ['24,000 bullets under "Ability to:"', `Abilities required\nAbility to:\n${'- x\n'.repeat(24_000)}`],
  ];
  section(
    'Vacancy-notice parser',
    'parseVacancyNotice (shared/vacancies/notice-parser.ts, the header, and notice-body-parser.ts, the body) called in a loop for 300 ms per input, in this process; the mean time per call. ' +
      'The baseline is a real notice (1152); the others are a second real notice and pastes built to make a careless regular expression backtrack. ' +
      'Then its accuracy, field by field, on the two real notices and the three written for the tests (test/fixtures/notices).',
  );
  // Once unmeasured first: the baseline would otherwise pay for the parser's compilation.
  for (const [, text] of inputs) timePerCall(text, 50);
  const baseline = timePerCall(notice1152);
  table(
    inputs.map(([name, text]) => {
      const ms = name.endsWith('(baseline)') ? baseline : timePerCall(text);
      return { input: name, characters: text.length, 'ms per call': +ms.toFixed(3), 'x baseline': +(ms / baseline).toFixed(1) };
    }),
  );
  table(accuracy(await noticesWithAnswers(notice1152, notice1614)), 'Field-level accuracy: exactly right per notice, and list items right.');
  note(
    'The answers for the real notices are the demo data (infra/local/seed/vacancies.json), checked by hand against the text; those for the written notices were typed by hand before the parser first read them.',
  );
};
