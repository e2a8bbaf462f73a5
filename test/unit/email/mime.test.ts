import { simpleParser, type AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime, type MimeEmail } from '#functions/adapters/ses/mime.js';
import { languages, type Language } from '#shared/i18n/languages.js';
import type { OutgoingEmail } from '#shared/email/outgoing-email.js';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';
import { hrDigestEmail } from '#shared/email/templates/hr-digest.js';
import { ncbDigest } from '#shared/email/templates/ncb-digest.js';

/**
 * Our MIME composer (functions/adapters/ses/mime.ts), read back by a parser that is not ours:
 * mailparser, the one the local SES emulator (aws-ses-v2-local) reads SendRawEmail with.
 */
const vacancy = { number: '1801', title: 'Analyst', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2027-03-30', clearance: 'Enhanced' as const };
const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2027-03-02T10:00:00Z' };

const emailsIn = (language: Language): OutgoingEmail[] => [
  applicationReceipt({ application: { id: 'app-1', email: 'a@police.example', language }, vacancy, statusLink: 'https://hub.example/status#id=app-1', confirmBy: '2027-03-03T13:05:00Z' }),
  deadlineReminder({
    application: { id: 'app-1', givenName: 'أمينة', familyName: 'Diallo', email: 'a@police.example', category: 'law-enforcement', documents: { confirmationLetter: { ...received, suppliedBy: 'candidate' } }, language },
    vacancy,
    daysLeft: 7,
    statusPage: 'https://hub.example/status',
  }),
  ncbDigest({
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
  hrDigestEmail({ to: ['hr@example.org', 'hr2@example.org'], language, gridLink: (number) => `https://hub.example/admin#vacancy=${number}`, digest: { since: undefined, until: '2027-03-02T07:00:00Z', open: [], closed: [], secondments: { months: 9, ending: [], extensions: [] } } }),
];

const addresses = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value);
/** What a reader sees of a part: its text with line breaks as \n (a parser gives them so). */
const lines = (text: string) => text.replace(/\r\n/g, '\n');

/** The raw message's lines: ASCII only, CRLF only, none longer than RFC 2045/2047 allow. */
const expectWellFormed = (raw: string) => {
  expect(raw).toMatch(/^[\x20-\x7e\r\n\t]*$/);
  expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const [head = '', ...body] = raw.split('\r\n\r\n');
  for (const line of head.split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(76);
  for (const line of body.join('\r\n\r\n').split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(76);
};

const roundTrip = async (email: MimeEmail) => {
  const raw = composeMime(email, new Date('2027-03-02T07:00:00Z'));
  expectWellFormed(raw);
  return { raw, parsed: await simpleParser(raw) };
};

describe.each(languages)('the MIME message of each email in %s', (language) => {
  it('reads back, through mailparser, as the same subject, text, HTML and addresses', async () => {
    for (const email of emailsIn(language)) {
      const from = language === 'ar' ? 'مركز الانتداب <hub@example.org>' : 'Secondment Hub <hub@example.org>';
      const { raw, parsed } = await roundTrip({ from, to: email.to, subject: email.subject, text: email.text, html: email.html, replyTo: 'hr@example.org' });

      expect(parsed.subject).toBe(email.subject);
      expect(parsed.text).toBe(lines(email.text));
      expect(parsed.html).toBe(lines(email.html));
      expect(addresses(parsed.from)).toEqual([{ address: 'hub@example.org', name: from.replace(/ <.*/, '') }]);
      expect(addresses(parsed.to).map((to) => to.address)).toEqual(email.to);
      expect(addresses(parsed.replyTo).map((to) => to.address)).toEqual(['hr@example.org']);
      expect(parsed.headers.get('mime-version')).toBe('1.0');
      expect(parsed.messageId).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
      expect(parsed.date?.toISOString()).toBe('2027-03-02T07:00:00.000Z');
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary="=_hub_[0-9a-f]{24}"\r\n/m);
    }
  });
});

describe('the MIME composer', () => {
  const base: MimeEmail = { from: 'hub@example.org', to: ['a@police.example'], subject: 'Hello', text: 'Hello', html: '<p>Hello</p>' };

  it('writes an ASCII subject as it is, folded at spaces when long', async () => {
    const subject = 'HR digest, Tuesday, 2 March 2027: 12 new applications, 3 open vacancies, and a long tail of words to fold';
    const { raw, parsed } = await roundTrip({ ...base, subject });

    expect(raw).toContain('Subject: HR digest, Tuesday,');
    expect(raw).not.toContain('=?UTF-8?');
    expect(parsed.subject).toBe(subject);
  });

  it('encodes a non-ASCII subject as encoded-words without cutting a character, an emoji included', async () => {
    const subject = `${'تم استلام طلبكم للوظيفة 1801 - محلل، '.repeat(4)}😀 é`;
    const { raw, parsed } = await roundTrip({ ...base, subject });

    expect(raw.match(/=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/g)?.length).toBeGreaterThan(3);
    for (const word of raw.match(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/g) ?? []) {
      const bytes = Buffer.from(word.slice(10, -2), 'base64');
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    }
    expect(parsed.subject).toBe(subject);
  });

  it('encodes an ASCII subject that holds "=?", so that no reader decodes a word of it', async () => {
    const subject = 'Vacancy =?UTF-8?B?SGk=?= 1801';
    const { raw, parsed } = await roundTrip({ ...base, subject });

    expect(raw).not.toContain('Subject: Vacancy');
    expect(parsed.subject).toBe(subject);
  });

  it('cannot be given another header through the subject or a name', async () => {
    const { parsed } = await roundTrip({ ...base, subject: 'Hi\r\nBcc: victim@example.org' });

    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe('Hi Bcc: victim@example.org');
    expect(() => composeMime({ ...base, from: 'Hub\r\nBcc: victim@example.org <hub@example.org>' })).toThrow();
  });

  it('quotes a display name with specials, encodes a non-ASCII one, and writes an international domain in punycode', async () => {
    const { raw, parsed } = await roundTrip({ ...base, from: 'Hub, "Team" <hub@example.org>', to: ['Bé <b@exämple.org>', 'c@police.example'] });

    expect(raw).toContain('From: "Hub, \\"Team\\"" <hub@example.org>');
    expect(raw).toContain('<b@xn--exmple-cua.org>');
    expect(addresses(parsed.from)).toEqual([{ address: 'hub@example.org', name: 'Hub, "Team"' }]);
    expect(addresses(parsed.to).map(({ name }) => name)).toEqual(['Bé', '']);
  });

  it('keeps trailing spaces, equals signs, blank lines and long words of a quoted-printable part', async () => {
    const text = `Total = 3 \nkey=value\t\n\n${'x'.repeat(200)}\n${'é'.repeat(40)} end\n.\nFrom here`;
    const { raw, parsed } = await roundTrip({ ...base, text, html: `<p>${'a'.repeat(300)}</p>` });

    expect(raw).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(parsed.text).toBe(text);
    expect(parsed.html).toBe(`<p>${'a'.repeat(300)}</p>`);
  });

  it('writes mostly non-ASCII parts (Arabic) in base64', async () => {
    const text = 'مرحبا بكم في مركز الانتداب\n'.repeat(20);
    const { raw, parsed } = await roundTrip({ ...base, text });

    expect(raw).toContain('Content-Transfer-Encoding: base64');
    expect(parsed.text).toBe(text);
  });
});
