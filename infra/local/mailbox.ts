import { readFile, writeFile } from 'node:fs/promises';
import addressparser from 'nodemailer/lib/addressparser';
import * as z from 'zod';

/** What aws-ses-v2-local keeps of each email at GET /store. */
const storedEmail = z.object({
  from: z.string(),
  destination: z.object({ to: z.array(z.string()).default([]), cc: z.array(z.string()).default([]), bcc: z.array(z.string()).default([]) }),
  subject: z.string().default(''),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
  at: z.number(),
});
const store = z.object({ emails: z.array(storedEmail) });

export const mailItem = z.object({
  to: z.array(z.string()),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.string(),
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
});

/** The SES emulator's mail, read in this process: it answers while the emulator is stopped too. */
export interface MailSource {
  held(): unknown[];
}

/**
 * The local mailbox: every email the SES emulator accepted, newest last. The emulator keeps mail
 * in memory only, so what it held is written to `file` on stop and read back on start; and what
 * it held before a stop of the emulator alone is handed to `keep`, so a restart loses none.
 */
export const createMailbox = async (ses: MailSource, file: string) => {
  const earlier = await readFile(file, 'utf8')
    .then((text) => z.array(mailItem).parse(JSON.parse(text)))
    .catch(() => [] as MailItem[]);
  const kept: MailItem[] = [];

  const list = (): Promise<MailItem[]> => {
    const { emails } = store.parse({ emails: ses.held() });
    return Promise.resolve([...earlier, ...kept, ...emails.map(toItem)]);
  };

  return {
    list,
    /** What the emulator held when it stopped (taken out of it): kept, in order, before what it gets next. */
    keep: (held: unknown[]) => {
      kept.push(...store.parse({ emails: held }).emails.map(toItem));
    },
    persist: async () => writeFile(file, JSON.stringify(await list(), null, 2)),
  };
};
