/**
 * The Experts tab's markup on the staff page (issue 18, point 7): every control labelled and
 * described by its error, the ten civilian fields as checkboxes in the page's words, every word in
 * the page's language (four of them), and a vetting flagged from its expiry alone.
 */
import { describe, expect, it } from 'vitest';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { expertDialog, expertsSection } from '#functions/admin/pages/expert-views.js';
import { vettingState } from '#functions/admin/pages/client/experts-view.js';
import { languages } from '#shared/i18n/languages.js';
import { civilianRoleCategories } from '#shared/profiles/role-categories.js';

const markup = (language: (typeof languages)[number] = 'en') => `${expertsSection(adminWords(language)).value}${expertDialog(adminWords(language)).value}`;

describe('the Experts tab’s markup', () => {
  it('labels every control of the tab and its dialogs, and describes each field by its error', () => {
    const page = markup();
    const controls = [...page.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual([
      'experts-search',
      'expert-matches-call',
      'expert-givenName',
      'expert-familyName',
      'expert-email',
      'expert-language',
      'expert-yearsOfExperience',
      'expert-availableFrom',
      'expert-availableUntil',
      'expert-vettingExpiresOn',
      'expert-note',
    ]);
    for (const id of controls) expect(page, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const field of ['givenName', 'familyName', 'email', 'language', 'yearsOfExperience', 'availableFrom', 'availableUntil', 'vettingExpiresOn', 'note']) {
      expect(page, field).toMatch(new RegExp(`id="expert-${field}"[^>]*aria-describedby="[^"]*expert-${field}-error"`));
    }
    // The ten civilian fields, each a labelled checkbox in one group named by its legend and described by its error.
    expect([...page.matchAll(/<label class="choice"><input type="checkbox" name="fields" value="([a-z-]+)">/g)].map((match) => match[1])).toEqual([...civilianRoleCategories]);
    expect(page).toContain('<label class="choice"><input type="checkbox" name="fields" value="border-monitoring"> Border monitoring</label>');
    expect(page).toMatch(/<fieldset class="fieldset" id="expert-fields" aria-describedby="expert-fields-error"><legend>Fields of expertise<\/legend>/);
    expect(page).toMatch(/<fieldset class="fieldset" id="expert-languages" aria-describedby="expert-languages-hint expert-languages-error"><legend>Working languages<\/legend>/);
    expect(page).toMatch(/id="expert-error" role="alert"/);
    expect(page).toMatch(/<dialog class="dialog" id="expert-dialog" aria-labelledby="expert-heading">/);
    expect(page).toMatch(/<dialog class="dialog" id="expert-remove-dialog" aria-labelledby="expert-remove-heading" aria-describedby="expert-remove-text">/);
  });

  it('says every word in the page’s language, the tab’s name too, apart from the receiving side’s Roster', () => {
    const tabs = { en: 'Experts', fr: 'Experts', es: 'Expertos', ar: 'الخبراء' } as const;
    for (const language of languages) {
      const page = adminView(adminWords(language)).value;
      expect(page, language).not.toMatch(/admin\.experts\./);
      expect(page, language).toContain(`<button type="button" class="tab" id="tab-experts" data-view="experts" aria-pressed="false" hidden>${tabs[language]}</button>`);
      expect(page, language).toContain('<section class="view" id="experts-view"');
      expect(page, language).toContain('id="tab-roster"');
    }
    expect(markup('fr')).toContain('<legend>Domaines d’expertise</legend>');
    expect(markup('es')).toContain('<h2 id="expert-matches-heading">Comparar con una convocatoria</h2>');
    expect(markup('ar')).toContain('<legend>لغات العمل</legend>');
  });
});

describe('a vetting’s flag', () => {
  it('is expired before today, soon within 90 days, valid after, and none when there is no vetting', () => {
    expect(vettingState(undefined, '2026-12-07')).toBe('none');
    expect(vettingState('2026-12-06', '2026-12-07')).toBe('expired');
    expect(vettingState('2026-12-07', '2026-12-07')).toBe('soon');
    expect(vettingState('2027-03-07', '2026-12-07')).toBe('soon');
    expect(vettingState('2027-03-08', '2026-12-07')).toBe('valid');
  });
});
