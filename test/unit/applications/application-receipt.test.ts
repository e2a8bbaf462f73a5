import { describe, expect, it } from 'vitest';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';

const vacancy = { number: '1701', title: 'Criminal Intelligence Officer', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2026-12-13' };
const application = { id: '5b1f4c1e-0000-4000-8000-000000000001', email: 'amina.diallo@police.example' };
const statusLink = 'http://127.0.0.1:3000/status#id=5b1f4c1e-0000-4000-8000-000000000001&token=abc&confirm=def';
const confirmBy = '2026-11-25T09:30:00.000Z';

describe('the application receipt', () => {
  it('names the vacancy in the subject and goes to the address only', () => {
    const email = applicationReceipt({ application, vacancy, statusLink, confirmBy });
    expect(email.subject).toBe('Confirm your application: vacancy 1701, Criminal Intelligence Officer');
    expect(email.to).toEqual(['amina.diallo@police.example']);
  });

  it('asks the address to confirm by a time in the duty station and carries the link in both parts', () => {
    const email = applicationReceipt({ application, vacancy, statusLink, confirmBy });
    for (const part of [email.text, email.html]) {
      expect(part).toContain('25 November 2026, 10:30 Lyon time (Europe/Paris, UTC+01:00)');
      expect(part).toContain('does not count');
      expect(part).toContain('If you did not submit it, do nothing');
      expect(part).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
    }
    expect(email.text).toContain(statusLink);
    expect(email.html).toContain('href="http://127.0.0.1:3000/status#id=5b1f4c1e-0000-4000-8000-000000000001&amp;token=abc&amp;confirm=def"');
  });

  it('never lists what is missing, so it cannot contradict a CV still uploading: it points to the status page', () => {
    for (const email of [applicationReceipt({ application, vacancy, statusLink, confirmBy }), applicationReceipt({ application, vacancy, statusLink })]) {
      for (const part of [email.text, email.html]) {
        expect(part).not.toContain('Still missing');
        expect(part).not.toContain('your CV');
        expect(part).not.toContain('not complete');
        expect(part).toContain('what is still needed');
      }
    }
  });

  it('carries nothing the submitter typed: no name, no title, whatever the application holds', () => {
    const typed = { ...application, givenName: 'Mallory', familyName: 'Visit evil.example now', currentTitle: 'Call +1 555 0100' };
    const email = applicationReceipt({ application: typed, vacancy, statusLink, confirmBy });
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toContain('Mallory');
      expect(part).not.toContain('evil.example');
      expect(part).not.toContain('555 0100');
    }
  });

  it('says received, without asking to confirm, for an application confirmed already (an outbox entry of the previous version)', () => {
    const email = applicationReceipt({ application, vacancy, statusLink });
    expect(email.subject).toBe('Application received: vacancy 1701, Criminal Intelligence Officer');
    expect(email.text).not.toContain('confirm your email address');
  });

  it('escapes every value in the HTML part', () => {
    const email = applicationReceipt({ application, vacancy: { ...vacancy, title: '<img src=x onerror=alert(1)>' }, statusLink, confirmBy });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
