import { describe, expect, it } from 'vitest';
import { formView } from '#functions/pages/form-view.js';
import { pageWords } from '#functions/pages/page-words.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { projectNotice } from '../../support/project-notices.js';

const vacancy1614 = (overrides: Partial<Vacancy> = {}): Vacancy => ({ ...projectNotice('1614'), status: 'open', ...overrides });

/** The `<details>` of a vacancy's notice in the markup, from its opening tag to its end. */
const noticeOf = (markup: string, number: string): string => {
  const start = markup.indexOf(`<details class="vacancy-notice" id="notice-${number}"`);
  return start < 0 ? '' : markup.slice(start, markup.indexOf('</details>', start) + '</details>'.length);
};

describe('a vacancy’s notice on the form page', () => {
  it('shows the whole notice, closed, inside the vacancy’s entry: duties with activities, requirements, languages with level, standing text', () => {
    // Act
    const notice = noticeOf(formView([vacancy1614()]).value, '1614');

    // Assert
    expect(notice).toMatch(/^<details class="vacancy-notice" id="notice-1614">/);
    expect(notice).toContain('<summary>Read the full notice of vacancy 1614</summary>');
    for (const heading of ['Summary of duties', 'Duties and activities', 'Education required', 'Experience required', 'Languages', 'Abilities required', 'Aptitudes required', 'Conditions of secondment']) {
      expect(notice).toContain(`<h3 class="notice-heading">${heading}</h3>`);
    }
    expect(notice).toContain('<ol lang="en" dir="ltr" class="notice-duties"><li><p class="duty-title"><strong>Implement communications strategy and oversee activities</strong></p>');
    expect(notice).toContain('At least 15 years of experience.');
    expect(notice).toContain('<li>Professional fluency in English is required, including strong writing and speaking skills. <span class="need">Required: CEFR level C1</span></li>');
    expect(notice).toContain('<span class="need">An asset: CEFR level B2</span>');
    expect(notice).toContain('will be responsible for all of your salary/remuneration');
    expect(notice).not.toContain('The notice is shown in the language it was published in.');
  });

  it('says the headings in the page’s language and keeps the notice’s text in English, marked lang="en"', () => {
    // Act
    const french = noticeOf(formView([vacancy1614()], { words: pageWords('fr') }).value, '1614');
    const arabic = noticeOf(formView([vacancy1614()], { words: pageWords('ar') }).value, '1614');

    // Assert
    expect(french).toContain('<summary>Lire l’avis de vacance 1614 en entier</summary>');
    expect(french).toContain('<p class="hint">L’avis est présenté dans la langue dans laquelle il a été publié.</p>');
    expect(french).toContain('<h3 class="notice-heading">Fonctions et activités</h3>');
    expect(french).toContain('Au moins 15 ans d’expérience.');
    expect(french).toContain('<span class="need" lang="fr" dir="ltr">Exigée : niveau C1 du CECRL</span>');
    expect(arabic).toContain('<h3 class="notice-heading">الخبرة المطلوبة</h3>');
    expect(arabic).toContain('<div lang="en" dir="ltr"><p>Under the supervision of the Director of Communications');
    expect(arabic).toContain('<span class="need" lang="ar" dir="rtl">ميزة إضافية: المستوى B2 من الإطار الأوروبي المرجعي المشترك للغات</span>');
  });

  it('shows alternatives ("English or French") as one requirement, naming the languages in the page’s language', () => {
    const wording = 'Excellent command of English or French';
    const languages = [
      { language: 'en', level: 'C1', need: 'required', wording, either: 1 },
      { language: 'fr', level: 'C1', need: 'required', wording, either: 1 },
    ] as const;

    const english = noticeOf(formView([vacancy1614({ notice: { languages: [...languages] } })]).value, '1614');
    const french = noticeOf(formView([vacancy1614({ notice: { languages: [...languages] } })], { words: pageWords('fr') }).value, '1614');

    expect(english.split(wording)).toHaveLength(2);
    expect(english).toContain('Required: CEFR level C1; one of English or French is enough');
    expect(french).toContain('l’une de ces langues suffit : anglais ou français');
  });

  it('opens the notice of the vacancy a link chose, and shows none for a vacancy stored without one', () => {
    // Prepare
    const { notice: _notice, ...withoutNotice } = vacancy1614({ number: '1700' });

    // Act
    const markup = formView([vacancy1614(), withoutNotice], { selected: '1614' }).value;

    // Assert
    expect(noticeOf(markup, '1614')).toMatch(/^<details class="vacancy-notice" id="notice-1614" open>/);
    expect(noticeOf(markup, '1700')).toBe('');
    expect(markup).toContain('Vacancy 1700');
  });

  it('renders the notice’s text inert, whatever it holds', () => {
    // Act
    const markup = formView([vacancy1614({ notice: { summary: ['<script>alert(1)</script> & "quoted"'], aptitudes: ['<img src=x onerror=alert(1)>'] } })]).value;

    // Assert
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).not.toContain('<script>alert(1)');
  });
});
