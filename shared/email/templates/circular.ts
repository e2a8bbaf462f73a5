import type { NoticeSnapshot, SnapshotPart } from '../../circulars/notice-snapshot.js';
import type { EmailKey } from '../../i18n/catalogues/surfaces.js';
import { countryName, formatCalendarDate, formatDate, formatList } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html, type Html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';
import { emailWords } from '../words.js';

export interface CircularData {
  to: string;
  /** The NCB contact's language. */
  language: Language;
  /** ISO 3166-1 alpha-2 of the NCB's country. */
  country: string;
  /** The notice as this edition says it. */
  notice: NoticeSnapshot;
  /** What changed since the edition before; said only to a country that had an earlier one (`amendsSentAt`). */
  changes: readonly SnapshotPart[];
  /** When this country had the circular this one amends (ISO instant). */
  amendsSentAt?: string;
  /** The recipient's zone, where known: the deadline is then also given in it. */
  recipientTimeZone?: string;
  /** The public page where the vacancy is read and applied to. */
  vacancyUrl: string;
  /** The one-click acknowledgement. */
  acknowledgeUrl: string;
}

/** Each part an amendment may name, as the circular calls it. */
const partKeys: Record<SnapshotPart, EmailKey> = {
  title: 'circular.part.title',
  grade: 'circular.part.grade',
  location: 'circular.part.location',
  deadline: 'circular.part.deadline',
  duration: 'circular.part.duration',
  posts: 'circular.part.posts',
  clearance: 'circular.part.clearance',
  summary: 'circular.part.summary',
  duties: 'circular.part.duties',
  conditions: 'circular.part.conditions',
  costs: 'circular.part.costs',
};

/**
 * The circular letter to a member country's National Central Bureau, in its contact's language:
 * the vacancy's header, the deadline in the duty station's time (and the recipient's where known),
 * the summary of duties and the conditions of secondment where the notice carries them, the link
 * to the public vacancy page and a one-click acknowledgement. An amended circular says first what
 * changed, then the notice as it now stands. The notice's own text stays in the language it was
 * written in. Text and HTML from the same data.
 */
export const circular = (data: CircularData): OutgoingEmail => {
  const { language, notice } = data;
  const words = emailWords(language);
  const amended = data.amendsSentAt !== undefined && data.changes.length > 0;
  const about = { number: notice.number, title: notice.title, grade: notice.grade, location: notice.location };
  const subject = words.text(amended ? 'circular.subject.amended' : 'circular.subject', about);
  const addressee = { countryName: countryName(language, data.country), country: data.country };
  const amendment = amended
    ? {
        sentOn: formatDate(language, new Date(data.amendsSentAt ?? ''), notice.timeZone),
        parts: formatList(language, data.changes.map((part) => words.t(partKeys[part]))),
      }
    : undefined;

  const header: Array<[EmailKey, Record<string, string | number>]> = [
    ['circular.header.vacancy', { number: notice.number, title: notice.title }],
    ['circular.header.grade', { grade: notice.grade }],
    ['circular.header.dutyStation', { location: notice.location }],
    notice.durationMonths !== undefined
      ? ['circular.header.durationMonths', { months: notice.durationMonths }]
      : ['circular.header.endsOn', { endsOn: formatCalendarDate(language, notice.endsOn ?? '') }],
    ['circular.header.posts', { posts: notice.posts }],
    ['circular.header.clearance', { clearance: notice.clearance }],
    ['circular.header.deadline', { deadline: deadlineInDutyStation(words, notice, data.recipientTimeZone) }],
  ];
  const conditions = [notice.conditions, notice.costs].filter((paragraph): paragraph is string => paragraph !== undefined);

  const text = [
    words.text('circular.greeting', addressee),
    '',
    ...(amendment ? [words.text('circular.amended', amendment), ''] : []),
    words.text('circular.intro'),
    '',
    ...header.map(([key, values]) => words.text(key, values)),
    ...(notice.summary ? ['', words.text('circular.summary'), ...notice.summary] : []),
    ...(notice.duties ? ['', words.text('circular.duties'), ...notice.duties.map((duty) => `- ${duty}`)] : []),
    ...(conditions.length > 0 ? ['', words.text('circular.conditions'), ...conditions] : []),
    '',
    words.text('circular.readNotice'),
    data.vacancyUrl,
    '',
    words.text('circular.acknowledge'),
    data.acknowledgeUrl,
    '',
    words.text('email.signature.hr'),
  ].join('\n');

  // The notice's own words are in the language it was written in, which may not be the reader's.
  const noticeText = (paragraphs: readonly string[]): Html[] => paragraphs.map((paragraph) => html`<p dir="auto">${paragraph}</p>`);
  const body = emailDocument(
    html`<p>${words.html('circular.greeting', addressee)}</p>
${amendment ? html`<p><strong>${words.html('circular.amended', amendment)}</strong></p>` : ''}
<p>${words.html('circular.intro')}</p>
<ul>${header.map(([key, values]) => html`<li>${words.html(key, values)}</li>`)}</ul>
${notice.summary ? html`<h2 style="font-size:1.1em">${words.html('circular.summary')}</h2>${noticeText(notice.summary)}` : ''}
${notice.duties ? html`<h2 style="font-size:1.1em">${words.html('circular.duties')}</h2><ul>${notice.duties.map((duty) => html`<li dir="auto">${duty}</li>`)}</ul>` : ''}
${conditions.length > 0 ? html`<h2 style="font-size:1.1em">${words.html('circular.conditions')}</h2>${noticeText(conditions)}` : ''}
<p>${words.html('circular.readNotice', {}, data.vacancyUrl)}</p>
<p>${words.html('circular.acknowledge', {}, data.acknowledgeUrl)}</p>
<p>${words.html('email.signature.hr')}</p>`,
    { title: subject, lang: language },
  );

  return { to: [data.to], subject, text, html: body.value };
};
