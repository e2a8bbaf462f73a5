import { describe, expect, it } from 'vitest';
import type { HrDigest, NewApplication, OpenVacancyReport } from '#shared/digests/hr-digest.js';
import { hrDigestEmail, NEW_APPLICATIONS_LISTED } from '#shared/email/templates/hr-digest.js';

const lyon = { number: '1701', title: 'Criminal Intelligence Officer', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2026-12-22' };
const gridLink = (vacancy: string) => `https://hub.example.org/admin#vacancy=${vacancy}`;

const amina = (overrides: Partial<NewApplication> = {}): NewApplication => ({
  id: 'a1',
  name: 'Amina Diallo',
  nationality: 'SN',
  submittedAt: '2026-12-01T09:30:00.000Z',
  status: 'submitted',
  missing: ['cv', 'ncbValidation'],
  ...overrides,
});

const lyonReport = (overrides: Partial<OpenVacancyReport> = {}): OpenVacancyReport => ({
  vacancy: lyon,
  daysLeft: 20,
  newApplications: [amina()],
  counts: { total: 4, byStatus: { submitted: 3, screening: 1 }, incomplete: 2 },
  ...overrides,
});

const digestOf = (overrides: Partial<HrDigest> = {}): HrDigest => ({
  since: '2026-12-01T07:00:00.000Z',
  until: '2026-12-02T07:00:00.000Z',
  open: [lyonReport()],
  closed: [],
  secondments: { months: 9, ending: [], extensions: [] },
  ...overrides,
});

describe('the HR digest email', () => {
  it('says in its subject what it is: the day, the new applications and the vacancies', () => {
    const email = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf(), gridLink });

    expect(email.to).toEqual(['hr@example.org']);
    expect(email.subject).toBe('HR digest, Wednesday, 2 December 2026: 1 new application, 1 open vacancy');
  });

  it('gives the same facts in the text and the HTML part', () => {
    const email = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf(), gridLink });

    for (const part of [email.text, email.html]) {
      expect(part).toContain('1701 · Criminal Intelligence Officer (Lyon)');
      expect(part).toContain('Deadline: 22 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
      expect(part).toContain('4 applications (submitted 3, screening 1); incomplete: 2');
      expect(part).toContain('Amina Diallo (SN), 1 December 2026, 09:30 UTC, submitted; missing: CV and NCB validation');
      expect(part).toContain('https://hub.example.org/admin#vacancy=1701');
    }
  });

  it('gives a deadline elsewhere in HR’s own zone too, where it is known', () => {
    const singapore = { ...lyon, number: '1702', location: 'Singapore', timeZone: 'Asia/Singapore' };
    const digest = digestOf({ open: [lyonReport(), lyonReport({ vacancy: singapore })] });

    const { text } = hrDigestEmail({ to: ['hr@example.org'], digest, gridLink, recipientTimeZone: 'Europe/Paris' });

    expect(text).toContain('Deadline: 22 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00), closes in 20 days');
    expect(text).toContain(
      'Deadline: 22 December 2026, 23:59 Singapore time (Asia/Singapore, UTC+08:00); that is 22 December 2026, 16:59 your time (Europe/Paris, UTC+01:00), closes in 20 days',
    );
  });

  it('escapes every candidate value in the HTML part', () => {
    const digest = digestOf({ open: [lyonReport({ newApplications: [amina({ name: `<img src=x onerror="alert(1)">` })] })] });

    const email = hrDigestEmail({ to: ['hr@example.org'], digest, gridLink });

    expect(email.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(email.html).not.toContain('<img');
  });

  it('lists the deadlines within 7 days first, and says when one closes today', () => {
    const digest = digestOf({
      open: [
        { vacancy: { ...lyon, number: '1790', title: 'Cybercrime Analyst', deadline: '2026-12-02' }, daysLeft: 0, newApplications: [], counts: { total: 2, byStatus: { submitted: 2 }, incomplete: 2 } },
        lyonReport({ daysLeft: 7 }),
      ],
    });

    const { text } = hrDigestEmail({ to: ['hr@example.org'], digest, gridLink });

    expect(text).toContain('Deadlines within 7 days:\n- 1790 · Cybercrime Analyst: closes today, 2 incomplete\n- 1701 · Criminal Intelligence Officer: closes in 7 days, 2 incomplete\n');
  });

  it('reports the vacancies closed since the last digest with their final counts and status', () => {
    const digest = digestOf({
      closed: [{ vacancy: { ...lyon, number: '1614', title: 'Assistant Director' }, status: 'cancelled', counts: { total: 1, byStatus: { withdrawn: 1 }, incomplete: 0 } }],
    });

    const email = hrDigestEmail({ to: ['hr@example.org'], digest, gridLink });

    expect(email.subject).toMatch(/, 1 closed$/);
    expect(email.text).toContain('CLOSED SINCE THE LAST DIGEST\n\n1614 · Assistant Director (Lyon): cancelled\nFinal counts: 1 application (withdrawn 1); incomplete: 0');
    expect(email.html).toContain('<h2>Closed since the last digest</h2>');
  });

  it('lists a long day up to a limit and points to the grid for the rest', () => {
    const many = Array.from({ length: NEW_APPLICATIONS_LISTED + 3 }, (_, i) => amina({ id: `a${i}` }));
    const digest = digestOf({ open: [lyonReport({ newApplications: many })] });

    const { text } = hrDigestEmail({ to: ['hr@example.org'], digest, gridLink });

    expect(text.match(/^- Amina Diallo/gm)).toHaveLength(NEW_APPLICATIONS_LISTED);
    expect(text).toContain('- and 3 more in the grid');
  });

  it('says so when it is the first digest, and when no vacancy is open', () => {
    const { text } = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf({ since: undefined, open: [] }), gridLink });

    expect(text).toContain('0 new applications so far (this is the first digest), across 0 open vacancies.');
    expect(text).toContain('No vacancy is open.');
  });

  it('lists the secondments ending within the window, by last day, and the extensions waiting, in the reader’s language', () => {
    const secondments = {
      months: 9,
      ending: [
        { id: 's1', name: 'Lucía Ortega', nationality: 'ES', unit: 'Cybercrime Directorate', dutyStation: 'Lyon', lastDay: '2027-03-31', early: false, left: 48 },
        { id: 's2', name: 'Amina Diallo', nationality: 'SN', unit: 'Counter-Terrorism', dutyStation: 'Singapore', lastDay: '2027-05-15', early: true, left: 0 },
      ],
      extensions: [
        { secondmentId: 's3', name: 'Omar Haddad', unit: 'Financial Crime', months: 12, askedOn: '2026-11-20', waitingFor: 'letter' as const },
        { secondmentId: 's4', name: 'Jean Dupont', unit: 'Cybercrime Directorate', months: 6, askedOn: '2026-11-25', waitingFor: 'approval' as const },
      ],
    };

    const english = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf({ secondments }), gridLink });
    const french = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf({ secondments }), gridLink, language: 'fr' });
    const none = hrDigestEmail({ to: ['hr@example.org'], digest: digestOf(), gridLink });

    expect(english.text).toContain(
      'SECONDMENTS ENDING WITHIN 9 MONTHS\n\n- Lucía Ortega (ES), Cybercrime Directorate, Lyon: last day 31 March 2027; 48 months left under the rules\n- Amina Diallo (SN), Counter-Terrorism, Singapore: last day 15 May 2027 (early end recorded); no extension left under the rules\n',
    );
    expect(english.text).toContain('Extensions under way:\n- Omar Haddad, Financial Crime: 12 months asked on 20 November 2026; waiting for the home administration’s letter through the NCB\n- Jean Dupont, Cybercrime Directorate: 6 months asked on 25 November 2026; waiting for HR’s approval');
    expect(english.html).toContain('<li>Lucía Ortega (ES), Cybercrime Directorate, Lyon: last day <strong>31 March 2027</strong>; 48 months left under the rules</li>');
    expect(french.text).toContain('Omar Haddad, Financial Crime : 12 mois demandés le 20 novembre 2026 ; en attente de la lettre de l’administration d’origine par le BCN');
    expect(none.text).toContain('No secondment ends within this window.');
    expect(none.text).not.toContain('Extensions under way');
  });
});
