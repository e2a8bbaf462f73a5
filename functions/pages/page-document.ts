import type { APIGatewayProxyResult } from 'aws-lambda';
import { contentSecurityPolicy, type InlineAsset } from './csp.js';
import { html, trustedHtml, type SafeHtml } from './html.js';

export interface PageSpec {
  /** `form` or `status`: the script reads it to find the API beside the page. */
  name: 'form' | 'status';
  title: string;
  main: SafeHtml;
  script: InlineAsset;
  style: InlineAsset;
  connectSources: readonly string[];
}

/**
 * The page shell: one inline style and one inline script, both allowed by hash and nothing else.
 * Their text goes in as is (entities mean nothing inside <script> and <style>); `inlineAsset`
 * has refused any text that could close the element early.
 */
export const pageDocument = (spec: PageSpec): string =>
  html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.title}</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(spec.style.source)}</style>
</head>
<body data-page="${spec.name}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="masthead">
  <div class="wrap masthead-inner">
    <a class="brand" href="./">Secondment Hub</a>
    <span class="brand-tagline">Applications for seconded posts</span>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${spec.main}
</main>
<footer class="footer">
  <div class="wrap">
    <p>Questions about a vacancy or the conditions of secondment? Ask your country’s National Central Bureau (NCB).</p>
  </div>
</footer>
<script>${trustedHtml(spec.script.source)}</script>
</body>
</html>
`.value;

/** A page answer: HTML with its own Content-Security-Policy (the security-headers middleware keeps it). */
export const pageResponse = (spec: PageSpec): APIGatewayProxyResult => ({
  statusCode: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy({
      scripts: [spec.script],
      styles: [spec.style],
      connectSources: spec.connectSources,
    }),
  },
  body: pageDocument(spec),
});
