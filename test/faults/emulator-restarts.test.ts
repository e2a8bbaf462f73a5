import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmFromReceipt, mailboxOf } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { reconcile, type AcceptedApplication } from '../support/reconciliation.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient } from '../support/staff.js';
import { longRun, scaled } from '../support/test-scale.js';
import { checkDueEmails, dueEmails } from './due-emails.js';
import { AnswerLog, RetryingClients } from './retrying-clients.js';

/**
 * Faults: each emulator (DynamoDB Local, s3rver, the SES emulator) stopped and restarted on its
 * endpoint in the middle of concurrent submissions, document uploads, staff edits and jobs, as a
 * dependency of the real system fails and comes back. Clients retry what answered 503 (the same
 * Idempotency-Key, the same offer); then the table and bucket are reconciled with what clients
 * were told, and the mailbox with what was due.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
/** 07:00 in Lyon, 14 days before vacancy 1701's deadline (13 December): reminder-14 is due, and a digest. */
const JOB_DAY = '2026-11-29T06:00:00Z';
/** 7 days before the deadline: run only after the last submission, so every application is owed this reminder. */
const LATER_JOB_DAY = '2026-12-06T06:00:00Z';
/** The pending-receipts run after the submissions' claim lease (15 min) ran out. */
const RECEIPTS_JOB_TIME = '2026-11-22T09:20:00Z';
const HR_RECIPIENTS = ['hr@secondment-hub.local'];
const NCB_SENEGAL = 'ncb.sn@ncb.secondment-hub.local';

const emulators = ['dynamodb', 's3', 'ses'] as const;
const plan = {
  cycles: scaled(1, 4),
  submitters: scaled(4, 8),
  editors: scaled(2, 3),
  /** Load before each stop, and how long the emulator stays down. */
  loadMs: 1500,
  downMs: scaled(1500, 3000),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stack: Awaited<ReturnType<typeof startTestStack>>;
const log = new AnswerLog();
const accepted: Array<AcceptedApplication & { statusToken: string }> = [];
const restarts: Record<(typeof emulators)[number], number> = { dynamodb: 0, s3: 0, ses: 0 };
const work = { submissions: 0, uploads: 0, edits: 0, jobRuns: 0 };

beforeAll(async () => {
  stack = await startTestStack(clock);
});
afterAll(async () => {
  await stack?.stop();
});

describe('stopping and restarting each emulator mid-run', { timeout: longRun ? 600_000 : 120_000 }, () => {
  it('answers every request with success or a 503 problem+json, and each request retried after a 503 succeeds after the restart', async () => {
    const clients = new RetryingClients(stack.url, log);
    const patch = await staffClient(stack, hrOfficer);
    let sequence = 0;
    const nextEmail = () => `candidate.${String((sequence += 1)).padStart(4, '0')}@police.example`;

    // Applications HR edits, one editor each, so that no edit races another.
    const edited: Array<{ id: string; version: number }> = [];
    for (let editor = 0; editor < plan.editors; editor += 1) {
      const application = await clients.submit(nextEmail());
      if (!application) throw new Error('the stack refused a submission before any fault');
      accepted.push(application);
      edited.push({ id: application.applicationId, version: 1 });
    }

    let running = true;
    const submitter = async (worker: number) => {
      while (running) {
        const application = await clients.submit(nextEmail());
        work.submissions += 1;
        if (!application) continue;
        accepted.push(application);
        // Every other application sends its documents as the form page would.
        if ((work.submissions + worker) % 2 === 0) {
          for (const kind of ['cv', 'confirmationLetter'] as const) if (await clients.upload(application, kind)) work.uploads += 1;
        }
      }
    };
    const editor = async (row: { id: string; version: number }) => {
      while (running) {
        const version = await clients.edit(patch, row.id, row.version, `Reviewed, round ${work.edits}`);
        work.edits += 1;
        if (version !== undefined) row.version = version;
        await sleep(50);
      }
    };
    const jobRunner = async () => {
      while (running) {
        for (const job of ['deadline-reminders', 'hr-digest', 'ncb-digest']) {
          await clients.job(job, JOB_DAY);
          work.jobRuns += 1;
        }
        await sleep(100);
      }
    };
    const faults = async () => {
      for (let cycle = 0; cycle < plan.cycles; cycle += 1) {
        for (const name of emulators) {
          await sleep(plan.loadMs);
          const from = Date.now();
          await stack.emulators[name].stop();
          await sleep(plan.downMs);
          await stack.emulators[name].start();
          log.outages.push({ emulator: name, from, to: Date.now() });
          restarts[name] += 1;
        }
      }
      await sleep(plan.loadMs);
      running = false;
    };

    await Promise.all([faults(), jobRunner(), ...edited.map(editor), ...Array.from({ length: plan.submitters }, (_, worker) => submitter(worker))]);

    const outside = log.answers.filter((answer) => answer.status === 503 && !log.duringOutage(answer)).length;
    const failedRuns = log.answers.filter((answer) => answer.route.startsWith('POST /_local/jobs/') && answer.status === 503).length;
    console.info(
      `faults (${longRun ? 'long' : 'ci'}): ${plan.cycles} cycle(s), restarts ${JSON.stringify(restarts)}, down ${plan.downMs} ms each; ` +
        `${plan.submitters} submitters, ${plan.editors} editors, 1 job runner; ${log.answers.length} answers: ${log.count(503)} were 503 ` +
        `(${outside} outside an outage), ${log.recoveredAfter503} requests succeeded on retry after a 503, ${failedRuns} job runs failed and were retried; ` +
        `${accepted.length} applications accepted (${work.submissions} submissions), ${work.uploads} documents uploaded, ${work.edits} edits, ` +
        `${work.jobRuns} job runs; ${log.s3PostFailures} presigned POSTs found S3 down`,
    );
    expect(log.unacceptable()).toEqual([]);
    // The run must have met the faults it is about, or it proves nothing.
    expect(log.recoveredAfter503).toBeGreaterThan(0);
    expect(restarts).toEqual({ dynamodb: plan.cycles, s3: plan.cycles, ses: plan.cycles });
  });

  it('leaves every accepted application whole and nothing without its application', async () => {
    const { problems, counts } = await reconcile(stack, accepted, { exhaustive: true });

    console.info(`reconciliation: ${JSON.stringify(counts)}`);
    expect(problems).toEqual([]);
    expect(counts.applications).toBe(accepted.length);
    expect(accepted.length).toBeGreaterThan(plan.editors);
  });

  it('sends every due email exactly once once the jobs are run again', async () => {
    const clients = new RetryingClients(stack.url, log);
    // Receipts SES could not take at submit are owed in the outbox; the job sends them (after a
    // lapsed claim's lease, for a submit that died holding one): its next run, twice.
    for (let round = 0; round < 2; round += 1) expect((await clients.job('pending-receipts', RECEIPTS_JOB_TIME)).status).toBe(200);
    // Each candidate follows the link in their receipt: only a confirmed application is owed reminders and waits for its NCB.
    const receipts = await mailboxOf(stack.url);
    for (const application of accepted) {
      expect((await confirmFromReceipt(stack.url, application.applicationId, receipts)).status).toBe(200);
    }
    for (const day of [JOB_DAY, LATER_JOB_DAY]) {
      // Twice: a re-run of a day sends nothing more.
      for (let round = 0; round < 2; round += 1) {
        for (const job of ['deadline-reminders', 'hr-digest', 'ncb-digest']) expect((await clients.job(job, day)).status).toBe(200);
      }
    }
    const { claims, counts } = await reconcile(stack, accepted);
    // Every owed receipt went, and its entry (with its status token) is gone.
    expect(counts.pendingReceipts).toBe(0);
    const mailbox = await mailboxOf(stack.url);

    const due = dueEmails({
      accepted,
      claims,
      // One digest a day: the first day's and the later day's.
      hrRecipients: [...HR_RECIPIENTS, ...HR_RECIPIENTS],
      ncbRecipients: [NCB_SENEGAL, NCB_SENEGAL],
      reminderOffsetsOwedToAll: [7],
    });
    console.info(`emails: ${mailbox.length} in the mailbox, ${due.length} due`);
    expect(checkDueEmails(mailbox, due)).toEqual([]);
  });
});
