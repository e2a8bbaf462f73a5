/**
 * The Nominations tab's markup on the staff page (issue 18, point 5): every control labelled and
 * described by its error, every word in the page's language (four of them), and where a
 * nomination stands read from the stored record alone.
 */
import { describe, expect, it } from 'vitest';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { nominationDialog, nominationsSection } from '#functions/admin/pages/nomination-views.js';
import { nominationState } from '#functions/admin/pages/client/nominations-view.js';
import { languages } from '#shared/i18n/languages.js';

const markup = (language: (typeof languages)[number] = 'en') => `${nominationsSection(adminWords(language)).value}${nominationDialog(adminWords(language)).value}`;

describe('the Nominations tab’s markup', () => {
  it('labels every control of the tab and its dialog, and describes each field by its error', () => {
    const page = markup();
    const controls = [...page.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual(['nominations-call', 'nomination-reason', 'nomination-sentOn', 'nomination-answeredOn', 'nomination-note']);
    for (const id of controls) expect(page, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const field of ['reason', 'sentOn', 'answeredOn', 'note']) expect(page, field).toMatch(new RegExp(`id="nomination-${field}"[^>]*aria-describedby="[^"]*nomination-${field}-error"`));
    // The mission's three answers, each a labelled choice in one group named by its legend.
    expect([...page.matchAll(/<label class="choice"><input type="radio" name="outcome" value="(selected|reserve|not-selected)">/g)].map((match) => match[1])).toEqual(['selected', 'reserve', 'not-selected']);
    expect(page).toMatch(/<fieldset class="fieldset" id="nomination-outcome" aria-describedby="nomination-outcome-error"><legend>The mission’s answer<\/legend>/);
    expect(page).toMatch(/id="nomination-error" role="alert"/);
    expect(page).toMatch(/<dialog class="dialog" id="nomination-dialog" aria-labelledby="nomination-heading">/);
  });

  it('says every word in the page’s language, the tab’s name too', () => {
    const tabs = { en: 'Nominations', fr: 'Propositions', es: 'Propuestas', ar: 'الترشيحات' } as const;
    for (const language of languages) {
      const page = adminView(adminWords(language)).value;
      expect(page, language).not.toMatch(/admin\.nominations\./);
      expect(page, language).toContain(`<button type="button" class="tab" id="tab-nominations" data-view="nominations" aria-pressed="false" hidden>${tabs[language]}</button>`);
      expect(page, language).toContain('<section class="view" id="nominations-view"');
    }
    expect(markup('fr')).toContain('<legend>Réponse de la mission</legend>');
    expect(markup('ar')).toContain('<legend>رد البعثة</legend>');
  });
});

describe('where a nomination stands', () => {
  const nominated = { nominatedAt: '2026-12-14T09:00:00.000Z', nominatedBy: 'hr.officer@unit.example' };
  const sent = { ...nominated, sent: { on: '2026-12-15', recordedAt: '2026-12-15T10:00:00.000Z', by: 'hr.officer@unit.example' } };

  it('reads each step from the stored nomination: none, nominated, sent, answered', () => {
    expect(nominationState({})).toBe('none');
    expect(nominationState({ nomination: nominated })).toBe('nominated');
    expect(nominationState({ nomination: sent })).toBe('sent');
    expect(nominationState({ nomination: { ...sent, answer: { outcome: 'reserve', on: '2026-12-20', recordedAt: '2026-12-20T10:00:00.000Z', by: 'hr.officer@unit.example' } } })).toBe('answered');
  });
});
