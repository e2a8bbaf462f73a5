import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formPageScript, pageStyle, statusPageScript } from '#functions/pages/assets.js';
import { isClientMessage } from '#functions/pages/client-messages.js';
import { formView } from '#functions/pages/form-view.js';
import { pageResponse } from '#functions/pages/page-document.js';
import { pageLanguage } from '#functions/pages/page-language.js';
import { pageWords } from '#functions/pages/page-words.js';
import { referenceOptions } from '#functions/pages/reference-options.js';
import { statusView } from '#functions/pages/status-view.js';
import { compiledCatalogues } from '#shared/i18n/catalogues/index.js';
import { languages, type Language } from '#shared/i18n/languages.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const clientDir = join(import.meta.dirname, '../../../functions/pages/client');

const vacancy: Vacancy = {
  number: '1701', title: 'Criminal Intelligence Officer', unit: 'Counter-Terrorism Directorate', reportingTo: 'Assistant Director',
  location: 'Lyon', timeZone: 'Europe/Paris', grade: '4', durationMonths: 24, posts: 2, clearance: 'Basic',
  secondmentType: 'regular', publishedAt: '2026-11-12', deadline: '2026-12-13', status: 'open',
};

const formPage = (language: Language) => {
  const words = pageWords(language);
  return pageResponse({
    name: 'form', title: words.t('form.title'), main: formView([vacancy], { words }), script: formPageScript, style: pageStyle,
    connectSources: [], words, query: { vacancy: '1701' },
  });
};
const statusPage = (language: Language) => {
  const words = pageWords(language);
  return pageResponse({ name: 'status', title: words.t('statusPage.title'), main: statusView(words), script: statusPageScript, style: pageStyle, connectSources: [], words });
};

/** What a reader sees: the page without its inlined script, style and message data. */
const visible = (body: string) => body.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');

/** Each language's own words, which only a page really in that language holds. */
const ownWords: Record<Language, { form: string[]; status: string; senegal: string; months: string }> = {
  en: { form: ['Apply for a secondment', 'Who may apply', 'Submit application', 'Skip to main content'], status: 'Your application', senegal: 'Senegal', months: '24 months' },
  fr: { form: ['Postuler à un détachement', 'Qui peut postuler', 'Envoyer ma candidature', 'Aller au contenu principal'], status: 'Votre candidature', senegal: 'Sénégal', months: '24 mois' },
  es: { form: ['Presentar una candidatura', 'Quién puede presentar su candidatura', 'Enviar la candidatura', 'Ir al contenido principal'], status: 'Su candidatura', senegal: 'Senegal', months: '24 meses' },
  ar: { form: ['التقدم بطلب إعارة', 'من يحق له التقدم', 'إرسال الطلب', 'الانتقال إلى المحتوى الرئيسي'], status: 'طلبكم', senegal: 'السنغال', months: '24 شهرًا' },
};

describe.each(languages)('the candidate pages in %s', (language) => {
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  it('say which language they are in: <html lang dir> and Content-Language', () => {
    for (const page of [formPage(language), statusPage(language)]) {
      expect(page.body).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}" dir="${dir}">`));
      expect(page.headers?.['Content-Language']).toBe(language);
      expect(page.headers?.Vary).toBe('Accept-Language');
    }
  });

  it('are written in the language, with no message key or {placeholder} left', () => {
    const form = visible(formPage(language).body);
    const status = visible(statusPage(language).body);

    for (const text of ownWords[language].form) expect(form).toContain(text);
    expect(form).toContain(ownWords[language].months);
    expect(status).toContain(`<h1>${ownWords[language].status}</h1>`);
    for (const body of [form, status]) {
      expect(body).not.toMatch(/[{}]/);
      expect(body).not.toMatch(/\b(page|form|panel|statusPage|upload|time|deadline)\.[a-z]+[A-Za-z.]*\b(?![^<]*@)/);
    }
  });

  it('give the deadline in the duty station’s time with its UTC offset, and keep the vacancy’s own English marked as such', () => {
    const form = visible(formPage(language).body);

    expect(form).toContain('Europe/Paris');
    expect(form).toContain('UTC+01:00');
    expect(form).toContain('23:59');
    expect(form).not.toContain('2026-12-13<');
    if (language !== 'en') expect(form).toContain('<span lang="en" dir="ltr">Criminal Intelligence Officer</span>');
  });

  it('name countries and languages in the language, sorted as it sorts', () => {
    const form = visible(formPage(language).body);
    const { countries, others } = referenceOptions(language);
    const collator = new Intl.Collator(language);

    expect(form).toContain(`<option value="SN">${ownWords[language].senegal}</option>`);
    expect(countries).toHaveLength(196);
    expect([...countries].sort((a, b) => collator.compare(a.label, b.label))).toEqual(countries);
    expect(new Set(others.map((option) => option.label)).size).toBe(others.length);
  });

  it('offer a switcher naming each language in itself, marked with hreflang, lang and dir, keeping the page’s parameters', () => {
    const form = formPage(language).body;

    const links = [...form.matchAll(/<a class="language-link" href="([^"]*)" hreflang="([^"]*)" lang="([^"]*)" dir="([^"]*)"( aria-current="true")?>([^<]*)<\/a>/g)];
    expect(links.map((link) => [link[1], link[2], link[3], link[4], link[6]])).toEqual([
      ['?vacancy=1701&amp;lang=ar', 'ar', 'ar', 'rtl', 'العربية'],
      ['?vacancy=1701&amp;lang=en', 'en', 'en', 'ltr', 'English'],
      ['?vacancy=1701&amp;lang=fr', 'fr', 'fr', 'ltr', 'français'],
      ['?vacancy=1701&amp;lang=es', 'es', 'es', 'ltr', 'español'],
    ]);
    expect(links.filter((link) => link[5]).map((link) => link[2])).toEqual([language]);
  });

  it('say the family name is optional, and let names be typed in any script', () => {
    const form = formPage(language).body;

    expect(form).toMatch(/<label class="label" for="familyName">[^<]+ <span class="optional">/);
    expect(form).not.toMatch(/id="familyName"[^>]* required/);
    expect(form).toMatch(/id="givenName"[^>]* dir="auto"/);
    expect(form).toMatch(/id="familyName"[^>]* dir="auto"/);
  });

  it('ship their script only the page language’s client messages, as inert JSON', () => {
    const body = formPage(language).body;

    const json = /<script type="application\/json" id="page-messages">([\s\S]*?)<\/script>/.exec(body)?.[1] ?? '';
    const messages = JSON.parse(json) as Record<string, string>;
    expect(json).not.toMatch(/[<>&]/);
    expect(Object.keys(messages).length).toBeGreaterThan(50);
    expect(Object.keys(messages).every(isClientMessage)).toBe(true);
    expect(messages['panel.withdraw.done']).toBe(compiledCatalogues[language]['panel.withdraw.done']);
  });
});

describe('the pages’ language', () => {
  const event = (acceptLanguage?: string) => ({ headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });

  it('is ?lang= when it names one of ours, else the browser’s Accept-Language, else English', () => {
    expect(pageLanguage('ar', event('fr-FR,fr;q=0.9'))).toBe('ar');
    expect(pageLanguage(undefined, event('es-MX,es;q=0.9,en;q=0.5'))).toBe('es');
    expect(pageLanguage('de', event('fr-CA'))).toBe('fr');
    expect(pageLanguage(undefined, event('de-DE'))).toBe('en');
    expect(pageLanguage(undefined, { headers: { 'accept-language': 'ar-EG' } })).toBe('ar');
  });
});

describe('the pages’ scripts and stylesheet', () => {
  it('ask only for messages the page ships to the browser', () => {
    const code = readdirSync(clientDir).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(clientDir, name), 'utf8')).join('\n');

    const keys = [...code.matchAll(/\b(?:t|rich)\('([a-zA-Z.]+)'/g)].map((match) => match[1] ?? '');
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((key) => !isClientMessage(key))).toEqual([]);
  });

  it('lay out with logical properties only: no physical left or right, so Arabic mirrors', () => {
    const css = readFileSync(join(clientDir, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

    const physical = css.split('\n').filter((line) => /(^|[\s{;])(margin|padding|border)-(left|right)\b|(^|[\s{;])(left|right)\s*:|float\s*:\s*(left|right)|text-align\s*:\s*(left|right)|clear\s*:\s*(left|right)/.test(line));
    expect(physical).toEqual([]);
  });
});
