import { describe, expect, it } from 'vitest';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';

const vacancy = { number: '1701', title: 'Criminal Intelligence Officer', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2026-12-13' };
const application = {
  id: '5b1f4c1e-0000-4000-8000-000000000001',
  givenName: 'Amina',
  familyName: 'Diallo',
  email: 'amina.diallo@police.example',
  documents: {},
};
const statusLink = 'http://127.0.0.1:3000/status#id=5b1f4c1e-0000-4000-8000-000000000001&token=abc';

describe('the application receipt', () => {
  it('names the vacancy in the subject and goes to the candidate only', () => {
    const email = applicationReceipt({ application, vacancy, statusLink });
    expect(email.subject).toBe('Application received: vacancy 1701, Criminal Intelligence Officer');
    expect(email.to).toEqual(['amina.diallo@police.example']);
  });

  it('says in both parts what is missing, the deadline in the duty station’s time and the status link', () => {
    const email = applicationReceipt({ application, vacancy, statusLink });
    for (const part of [email.text, email.html]) {
      expect(part).toContain('your CV');
      expect(part).toContain('confirmation letter from your home administration');
      expect(part).toContain('validation by your National Central Bureau');
      expect(part).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris)');
    }
    expect(email.text).toContain(statusLink);
    expect(email.html).toContain('href="http://127.0.0.1:3000/status#id=5b1f4c1e-0000-4000-8000-000000000001&amp;token=abc"');
  });

  it('leaves out what has arrived', () => {
    const withCv = {
      ...application,
      documents: { cv: { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2026-11-22T10:00:00Z' } },
    };
    expect(applicationReceipt({ application: withCv, vacancy, statusLink }).text).not.toContain('your CV');
  });

  it('escapes every value in the HTML part', () => {
    const email = applicationReceipt({
      application: { ...application, givenName: '<script>alert(1)</script>', familyName: '"Diallo" & Co' },
      vacancy: { ...vacancy, title: '<img src=x onerror=alert(1)>' },
      statusLink,
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Diallo&quot; &amp; Co');
  });
});
