import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineAsset } from '#functions/pages/csp.js';

describe('inline assets and the page CSP', () => {
  it("hashes an asset's exact text as CSP's 'sha256-<base64>'", () => {
    const asset = inlineAsset('console.log("é")');

    const expected = createHash('sha256').update(Buffer.from('console.log("é")', 'utf8')).digest('base64');
    expect(asset.cspSource).toBe(`'sha256-${expected}'`);
  });

  it('refuses text that would close its <script> or <style> element early', () => {
    expect(() => inlineAsset('let s = "</SCRIPT><img src=x>"')).toThrow(/<\/script/);
    expect(() => inlineAsset('a::after{content:"</style>"}')).toThrow();
  });

  it('allows nothing but the listed hashes, its own origin and the upload origins', () => {
    const script = inlineAsset('1');
    const style = inlineAsset('a{}');

    const policy = contentSecurityPolicy({ scripts: [script], styles: [style], connectSources: ['https://*.amazonaws.com'] });

    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${script.cspSource}`,
      `style-src ${style.cspSource}`,
      "connect-src 'self' https://*.amazonaws.com",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("says script-src 'none' for a page without script (the API reference), not an empty list", () => {
    const policy = contentSecurityPolicy({ scripts: [], styles: [inlineAsset('a{}')], connectSources: [] });

    expect(policy.split('; ')).toContain("script-src 'none'");
  });
});
