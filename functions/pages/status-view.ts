import { html, type SafeHtml } from './html.js';

/**
 * The main content of `GET /status`. The application id and token travel in the URL's fragment,
 * which browsers never send, so the page's script fetches and shows the application itself.
 */
export const statusView = (): SafeHtml => html`
<h1>Your application</h1>
<div id="status-root" class="status-root" aria-live="polite">
  <p class="loading" id="status-loading">Loading your application…</p>
</div>
<noscript><p class="panel">This page needs JavaScript to show your application. Please turn it on, or use a browser that supports it.</p></noscript>`;
