import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import {
  deliverReceipt,
  receiptClaim,
  sendPendingReceipts,
  type PendingReceipt,
  type PendingReceiptStore,
  type ReceiptDependencies,
} from '#shared/applications/pending-receipt.js';
import { CLAIM_LEASE_MS } from '#shared/email/send-once.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

const submittedAt = '2026-11-22T09:00:00.000Z';
const amina = aminaApplication({ id: 'app-amina', submittedAt });
const owed: PendingReceipt = { applicationId: amina.id, submittedAt, statusToken: 'token-amina-0123456789' };
const afterLease = new Date(Date.parse(submittedAt) + CLAIM_LEASE_MS + 60_000);

/** The outbox, applications and vacancy in memory; the sender can be told to fail (an injected SES fault). */
const world = (applications: Application[] = [amina], suppressed: string[] = []) => {
  const email = memoryEmail(suppressed);
  const outbox = new Map<string, PendingReceipt>([[owed.applicationId, owed]]);
  const receipts: PendingReceiptStore = {
    listSubmittedBefore: async (before) => [...outbox.values()].filter((receipt) => receipt.submittedAt < before.toISOString()),
    remove: async (receipt) => void outbox.delete(receipt.applicationId),
  };
  const deps: ReceiptDependencies = {
    applications: { get: async (id) => applications.find((application) => application.id === id) },
    vacancies: { get: async (number) => (number === '1701' ? openVacancy() : undefined) },
    receipts,
    email: email.deps,
    publicBaseUrl: 'https://apply.example.org',
  };
  return { deps, outbox, sent: email.outbox.sent, failNext: email.outbox.failNext, claims: email.claims };
};

describe('receipts owed in the outbox', () => {
  it('sends the receipt with the private status link and drops it from the outbox', async () => {
    const { deps, outbox, sent } = world();

    expect(await deliverReceipt(deps, owed, new Date(submittedAt))).toBe('sent');

    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual([amina.email]);
    expect(sent[0]?.text).toContain(`https://apply.example.org/status#id=${amina.id}&token=${owed.statusToken}`);
    expect(outbox.size).toBe(0);
  });

  it('keeps a receipt whose send failed (injected SES fault), and the job sends it once after the lease', async () => {
    const { deps, outbox, sent, failNext } = world();
    failNext(1);

    expect(await deliverReceipt(deps, owed, new Date(submittedAt))).toBe('failed');
    expect(outbox.size).toBe(1);
    // A minute on, the submit may still be sending it: the job leaves it alone.
    expect(await sendPendingReceipts(deps, new Date(Date.parse(submittedAt) + 60_000))).toMatchObject({ owed: 0, sent: 0 });

    expect(await sendPendingReceipts(deps, afterLease)).toEqual({ owed: 1, sent: 1, alreadySent: 0, suppressed: 0, notDue: 0, givenUp: 0, failed: 0 });
    expect(await sendPendingReceipts(deps, new Date(afterLease.getTime() + 15 * 60_000))).toMatchObject({ owed: 0, sent: 0 });
    expect(sent).toHaveLength(1);
    expect(outbox.size).toBe(0);
  });

  it('sends a receipt whose sender died holding the claim, once its lease is over', async () => {
    const { deps, outbox, sent, claims } = world();
    // The submit claimed, then its container died before the send.
    await claims.claims.claim(receiptClaim(owed), new Date(submittedAt), new Date(afterLease.getTime() + 86_400_000));

    expect(await sendPendingReceipts(deps, afterLease)).toMatchObject({ owed: 1, sent: 1 });
    expect(sent).toHaveLength(1);
    expect(outbox.size).toBe(0);
  });

  it('drops an owed receipt that another sender already sent, without sending it again', async () => {
    const { deps, outbox, sent, claims } = world();
    // Sent and confirmed, but the outbox entry could not be removed (the table went away then).
    await claims.claims.claim(receiptClaim(owed), new Date(submittedAt), new Date(afterLease.getTime() + 86_400_000));
    await claims.claims.confirm(receiptClaim(owed), new Date(submittedAt));

    expect(await sendPendingReceipts(deps, afterLease)).toMatchObject({ owed: 1, alreadySent: 1, sent: 0 });
    expect(sent).toHaveLength(0);
    expect(outbox.size).toBe(0);
  });

  it('keeps a receipt whose claim is pending under another sender’s lease', async () => {
    const { deps, outbox, sent, claims } = world();
    await claims.claims.claim(receiptClaim(owed), new Date(afterLease.getTime() - 60_000), new Date(afterLease.getTime() + 86_400_000));

    expect(await sendPendingReceipts(deps, afterLease)).toMatchObject({ owed: 1, alreadySent: 1, sent: 0 });
    expect(sent).toHaveLength(0);
    expect(outbox.size).toBe(1);
  });

  it('gives up a receipt still owed three days after its submission, and sends nothing', async () => {
    const { deps, outbox, sent } = world();

    const summary = await sendPendingReceipts(deps, new Date(Date.parse(submittedAt) + 3 * 86_400_000 + 60_000));

    expect(summary).toMatchObject({ owed: 1, givenUp: 1, sent: 0, failed: 0 });
    expect(sent).toHaveLength(0);
    expect(outbox.size).toBe(0);
  });

  it('counts a receipt whose delivery throws (its application could not be read) as failed, keeps it, and still sends the others', async () => {
    const { deps, outbox, sent } = world([amina, aminaApplication({ id: 'app-other', email: 'other@police.example', submittedAt })]);
    const other: PendingReceipt = { applicationId: 'app-other', submittedAt, statusToken: 'token-other-0123456789' };
    outbox.set(other.applicationId, other);
    const reads = deps.applications.get;
    deps.applications.get = async (id) => {
      if (id === amina.id) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return reads(id);
    };

    const summary = await sendPendingReceipts(deps, afterLease);

    expect(summary).toMatchObject({ owed: 2, sent: 1, failed: 1 });
    expect(sent.map((email) => email.to)).toEqual([['other@police.example']]);
    expect([...outbox.keys()]).toEqual([amina.id]);
  });

  it('drops without sending the receipt of a withdrawn or purged application, and of a suppressed address', async () => {
    for (const applications of [[aminaApplication({ id: owed.applicationId, status: 'withdrawn' })], []]) {
      const { deps, outbox, sent } = world(applications);
      expect(await sendPendingReceipts(deps, afterLease)).toMatchObject({ owed: 1, notDue: 1, sent: 0 });
      expect(sent).toHaveLength(0);
      expect(outbox.size).toBe(0);
    }
    const { deps, outbox, sent } = world([amina], [amina.email]);
    expect(await sendPendingReceipts(deps, afterLease)).toMatchObject({ owed: 1, suppressed: 1, sent: 0 });
    expect(sent).toHaveLength(0);
    expect(outbox.size).toBe(0);
  });
});

describe('the confirmation link in an owed receipt', () => {
  const confirmationToken = 'c'.repeat(43);
  const unconfirmed = aminaApplication({
    id: 'app-amina',
    submittedAt,
    emailConfirmation: { tokenHash: 'hash', expiresAt: '2026-11-23T09:00:00.000Z' },
  });

  it('carries the confirmation token the outbox holds, the same way as the status token', async () => {
    const { deps, sent } = world([unconfirmed]);
    expect(await deliverReceipt(deps, { ...owed, confirmationToken }, new Date(submittedAt))).toBe('sent');
    expect(sent[0]?.subject).toContain('Confirm your application');
    expect(sent[0]?.text).toContain(`https://apply.example.org/status#id=${amina.id}&token=${owed.statusToken}&confirm=${confirmationToken}`);
  });

  it('sends an outbox entry of the previous version (no confirmation token, its application confirmed) as a plain receipt', async () => {
    const { deps, sent } = world([amina]);
    expect(await deliverReceipt(deps, owed, new Date(submittedAt))).toBe('sent');
    expect(sent[0]?.subject).toContain('Application received');
    expect(sent[0]?.text).not.toContain('confirm=');
  });

  it('drops without sending the receipt of an application whose confirmation expired', async () => {
    const { deps, sent, outbox } = world([unconfirmed]);
    expect(await deliverReceipt(deps, { ...owed, confirmationToken }, new Date('2026-11-23T09:00:01.000Z'))).toBe('not-due');
    expect(sent).toHaveLength(0);
    expect(outbox.size).toBe(0);
  });
});
