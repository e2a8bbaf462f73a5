import type { APIGatewayProxyResult } from 'aws-lambda';
import { circularAckTranslatorFor } from '#shared/i18n/catalogues/circulars/acknowledgement-page.js';
import type { CircularAckKey } from '#shared/i18n/catalogues/surfaces.js';
import { countryName, formatDate } from '#shared/i18n/format.js';
import { direction, type Language } from '#shared/i18n/languages.js';
import { pageStyle } from '../pages/assets.js';
import { contentSecurityPolicy } from '../pages/csp.js';
import { escapeHtml, html, trustedHtml, type SafeHtml } from '../pages/html.js';
import { languageSwitcher } from '../pages/language-switcher.js';

/** What the acknowledgement page says: the button to press, the acknowledgement made, or why the link does not work. */
export type AcknowledgementPageState =
  | { kind: 'confirm'; vacancy: VacancyNamed; token: string }
  | { kind: 'acknowledged' | 'already'; vacancy: VacancyNamed; acknowledgedAt: string }
  | { kind: 'notFound' }
  | { kind: 'expired'; expiredAt: string };

export interface VacancyNamed {
  number: string;
  /** Absent when the vacancy is no longer stored: the page then names its number alone. */
  title?: string;
  country: string;
  edition: number;
}

export interface AcknowledgementPage {
  status: number;
  language: Language;
  state: AcknowledgementPageState;
  /** The link's parameters but the token: the language switcher's links and the form's action keep them. */
  link: { edition: number; country: string };
  /** The token, for the switcher's links on the GET's page (the link came with it). */
  token?: string;
}

const words = (language: Language) => {
  const { t } = circularAckTranslatorFor(language);
  return {
    t,
    /** A message with `<b>` emphasis, its values escaped. */
    html: (key: CircularAckKey, values: Record<string, string | number>) =>
      trustedHtml(
        t(key, {
          ...Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? escapeHtml(value) : value])),
          b: (chunks) => `<strong>${chunks.join('')}</strong>`,
        }),
      ),
  };
};

const day = (language: Language, instant: string) => formatDate(language, new Date(instant), 'UTC');

const main = (page: AcknowledgementPage, w: ReturnType<typeof words>): SafeHtml => {
  const { state, language } = page;
  if (state.kind === 'notFound') {
    return html`<h1>${w.t('circularAck.notFound.heading')}</h1>
<p class="lead">${w.t('circularAck.notFound.text')}</p>`;
  }
  if (state.kind === 'expired') {
    return html`<h1>${w.t('circularAck.expired.heading')}</h1>
<p class="lead">${w.t('circularAck.expired.text', { date: day(language, state.expiredAt) })}</p>`;
  }
  const { vacancy } = state;
  const about = html`<p class="lead">${w.html('circularAck.about', { number: vacancy.number, title: vacancy.title ?? vacancy.number, country: countryName(language, vacancy.country) })}</p>
${vacancy.edition > 1 ? html`<p>${w.t('circularAck.amended')}</p>` : ''}`;
  const notice = html`<p><a href="../../?${new URLSearchParams({ lang: language, vacancy: vacancy.number }).toString()}">${w.t('circularAck.notice')}</a></p>`;
  if (state.kind === 'confirm') {
    const action = `?${new URLSearchParams({ edition: String(page.link.edition), country: page.link.country, lang: language }).toString()}`;
    return html`<h1>${w.t('circularAck.heading', { number: vacancy.number })}</h1>
${about}
<section class="panel">
<p>${w.t('circularAck.prompt')}</p>
<form method="post" action="${action}">
<input type="hidden" name="token" value="${state.token}">
<button class="button" type="submit">${w.t('circularAck.button')}</button>
</form>
</section>
${notice}`;
  }
  const key = state.kind === 'acknowledged' ? 'circularAck.acknowledged' : 'circularAck.already';
  return html`<h1>${w.t('circularAck.heading', { number: vacancy.number })}</h1>
${about}
<section class="panel" role="status">
<p>${w.t(key, { date: day(language, state.acknowledgedAt) })}</p>
</section>
${notice}`;
};

/**
 * The page the circular email's link opens, in the NCB's language, on the candidate pages'
 * conventions (their stylesheet, `<html lang dir>`, a skip link, the language switcher) and their
 * strict CSP; it runs no script (`script-src 'none'`): its button is a plain form that posts the
 * token to the same path, and `form-action 'self'` allows only that.
 */
export const acknowledgementPageResponse = (page: AcknowledgementPage): APIGatewayProxyResult => {
  const w = words(page.language);
  const number = page.state.kind === 'confirm' || page.state.kind === 'acknowledged' || page.state.kind === 'already' ? page.state.vacancy.number : '';
  // The switcher's links are GETs of this page, which need the link's token: a page without it (after the POST, or a
  // refused link) has no switcher rather than links that answer 400; its language came from the link or the send.
  const kept = new URLSearchParams({ edition: String(page.link.edition), country: page.link.country, ...(page.token ? { token: page.token } : {}) });
  const body = html`<!doctype html>
<html lang="${page.language}" dir="${direction(page.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${number ? w.t('circularAck.title', { number }) : w.t(page.state.kind === 'expired' ? 'circularAck.expired.heading' : 'circularAck.notFound.heading')}</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(pageStyle.source)}</style>
</head>
<body data-page="circular-acknowledgement">
<a class="skip-link" href="#main">${w.t('circularAck.skipLink')}</a>
<header class="masthead">
  <div class="wrap masthead-inner">
    <a class="brand" href="../../?lang=${page.language}" lang="en" dir="ltr">Secondment Hub</a>
    <span class="brand-tagline">${w.t('circularAck.tagline')}</span>
    ${page.token ? languageSwitcher(w.t('circularAck.languages'), `/page?${kept.toString()}`, page.language) : ''}
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${main(page, w)}
</main>
<footer class="footer">
  <div class="wrap">
    <p>${w.t('circularAck.footer')}</p>
  </div>
</footer>
</body>
</html>
`.value;
  return {
    statusCode: page.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': page.language,
      Vary: 'Accept, Accept-Language',
      // The page holds the link's token: no cache keeps it.
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy({ scripts: [], styles: [pageStyle], connectSources: [] }),
    },
    body,
  };
};
