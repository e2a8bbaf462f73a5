import { describe, expect, it } from 'vitest';
import { ncbDigest, type NcbDigestData } from '#shared/email/templates/ncb-digest.js';

const lyon = { number: '1701', title: 'Criminal Intelligence Officer', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2026-12-13', clearance: 'Basic' as const };
const singapore = { number: '1702', title: 'Cybercrime Investigations Specialist', location: 'Singapore', timeZone: 'Asia/Singapore', deadline: '2026-12-27', clearance: 'Enhanced' as const };
const amina = {
  id: '5b1f4c1e-0000-4000-8000-000000000001',
  givenName: 'Amina',
  familyName: 'Diallo',
  currentTitle: 'Commissaire de police',
  homeAdministration: 'Police nationale',
  submittedAt: '2026-11-20T10:00:00.000Z',
};

const digest = (overrides: Partial<NcbDigestData> = {}): NcbDigestData => ({
  to: 'ncb.sn@ncb.secondment-hub.local',
  country: 'SN',
  language: 'en',
  vacancies: [{ vacancy: lyon, daysLeft: 20, applications: [{ application: amina, waitingFor: ['validation', 'confirmationLetter'] }] }],
  gridUrl: 'http://127.0.0.1:3000/admin',
  ...overrides,
});

describe('the NCB digest email', () => {
  it('goes to the NCB alone, its subject naming the country and the vacancy', () => {
    const email = ncbDigest(digest());

    expect(email.to).toEqual(['ncb.sn@ncb.secondment-hub.local']);
    expect(email.subject).toBe('NCB Senegal (SN): 1 application waits for you, vacancy 1701, Criminal Intelligence Officer');
  });

  it('names every vacancy in the subject when there are several', () => {
    const email = ncbDigest(
      digest({
        vacancies: [
          { vacancy: lyon, daysLeft: 20, applications: [{ application: amina, waitingFor: ['validation'] }] },
          { vacancy: singapore, daysLeft: 34, applications: [{ application: { ...amina, id: 'other' }, waitingFor: ['confirmationLetter'] }] },
        ],
      }),
    );

    expect(email.subject).toBe('NCB Senegal (SN): 2 applications wait for you, vacancies 1701 and 1702');
  });

  it('says in both parts who waits for what, and each deadline in the duty station’s time', () => {
    const email = ncbDigest(digest());

    for (const part of [email.text, email.html]) {
      expect(part).toContain('Amina Diallo');
      expect(part).toContain('5b1f4c1e-0000-4000-8000-000000000001');
      expect(part).toContain('Vacancy 1701, Criminal Intelligence Officer (Lyon)');
      expect(part).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
      expect(part).toContain('in 20 days');
      expect(part).toContain('your validation, with the attestation of Basic security screening');
      expect(part).toContain('confirmation letter, which reaches us through you');
    }
    expect(email.text).toContain('http://127.0.0.1:3000/admin');
    expect(email.html).toContain('href="http://127.0.0.1:3000/admin"');
  });

  it('gives each deadline in the NCB’s own time too, when it is not the duty station’s', () => {
    const inDakar = ncbDigest(digest({ recipientTimeZone: 'Africa/Dakar' }));
    const inLyon = ncbDigest(digest({ recipientTimeZone: 'Europe/Paris' }));

    for (const part of [inDakar.text, inDakar.html]) expect(part).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00); that is 13 December 2026, 22:59 your time (Africa/Dakar, UTC+00:00)');
    expect(inLyon.text).not.toContain('your time');
  });

  it('asks for the screening level each vacancy requires, never a fixed Basic', () => {
    const email = ncbDigest(
      digest({
        vacancies: [
          { vacancy: lyon, daysLeft: 20, applications: [{ application: amina, waitingFor: ['validation'] }] },
          { vacancy: singapore, daysLeft: 34, applications: [{ application: { ...amina, id: 'other' }, waitingFor: ['validation'] }] },
        ],
      }),
    );

    for (const part of [email.text, email.html]) {
      expect(part).toContain('your validation, with the attestation of Basic security screening and its date');
      expect(part).toContain('your validation, with the attestation of Enhanced security screening (this vacancy requires it) and its date');
      expect(part.indexOf('Enhanced security screening')).toBeGreaterThan(part.indexOf('Vacancy 1702'));
    }
  });

  it('is written in the NCB contact’s language, the country named in it and the dates in words', () => {
    const email = ncbDigest(digest({ language: 'fr' }));

    expect(email.subject).toBe('BCN Sénégal (SN) : 1 candidature attend votre intervention, avis de vacance 1701, Criminal Intelligence Officer');
    expect(email.text).toContain('Date limite : 13 décembre 2026 à 23:59, heure de Lyon (Europe/Paris, UTC+01:00), dans 20 jours');
    expect(email.text).toContain('déposée le 20 novembre 2026');
    expect(email.html).toContain('<html lang="fr" dir="ltr">');
  });

  it('escapes every candidate-supplied value in the HTML part', () => {
    const email = ncbDigest(
      digest({
        vacancies: [
          {
            vacancy: lyon,
            daysLeft: 0,
            applications: [{ application: { ...amina, givenName: '<script>alert(1)</script>', homeAdministration: 'Police & "Gendarmerie"' }, waitingFor: ['validation'] }],
          },
        ],
      }),
    );

    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Police &amp; &quot;Gendarmerie&quot;');
    expect(email.text).toContain('today');
  });
});
