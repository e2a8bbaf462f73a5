import { readFileSync } from 'node:fs';
import type { Vacancy } from '#shared/vacancies/schema.js';

const seedFile = JSON.parse(readFileSync(new URL('../../infra/local/seed/vacancies.json', import.meta.url), 'utf8')) as {
  notices: Vacancy[];
};

/** A real notice as the project keeps it (infra/local/seed/vacancies.json), so tests and demo data agree. */
export const projectNotice = (number: '1152' | '1614'): Vacancy => {
  const notice = seedFile.notices.find((vacancy) => vacancy.number === number);
  if (!notice) throw new Error(`test setup: notice ${number} is not in the seed data`);
  return structuredClone(notice);
};

/** What the notice parser should read from the seed text: everything but the status, which no notice gives. */
export const projectDraft = (number: '1152' | '1614'): Omit<Vacancy, 'status'> => {
  const { status: _status, ...draft } = projectNotice(number);
  return draft;
};
