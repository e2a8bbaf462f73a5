import { readFile } from 'node:fs/promises';
import { parseVacancyNotice } from '#shared/vacancies/notice-parser.js';
import { section, table } from './report.js';

const seeds = new URL('../../shared/seeds/', import.meta.url);

const timePerCall = (text: string, budgetMs = 300): number => {
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    parseVacancyNotice(text);
    calls += 1;
  }
  return (performance.now() - started) / calls;
};

/** The notice parser on real notices (the baseline is notice 1152) and on pathological pastes. */
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
  ];
  section(
    'Vacancy-notice parser',
    'parseVacancyNotice (shared/vacancies/notice-parser.ts) called in a loop for 300 ms per input, in this process; the mean time per call. ' +
      'The baseline is a real notice (1152); the others are a second real notice and pastes built to make a careless regular expression backtrack.',
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
};
