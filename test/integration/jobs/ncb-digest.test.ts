import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// The stack seeds its demo vacancies from this day: 1701 (Lyon) closes on 13 December, 1702 (Singapore) on 27 December.
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

const letter = { key: 'applications/x/confirmationLetter/y', contentType: 'application/pdf' as const, size: 10, sha256: 'z', receivedAt: '2026-11-21T10:00:00.000Z' };
const decision = (value: 'validated' | 'declined') => ({ decision: value, screeningAttested: value === 'validated', at: '2026-11-21T10:00:00.000Z', by: 'ncb@police.example' });

let sequence = 0;
const candidate = (givenName: string, overrides: Partial<Application>): Application => {
  sequence += 1;
  return aminaApplication({
    id: `5b1f4c1e-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    givenName,
    email: `${givenName.toLowerCase()}@police.example`,
    submittedAt: `2026-11-2${sequence % 2}T10:00:00.000Z`,
    ...overrides,
  });
};

const runDigest = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/ncb-digest?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, number> }).summary;
};
const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
/** What `act` sent, from the mailbox's newest-last list. */
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    candidate('Amina', { vacancy: '1701' }),
    candidate('Moussa', { vacancy: '1702', documents: { confirmationLetter: letter } }),
    // Only the CV is missing: nothing waits for the NCB.
    candidate('Fatou', { vacancy: '1701', ncbValidation: decision('validated'), documents: { confirmationLetter: letter } }),
    candidate('Ousmane', { vacancy: '1701', ncbValidation: decision('declined') }),
    candidate('Awa', { vacancy: '1702', status: 'withdrawn' }),
    candidate('Claire', { vacancy: '1701', nationality: 'FR', ncbValidation: decision('validated') }),
  ]);
  close();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the ncb-digest job through /_local/jobs', () => {
  it("sends a Senegalese application's digest to SN's NCB address and to no other", async () => {
    // Act
    let summary: Record<string, number> = {};
    const sent = await sentDuring(async () => (summary = await runDigest('2026-11-23T06:00:00Z')));

    // Assert
    expect(summary).toMatchObject({ countries: 2, applications: 3, sent: 2, alreadySent: 0, failed: 0, noContact: 0 });
    expect(sent.map((mail) => mail.to)).toEqual(expect.arrayContaining([['ncb.sn@ncb.secondment-hub.local'], ['ncb.fr@ncb.secondment-hub.local']]));
    expect(sent).toHaveLength(2);
    const senegal = sent.find((mail) => mail.to[0] === 'ncb.sn@ncb.secondment-hub.local');
    const france = sent.find((mail) => mail.to[0] === 'ncb.fr@ncb.secondment-hub.local');
    expect(sent.filter((mail) => mail.text.includes('Amina Diallo')).map((mail) => mail.to)).toEqual([['ncb.sn@ncb.secondment-hub.local']]);
    expect(france?.text).toContain('Claire Diallo');
    expect(france?.text).not.toContain('Amina');
    expect(senegal?.subject).toBe('NCB Senegal (SN): 2 applications wait for you, vacancies 1701 and 1702');
    for (const absent of ['Fatou', 'Ousmane', 'Awa', 'Claire']) expect(senegal?.text).not.toContain(absent);
  });

  it('lists what each application waits for, under its vacancy with the deadline in the duty station’s time', async () => {
    const sent = await sentDuring(() => runDigest('2026-11-25T06:00:00Z'));

    const senegal = sent.find((mail) => mail.to[0] === 'ncb.sn@ncb.secondment-hub.local');
    for (const part of [senegal?.text ?? '', senegal?.html ?? '']) {
      expect(part).toContain('Vacancy 1701, Criminal Intelligence Officer (Lyon)');
      expect(part).toContain('13 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00)');
      expect(part).toContain('Vacancy 1702, Cybercrime Investigations Specialist (Singapore)');
      expect(part).toContain('27 December 2026, 23:59 Singapore time (Asia/Singapore, UTC+08:00)');
    }
    const amina = senegal?.text.slice(senegal.text.indexOf('Amina Diallo')).split('\n- ')[0] ?? '';
    const moussa = senegal?.text.slice(senegal.text.indexOf('Moussa Diallo')).split('\n- ')[0] ?? '';
    expect(amina).toContain('waiting for your validation');
    expect(amina).toContain('waiting for the home administration’s confirmation letter');
    expect(moussa).toContain('waiting for your validation');
    expect(moussa).not.toContain('confirmation letter');
  });

  it('sends each NCB one digest a day: a re-run and two concurrent runs of the same day send nothing more', async () => {
    // Prepare
    await runDigest('2026-11-26T06:00:00Z');

    // Act
    let summaries: Record<string, number>[] = [];
    const sent = await sentDuring(async () => {
      summaries = [await runDigest('2026-11-26T15:00:00Z'), ...(await Promise.all([runDigest('2026-11-26T06:00:00Z'), runDigest('2026-11-26T06:00:00Z')]))];
    });

    // Assert
    expect(sent).toEqual([]);
    expect(summaries.map((summary) => [summary.sent, summary.alreadySent])).toEqual([
      [0, 2],
      [0, 2],
      [0, 2],
    ]);
  });

  it('sends the next digest to the address an administrator saved, not the old one', async () => {
    // Prepare
    const admin = await staffClient(stack, administrator);
    const saved = await admin('PUT', '/admin/ncb-contacts/SN', { email: 'recrutement@police.sn.example', name: 'NCB Dakar' });

    // Act
    const sent = await sentDuring(() => runDigest('2026-11-27T06:00:00Z'));

    // Assert
    expect(saved.status).toBe(200);
    expect(sent.filter((mail) => mail.text.includes('Amina Diallo')).map((mail) => mail.to)).toEqual([['recrutement@police.sn.example']]);
    expect(sent.some((mail) => mail.to.includes('ncb.sn@ncb.secondment-hub.local'))).toBe(false);
  });

  it('reports nothing once the deadlines have passed in the duty stations', async () => {
    const sent = await sentDuring(() => runDigest('2026-12-28T06:00:00Z'));

    expect(sent).toEqual([]);
  });
});
