/** HR's view of a vacancy's circular to the member countries: its counts in one line, the countries that bounced below it. */
import type { CircularCounts } from '#shared/circulars/counts.js';
import { formatList } from '#shared/i18n/format.js';
import { h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { countryName } from './labels.js';
import { segment, staffApi } from './staff-api.js';

/** `GET /admin/vacancies/{number}/circular` (HR and admins). */
export const loadCircularCounts = (number: string): Promise<CircularCounts> => staffApi<CircularCounts>('GET', `admin/vacancies/${segment(number)}/circular`);

/** The counts in words: "Sent to 196 NCBs, 2 bounced, 41 acknowledged, 1 amendment". */
export const circularSummaryText = (counts: CircularCounts): string =>
  t('admin.circular.hr.summary', { sent: counts.sent, bounced: counts.bounced, acknowledged: counts.acknowledged, amendments: counts.amendments });

/** Which countries bounced, named: HR finds them another address in the NCB contacts tab. */
export const circularBouncedText = (counts: CircularCounts): string =>
  counts.bouncedCountries.length > 0 ? t('admin.circular.hr.bounced', { countries: formatList(language, counts.bouncedCountries.map(countryName)) }) : '';

/** The switcher's line for the chosen vacancy: the summary, the pending contacts, the bounced countries. */
export const circularLine = (counts: CircularCounts): HTMLElement =>
  h(
    'span',
    { class: 'chip chip-circular', 'data-circular': counts.number },
    circularSummaryText(counts),
    counts.pendingLatest > 0 && counts.sent > 0 ? h('span', { class: 'hint' }, ` · ${t('admin.circular.hr.pending', { pending: counts.pendingLatest })}`) : false,
    counts.bouncedCountries.length > 0 ? h('span', { class: 'hint' }, ` · ${circularBouncedText(counts)}`) : false,
  );
