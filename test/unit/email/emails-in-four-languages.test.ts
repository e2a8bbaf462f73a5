import { describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/catalogues/en.js';
import type { Language } from '#shared/i18n/languages.js';
import { deadlineInDutyStation } from '#shared/email/deadline-text.js';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';
import { hrDigestEmail } from '#shared/email/templates/hr-digest.js';
import { ncbDigest } from '#shared/email/templates/ncb-digest.js';
import type { OutgoingEmail } from '#shared/email/outgoing-email.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';

const vacancy = { number: '1801', title: 'Analyst', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2027-03-30', clearance: 'Enhanced' as const };
const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2027-03-02T10:00:00Z' };

/** Words each language's emails must contain: its own, not English left untranslated. */
const ownWords: Record<Language, { receipt: string; reminder: string; ncb: string; ncbSubject: string; deadline: string; direction: 'rtl' | 'ltr' }> = {
  ar: { receipt: 'يُرجى تأكيد طلبكم', reminder: 'ينتهي الموعد النهائي بعد 7 أيام', ncb: 'المكتب المركزي الوطني', ncbSubject: 'المكتب المركزي الوطني - السنغال (SN)', deadline: '30 مارس 2027، الساعة 23:59 بتوقيت \u2068Lyon\u2069 (\u2068Europe/Paris\u2069، \u2068UTC+02:00\u2069)', direction: 'rtl' },
  en: { receipt: 'Confirm your application', reminder: 'The deadline is in 7 days', ncb: 'National Central Bureau', ncbSubject: 'NCB Senegal (SN)', deadline: '30 March 2027, 23:59 Lyon time (Europe/Paris, UTC+02:00)', direction: 'ltr' },
  fr: { receipt: 'Confirmez votre candidature', reminder: 'La date limite est dans 7 jours', ncb: 'Bureau central national', ncbSubject: 'BCN Sénégal (SN)', deadline: '30 mars 2027 à 23:59, heure de Lyon (Europe/Paris, UTC+02:00)', direction: 'ltr' },
  es: { receipt: 'Confirme su candidatura', reminder: 'El plazo vence dentro de 7 días', ncb: 'Oficina Central Nacional', ncbSubject: 'OCN Senegal (SN)', deadline: '30 de marzo de 2027, a las 23:59, hora de Lyon (Europe/Paris, UTC+02:00)', direction: 'ltr' },
};

const emailsIn = (language: Language): Record<'receipt' | 'received' | 'reminder' | 'ncb', OutgoingEmail> => ({
  receipt: applicationReceipt({ application: { id: 'app-1', email: 'a@police.example', language }, vacancy, statusLink: 'https://hub.example/status#id=app-1', confirmBy: '2027-03-03T13:05:00Z' }),
  received: applicationReceipt({ application: { id: 'app-1', email: 'a@police.example', language }, vacancy, statusLink: 'https://hub.example/status#id=app-1' }),
  reminder: deadlineReminder({
    application: { id: 'app-1', givenName: 'Amina', familyName: 'Diallo', email: 'a@police.example', category: 'law-enforcement', documents: { confirmationLetter: { ...received, suppliedBy: 'candidate' } }, language },
    vacancy,
    daysLeft: 7,
    statusPage: 'https://hub.example/status',
  }),
  ncb: ncbDigest({
    to: 'ncb@example.org',
    language,
    country: 'SN',
    gridUrl: 'https://hub.example/admin',
    vacancies: [
      {
        vacancy,
        daysLeft: 7,
        applications: [
          { application: { id: 'app-1', givenName: 'Amina', familyName: 'Diallo', currentTitle: 'Commissaire', homeAdministration: 'Police nationale', submittedAt: '2027-03-02T10:00:00Z' }, waitingFor: ['validation', 'letterConfirmation'] },
        ],
      },
    ],
  }),
});

/** Nothing of the machinery may show: no key name, no ICU brace, no unrendered tag, no ISO date. */
const expectNoMachinery = (part: string) => {
  for (const key of Object.keys(en)) expect(part).not.toContain(key);
  expect(part).not.toMatch(/[{}]/);
  expect(part).not.toMatch(/<\/?(b|link)>/);
  expect(part).not.toMatch(/\b2027-03-(02|03|30)\b/);
  expect(part).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
};

describe.each(Object.keys(ownWords) as Language[])('the emails in %s', (language) => {
  const emails = emailsIn(language);
  const words = ownWords[language];

  it('write the subject, the text and the HTML in the reader’s language', () => {
    expect(emails.receipt.subject).toContain(words.receipt);
    expect(emails.reminder.text).toContain(words.reminder);
    expect(emails.reminder.html).toContain(words.reminder);
    expect(emails.ncb.subject).toContain(words.ncbSubject);
    for (const part of [emails.ncb.text, emails.ncb.html]) expect(part).toContain(words.ncb);
  });

  it('mark the HTML document with the language and its direction', () => {
    for (const email of Object.values(emails)) {
      expect(email.html).toContain(`<html lang="${language}" dir="${words.direction}">`);
      expect(email.html).toContain(`<title>${email.subject}</title>`);
    }
  });

  it('give the deadline in the duty station’s time with its UTC offset, the date in words', () => {
    for (const email of [emails.receipt, emails.received, emails.reminder, emails.ncb]) {
      expect(email.text).toContain(words.deadline);
      expect(email.html).toContain(words.deadline);
    }
  });

  it('leave no key name, placeholder or ISO date in any part', () => {
    for (const email of Object.values(emails)) for (const part of [email.subject, email.text, email.html]) expectNoMachinery(part);
  });
});

describe('the emails’ language', () => {
  it('is English for an application stored before languages existed (no language)', () => {
    const email = applicationReceipt({ application: { id: 'app-1', email: 'a@police.example' }, vacancy, statusLink: 'https://hub.example/status' });

    expect(email.subject).toBe('Application received: vacancy 1801, Analyst');
    expect(email.html).toContain('<html lang="en" dir="ltr">');
  });

  it('stays English for HR, through the same catalogues', () => {
    const email = hrDigestEmail({
      to: ['hr@example.org'],
      gridLink: (number) => `https://hub.example/admin#vacancy=${number}`,
      digest: { since: undefined, until: '2027-03-02T07:00:00Z', open: [], closed: [], secondments: { months: 9, ending: [], extensions: [] } },
    });

    expect(email.html).toContain('<html lang="en" dir="ltr">');
    expect(email.subject).toBe('HR digest, Tuesday, 2 March 2027: 0 new applications, 0 open vacancies');
  });

  it('gives the deadline in the candidate’s own zone too, when the form told us it', () => {
    const email = deadlineReminder({
      application: { id: 'app-1', givenName: 'Lucía', familyName: 'Morales', email: 'l@policia.example', category: 'law-enforcement', documents: {}, language: 'es', timeZone: 'America/Mexico_City' },
      vacancy,
      daysLeft: 7,
      statusPage: 'https://hub.example/status',
    });

    for (const part of [email.text, email.html]) {
      expect(part).toContain(
        '30 de marzo de 2027, a las 23:59, hora de Lyon (Europe/Paris, UTC+02:00); es decir, 30 de marzo de 2027, a las 15:59, su hora local (America/Mexico_City, UTC-06:00)',
      );
    }
  });

  it('addresses a candidate with one name by that name', () => {
    const email = deadlineReminder({
      application: { id: 'app-1', givenName: 'Suharto', email: 's@police.example', category: 'government-official', documents: {}, language: 'fr' },
      vacancy,
      daysLeft: 2,
      statusPage: 'https://hub.example/status',
    });

    expect(email.text).toContain('Bonjour Suharto,');
    expect(email.text).not.toContain('undefined');
  });
});

describe('the deadline in the reader’s own zone, where it is known', () => {
  it('adds the reader’s time and offset after the duty station’s', () => {
    expect(deadlineInDutyStation(translatorFor('en'), vacancy, 'Asia/Singapore')).toBe(
      '30 March 2027, 23:59 Lyon time (Europe/Paris, UTC+02:00); that is 31 March 2027, 05:59 your time (Asia/Singapore, UTC+08:00)',
    );
    expect(deadlineInDutyStation(translatorFor('en'), vacancy, 'Europe/Paris')).toBe('30 March 2027, 23:59 Lyon time (Europe/Paris, UTC+02:00)');
  });

  it('sets the Latin city, zone and offset apart inside Arabic (first-strong isolates), so they keep their own order', () => {
    const arabic = deadlineInDutyStation(translatorFor('ar'), vacancy, 'Asia/Singapore');
    const french = deadlineInDutyStation(translatorFor('fr'), vacancy, 'Asia/Singapore');

    for (const value of ['Lyon', 'Europe/Paris', 'UTC+02:00', 'Asia/Singapore', 'UTC+08:00']) expect(arabic).toContain(`\u2068${value}\u2069`);
    // Every isolate closed, and none in a left-to-right language.
    expect(arabic.split('\u2068').length).toBe(arabic.split('\u2069').length);
    expect(french).not.toMatch(/[\u2066-\u2069]/u);
  });
});
