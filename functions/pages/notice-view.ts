import type { VacancyNotice } from '#shared/vacancies/notice-schema.js';
import { escapeHtml, trustedHtml, type SafeHtml } from './html.js';
import { noticeTree, type NoticeNode, type NoticeWords } from './notice-tree.js';

/** Tags and attribute names are the tree's own constants; every text and attribute value is escaped. */
const markup = (node: NoticeNode | string): string => {
  if (typeof node === 'string') return escapeHtml(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${node.tag}${attributes}>${node.children.map(markup).join('')}</${node.tag}>`;
};

/** The notice of vacancy `number` on the form page: closed, unless a link chose this vacancy. */
export const noticeDetails = (words: NoticeWords, number: string, notice: VacancyNotice, open: boolean): SafeHtml =>
  trustedHtml(markup(noticeTree(words, number, notice, open)));
