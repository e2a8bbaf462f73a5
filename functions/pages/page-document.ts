import type { APIGatewayProxyResult } from 'aws-lambda';
import { candidatePageCatalogues } from '#shared/i18n/catalogues/pages.js';
import { clientMessagesJson } from './client-messages.js';
import { contentSecurityPolicy, type InlineAsset } from './csp.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { languageSwitcher } from './language-switcher.js';
import type { PageWords } from './page-words.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';

export interface PageSpec {
  /** `form` or `status`: the script reads it to find the API beside the page. */
  name: 'form' | 'status';
  title: string;
  main: SafeHtml;
  script: InlineAsset;
  style: InlineAsset;
  connectSources: readonly string[];
  /** The reader's language (lang, dir, every word of the page and its script). */
  words: PageWords;
  /** The page's own query parameters, which the language switcher's links keep (`vacancy=1701`). */
  query?: Readonly<Record<string, string | undefined>>;
  /** The footer's words: the profile's (profile-words.ts), the NCB's by default. */
  footer?: MessageKey;
}

/**
 * The language switcher: each language named in itself and marked with its own `lang`, `dir` and
 * `hreflang`; the links are relative (`?lang=fr`), so they work under an API stage prefix, and
 * keep the page's other parameters (the status page's script adds its fragment).
 */
const switcher = (spec: PageSpec): SafeHtml => {
  const kept = Object.entries(spec.query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'lang');
  return languageSwitcher(spec.words.t('page.languages'), `/page?${new URLSearchParams(kept).toString()}`, spec.words.language);
};

/**
 * The page shell: one inline style and one inline script, both allowed by hash and nothing else.
 * Their text goes in as is (entities mean nothing inside <script> and <style>); `inlineAsset`
 * has refused any text that could close the element early. The script's messages, in the page's
 * language, travel as a JSON data block, which browsers never run.
 */
export const pageDocument = (spec: PageSpec): string =>
  html`<!doctype html>
<html lang="${spec.words.language}" dir="${spec.words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.title}</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(spec.style.source)}</style>
</head>
<body data-page="${spec.name}">
<a class="skip-link" href="#main">${spec.words.t('page.skipLink')}</a>
<header class="masthead">
  <div class="wrap masthead-inner">
    <a class="brand" href="./?lang=${spec.words.language}" lang="en" dir="ltr">Secondment Hub</a>
    <span class="brand-tagline">${spec.words.t('page.tagline')}</span>
    ${switcher(spec)}
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${spec.main}
</main>
<footer class="footer">
  <div class="wrap">
    <p>${spec.words.t(spec.footer ?? 'page.footer')}</p>
  </div>
</footer>
<script type="application/json" id="page-messages">${trustedHtml(clientMessagesJson(candidatePageCatalogues[spec.words.language]))}</script>
<script>${trustedHtml(spec.script.source)}</script>
</body>
</html>
`.value;

/** A page answer: HTML with its own Content-Security-Policy (the security-headers middleware keeps it), in the language it says. */
export const pageResponse = (spec: PageSpec): APIGatewayProxyResult => ({
  statusCode: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': spec.words.language,
    // The language follows Accept-Language when no ?lang= says otherwise: a cache must keep them apart.
    Vary: 'Accept-Language',
    'Content-Security-Policy': contentSecurityPolicy({
      scripts: [spec.script],
      styles: [spec.style],
      connectSources: spec.connectSources,
    }),
  },
  body: pageDocument(spec),
});
