/**
 * The status page's copy of the vacancy notice (issue 15, point 2): read from `GET /vacancies/{number}`
 * and shown as on the form page (the same tree, ../notice-tree.ts), closed under the application.
 */
import type { Vacancy } from '#shared/vacancies/schema.js';
import { hasNotice, noticeTree, type NoticeNode } from '../notice-tree.js';
import { callApi } from './api.js';
import { h } from './dom.js';
import { words } from './words.js';

const element = (node: NoticeNode | string): Node | string =>
  typeof node === 'string'
    ? node
    : h(node.tag, Object.fromEntries(Object.entries(node.attributes).map(([name, value]) => [name, value === '' ? true : value])), ...node.children.map(element));

/** Vacancy `number` as the public API gives it, read once per page (the notice and the mission's facts both show it). */
const read = new Map<string, Promise<Vacancy>>();
export const publicVacancy = (number: string): Promise<Vacancy> => {
  let vacancy = read.get(number);
  if (!vacancy) {
    vacancy = callApi<Vacancy>('GET', `vacancies/${encodeURIComponent(number)}`);
    // A failed read is tried again next time.
    vacancy.catch(() => read.delete(number));
    read.set(number, vacancy);
  }
  return vacancy;
};

/** Puts vacancy `number`'s notice in `slot`; a vacancy without one, or a failed read, leaves the slot empty (the notice is extra). */
export const showNotice = async (slot: HTMLElement, number: string): Promise<void> => {
  if (slot.dataset.vacancy === number) return;
  slot.dataset.vacancy = number;
  try {
    const vacancy = await publicVacancy(number);
    slot.replaceChildren(...(hasNotice(vacancy.notice) ? [element(noticeTree(words, number, vacancy.notice))] : []));
  } catch {
    delete slot.dataset.vacancy;
  }
};
