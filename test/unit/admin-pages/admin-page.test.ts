import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '#functions/admin/pages/admin-csp.js';
import { adminDocument, adminPageResponse } from '#functions/admin/pages/admin-document.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { inlineAsset } from '#functions/pages/csp.js';
import { compiledCatalogues } from '#shared/i18n/catalogues/index.js';

const words = adminWords('en');
const spec = {
  words,
  main: adminView(words),
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
    const view = adminView(words).value;

    for (const id of ['vacancy-select', 'quick-search', 'bulk-status', 'import-file', 'ncb-note', 'ncb-letter', 'paste-text']) {
      expect(view).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    }
  });

  it('renders the NCB’s screens in the page’s language, says which (lang, dir, Content-Language), and ships the script’s messages as data', () => {
    const french = adminWords('fr');
    const page = adminDocument({ ...spec, words: french, main: adminView(french) });

    expect(page).toContain('<html lang="fr" dir="ltr">');
    expect(page).toContain('<h2 id="ncb-heading">Validation par le BCN</h2>');
    expect(page).toContain('Valider la candidature');
    expect(adminPageResponse({ ...spec, words: french, main: adminView(french) }).headers?.['Content-Language']).toBe('fr');
    const messages = JSON.parse(/<script type="application\/json" id="page-messages">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as Record<string, string>;
    expect(messages['admin.ncb.screenedOnNeeded']).toBe('Pour valider, veuillez indiquer la date de l’enquête de sécurité.');
    expect(messages['validation.required']).toBe('Ce champ est obligatoire.');
    // The NCB's screens, the validation messages, the proposals' areas, the letter upload's file checks and the API's failures, nothing of the candidate pages' else.
    expect(Object.keys(messages).filter((key) => !/^(admin\.|proposals\.area\.|validation\.|eligibility\.|upload\.(notPdfOrWord|empty|tooLarge|store\.|somethingWrong)|api\.(unreachable\.|status))/.test(key))).toEqual([]);
    // Shipped compiled (infra/i18n/compile-catalogues.ts), its argument left for the script to fill.
    expect(messages['upload.notPdfOrWord']).toContainEqual({ type: 1, value: 'name' });
    expect(messages['upload.notPdfOrWord']).toEqual(compiledCatalogues.fr['upload.notPdfOrWord']);
    expect(messages['upload.notPdfOrWord']).not.toEqual(compiledCatalogues.en['upload.notPdfOrWord']);

    const arabic = adminWords('ar');
    expect(adminDocument({ ...spec, words: arabic, main: adminView(arabic) })).toContain('<html lang="ar" dir="rtl">');
  });

  it('ships every message the staff page’s script says (a key it did not ship would show as the key)', () => {
    const page = adminDocument({ ...spec, words: adminWords('ar'), main: adminView(adminWords('ar')) });
    const messages = JSON.parse(/<script type="application\/json" id="page-messages">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as Record<string, string>;
    const folder = join(import.meta.dirname, '../../../functions/admin/pages/client');
    const said = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/\b(?:t|rich)\('([a-zA-Z.]+)'/g)].map((match) => match[1] ?? ''));

    expect(said).toEqual(expect.arrayContaining(['admin.grid.rows', 'admin.grid.history.field', 'api.unreachable.title']));
    expect(said.filter((key) => !(key in messages))).toEqual([]);
  });

  it('keeps HR’s screens in English whatever the page’s language', () => {
    const view = adminView(adminWords('es')).value;

    expect(view).toContain('<h1 id="vacancies-heading">Vacancies</h1>');
    expect(view).toContain('>Import…');
    // The applications view an NCB officer works in is in the page's language, its toolbar included.
    expect(view).toContain('<span class="label">Vacante</span>');
    expect(view).toContain('>Exportar en XLSX</button>');
    expect(view).toContain('>Restablecer la disposición</button>');
    expect(view).toContain('Cerrar sesión');
  });

  it('offers each language named in itself, marked with its own lang, the current one marked', () => {
    const view = adminView(adminWords('ar')).value;

    expect(view).toContain('<a class="language-link" href="?lang=fr" hreflang="fr" lang="fr" dir="ltr">français</a>');
    expect(view).toMatch(/<a class="language-link" href="\?lang=ar" hreflang="ar" lang="ar" dir="rtl" aria-current="true">العربية<\/a>/);
  });
});
