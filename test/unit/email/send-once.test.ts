import { describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, CLAIM_LIFETIME_MS, sendOnce } from '#shared/email/send-once.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

const key = { scope: 'APPLICATION#a1', kind: 'reminder-7', day: '2027-03-30' };
const email = { to: ['amina.diallo@police.example'], subject: 'Reminder', text: 'text', html: '<p>html</p>' };
const now = new Date('2027-03-23T05:00:00Z');

describe('sendOnce', () => {
  it('sends an email once and answers already-sent to every later call for the same claim', async () => {
    const { deps, outbox } = memoryEmail();

    const first = await sendOnce(deps, key, email, now);
    const again = await sendOnce(deps, key, email, now);

    expect([first, again]).toEqual(['sent', 'already-sent']);
    expect(outbox.sent).toHaveLength(1);
  });

  it('sends once when two runs race for the same claim', async () => {
    const { deps, outbox } = memoryEmail();

    const outcomes = await Promise.all([sendOnce(deps, key, email, now), sendOnce(deps, key, email, now)]);

    expect(outcomes.sort()).toEqual(['already-sent', 'sent']);
    expect(outbox.sent).toHaveLength(1);
  });

  it('sends another email for another kind or day of the same scope', async () => {
    const { deps, outbox } = memoryEmail();

    await sendOnce(deps, key, email, now);
    await sendOnce(deps, { ...key, kind: 'reminder-2' }, email, now);
    await sendOnce(deps, { ...key, day: '2027-04-06' }, email, now);

    expect(outbox.sent).toHaveLength(3);
  });

  it('gives the claim back when the send fails (injected SES fault), so the next call sends it exactly once', async () => {
    const { deps, outbox, claims } = memoryEmail();
    outbox.failNext();

    const failed = await sendOnce(deps, key, email, now);
    const released = claims.held(key);
    const retried = await sendOnce(deps, key, email, now);
    const after = await sendOnce(deps, key, email, now);

    expect(failed).toBe('failed');
    expect(released).toBeUndefined();
    expect([retried, after]).toEqual(['sent', 'already-sent']);
    expect(outbox.sent).toHaveLength(1);
  });

  it('sends nothing to a suppressed address and takes no claim for it', async () => {
    const { deps, outbox, claims } = memoryEmail(['amina.diallo@police.example']);

    const outcome = await sendOnce(deps, key, email, now);

    expect(outcome).toBe('suppressed');
    expect(claims.held(key)).toBeUndefined();
    expect(outbox.sent).toHaveLength(0);
  });

  it('drops only the suppressed recipients of an email to several', async () => {
    const { deps, outbox } = memoryEmail(['bounced@ncb.example']);

    await sendOnce(deps, key, { ...email, to: ['bounced@ncb.example', 'ncb.lyon@interpol.fr.example'] }, now);

    expect(outbox.sent[0]?.to).toEqual(['ncb.lyon@interpol.fr.example']);
  });

  it('stamps the claim with the run time and an expiry long after any re-run of its day, and confirms it once sent', async () => {
    const { deps, claims } = memoryEmail();

    await sendOnce(deps, key, email, now);

    expect(claims.held(key)).toEqual({ at: now, expiresAt: new Date(now.getTime() + CLAIM_LIFETIME_MS), sent: true });
  });

  it('gives a claim the lifetime its sender asks for (a letter’s outlives its application)', async () => {
    const { deps, claims } = memoryEmail();
    const century = 100 * 366 * 24 * 3_600_000;

    await sendOnce(deps, key, email, now, century);

    expect(claims.held(key)?.expiresAt).toEqual(new Date(now.getTime() + century));
  });

  it('takes again, after its lease, a claim left pending by a sender that died before sending (injected crash), and sends once', async () => {
    const { deps, outbox } = memoryEmail();
    // A run that took the claim and died: neither sent nor released.
    await deps.claims.claim(key, now, new Date(now.getTime() + CLAIM_LIFETIME_MS));
    const duringLease = new Date(now.getTime() + CLAIM_LEASE_MS - 1000);
    const afterLease = new Date(now.getTime() + CLAIM_LEASE_MS + 1000);

    expect(await sendOnce(deps, key, email, duringLease)).toBe('already-sent');
    expect(await sendOnce(deps, key, email, afterLease)).toBe('sent');
    expect(await sendOnce(deps, key, email, new Date(afterLease.getTime() + 2 * CLAIM_LEASE_MS))).toBe('already-sent');
    expect(outbox.sent).toHaveLength(1);
  });
});
