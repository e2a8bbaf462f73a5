import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeSnapshot } from '#shared/circulars/notice-snapshot.js';
import type { EmailSender } from '#shared/email/outgoing-email.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { circularsOf, circularWorld, testVacancy, watchedSender } from './circular-world.js';

// The demo vacancies the stack seeds from this day are all closed by March 2027: each test publishes its own,
// open in a window of its own, so that no run sends another test's circular.
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let world: ReturnType<typeof circularWorld>;
let contacts: number;

beforeAll(async () => {
  stack = await startTestStack(clock);
  world = circularWorld(stack);
  contacts = (await world.stores.contacts.list()).length;
}, 120_000);
afterAll(async () => {
  world?.close();
  await stack?.stop();
});

const recipientsOf = (mails: Array<{ to: string[] }>) => mails.flatMap((mail) => mail.to);

describe('the circular to member countries', () => {
  it('goes to each of the 196 NCB contacts once when a vacancy is published, and not once more on a retry or a second run', async () => {
    // Arrange
    await world.stores.vacancies.put(testVacancy('C5-ONCE', '2027-03-01', '2027-03-20'));

    // Act
    const first = await world.run('2027-03-02T08:00:00Z');
    const retry = await world.run('2027-03-02T08:00:00Z');
    const next = await world.run('2027-03-02T08:05:00Z');

    // Assert
    expect(contacts).toBe(196);
    expect(first.summary).toMatchObject({ vacancies: 1, editions: 1, amendments: 0, sent: 196, failed: 0, completed: 1, stoppedForTime: 0 });
    expect(retry.summary).toMatchObject({ vacancies: 1, editions: 0, sent: 0 });
    expect(next.summary).toMatchObject({ vacancies: 1, editions: 0, sent: 0 });
    const sent = await circularsOf(stack, 'C5-ONCE');
    const addresses = recipientsOf(sent);
    expect(addresses).toHaveLength(196);
    expect(new Set(addresses).size).toBe(196);
    expect(new Set(addresses)).toEqual(new Set((await world.stores.contacts.list()).map((contact) => contact.email)));
  }, 120_000);

  it('gives the deadline in the duty station’s time and in each NCB’s own (its country’s unless its contact names one)', async () => {
    // The circular of C5-ONCE, which the test above sent.
    const all = await world.stores.contacts.list();
    const addressOf = (country: string) => all.find((contact) => contact.country === country)?.email;
    const textTo = async (country: string) => (await circularsOf(stack, 'C5-ONCE')).find((mail) => mail.to.includes(addressOf(country) ?? '-'))?.text ?? '';

    // Lyon's 23:59 is the next morning in Tokyo, an hour earlier in Dakar; France reads Lyon's time once.
    expect(await textTo('JP')).toMatch(/Asia\/Tokyo, UTC\+09:00/);
    expect(await textTo('SN')).toMatch(/Africa\/Dakar, UTC\+00:00/);
    expect(await textTo('FR')).toContain('Europe/Paris');
    expect(await textTo('FR')).not.toMatch(/your time|votre heure/);
  });

  it('sends each contact once when two runs go at the same time (the claims decide)', async () => {
    // Arrange
    await world.stores.vacancies.put(testVacancy('C5-TWICE', '2027-04-01', '2027-04-20'));

    // Act
    const [a, b] = await Promise.all([world.run('2027-04-02T08:00:00Z'), world.run('2027-04-02T08:00:00Z')]);
    const after = await world.run('2027-04-02T08:05:00Z');

    // Assert
    expect(a.summary.sent + b.summary.sent).toBe(196);
    const addresses = recipientsOf(await circularsOf(stack, 'C5-TWICE'));
    expect(addresses).toHaveLength(196);
    expect(new Set(addresses).size).toBe(196);
    expect(after.summary.sent).toBe(0);
  }, 120_000);

  it('stops at an SES outage mid-send (the emulator taken down after the 60th email) and the next run sends the other 136, none twice', async () => {
    // Arrange
    await world.stores.vacancies.put(testVacancy('C5-OUTAGE', '2027-05-01', '2027-05-20'));
    let calls = 0;
    const failingAfter60 = (): EmailSender => ({
      async send(email) {
        calls += 1;
        if (calls === 61) await stack.emulators.ses.stop();
        return world.sesSender.send(email);
      },
    });

    // Act
    let first;
    try {
      first = await world.run('2027-05-02T08:00:00Z', { sender: failingAfter60 });
    } finally {
      await stack.emulators.ses.start();
    }
    const second = await world.run('2027-05-02T08:05:00Z');

    // Assert
    expect(first.summary).toMatchObject({ sent: 60, failed: 1, completed: 0 });
    expect(second.summary).toMatchObject({ sent: 136, failed: 0, completed: 1 });
    const addresses = recipientsOf(await circularsOf(stack, 'C5-OUTAGE'));
    expect(addresses).toHaveLength(196);
    expect(new Set(addresses).size).toBe(196);
    const sends = await world.stores.circulars.sends('C5-OUTAGE');
    expect(sends.filter((send) => send.state === 'sent')).toHaveLength(196);
  }, 120_000);

  it('leaves a contact claimed by a sender that died to its lease, then sends it once the lease is over', async () => {
    // Arrange: a run claimed Senegal's send at 08:00 and died before sending.
    await world.stores.vacancies.put(testVacancy('C5-LEASE', '2027-06-01', '2027-06-20'));
    const claimed = await world.stores.circulars.claim({
      number: 'C5-LEASE',
      edition: 1,
      country: 'SN',
      state: 'pending',
      address: 'ncb.sn@ncb.secondment-hub.local',
      claimedAt: '2027-06-02T08:00:00.000Z',
      leaseUntil: '2027-06-02T08:15:00.000Z',
      ackTokenHash: 'x',
      ackExpiresAt: '2027-09-01T00:00:00.000Z',
    });
    const snapshot = noticeSnapshot(testVacancy('C5-LEASE', '2027-06-01', '2027-06-20'));
    await world.stores.circulars.addEdition('C5-LEASE', { edition: 1, snapshot, changes: [], createdAt: '2027-06-02T08:00:00.000Z' }, 0);

    // Act
    const underLease = await world.run('2027-06-02T08:05:00Z');
    const afterLease = await world.run('2027-06-02T08:20:00Z');

    // Assert
    expect(claimed).toBe(true);
    expect(underLease.summary).toMatchObject({ sent: 195, alreadySent: 1, completed: 0 });
    expect(afterLease.summary).toMatchObject({ sent: 1, alreadySent: 0, completed: 1 });
    const senegal = (await circularsOf(stack, 'C5-LEASE')).filter((mail) => mail.to.includes('ncb.sn@ncb.secondment-hub.local'));
    expect(senegal).toHaveLength(1);
  }, 120_000);

  it('holds the pace at the configured rate, measured on the injected clock: 4 a second, 196 emails in 48.75 s, no second with a fifth', async () => {
    // Arrange
    await world.stores.vacancies.put(testVacancy('C5-PACE', '2027-07-01', '2027-07-20'));
    let calls: number[] = [];

    // Act
    const { summary, clock: runClock } = await world.run('2027-07-02T08:00:00Z', {
      ratePerSecond: 4,
      sender: (runClock) => {
        const watched = watchedSender(world.sesSender, runClock);
        calls = watched.calls;
        return watched.sender;
      },
    });

    // Assert
    expect(summary.sent).toBe(196);
    expect(calls).toHaveLength(196);
    const start = Date.parse('2027-07-02T08:00:00Z');
    expect((calls.at(-1) ?? 0) - start).toBe(48_750);
    for (const first of calls) expect(calls.filter((at) => at >= first && at < first + 1000).length).toBeLessThanOrEqual(4);
    expect(runClock.now().getTime() - start).toBe(48_750);
  }, 120_000);

  it('stops before its time runs out and the next run resumes where it stopped', async () => {
    // Arrange: 10 seconds at 4 a second hold 40 sends.
    await world.stores.vacancies.put(testVacancy('C5-TIME', '2027-08-01', '2027-08-20'));

    // Act
    const short = await world.run('2027-08-02T08:00:00Z', { ratePerSecond: 4, seconds: 10 });
    const rest = await world.run('2027-08-02T08:05:00Z', { ratePerSecond: 50 });

    // Assert
    expect(short.summary).toMatchObject({ sent: 40, stoppedForTime: 1, completed: 0 });
    expect(rest.summary).toMatchObject({ sent: 156, stoppedForTime: 0, completed: 1 });
    const addresses = recipientsOf(await circularsOf(stack, 'C5-TIME'));
    expect(new Set(addresses).size).toBe(196);
    expect(addresses).toHaveLength(196);
  }, 120_000);

  it('sends an amended circular once after a correction, saying what changed', async () => {
    // Arrange: published and sent; then HR moves the deadline.
    await world.stores.vacancies.put(testVacancy('C5-AMEND', '2027-09-01', '2027-09-20'));
    await world.run('2027-09-02T08:00:00Z');
    const stored = await world.stores.vacancies.get('C5-AMEND');
    if (!stored) throw new Error('C5-AMEND was not stored');
    const { version, ...vacancy } = stored;
    await world.stores.vacancies.update({ ...vacancy, deadline: '2027-09-27' }, version, {
      at: '2027-09-03T10:00:00.000Z',
      by: 'hr.officer@secondment-hub.local',
      version: version + 1,
      action: 'edited',
      changes: { deadline: { from: '2027-09-20', to: '2027-09-27' } },
    });

    // Act
    const amended = await world.run('2027-09-03T10:05:00Z');
    const again = await world.run('2027-09-03T10:10:00Z');

    // Assert
    expect(amended.summary).toMatchObject({ editions: 1, amendments: 1, sent: 196, completed: 1 });
    expect(again.summary).toMatchObject({ editions: 0, amendments: 0, sent: 0 });
    const mails = await circularsOf(stack, 'C5-AMEND');
    expect(mails).toHaveLength(392);
    const france = mails.filter((mail) => mail.to.includes('ncb.fr@ncb.secondment-hub.local'));
    expect(france.map((mail) => mail.subject)).toEqual([
      'Avis de vacance C5-AMEND : Criminal Intelligence Officer (5, Lyon), circulaire aux pays membres',
      'Circulaire modifiée, avis de vacance C5-AMEND : Criminal Intelligence Officer (5, Lyon)',
    ]);
    expect(france[1]?.text).toContain('Modifications : la date limite.');
    expect(france[1]?.text).toContain('Date limite de candidature : 27 septembre 2027 à 23:59, heure de Lyon (Europe/Paris, UTC+02:00)');
  }, 120_000);

  it('runs as the scheduled job (POST /_local/jobs/circular): every contact once at the local stack’s rate, then nothing', async () => {
    // Arrange
    await world.stores.vacancies.put(testVacancy('C5-JOB', '2027-10-01', '2027-10-20'));
    const runJob = async (now: string) => {
      const response = await fetch(`${stack.url}/_local/jobs/circular?now=${now}`, { method: 'POST' });
      expect(response.status).toBe(200);
      return ((await response.json()) as { summary: Record<string, number> }).summary;
    };

    // Act
    const first = await runJob('2027-10-02T08:00:00Z');
    const second = await runJob('2027-10-02T08:05:00Z');

    // Assert
    expect(first).toMatchObject({ vacancies: 1, editions: 1, sent: 196, failed: 0, completed: 1 });
    expect(second).toMatchObject({ vacancies: 1, editions: 0, sent: 0 });
    expect(new Set(recipientsOf(await circularsOf(stack, 'C5-JOB'))).size).toBe(196);
  }, 120_000);

  it('sends the circular again, once, to an NCB whose address an administrator changed after it went, and to nobody else', async () => {
    // Arrange: sent to the placeholders; then France's real address replaces its placeholder.
    await world.stores.vacancies.put(testVacancy('C5-READDR', '2027-11-01', '2027-11-20'));
    await world.run('2027-11-02T08:00:00Z');
    const france = (await world.stores.contacts.getMany(['FR'])).get('FR');
    if (!france) throw new Error('No contact for FR');
    const changed = { ...france, email: 'recrutement@bcn-lyon.example', updatedAt: '2027-11-02T09:00:00.000Z', updatedBy: 'admin@secondment-hub.local' };
    expect(await world.stores.contacts.save(changed, { at: changed.updatedAt, by: changed.updatedBy, country: 'FR', changes: { email: { from: france.email, to: changed.email } } }, france.updatedAt)).toBe(true);

    // Act
    const after = await world.run('2027-11-02T09:05:00Z');
    const again = await world.run('2027-11-02T09:10:00Z');

    // Assert
    expect(after.summary).toMatchObject({ editions: 0, sent: 1, completed: 1 });
    expect(again.summary).toMatchObject({ sent: 0, completed: 0 });
    const mails = await circularsOf(stack, 'C5-READDR');
    expect(mails).toHaveLength(197);
    expect(mails.filter((mail) => mail.to.includes('recrutement@bcn-lyon.example'))).toHaveLength(1);
    expect((await world.stores.circulars.getSend({ number: 'C5-READDR', edition: 1, country: 'FR' }))?.address).toBe('recrutement@bcn-lyon.example');
  }, 120_000);

  it('does not send again to an NCB that acknowledged the circular before its address changed, and keeps its acknowledgement', async () => {
    // Arrange: sent, Spain acknowledges, then Spain's address changes.
    await world.stores.vacancies.put(testVacancy('C6-ACKED', '2027-11-01', '2027-11-20'));
    await world.run('2027-11-02T08:00:00Z');
    const key = { number: 'C6-ACKED', edition: 1, country: 'ES' };
    expect(await world.stores.circulars.acknowledge(key, new Date('2027-11-02T08:30:00Z'))).toBe(true);
    const spain = (await world.stores.contacts.getMany(['ES'])).get('ES');
    if (!spain) throw new Error('No contact for ES');
    const changed = { ...spain, email: 'ocn.madrid@policia.es.example', updatedAt: '2027-11-02T09:00:00.000Z', updatedBy: 'admin@secondment-hub.local' };
    expect(await world.stores.contacts.save(changed, { at: changed.updatedAt, by: changed.updatedBy, country: 'ES', changes: { email: { from: spain.email, to: changed.email } } }, spain.updatedAt)).toBe(true);

    // Act
    const after = await world.run('2027-11-02T09:05:00Z');

    // Assert
    expect(after.summary).toMatchObject({ sent: 0 });
    expect((await circularsOf(stack, 'C6-ACKED')).filter((mail) => mail.to.includes('ocn.madrid@policia.es.example'))).toHaveLength(0);
    expect(await world.stores.circulars.getSend(key)).toMatchObject({ address: spain.email, acknowledgedAt: '2027-11-02T08:30:00.000Z' });
  }, 120_000);
});
