import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailItem } from '#infra/local/mailbox.js';
import { npmStart, type NpmStart } from '../support/npm-start.js';

/**
 * Every shell example of the README that talks to the local stack, run as written against a fresh
 * `npm start` (its own port and data folder, the demo seeded today), each held to what its comment
 * promises. The examples are read from README.md, so this follows the README as it changes: an
 * example with no promise below fails, asking for one.
 */
const run = promisify(execFile);
const readme = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

interface Example {
  command: string;
  comment: string;
}

/** The shell blocks' commands (continuation lines joined), each with its trailing comment. */
const examples = (): Example[] =>
  [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((block) => block[1] ?? '')
    .filter((block) => block.includes('localhost:3000'))
    .flatMap((block) =>
      block
        .replace(/\\\n\s*/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => {
          const comment = /\s+#\s+(.*)$/.exec(line);
          return { command: comment ? line.slice(0, comment.index) : line, comment: comment?.[1] ?? '' };
        }),
    );

interface Ran {
  stdout: string;
  /** Emails that went while it ran. */
  sent: MailItem[];
}

const json = (text: string) => JSON.parse(text) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
const numbers = (ran: Ran) => json(ran.stdout).items.map((item) => item.number);

/** What each example promises, found by its command. */
const promises: Array<{ matches: RegExp; holds: (ran: Ran, env: Record<string, string>) => void }> = [
  { matches: /curl -s localhost:3000\/vacancies$/, holds: (ran) => {
    expect(numbers(ran)).toContain('1701');
    expect(json(ran.stdout).items.every((item) => item.status === 'open')).toBe(true);
  } },
  { matches: /vacancies\?status=all/, holds: (ran) => expect(numbers(ran)).toEqual(expect.arrayContaining(['1152', '1614', '1701'])) },
  { matches: /vacancies\/1152$/, holds: (ran) => expect(json(ran.stdout).number).toBe('1152') },
  { matches: /vacancies\/nope$/, holds: (ran) => {
    expect(ran.stdout).toMatch(/^HTTP\/1\.1 404/);
    expect(ran.stdout).toMatch(/^content-type: application\/problem\+json/im);
  } },
  { matches: /curl -s localhost:3000\/_local\/mailbox$/, holds: (ran) => expect(Array.isArray(json(ran.stdout).items)).toBe(true) },
  { matches: /^TOKEN=/, holds: (_ran, env) => expect(env.TOKEN).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/) },
  { matches: /admin\/applications\/summary/, holds: (ran) => expect(json(ran.stdout).items.reduce((sum, item) => sum + Number(item.total), 0)).toBeGreaterThanOrEqual(150) },
  { matches: /admin\/applications\?vacancy=1701&limit=5/, holds: (ran) => {
    const { items } = json(ran.stdout);
    expect(items.length).toBe(5);
    expect(items.every((item) => item.vacancy === '1701')).toBe(true);
  } },
  { matches: /_local\/jobs\/hr-digest\b/, holds: (ran) => {
    const digests = ran.sent.filter((mail) => mail.to.includes('hr@secondment-hub.local') && /^HR digest/.test(mail.subject));
    expect(digests).toHaveLength(1);
    expect(Number(/(\d+) new applications?/.exec(digests[0]?.subject ?? '')?.[1])).toBeGreaterThan(0);
  } },
  { matches: /_local\/jobs\/ncb-digest\b/, holds: (ran) => {
    expect(ran.sent.length).toBeGreaterThan(1);
    expect(ran.sent.every((mail) => mail.to.every((to) => /^ncb\./.test(to)))).toBe(true);
  } },
  { matches: /_local\/jobs\/deadline-reminders\b/, holds: (ran) => {
    expect(ran.sent.length).toBeGreaterThan(0);
    expect(ran.sent.every((mail) => /^Reminder: your application to vacancy 1701/.test(mail.subject))).toBe(true);
  } },
  { matches: /_local\/jobs\/secondment-endings\b/, holds: (ran) => {
    const benali = (to: string) => ran.sent.filter((mail) => mail.to.includes(to));
    expect(benali('hr@secondment-hub.local').some((mail) => /Benali/.test(mail.subject + mail.text))).toBe(true);
    expect(benali('ncb.dz@ncb.secondment-hub.local').some((mail) => /Benali/.test(mail.subject + mail.text))).toBe(true);
    const officer = benali('karim.benali.seconded@police.example');
    expect(officer).toHaveLength(1);
    expect(officer[0]?.subject).toMatch(/[\u0600-\u06FF]/);
  } },
];

let stack: NpmStart;
const folders: string[] = [];
beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-readme-'));
  folders.push(dataDir);
  stack = await npmStart(dataDir);
}, 180_000);
afterAll(async () => {
  if (stack) expect(await stack.interrupt()).toBe(0);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

describe('the README’s examples on a fresh npm start', () => {
  it('finds the examples in README.md, each with a promise to hold it to', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(10);
    const without = found.filter(({ command }) => promises.filter((promise) => promise.matches.test(command)).length !== 1);
    expect(without.map(({ command }) => command), 'README examples with no promise (or two) in this test').toEqual([]);
  });

  it('does what each example’s comment says, run in order as written', async () => {
    const env: Record<string, string> = {};
    const host = new URL(stack.url).host;
    for (const { command, comment } of examples()) {
      const promise = promises.find(({ matches }) => matches.test(command));
      if (!promise) continue;
      const before = (await mailbox()).length;
      const assignment = /^([A-Z_]+)=/.exec(command)?.[1];
      // Run as written, on this stack's port; an assignment is kept for the examples after it.
      const script = command.replaceAll('localhost:3000', host) + (assignment ? `; printf %s "$${assignment}"` : '');
      const { stdout } = await run('sh', ['-c', script], { env: { ...process.env, ...env }, timeout: 60_000 });
      if (assignment) env[assignment] = stdout;
      const sent = (await mailbox()).slice(before);
      try {
        promise.holds({ stdout, sent }, env);
      } catch (error) {
        throw new Error(`README example \`${command}\` (# ${comment}) does not hold: ${(error as Error).message}\n${stdout.slice(0, 1000)}`);
      }
    }
  }, 240_000);
});
