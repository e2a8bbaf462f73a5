import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_SENDER } from '#infra/local/stack.js';
import { sendOnce, type SendOnceDependencies } from '#shared/email/send-once.js';
import type { OutgoingEmail } from '#shared/email/outgoing-email.js';
import { aminaSubmission } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let ses: SESClient;
let stores: SendOnceDependencies;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
  const table = createDocumentClient(dynamo);
  // The same stores a job builds (functions/stores/email-stores.ts), on the stack's emulators.
  stores = {
    claims: dynamoEmailClaims(table, stack.tableName),
    suppressions: dynamoSuppressions(table, stack.tableName),
    sender: sesEmailSender(ses, LOCAL_SENDER),
  };
});
afterAll(async () => {
  dynamo?.destroy();
  ses?.destroy();
  await stack?.stop();
});

/** Reports a notification as SES publishes it to the feedback topic (the SNS message's body). */
const report = async (notification: unknown) => {
  const response = await fetch(`${stack.url}/_local/ses-notifications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof notification === 'string' ? notification : JSON.stringify(notification),
  });
  return { status: response.status, body: (await response.json()) as Record<string, number> };
};

const mailOf = (sent: string[]) => ({ source: LOCAL_SENDER, destination: sent, messageId: 'ses-message-1', timestamp: '2026-11-22T08:59:00.000Z' });
const bounce = (bounceType: string, addresses: string[]) => ({
  notificationType: 'Bounce',
  bounce: {
    bounceType,
    bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
    bouncedRecipients: addresses.map((emailAddress) => ({ emailAddress, action: 'failed', status: '5.1.1' })),
    timestamp: '2026-11-22T09:00:00.000Z',
    feedbackId: 'feedback-1',
  },
  mail: mailOf(addresses),
});

const reminder = (to: string): OutgoingEmail => ({ to: [to], subject: 'Vacancy 1701 – Criminal Intelligence Officer: 7 days left', text: 'Your CV is missing.', html: '<p>Your CV is missing.</p>' });
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const mailTo = async (address: string) => {
  const { items } = (await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Array<{ to: string[] }> };
  return items.filter((item) => item.to.includes(address));
};

describe('SES bounces and complaints', () => {
  it('stops every later email to an address that bounced for good', async () => {
    const address = 'no.such.officer@police.example';

    const reported = await report(bounce('Permanent', [address]));
    const outcome = await sendOnce(stores, { scope: 'APPLICATION#b1', kind: 'reminder-7', day: day(23) }, reminder(address), new Date('2026-11-23T06:00:00Z'));

    expect(reported).toEqual({ status: 200, body: { suppressed: 1, circularBounces: 0, ignored: 0, unreadable: 0 } });
    expect(outcome).toBe('suppressed');
    expect(await mailTo(address)).toEqual([]);
  });

  it('stops every later email to an address whose owner complained, in either notification format', async () => {
    const identityFormat = 'complained.once@police.example';
    const eventFormat = 'complained.twice@police.example';

    await report({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: identityFormat }], timestamp: '2026-11-22T09:00:00.000Z' }, mail: mailOf([identityFormat]) });
    // A configuration set's event destination names the kind `eventType`.
    await report({ eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: eventFormat }], timestamp: '2026-11-22T09:00:00.000Z' }, mail: mailOf([eventFormat]) });

    for (const address of [identityFormat, eventFormat]) {
      expect(await sendOnce(stores, { scope: `APPLICATION#${address}`, kind: 'reminder-2', day: day(24) }, reminder(address), new Date('2026-11-24T06:00:00Z'))).toBe('suppressed');
      expect(await mailTo(address)).toEqual([]);
    }
  });

  it('still sends to the other recipients of an email, and to an address whose mailbox was only full', async () => {
    const bounced = 'gone@police.example';
    const full = 'full.mailbox@police.example';
    const colleague = 'colleague@police.example';
    await report(bounce('Permanent', [bounced]));

    const transient = await report(bounce('Transient', [full]));
    const toFull = await sendOnce(stores, { scope: 'APPLICATION#b3', kind: 'reminder-7', day: day(25) }, reminder(full), new Date('2026-11-25T06:00:00Z'));
    const toBoth = await sendOnce(
      stores,
      { scope: 'DIGEST#ncb-test', kind: 'ncb-digest', day: day(25) },
      { ...reminder(colleague), to: [bounced, colleague] },
      new Date('2026-11-25T06:00:00Z'),
    );

    expect(transient.body).toEqual({ suppressed: 0, circularBounces: 0, ignored: 1, unreadable: 0 });
    expect(toFull).toBe('sent');
    expect(toBoth).toBe('sent');
    expect(await mailTo(colleague)).toHaveLength(1);
    expect(await mailTo(bounced)).toEqual([]);
  });

  it('matches a reported address whatever its case, as mail systems do', async () => {
    await report(bounce('Permanent', ['Mixed.Case@Police.example']));

    expect(await sendOnce(stores, { scope: 'APPLICATION#b4', kind: 'reminder-7', day: day(26) }, reminder('mixed.case@police.example'), new Date('2026-11-26T06:00:00Z'))).toBe(
      'suppressed',
    );
  });

  it('drops a message that is no SES notification, answering that it could not be read', async () => {
    const notJson = await report('this is not json');
    const notSes = await report({ hello: 'world' });
    const delivery = await report({ notificationType: 'Delivery', delivery: { recipients: ['someone@police.example'] }, mail: mailOf(['someone@police.example']) });

    expect(notJson).toEqual({ status: 200, body: { suppressed: 0, circularBounces: 0, ignored: 0, unreadable: 1 } });
    expect(notSes.body).toEqual({ suppressed: 0, circularBounces: 0, ignored: 0, unreadable: 1 });
    expect(delivery.body).toEqual({ suppressed: 0, circularBounces: 0, ignored: 1, unreadable: 0 });
  });

  it('sends no receipt to an address that bounced before, yet takes the application', async () => {
    const address = 'bounced.before@police.example';
    await report(bounce('Permanent', [address]));

    const answer = await fetch(`${stack.url}/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(aminaSubmission({ email: address })),
    });

    expect(answer.status).toBe(201);
    expect(await mailTo(address)).toEqual([]);
  });

  it('keeps a claim in DynamoDB pending under its lease until confirmed: a dead sender\'s claim lapses, a sent one holds', async () => {
    const key = { scope: 'APPLICATION#lease-test', kind: 'reminder-7', day: '2027-03-30' };
    const at = new Date('2027-03-23T05:00:00Z');
    const expires = new Date('2028-04-01T00:00:00Z');
    const later = (ms: number) => new Date(at.getTime() + ms);

    expect(await stores.claims.claim(key, at, expires)).toBe(true);
    expect(await stores.claims.claim(key, later(60_000), expires)).toBe(false);
    expect(await stores.claims.isClaimed(key, later(60_000))).toBe(true);
    // Fifteen minutes on, nobody sent it: the next run takes it.
    expect(await stores.claims.isClaimed(key, later(16 * 60_000))).toBe(false);
    expect(await stores.claims.claim(key, later(16 * 60_000), expires)).toBe(true);
    await stores.claims.confirm(key, later(16 * 60_000));
    expect(await stores.claims.claim(key, later(60 * 60_000), expires)).toBe(false);
    expect(await stores.claims.isClaimed(key, later(24 * 60 * 60_000))).toBe(true);
  });
});
