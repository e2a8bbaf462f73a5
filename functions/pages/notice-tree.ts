/**
 * A vacancy's notice as candidates read it (issue 15, point 2): a closed `<details>` with the
 * notice's parts under headings in the page's language, the notice's own text marked with the
 * language it was written in. Built once as a small tree, so the form page (server, html``) and
 * the status page (browser, DOM) show the same thing: notice-view.ts and client/notice.ts render it.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { formatAlternatives, languageName } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import type { Requirement, VacancyNotice } from '#shared/vacancies/notice-schema.js';

export type NoticeTag = 'details' | 'summary' | 'div' | 'h3' | 'p' | 'ul' | 'ol' | 'li' | 'span' | 'strong';
export interface NoticeNode {
  tag: NoticeTag;
  attributes: Record<string, string>;
  children: Array<NoticeNode | string>;
}

export interface NoticeWords {
  language: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

const node = (tag: NoticeTag, attributes: Record<string, string>, ...children: Array<NoticeNode | string | false | undefined>): NoticeNode => ({
  tag,
  attributes,
  children: children.filter((child): child is NoticeNode | string => child !== false && child !== undefined),
});

export const noticeId = (number: string): string => `notice-${number}`;

/** Whether a vacancy has anything of a notice to show. */
export const hasNotice = (notice: VacancyNotice | undefined): notice is VacancyNotice =>
  notice !== undefined && Object.keys(notice).some((part) => part !== 'language');

/**
 * The notice of vacancy `number` as a `<details>`, open when `open` (the vacancy a link chose).
 * `lang` goes on each block of the notice's text (a paragraph group, a list), never on a heading,
 * so a screen reader switches voice for the text only; the page's words inside a block say theirs.
 */
export const noticeTree = (words: NoticeWords, number: string, notice: VacancyNotice, open = false): NoticeNode => {
  const { t } = words;
  const written = notice.language ?? 'en';
  const own = { lang: written, dir: written === 'ar' ? 'rtl' : 'ltr' };
  // The page's words inside a block of the notice's text (an asset's mark, a language's level) say which language they are in.
  const page: Record<string, string> = written === words.language ? {} : { lang: words.language, dir: words.language === 'ar' ? 'rtl' : 'ltr' };
  const need = (text: string) => node('span', { class: 'need', ...page }, text);
  const heading = (key: MessageKey) => node('h3', { class: 'notice-heading' }, t(key));
  const requirement = (item: Requirement) => node('li', {}, item.text, item.need === 'asset' && ' ', item.need === 'asset' && need(t('panel.notice.asset')));
  const requirements = (items: readonly Requirement[]) => node('ul', { ...own, class: 'notice-list' }, ...items.map(requirement));
  const paragraphs = (texts: readonly string[]) => node('div', own, ...texts.map((text) => node('p', {}, text)));
  const standing = notice.standing;
  const standingTexts = standing ? [standing.audience, standing.conditions, standing.costs, standing.evidence, standing.diversity].filter((text): text is string => text !== undefined) : [];

  return node(
    'details',
    { class: 'vacancy-notice', id: noticeId(number), ...(open ? { open: '' } : {}) },
    node('summary', {}, t('panel.notice.show', { number })),
    node(
      'div',
      { class: 'notice-body' },
      written !== words.language && node('p', { class: 'hint' }, t('panel.notice.original')),
      notice.summary && heading('panel.notice.heading.summary'),
      notice.summary && paragraphs(notice.summary),
      notice.duties && heading('panel.notice.heading.duties'),
      notice.duties &&
        node(
          'ol',
          { ...own, class: 'notice-duties' },
          ...notice.duties.map((duty) =>
            node(
              'li',
              {},
              duty.title !== undefined && node('p', { class: 'duty-title' }, node('strong', {}, duty.title)),
              duty.activities.length > 0 && node('ul', { class: 'notice-list' }, ...duty.activities.map((activity) => node('li', {}, activity))),
            ),
          ),
        ),
      notice.education && heading('panel.notice.heading.education'),
      notice.education && requirements(notice.education),
      notice.experience && heading('panel.notice.heading.experience'),
      notice.experience?.minimumYears !== undefined && node('p', {}, t('panel.notice.years', { years: notice.experience.minimumYears })),
      notice.experience && requirements(notice.experience.items),
      notice.languages && heading('panel.notice.heading.languages'),
      notice.languages &&
        node(
          'ul',
          { ...own, class: 'notice-list' },
          ...notice.languages.flatMap((entry, _index, all) => {
            // Alternatives ("English or French") are one requirement: shown once, at the first of them.
            const group = entry.either === undefined ? [entry] : all.filter((other) => other.either === entry.either);
            if (group[0] !== entry) return [];
            const wordings = [...new Set(group.map((member) => member.wording))];
            const asked = entry.level ? t('panel.notice.languageLevel', { need: entry.need, level: entry.level }) : t('panel.notice.languageNeed', { need: entry.need });
            const oneOf = group.length > 1 ? `; ${t('panel.notice.oneOf', { languages: formatAlternatives(words.language, group.map((member) => languageName(words.language, member.language))) })}` : '';
            return [node('li', {}, wordings.join(' '), ' ', need(`${asked}${oneOf}`))];
          }),
        ),
      notice.abilities && heading('panel.notice.heading.abilities'),
      notice.abilities &&
        node(
          'ul',
          { ...own, class: 'notice-list' },
          ...notice.abilities.map((ability) =>
            node('li', {}, ability.text, ability.details && node('ul', {}, ...ability.details.map((detail) => node('li', {}, detail)))),
          ),
        ),
      notice.aptitudes && heading('panel.notice.heading.aptitudes'),
      notice.aptitudes && node('ul', { ...own, class: 'notice-list' }, ...notice.aptitudes.map((aptitude) => node('li', {}, aptitude))),
      standingTexts.length > 0 && heading('panel.notice.heading.standing'),
      standingTexts.length > 0 && paragraphs(standingTexts),
    ),
  );
};
