import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '#functions/admin/pages/admin-csp.js';
import { adminDocument, adminPageResponse } from '#functions/admin/pages/admin-document.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { inlineAsset } from '#functions/pages/csp.js';

const spec = {
  main: adminView(),
  script: inlineAsset('console.log("grid")'),
  style: inlineAsset('body{margin:0}'),
  styleNonce: 'bm9uY2Utb25l',
  signIn: { url: 'https://staff.auth.example', clientId: 'client-"1"' },
  connectSources: ['https://staff.auth.example', 'https://documents.example'],
};

describe('the grid page', () => {
  it("allows its own script and style by hash, the grid's injected styles by this response's nonce, and nothing inline else", () => {
    const policy = adminContentSecurityPolicy(spec);

    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src ${spec.script.cspSource}`,
        `style-src ${spec.style.cspSource} 'nonce-bm9uY2Utb25l'`,
        "connect-src 'self' https://staff.auth.example https://documents.example",
        "img-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
      ].join('; '),
    );
    expect(policy).not.toContain('unsafe');
  });

  it('puts the nonce on its own style, for the script to hand to the grid, and tells the script where to sign in', () => {
    const page = adminDocument(spec);

    expect(page).toContain('<style nonce="bm9uY2Utb25l">body{margin:0}</style>');
    expect(page).toContain('data-sign-in-url="https://staff.auth.example"');
    expect(page).toContain('data-client-id="client-&quot;1&quot;"');
    expect(page).toContain('<script>console.log("grid")</script>');
  });

  it('is never cached, since its nonce is for one response', () => {
    const response = adminPageResponse(spec);

    expect(response.headers?.['Cache-Control']).toBe('no-store');
    expect(response.headers?.['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('labels every control of the frame it renders', () => {
    const view = adminView().value;

    for (const id of ['vacancy-select', 'quick-search', 'bulk-status', 'import-file', 'ncb-note', 'ncb-letter', 'paste-text']) {
      expect(view).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    }
  });
});
