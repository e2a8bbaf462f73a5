import { describe, expect, it } from 'vitest';
import type { NoticeSnapshot } from '#shared/circulars/notice-snapshot.js';
import { circular, type CircularData } from '#shared/email/templates/circular.js';
import { languages } from '#shared/i18n/languages.js';

const notice: NoticeSnapshot = {
  number: '1701',
  title: 'Criminal Intelligence Officer',
  grade: '5',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  deadline: '2026-12-13',
  durationMonths: 24,
  posts: 2,
  clearance: 'Enhanced',
  summary: ['Analyses <criminal> intelligence & reports.'],
  duties: ['Analyse'],
  conditions: 'Read the Conditions of Secondment shared via your NCB.',
  costs: 'Your home administration pays your salary.',
};

const data = (overrides: Partial<CircularData> = {}): CircularData => ({
  to: 'ncb.fr@ncb.example',
  language: 'en',
  country: 'FR',
  notice,
  changes: [],
  vacancyUrl: 'https://hub.example/?lang=en&vacancy=1701',
  acknowledgeUrl: 'https://hub.example/vacancies/1701/circular-acknowledgement?edition=1&country=FR&token=t',
  ...overrides,
});

describe('the circular email', () => {
  it('says the notice, the deadline in the duty station’s time, the conditions, the vacancy’s link and the acknowledgement', () => {
    const email = circular(data());

    expect(email.to).toEqual(['ncb.fr@ncb.example']);
    expect(email.subject).toBe('Vacancy 1701: Criminal Intelligence Officer (5, Lyon), circular to member countries');
    expect(email.text).toContain('To the National Central Bureau of France (FR),');
    expect(email.text).toContain('Deadline for applications: 13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
    expect(email.text).toContain('Duration of the secondment: 24 months');
    expect(email.text).toContain('2 posts');
    expect(email.text).toContain('Security screening required: Enhanced');
    expect(email.text).toContain('Conditions of secondment\nRead the Conditions of Secondment shared via your NCB.\nYour home administration pays your salary.');
    expect(email.text).toContain('https://hub.example/?lang=en&vacancy=1701');
    expect(email.html).toContain('<a href="https://hub.example/vacancies/1701/circular-acknowledgement?edition=1&amp;country=FR&amp;token=t">Acknowledge receipt of this circular</a>');
    expect(email.html).toContain('Analyses &lt;criminal&gt; intelligence &amp; reports.');
    expect(email.text).not.toContain('amends');
  });

  it('gives the deadline in the recipient’s zone too, where it is known', () => {
    const email = circular(data({ recipientTimeZone: 'Asia/Singapore' }));

    expect(email.text).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00); that is 14 December 2026, 06:59 your time (Asia/Singapore, UTC+08:00)');
  });

  it('renders a vacancy without the notice’s body as its header, with no empty headings', () => {
    const { summary: _s, duties: _d, conditions: _c, costs: _k, ...header } = notice;

    const email = circular(data({ notice: header }));

    expect(email.text).toContain('Vacancy 1701: Criminal Intelligence Officer');
    expect(email.text).not.toContain('Summary of duties');
    expect(email.text).not.toContain('Conditions of secondment');
  });

  it('says first what an amendment changed, to a country that had the circular it amends', () => {
    const email = circular(data({ changes: ['deadline', 'conditions'], amendsSentAt: '2026-11-22T09:00:00.000Z' }));

    expect(email.subject).toBe('Amended circular, vacancy 1701: Criminal Intelligence Officer (5, Lyon)');
    expect(email.text).toContain('This circular amends the one we sent you on 22 November 2026. What changed: the deadline and the conditions of secondment.');
  });

  it.each(languages)('is written in %s, the NCB contact’s language, from the same data', (language) => {
    const email = circular(data({ language, changes: ['deadline'], amendsSentAt: '2026-11-22T09:00:00.000Z' }));

    expect(email.html).toContain(`lang="${language}"`);
    expect(email.text).toContain('1701');
    expect(email.text).not.toMatch(/\{|\}/);
    if (language !== 'en') {
      expect(email.text).not.toContain('Deadline for applications');
      expect(email.text).not.toContain('What changed');
    }
  });

  it('writes the French circular in French', () => {
    const email = circular(data({ language: 'fr', changes: ['deadline'], amendsSentAt: '2026-11-22T09:00:00.000Z' }));

    expect(email.subject).toBe('Circulaire modifiée, avis de vacance 1701 : Criminal Intelligence Officer (5, Lyon)');
    expect(email.text).toContain('À l’attention du Bureau central national – France (FR),');
    expect(email.text).toContain('Modifications : la date limite.');
    expect(email.text).toContain('Durée du détachement : 24 mois');
  });
});
