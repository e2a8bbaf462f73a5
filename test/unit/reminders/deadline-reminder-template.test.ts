import { describe, expect, it } from 'vitest';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';

const vacancy = { number: '1801', title: 'Analyst <Europe & Africa>', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2027-03-30' };
const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2027-03-02T10:00:00Z' };
const application = {
  id: 'app-1',
  givenName: 'Seán',
  familyName: "O'Brien <b>",
  email: 'sean.obrien@garda.example',
  category: 'law-enforcement' as const,
  documents: { cv: received },
};
const statusPage = 'https://jobs.example.org/status';

describe('the deadline reminder email', () => {
  it('names the vacancy number and title in the subject, and goes to the candidate only', () => {
    const email = deadlineReminder({ application, vacancy, daysLeft: 7, statusPage });

    expect(email.subject).toBe('Reminder: your application to vacancy 1801, Analyst <Europe & Africa>, is not complete');
    expect(email.to).toEqual(['sean.obrien@garda.example']);
  });

  it('says in both parts exactly what is missing, how to supply it, and the deadline in the duty station’s time', () => {
    const email = deadlineReminder({ application, vacancy, daysLeft: 7, statusPage });

    for (const part of [email.text, email.html]) {
      expect(part).not.toContain('Your CV');
      expect(part).toContain('The confirmation letter from your home administration');
      expect(part).toContain('ask your administration to send it to your NCB');
      expect(part).toContain('Validation by your National Central Bureau (NCB)');
      expect(part).toContain('30 March 2027, 23:59 Lyon time (Europe/Paris, UTC+02:00)');
      expect(part).toContain('The deadline is in 7 days');
      expect(part).toContain('private link in the receipt');
    }
    expect(email.text).toContain(statusPage);
    expect(email.html).toContain(`href="${statusPage}"`);
  });

  it('asks for the CV through the status page when it is missing', () => {
    const email = deadlineReminder({ application: { ...application, documents: {} }, vacancy, daysLeft: 2, statusPage });

    expect(email.text).toContain('- Your CV. Upload it from your status page.');
  });

  it('escapes every value from the candidate and the vacancy in the HTML part', () => {
    const email = deadlineReminder({ application, vacancy, daysLeft: 0, statusPage });

    expect(email.html).toContain('O&#39;Brien &lt;b&gt;');
    expect(email.html).toContain('Analyst &lt;Europe &amp; Africa&gt;');
    expect(email.html).not.toContain('<b>');
    expect(email.text).toContain('The deadline is today');
  });
});
