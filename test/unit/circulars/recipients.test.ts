import { describe, expect, it } from 'vitest';
import { circularRecipients } from '#shared/circulars/recipients.js';
import type { NcbContact } from '#shared/ncb/contact.js';

const contact = (country: string, email = `ncb.${country.toLowerCase()}@ncb.example`): NcbContact => ({ country, email, language: 'en', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'seed' });

describe('who a circular goes to', () => {
  it('is every country’s contact, once, in country order (a resumed run goes on where it stopped)', () => {
    const recipients = circularRecipients([contact('SN'), contact('FR'), contact('AR'), contact('FR', 'second@ncb.example')]);

    expect(recipients.map((recipient) => [recipient.country, recipient.email])).toEqual([
      ['AR', 'ncb.ar@ncb.example'],
      ['FR', 'second@ncb.example'],
      ['SN', 'ncb.sn@ncb.example'],
    ]);
  });
});
