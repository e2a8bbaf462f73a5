import { html, type SafeHtml } from './html.js';
import { pageWords, type PageWords } from './page-words.js';

/**
 * The main content of `GET /status`. The application id and token travel in the URL's fragment,
 * which browsers never send, so the page's script fetches and shows the application itself.
 */
export const statusView = (words: PageWords = pageWords('en')): SafeHtml => html`
<h1>${words.t('statusPage.title')}</h1>
<div id="status-root" class="status-root" aria-live="polite">
  <p class="loading" id="status-loading">${words.t('statusPage.loading')}</p>
</div>
<noscript><p class="panel">${words.t('statusPage.noscript')}</p></noscript>`;
