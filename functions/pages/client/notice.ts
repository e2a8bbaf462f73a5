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

/** Puts vacancy `number`'s notice in `slot`; a vacancy without one, or a failed read, leaves the slot empty (the notice is extra). */
export const showNotice = async (slot: HTMLElement, number: string): Promise<void> => {
  if (slot.dataset.vacancy === number) return;
  slot.dataset.vacancy = number;
  try {
    const vacancy = await callApi<Vacancy>('GET', `vacancies/${encodeURIComponent(number)}`);
    slot.replaceChildren(...(hasNotice(vacancy.notice) ? [element(noticeTree(words, number, vacancy.notice))] : []));
  } catch {
    delete slot.dataset.vacancy;
  }
};
