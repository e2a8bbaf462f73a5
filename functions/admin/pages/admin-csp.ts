import { contentSecurityPolicy, type InlineAsset } from '../../pages/csp.js';

export interface AdminPagePolicy {
  script: InlineAsset;
  style: InlineAsset;
  /**
   * This response's nonce for the theme CSS AG Grid writes into <style> elements at run time
   * (its `styleNonce` option): text no build step sees, so no hash can allow it.
   */
  styleNonce: string;
  /** Besides the page's own origin: the sign-in's token endpoint and the document upload endpoint. */
  connectSources: readonly string[];
}

/** The grid page's policy: the candidate pages' one, plus a per-response nonce for the grid's styles. */
export const adminContentSecurityPolicy = ({ script, style, styleNonce, connectSources }: AdminPagePolicy): string =>
  contentSecurityPolicy({
    scripts: [script],
    styles: [style, { source: '', cspSource: `'nonce-${styleNonce}'` }],
    connectSources,
  });
