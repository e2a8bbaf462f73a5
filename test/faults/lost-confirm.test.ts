import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { LOCAL_SENDER } from '#infra/local/stack.js';
import { sendOnce } from '#shared/email/send-once.js';
import type { Application } from '#shared/applications/application.js';
import { AFTER_SEND_PATIENCE_MS } from '#functions/adapters/dynamodb/after-send.js';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';
import { reminderClaim } from '#shared/reminders/send-reminders.js';
import { aminaSubmission, openVacancy } from '../support/candidates.js';
import { confirmationTokenIn, confirmFromReceipt, mailboxOf } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { storeOf } from '../support/staff.js';

/**
 * The one fault the emulator restarts meet only by chance: SES took an email and DynamoDB went
 * down before the claim was confirmed. Here the timing is injected (a wrapped sender stops the
 * real DynamoDB Local right after the real SES send); everything else is the real stack. The
 * confirm outlasts an outage of up to AFTER_SEND_PATIENCE_MS: within it the email goes once;
 * past it the claim stays pending, and the email goes again after the claim's lease, so it is
 * never lost and sent at most once more (SES takes no idempotency key).
 */
const clock = settableClock('2026-11-22T09:00:00Z');
/**
 * Vacancy 1701's deadline is 13 December: reminder-14 is due on 29 November, reminder-7 on
 * 6 December; each case has its own, since a run that completes a reminder round closes it. The
 * retry runs the same day, once the first sender's claim lease (15 min) ran out.
 */
const REMINDERS = {
  14: { first: new Date('2026-11-29T06:00:00Z'), retry: '2026-11-29T06:20:00Z' },
  7: { first: new Date('2026-12-06T06:00:00Z'), retry: '2026-12-06T06:20:00Z' },
} as const;

let stack: Awaited<ReturnType<typeof startTestStack>>;

beforeAll(async () => {
  stack = await startTestStack(clock);
});
afterAll(async () => {
  await stack?.stop();
});

const submitted = async (email: string) => {
  const response = await fetch(`${stack.url}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(aminaSubmission({ email })),
  });
  expect(response.status).toBe(201);
  const { applicationId } = (await response.json()) as { applicationId: string };
  // Only a confirmed application is owed reminders: the candidate follows the receipt's link.
  await expect.poll(async () => confirmationTokenIn(await mailboxOf(stack.url), applicationId)).toBeDefined();
  expect((await confirmFromReceipt(stack.url, applicationId)).status).toBe(200);
  const { applications, close } = storeOf(stack);
  const application = await applications.get(applicationId);
  close();
  if (!application) throw new Error('the submitted application is not stored');
  return application;
};

/**
 * Sends reminder-14 of `application` once through the real claims and SES, with DynamoDB Local
 * stopped right after the send; `outage` says when it comes back. Answers the sender's outcome.
 */
const sendWithOutage = async (application: Application, offset: 14 | 7, patienceMs: number, outage: 'brief' | 'outlasting') => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
  const table = createDocumentClient(dynamo);
  const sender = sesEmailSender(ses, LOCAL_SENDER);
  const vacancy = openVacancy();
  const email = deadlineReminder({ application, vacancy, daysLeft: offset, statusPage: `${stack.url}/status` });
  let restarted: Promise<void> = Promise.resolve();
  try {
    const outcome = await sendOnce(
      {
        claims: dynamoEmailClaims(table, stack.tableName, { patienceMs }),
        suppressions: dynamoSuppressions(table, stack.tableName),
        sender: {
          send: async (outgoing) => {
            const sent = await sender.send(outgoing);
            await stack.emulators.dynamodb.stop();
            // Brief: back as soon as Java boots, while the confirm is still trying.
            if (outage === 'brief') restarted = stack.emulators.dynamodb.start();
            return sent;
          },
        },
      },
      reminderClaim(application, offset, vacancy),
      email,
      REMINDERS[offset].first,
    ).catch((error: Error) => error.name);
    await restarted;
    return { outcome, subject: email.subject };
  } finally {
    if (outage === 'outlasting') await stack.emulators.dynamodb.start();
    dynamo.destroy();
    ses.destroy();
  }
};

const remindersAfterRetry = async (offset: 14 | 7, address: string, subject: string) => {
  const retry = await fetch(`${stack.url}/_local/jobs/deadline-reminders?now=${REMINDERS[offset].retry}`, { method: 'POST' });
  expect(retry.status).toBe(200);
  const mailbox = ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
  return mailbox.filter((mail) => mail.to.includes(address) && mail.subject === subject);
};

describe('an email whose send went but whose claim confirm met a DynamoDB outage (stopped after the send: timing injected)', () => {
  it('is confirmed once the table is back within the confirm’s patience, and not sent again by a later run', { timeout: 90_000 }, async () => {
    const application = await submitted('brief.outage@police.example');

    // Patience well past Java's restart on a loaded machine: this case is about the confirm outlasting the outage.
    const { outcome, subject } = await sendWithOutage(application, 14, 4 * AFTER_SEND_PATIENCE_MS, 'brief');

    expect(outcome).toBe('sent');
    expect(await remindersAfterRetry(14, application.email, subject)).toHaveLength(1);
  });

  it('is sent once more after the lease when the outage outlasts that patience: at least once, never lost', { timeout: 90_000 }, async () => {
    const application = await submitted('long.outage@police.example');

    // A patience of 1 s stands for an outage longer than the real one (20 s), without the wait.
    const { outcome, subject } = await sendWithOutage(application, 7, 1_000, 'outlasting');

    expect(outcome).not.toBe('sent');
    expect(await remindersAfterRetry(7, application.email, subject)).toHaveLength(2);
  });
});
