import { gzipSync } from 'node:zlib';
import { formPageScript, pageStyle } from '#functions/pages/assets.js';
import { formView } from '#functions/pages/form-view.js';
import { pageResponse } from '#functions/pages/page-document.js';
import { pageWords } from '#functions/pages/page-words.js';
import { languages, type Language } from '#shared/i18n/languages.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { section, table } from './report.js';

/** Three open vacancies, as the form usually lists them. */
const vacancies: Vacancy[] = ['1701', '1702', '1703'].map((number, i) => ({
  number,
  title: ['Criminal Intelligence Officer', 'Senior Coordinator, Cybercrime', 'Specialized Officer, Firearms Trafficking'][i] ?? '',
  unit: 'Counter-Terrorism Directorate',
  reportingTo: 'Assistant Director',
  location: ['Lyon', 'Singapore', 'Buenos Aires'][i] ?? '',
  timeZone: ['Europe/Paris', 'Asia/Singapore', 'America/Argentina/Buenos_Aires'][i] ?? 'UTC',
  grade: '4',
  durationMonths: 24,
  posts: 2,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2026-11-12',
  deadline: '2026-12-13',
  status: 'open',
}));

/** GET / as its handler renders it, minus the vacancy store: the whole page in one language. */
const render = (language: Language): string => {
  const words = pageWords(language);
  return pageResponse({
    name: 'form',
    title: words.t('form.title'),
    main: formView(vacancies, { words }),
    script: formPageScript,
    style: pageStyle,
    connectSources: ['https://documents.example'],
    words,
  }).body;
};

const timeFirst = (language: Language): number => {
  const started = performance.now();
  render(language);
  return performance.now() - started;
};

const timePerCall = (language: Language, budgetMs: number): number => {
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    render(language);
    calls += 1;
  }
  return (performance.now() - started) / calls;
};

const kib = (bytes: number) => +(bytes / 1024).toFixed(1);

/** The form page in each language against English, in the same run: bytes sent and time to render. */
export const formPageBench = async () => {
  section(
    'Form page per language',
    'GET / rendered as its handler renders it (three open vacancies, the inlined script and stylesheet, the page language\'s client messages), in this process. ' +
      'First render: the first in the process for that language, with its 196 country and 183 language names from Intl.DisplayNames sorted by Intl.Collator and its messages compiled (English\'s lists are built when the module loads, so its first render is less); warm: the mean time of a render over 150 ms, the best of three rounds taken in turns. ' +
      'The baseline is English, measured in the same run; page and gzip sizes in KiB of UTF-8.',
  );
  const first = Object.fromEntries(languages.map((language) => [language, timeFirst(language)])) as Record<Language, number>;
  // Warm: the best of three rounds, the languages taking turns, so that none pays alone for the JIT or for other work on the machine.
  const warm = Object.fromEntries(languages.map((language) => [language, Number.POSITIVE_INFINITY])) as Record<Language, number>;
  for (let round = 0; round < 3; round++) for (const language of languages) warm[language] = Math.min(warm[language], timePerCall(language, 150));
  const rows = languages.map((language) => {
    const body = render(language);
    const messages = /<script type="application\/json" id="page-messages">([\s\S]*?)<\/script>/.exec(body)?.[1] ?? '';
    return { language, bytes: Buffer.byteLength(body), gzip: gzipSync(body).length, messages: Buffer.byteLength(messages), first: first[language], warm: warm[language] };
  });
  const english = rows.find((row) => row.language === 'en') ?? rows[0];
  if (!english) return;
  table(
    rows.map((row) => ({
      language: row.language === 'en' ? 'en (baseline)' : row.language,
      'page KiB': kib(row.bytes),
      'gzip KiB': kib(row.gzip),
      'client messages KiB': kib(row.messages),
      'x English (gzip)': +(row.gzip / english.gzip).toFixed(2),
      'first render ms': +row.first.toFixed(1),
      'warm render ms': +row.warm.toFixed(2),
      'x English (warm)': +(row.warm / english.warm).toFixed(2),
    })),
  );
};
