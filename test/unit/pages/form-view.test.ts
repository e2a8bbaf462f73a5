import { describe, expect, it } from 'vitest';
import { formView } from '#functions/pages/form-view.js';
import { memberCountryOptions, otherLanguageOptions, workingLanguageOptions } from '#functions/pages/reference-options.js';
import { pageWords } from '#functions/pages/page-words.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const vacancy = (overrides: Partial<Vacancy> = {}): Vacancy => ({
  number: '1701',
  title: 'Criminal Intelligence Officer',
  unit: 'Counter-Terrorism Directorate',
  reportingTo: 'Assistant Director',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  durationMonths: 24,
  posts: 2,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2026-11-12',
  deadline: '2026-12-13',
  status: 'open',
  ...overrides,
});

describe('the form page view', () => {
  it('shows each vacancy’s number, title, duty station, grade, duration, clearance and deadline in the duty station’s time', () => {
    const markup = formView([vacancy()]).value;

    for (const text of ['Vacancy 1701', 'Criminal Intelligence Officer', 'Lyon', '>4<', '24 months', 'Regular', 'Basic']) {
      expect(markup).toContain(text);
    }
    // The deadline day ends at midnight in Lyon: 23:59 there (UTC+01:00 in winter), which is 22:59 UTC.
    expect(markup).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
    expect(markup).toContain('data-instant="2026-12-13T22:59:00.000Z" data-time-zone="Europe/Paris"');
  });

  it('shows an end date for a vacancy that gives one, and a short-term secondment as such', () => {
    const markup = formView([vacancy({ durationMonths: undefined, endsOn: '2027-08-04', secondmentType: 'short-term' })]).value;

    expect(markup).toContain('<dd>Until 4 August 2027</dd>');
    expect(markup).toContain('<dd>Short-term</dd>');
  });

  it('renders a vacancy’s fields inert, whatever they hold', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

    const markup = formView([vacancy({ title: hostile, unit: hostile, location: hostile, grade: hostile, reportingTo: hostile })]).value;

    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
  });

  it('pre-selects the vacancy a link names, and only that one', () => {
    const markup = formView([vacancy(), vacancy({ number: '1702' })], { selected: '1702' }).value;

    expect(markup).toMatch(/value="1702" required checked/);
    // The gender question's "prefer not to say" is chosen too (a radio group of its own): only one vacancy is.
    expect(markup.match(/name="vacancy"[^>]* checked/g)).toHaveLength(1);
  });

  it('labels every field of the submission schema, and the three document pickers', () => {
    const markup = formView([vacancy()]).value;

    // `language` and `timeZone` are the page's to fill (the language it is served in, the browser's zone), not fields a candidate types.
    const pageFilled = ['language', 'timeZone'];
    const fields = Object.keys(applicationSubmissionSchema.shape).filter((name) => !['vacancy', 'category', 'gender', 'languages', 'languageLevels', ...pageFilled].includes(name));
    for (const name of [...fields, 'cv', 'coverLetter', 'confirmationLetter']) {
      expect(markup, name).toMatch(new RegExp(`<label[^>]* for="${name}"`));
      expect(markup, name).toMatch(new RegExp(`id="${name}"`));
    }
    // A level per language chosen: the script adds a labelled select per language (language-levels.ts), from the template's options.
    for (const group of ['vacancy', 'category', 'gender', 'languages', 'languageLevels']) expect(markup).toContain(`data-field="${group}"`);
  });

  it('words each CEFR level and each level of education for a candidate, in the page’s language (issue 15, point 3)', () => {
    const english = formView([vacancy()]).value;
    const template = /<template id="level-options">([\s\S]*?)<\/template>/.exec(english)?.[1] ?? '';
    expect([...template.matchAll(/<option value="([^"]*)">/g)].map((match) => match[1])).toEqual(['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(template).toContain('<option value="C1">C1 — advanced: fluent, effective use at work</option>');
    expect(english).toMatch(/<select class="select" id="education" name="education" required/);
    expect([...english.matchAll(/<option value="(secondary|post-secondary|bachelor|master|doctorate)">/g)].map((match) => match[1])).toEqual([
      'secondary',
      'post-secondary',
      'bachelor',
      'master',
      'doctorate',
    ]);
    expect(formView([vacancy()], { words: pageWords('fr') }).value).toContain('<option value="B2">B2 — intermédiaire avancé : discussions de travail avec aisance</option>');
    expect(formView([vacancy()], { words: pageWords('ar') }).value).toContain('<option value="doctorate">شهادة الدكتوراه أو ما يعادلها</option>');
    expect(formView([vacancy()], { words: pageWords('es') }).value).toContain('<option value="">Elija un nivel</option>');
  });

  it('tells the level rows what each vacancy’s notice asks of a language, worded for the candidate in the page’s language', () => {
    const notice: Vacancy['notice'] = {
      languages: [
        { language: 'en', level: 'C1', need: 'required', wording: 'Excellent command of English' },
        { language: 'fr', level: 'B2', need: 'asset', wording: 'Working knowledge of French would be an asset' },
        { language: 'ar', need: 'asset', wording: 'Knowledge of Arabic' },
      ],
    };
    const asks = (markup: string, number: string) =>
      Object.fromEntries([...(new RegExp(`<input [^>]*id="vacancy-${number}"[^>]*>`).exec(markup)?.[0] ?? '').matchAll(/data-ask-([a-z]{2})="([^"]*)"/g)].map((match) => [match[1], match[2]]));

    const english = formView([vacancy({ notice }), vacancy({ number: '1704' })]).value;
    // A language the notice names without a level asks nothing to compare; a vacancy without a notice asks nothing.
    expect(asks(english, '1701')).toEqual({ en: 'Vacancy 1701 requires C1 or above.', fr: 'Vacancy 1701 counts B2 or above as an asset.' });
    expect(asks(english, '1704')).toEqual({});
    expect(asks(formView([vacancy({ notice })], { words: pageWords('fr') }).value, '1701').en).toBe('Le poste 1701 exige le niveau C1 ou plus.');
  });

  it('tells the level rows of alternatives ("English or French") that one of them is enough', () => {
    const wording = 'Excellent command of English or French';
    const notice: Vacancy['notice'] = {
      languages: [
        { language: 'en', level: 'C1', need: 'required', wording, either: 1 },
        { language: 'fr', level: 'C1', need: 'required', wording, either: 1 },
      ],
    };
    const markup = formView([vacancy({ notice })]).value;

    for (const language of ['en', 'fr']) expect(markup).toContain(`data-ask-${language}="Vacancy 1701 requires C1 or above in one of English or French."`);
  });

  it('offers the member countries and the ISO 639-1 languages by name, the working languages first', () => {
    const markup = formView([vacancy()]).value;

    expect(memberCountryOptions).toHaveLength(196);
    expect(memberCountryOptions.find((option) => option.value === 'SN')?.label).toBe('Senegal');
    expect(memberCountryOptions.some((option) => option.value === 'KP')).toBe(false);
    expect(workingLanguageOptions.map((option) => option.value).sort()).toEqual(['ar', 'en', 'es', 'fr']);
    expect(workingLanguageOptions.length + otherLanguageOptions.length).toBe(183);
    expect(new Set(otherLanguageOptions.map((option) => option.label)).size).toBe(otherLanguageOptions.length);
    expect(markup).toContain('<option value="SN">Senegal</option>');
    expect(markup).toContain('id="language-fr" value="fr"');
    expect(markup).toContain('<li role="option" class="language-option" id="language-option-pt" data-value="pt" aria-selected="false">Portuguese</li>');
  });

  it('offers the other languages as one combobox and its multi-select listbox, not a box each', () => {
    const markup = formView([vacancy()]).value;

    expect(markup).toMatch(/<input[^>]* id="language-filter" type="text" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="other-languages"/);
    expect(markup).toContain('<ul class="language-list" id="other-languages" role="listbox" aria-multiselectable="true" aria-labelledby="language-filter-label" tabindex="-1">');
    expect(markup.match(/role="option"/g)).toHaveLength(otherLanguageOptions.length);
    expect(markup.match(/type="checkbox" name="languages"/g)).toHaveLength(4);
    expect(markup).toContain('<p class="visually-hidden" id="language-matches" role="status"></p>');
  });

  it('explains who may apply and that the confirmation letter comes through the NCB, with a consent box', () => {
    const markup = formView([vacancy()]).value;

    expect(markup).toContain('serving law-enforcement officers');
    expect(markup).toContain('government officials');
    expect(markup).toContain('through the National Central Bureau (NCB) of your home administration’s country');
    expect(markup).toContain('your copy counts once your NCB confirms it');
    expect(markup).toMatch(/<input type="checkbox" id="privacyConsent"/);
  });

  it("asks for the home administration's country, defaulting to the nationality", () => {
    const markup = formView([vacancy()]).value;

    expect(markup).toMatch(/<select class="select" id="homeAdministrationCountry" name="homeAdministrationCountry"/);
    expect(markup).toContain('<option value="">The same as my nationality</option>');
    expect(markup).not.toMatch(/id="homeAdministrationCountry"[^>]*required/);
  });

  it('says so when no vacancy is open, and shows no form', () => {
    const markup = formView([]).value;

    expect(markup).toContain('No vacancies are open just now');
    expect(markup).not.toContain('<form');
  });
});
