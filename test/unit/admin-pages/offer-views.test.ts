import { describe, expect, it } from 'vitest';
import { offerDialog, offerSections } from '#functions/admin/pages/offer-views.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';

const markup = (language: 'en' | 'es' = 'en') => `${offerSections(adminWords(language)).value}${offerDialog().value}`;

describe('the offers’ screens’ markup on the staff page (issue 16, point 7)', () => {
  it('labels every control of HR’s offer dialog and describes each field by its error', () => {
    const page = markup();
    const controls = [...page.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual(['offers-vacancy', 'offer-answerBy', 'offer-startsOn', 'offer-months', 'offer-confirmBy']);
    for (const id of controls) expect(page, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const [id, field] of [
      ['offer-answerBy', 'answerBy'],
      ['offer-startsOn', 'startsOn'],
      ['offer-months', 'months'],
      ['offer-confirmBy', 'homeConfirmation-by'],
    ] as const) {
      expect(page, id).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="offer-${field}-error"`));
      expect(page).toContain(`id="offer-${field}-error" aria-live="polite"`);
    }
    // The four terms, each a labelled box, ticked until HR says otherwise.
    expect([...page.matchAll(/<label class="check"><input type="checkbox" name="offer-term" value="[a-z-]+" checked>/g)]).toHaveLength(4);
    expect(page).toMatch(/id="offer-error" role="alert"/);
  });

  it('says the NCB’s tab in the page’s language, HR’s in English', () => {
    const spanish = markup('es');

    expect(spanish).toContain('Ofertas a sus funcionarios pendientes de la confirmación de su administración de origen');
    expect(spanish).toContain('<h1 id="offers-heading">Offers</h1>');
    const page = adminView(adminWords('es')).value;
    expect(page).toContain('<button type="button" class="tab" id="tab-ncb-offers" data-view="ncb-offers" aria-pressed="false" hidden>Ofertas por confirmar</button>');
    expect(page).toContain('<button type="button" class="tab" id="tab-offers" data-view="offers" aria-pressed="false" hidden>Offers</button>');
    expect(page).toContain('<dialog class="dialog dialog-wide" id="offer-dialog"');
  });
});
