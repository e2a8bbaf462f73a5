import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MailItem } from '#infra/local/mailbox.js';
import { aminaSubmission } from '../support/candidates.js';
import { npmStart, type NpmStart } from '../support/npm-start.js';

const folders: string[] = [];
const running: NpmStart[] = [];
afterAll(async () => {
  await Promise.all(running.map((stack) => stack.crash().catch(() => undefined)));
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const mailbox = async (url: string): Promise<MailItem[]> =>
  ((await (await fetch(`${url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

describe('the local stack after a crash', () => {
  it('still shows, after every process was killed mid-stream, exactly one receipt for each candidate answered 201', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-crash-'));
    folders.push(dataDir);
    const first = await npmStart(dataDir, { DEMO_APPLICATIONS: '0' });
    running.push(first);

    // Submissions eight at a time; the stack is killed once twelve are accepted, the rest in flight.
    const accepted: string[] = [];
    let crashed: Promise<void> | undefined;
    const submitOne = async (n: number) => {
      const email = `crash.candidate.${n}@police.example`;
      try {
        const answer = await fetch(`${first.url}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(aminaSubmission({ email, givenName: `Candidate${n}` })),
        });
        if (answer.status === 201) accepted.push(email);
        else expect.soft(answer.status, await answer.text()).toBe(201);
      } catch {
        // Cut off by the crash: no answer, so nothing was promised.
      }
      if (accepted.length >= 12) crashed ??= first.crash();
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < 60 && !crashed) await submitOne(next++);
      }),
    );
    await crashed;
    expect(accepted.length).toBeGreaterThanOrEqual(12);

    const again = await npmStart(dataDir, { DEMO_APPLICATIONS: '0' });
    running.push(again);
    const items = await mailbox(again.url);
    for (const email of accepted) expect(items.filter((item) => item.to.includes(email)), email).toHaveLength(1);
    expect(await again.interrupt()).toBe(0);
  }, 300_000);
});
