import { describe, expect, it } from 'vitest';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { secondmentSection } from '#functions/admin/pages/secondment-views.js';

describe('the Secondments tab’s markup on the staff page (issue 17)', () => {
  it('labels every control of HR’s form and names the list’s frame and columns', () => {
    const markup = secondmentSection(adminWords('en')).value;
    const controls = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual(['secondment-create-application', 'secondment-create-first-day', 'secondment-create-months']);
    for (const id of controls) expect(markup, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    expect(markup).toContain('<div class="preview-frame" tabindex="0" role="region" aria-labelledby="secondments-caption" id="secondments-list">');
    expect([...markup.matchAll(/<th scope="col">/g)]).toHaveLength(8);
    expect(markup).toContain('id="secondments-state" aria-live="polite"');
  });

  it('is part of the page, its tab hidden until the script shows it, and says what an NCB reads in the page’s language', () => {
    const french = adminView(adminWords('fr')).value;
    const arabic = adminView(adminWords('ar')).value;

    expect(french).toContain('<button type="button" class="tab" id="tab-secondments" data-view="secondments" aria-pressed="false" hidden>Détachements</button>');
    expect(french).toContain('<section class="view" id="secondments-view" aria-labelledby="secondments-heading" hidden>');
    expect(french).toContain('<th scope="col">Unité et lieu d’affectation</th>');
    expect(arabic).toContain('id="tab-secondments" data-view="secondments" aria-pressed="false" hidden>الإعارات</button>');
    // HR's own form stays English, as HR's other tools.
    expect(french).toContain('<h2 id="secondment-create-heading">Record a secondment</h2>');
  });
});
