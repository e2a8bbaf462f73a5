import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { createMailbox, type MailItem } from '#infra/local/mailbox.js';
import { LOCAL_SENDER } from '#infra/local/stack.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';

let stack: Awaited<ReturnType<typeof startTestStack>>;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
});
afterAll(async () => {
  await stack?.stop();
});

describe('email through the SES emulator and the local mailbox', () => {
  it('delivers an HTML and text email to every recipient, and the mailbox shows it newest last', async () => {
    const client = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
    const sender = sesEmailSender(client, LOCAL_SENDER);

    await sender.send({ to: ['first@example.org'], subject: 'Earlier', text: 'one', html: '<p>one</p>' });
    const { messageId } = await sender.send({
      to: ['ncb.lyon@example.org', 'hr@example.org'],
      subject: 'Vacancy 1152 – Senior Coordinator: 2 applications wait for validation',
      text: 'Two applications wait for your validation.',
      html: '<p>Two applications wait for your <strong>validation</strong>.</p>',
    });
    client.destroy();

    expect(messageId).not.toBe('');
    const mailbox = (await (await fetch(`${stack.url}/_local/mailbox`)).json()) as {
      items: Array<{ to: string[]; from: string; subject: string; text: string; html: string; sentAt: string }>;
    };
    expect(mailbox.items).toHaveLength(2);
    const latest = mailbox.items.at(-1);
    expect(latest?.to).toEqual(['ncb.lyon@example.org', 'hr@example.org']);
    expect(latest?.from).toContain(LOCAL_SENDER);
    expect(latest?.subject).toBe('Vacancy 1152 – Senior Coordinator: 2 applications wait for validation');
    expect(latest?.text.trim()).toBe('Two applications wait for your validation.');
    expect(latest?.html).toContain('<strong>validation</strong>');
    expect(Number.isNaN(Date.parse(latest?.sentAt ?? ''))).toBe(false);
  });

  it('answers 404 problem+json for a scheduled job that does not exist, naming the jobs still to be built', async () => {
    const response = await fetch(`${stack.url}/_local/jobs/coffee-break?now=2026-11-23T07:00:00Z`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { detail: string }).detail).toContain('hr-digest');
  });

  it('runs a job at a time relative to the stack’s clock with `in`, and refuses a malformed or doubled time', async () => {
    const later = await fetch(`${stack.url}/_local/jobs/pending-receipts?in=14d`, { method: 'POST' });
    expect(later.status).toBe(200);
    expect(((await later.json()) as { scheduledTime: string }).scheduledTime).toBe('2026-12-06T09:00:00.000Z');
    const earlier = await fetch(`${stack.url}/_local/jobs/pending-receipts?in=-30m`, { method: 'POST' });
    expect(((await earlier.json()) as { scheduledTime: string }).scheduledTime).toBe('2026-11-22T08:30:00.000Z');

    for (const query of ['in=14', 'in=2w', 'in=14d&now=2026-11-22T09:00:00Z', 'now=yesterday']) {
      const refused = await fetch(`${stack.url}/_local/jobs/pending-receipts?${query}`, { method: 'POST' });
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('the mailbox on disk', () => {
  const item = (subject: string): MailItem => ({
    to: ['amina.diallo@police.example'],
    from: LOCAL_SENDER,
    subject,
    text: subject,
    html: `<p>${subject}</p>`,
    sentAt: '2026-11-22T09:00:00.000Z',
  });
  /** An email as the SES emulator keeps it. */
  const held = (subject: string) => ({
    from: LOCAL_SENDER,
    destination: { to: ['Amina Diallo <amina.diallo@police.example>'], cc: [], bcc: [] },
    subject,
    body: { text: subject, html: `<p>${subject}</p>` },
    at: Date.parse('2026-11-22T09:00:00Z') / 1000,
  });

  it('keeps each email as it is taken, before any stop, and reads it back after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-mailbox-'));
    const files = { journal: join(dataDir, 'mailbox.jsonl'), legacy: join(dataDir, 'mailbox.json') };
    try {
      const mailbox = createMailbox(files);
      mailbox.take(held('Receipt one'));
      mailbox.take(held('Receipt two'));
      // No close: a crash would not close it either.
      expect((await readFile(files.journal, 'utf8')).trim().split('\n')).toHaveLength(2);

      const reopened = createMailbox(files);
      expect((await reopened.list()).map((mail) => mail.subject)).toEqual(['Receipt one', 'Receipt two']);
      expect((await reopened.list())[0]?.to).toEqual(['amina.diallo@police.example']);
      mailbox.close();
      reopened.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('reads a mailbox written the old way (one JSON array on stop) before what came after', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-mailbox-'));
    const files = { journal: join(dataDir, 'mailbox.jsonl'), legacy: join(dataDir, 'mailbox.json') };
    try {
      await writeFile(files.legacy, JSON.stringify([item('Written by the old version')], null, 2));
      const mailbox = createMailbox(files);
      mailbox.take(held('Sent after the upgrade'));
      mailbox.close();

      const reopened = createMailbox(files);
      expect((await reopened.list()).map((mail) => mail.subject)).toEqual(['Written by the old version', 'Sent after the upgrade']);
      reopened.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('drops a last line torn by a crash and appends cleanly after it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-mailbox-'));
    const files = { journal: join(dataDir, 'mailbox.jsonl'), legacy: join(dataDir, 'mailbox.json') };
    try {
      await writeFile(files.journal, `${JSON.stringify(item('Whole'))}\n`);
      await appendFile(files.journal, JSON.stringify(item('Torn')).slice(0, 40));

      const mailbox = createMailbox(files);
      expect((await mailbox.list()).map((mail) => mail.subject)).toEqual(['Whole']);
      mailbox.take(held('After the crash'));
      mailbox.close();

      const reopened = createMailbox(files);
      expect((await reopened.list()).map((mail) => mail.subject)).toEqual(['Whole', 'After the crash']);
      reopened.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
