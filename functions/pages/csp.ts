import { createHash } from 'node:crypto';

/** A script or style inlined into a page, with the CSP source that allows exactly it. */
export interface InlineAsset {
  source: string;
  /** `'sha256-…'`, ready for `script-src` or `style-src`. */
  cspSource: string;
}

export const inlineAsset = (source: string): InlineAsset => {
  // Inside <script> or <style> the first `</script` or `</style` ends the element, whatever follows.
  if (/<\/(script|style)/i.test(source)) throw new Error('An inline asset must not contain </script or </style.');
  return { source, cspSource: `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'` };
};

export interface PagePolicy {
  scripts: readonly InlineAsset[];
  styles: readonly InlineAsset[];
  /** Where the page's scripts may send requests besides its own origin: the document upload endpoint. */
  connectSources: readonly string[];
}

/**
 * The Content-Security-Policy of a page: nothing is allowed unless listed. Scripts and styles
 * run only when their hash matches, so an injected tag or attribute stays inert.
 */
export const contentSecurityPolicy = ({ scripts, styles, connectSources }: PagePolicy): string =>
  [
    "default-src 'none'",
    // A page without script (the API reference) says so: an empty source list is easy to misread.
    `script-src ${scripts.length ? scripts.map((asset) => asset.cspSource).join(' ') : "'none'"}`,
    `style-src ${styles.map((asset) => asset.cspSource).join(' ')}`,
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
