import { describe, expect, it } from 'vitest';
import { selectionDialogs, selectionSection } from '#functions/admin/pages/selection-views.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';

const markup = `${selectionSection().value}${selectionDialogs().value}`;

describe('the selection panel’s markup on the staff page', () => {
  it('labels every control of the tab and its dialogs, and describes the panel editor’s fields by their errors', () => {
    const controls = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual(['selection-vacancy', 'panel-members', 'panel-chair', 'panel-spread', 'marking-overall', 'recommend-reasons']);
    for (const id of controls) expect(markup, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const id of ['panel-members', 'panel-chair', 'panel-spread', 'recommend-reasons']) expect(markup).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="${id}-error"`));
  });

  it('groups the recommendation’s choices in a fieldset with a legend, and announces errors', () => {
    expect(markup).toMatch(/<fieldset[^>]*><legend>Recommendation<\/legend>(\s*<label class="choice"><input type="radio" name="decision"[^>]*>[^<]+<\/label>){3}/);
    for (const id of ['panel-error', 'marking-error', 'recommend-error']) expect(markup).toMatch(new RegExp(`id="${id}" role="alert"`));
    expect(markup).toContain('id="selection-ranking-note" aria-live="polite"');
  });

  it('is part of the page, its tab hidden until the script shows it to HR or a panel member, in English whatever the page’s language', () => {
    const french = adminView(adminWords('fr')).value;

    expect(french).toContain('<button type="button" class="tab" id="tab-selection" data-view="selection" aria-pressed="false" hidden>Selection</button>');
    expect(french).toContain('<dialog class="dialog dialog-wide" id="marking-dialog"');
    expect(french).toContain('<h1 id="selection-heading">Selection</h1>');
  });
});
