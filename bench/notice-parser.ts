import { readFile } from 'node:fs/promises';
import { parseVacancyNotice } from '#shared/vacancies/notice-parser.js';

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
  const baseline = timePerCall(notice1152);
  console.log('Vacancy-notice parser, time per call');
  console.table(
    inputs.map(([name, text]) => {
      const ms = name.endsWith('(baseline)') ? baseline : timePerCall(text);
      return { input: name, characters: text.length, 'ms per call': +ms.toFixed(3), 'x baseline': +(ms / baseline).toFixed(1) };
    }),
  );
};
