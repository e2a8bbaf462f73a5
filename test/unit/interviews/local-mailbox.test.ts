import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailbox } from '#infra/local/mailbox.js';

/** The local mailbox keeps an email's attachments (an interview's .ics), and still reads the journal lines written before it did. */
let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the local mailbox and attachments', () => {
  it('reads a journal line written before attachments were kept, and keeps those of a new email', async () => {
    folder = await mkdtemp(join(tmpdir(), 'secondment-hub-mailbox-'));
    const journal = join(folder, 'mailbox.jsonl');
    // As the previous code wrote each email: no attachments field.
    const old = { to: ['a@example.org'], from: 'hub@example.org', subject: 'Before', text: 'one', html: '<p>one</p>', sentAt: '2026-11-22T09:00:00.000Z' };
    await writeFile(journal, `${JSON.stringify(old)}\n`);

    const mailbox = createMailbox({ journal, legacy: join(folder, 'none.json') });
    mailbox.take({
      from: 'hub@example.org',
      destination: { to: ['b@example.org'] },
      subject: 'Booked',
      body: { text: 'two', html: '<p>two</p>' },
      attachments: [{ filename: 'interview.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }],
      at: 1_790_000_000,
    });
    mailbox.close();
    const again = createMailbox({ journal, legacy: join(folder, 'none.json') });
    const reread = await again.list();
    again.close();

    expect(reread[0]).toEqual(old);
    expect(reread[1]?.attachments).toEqual([{ filename: 'interview.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }]);
  });
});
