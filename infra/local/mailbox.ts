import { closeSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import addressparser from 'nodemailer/lib/addressparser';
import * as z from '#shared/zod.js';

/** What aws-ses-v2-local keeps of each email at GET /store. */
const storedEmail = z.object({
  from: z.string(),
  destination: z.object({ to: z._default(z.array(z.string()), []), cc: z._default(z.array(z.string()), []), bcc: z._default(z.array(z.string()), []) }),
  subject: z._default(z.string(), ''),
  body: z.object({ text: z.optional(z.string()), html: z.optional(z.string()) }),
  /** Parsed by the emulator (mailparser) from the raw message; `content` in base64. */
  attachments: z.optional(z.array(z.object({ filename: z.optional(z.string()), contentType: z.string(), content: z.string() }))),
  at: z.number(),
});

export const mailItem = z.object({
  to: z.array(z.string()),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.string(),
  /** Files sent with it (an interview's .ics), content in base64; absent when none (and on items kept before attachments were). */
  attachments: z.optional(z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() }))),
});
export type MailItem = z.infer<typeof mailItem>;

/** The emulator keeps each header's text ("a@x, B <b@y>"): one plain address per recipient instead. */
const addresses = (headers: string[]): string[] =>
  headers.flatMap((header) => addressparser(header, { flatten: true }).map((entry) => entry.address ?? '')).filter(Boolean);

const toItem = (email: z.infer<typeof storedEmail>): MailItem => ({
  to: addresses([...email.destination.to, ...email.destination.cc, ...email.destination.bcc]),
  from: email.from,
  subject: email.subject,
  text: email.body.text ?? '',
  html: email.body.html ?? '',
  sentAt: new Date(email.at * 1000).toISOString(),
  ...(email.attachments && email.attachments.length > 0
    ? { attachments: email.attachments.map(({ filename, contentType, content }) => ({ filename: filename ?? '', contentType, content })) }
    : {}),
});

/** What an earlier version kept: the whole mailbox as one JSON array, written on a clean stop only. */
const readLegacy = (file: string): MailItem[] => {
  try {
    return z.array(mailItem).parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
};

const parseJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};

/**
 * The journal's emails, one JSON line each. A crash in the middle of an append leaves a torn last
 * line: it is cut off (that email's send had not been answered), so the next append starts clean.
 */
const readJournal = (file: string): MailItem[] => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const whole = text.lastIndexOf('\n') + 1;
  if (whole < text.length) truncateSync(file, Buffer.byteLength(text.slice(0, whole)));
  return text
    .slice(0, whole)
    .split('\n')
    .flatMap((line) => {
      if (line.trim() === '') return [];
      const parsed = mailItem.safeParse(parseJson(line));
      return parsed.success ? [parsed.data] : [];
    });
};

export interface MailboxFiles {
  /** Where each email is appended as the emulator takes it (JSON lines). */
  journal: string;
  /** The mailbox an earlier version wrote on stop (one JSON array), read if it is there. */
  legacy: string;
}

/**
 * The local mailbox: every email the SES emulator accepted, newest last. The emulator keeps mail
 * in memory only, so each email is appended to the journal, and flushed to disk, before the
 * emulator answers the send: a crash of the whole stack loses none that went out.
 */
export const createMailbox = (files: MailboxFiles) => {
  const items: MailItem[] = [...readLegacy(files.legacy), ...readJournal(files.journal)];
  let fd: number | undefined = openSync(files.journal, 'a');

  return {
    list: (): Promise<MailItem[]> => Promise.resolve([...items]),
    /** One email as the emulator keeps it: on disk before this returns. */
    take: (email: unknown) => {
      const item = toItem(storedEmail.parse(email));
      items.push(item);
      if (fd === undefined) return;
      writeSync(fd, `${JSON.stringify(item)}\n`);
      fsyncSync(fd);
    },
    close: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
};
