import { describe, expect, it } from 'vitest';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { proposalDialogs, proposalSections } from '#functions/admin/pages/proposal-views.js';
import { proposalAreas } from '#shared/proposals/areas.js';

const markupIn = (language: 'en' | 'fr' | 'ar') => {
  const words = adminWords(language);
  return `${proposalSections(words).value}${proposalDialogs(words).value}`;
};

describe('the proposals’ markup on the staff page', () => {
  it('labels every control of the NCB’s form and of the dialogs, and describes each field by its error', () => {
    const markup = markupIn('en');
    const controls = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls.length).toBeGreaterThan(30);
    for (const id of controls) expect(markup, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const name of ['givenName', 'email', 'rank', 'yearsOfExperience', 'availableFrom', 'durationMonths', 'screenedOn']) {
      expect(markup).toMatch(new RegExp(`id="proposal-${name}"[^>]*aria-describedby="[^"]*proposal-${name}-error"`));
    }
  });

  it('offers every area by its name in the page’s language, the CEFR levels and the short-term limits', () => {
    const french = markupIn('fr');

    for (const area of proposalAreas) expect(french).toContain(`id="proposal-area-${area}" value="${area}"`);
    expect(french).toContain('>Cybercriminalité</label>');
    expect(french).toContain('Proposer un agent');
    expect(french).toContain('C1 — avancé : usage fluide et efficace au travail');
    expect(french).toContain('min="6" max="36"');
    expect(french).toContain('De 6 à 36 mois.');
    expect(markupIn('ar')).toContain('ترشيح موظف');
  });

  it('keeps HR’s tab in English whatever the page’s language', () => {
    expect(markupIn('fr')).toContain('<h1 id="proposals-heading">Short-term proposals</h1>');
  });
});
