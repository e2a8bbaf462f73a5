import { describe, expect, it } from 'vitest';
import type { Deployment, DeploymentExtension } from '#shared/deployment/deployment.js';
import { metDeployment, requestedExtension } from '../../support/deployments.js';
import { runDeploymentReminders } from '#shared/deployment/reminder-run.js';
import { checklistReminderClaim, daysBetween, dueReminders, type Reminder } from '#shared/deployment/reminders.js';
import type { Application } from '#shared/applications/application.js';
import { aminaApplication } from '../../support/candidates.js';
import { unitForces } from '../../support/sending-unit.js';
import { sendOnce } from '#shared/email/send-once.js';
import { addDays } from '#shared/time/zoned.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

/** A serving officer of the Met, to deploy to EULEX Kosovo on 1 March 2027 for a year, who reads French; vetting done, the rest not. */
const deployment = (overrides: Partial<Deployment> = {}): Deployment => metDeployment({ officer: { ...metDeployment().officer, language: 'fr' }, ...overrides });
const extension = (overrides: Partial<DeploymentExtension> = {}): DeploymentExtension => requestedExtension({ reason: 'Mandate renewed', ...overrides });

const done = (expiresOn?: string) => ({ on: '2027-01-10', recordedAt: '2027-01-10T09:00:00.000Z', by: 'hr@unit.example', ...(expiresOn ? { expiresOn } : {}) });
const complete = { vetting: done(), medical: done(), hostileEnvironmentTraining: done(), insurance: done() };
const kinds = (reminders: Reminder[]) => reminders.map((reminder) => `${reminder.kind}:${reminder.recipient}`);

describe('the checklist’s reminders before the deployment day', () => {
  it('are not due 31 days before, and are due to the officer and HR 30 days before, naming each item not in order', () => {
    const d = deployment({ checklist: { vetting: done(), insurance: done('2027-12-31') } });

    expect(dueReminders(d, '2027-01-29')).toEqual([]);
    const due = dueReminders(d, '2027-01-30');

    expect(kinds(due)).toEqual(['checklist:officer', 'checklist:hr']);
    const [first] = due;
    expect(first?.kind === 'checklist' && first.threshold).toBe(30);
    expect(first?.kind === 'checklist' && first.daysLeft).toBe(30);
    expect(first?.kind === 'checklist' && first.gaps).toEqual([
      { item: 'medical', verdict: 'missing' },
      { item: 'hostileEnvironmentTraining', verdict: 'missing' },
      { item: 'insurance', verdict: 'expires-during-tour', expiresOn: '2027-12-31' },
    ]);
  });

  it('are not due when every item covers the whole tour', () => {
    expect(dueReminders(deployment({ checklist: complete }), '2027-01-30')).toEqual([]);
    expect(dueReminders(deployment({ checklist: complete }), '2027-02-22')).toEqual([]);
  });

  it('keep the 30-day claim from day 30 to day 8, so a run the next day or one that missed day 30 sends the same reminder, once', () => {
    const d = deployment();
    const claims = ['2027-01-30', '2027-01-31', '2027-02-15', '2027-02-21'].map((today) => dueReminders(d, today).map((reminder) => reminder.claim));

    for (const claim of claims) expect(claim).toEqual([checklistReminderClaim(d, 30, 'officer'), checklistReminderClaim(d, 30, 'hr')]);
  });

  it('take the 7-day claim from 7 days before, and only it, even when the 30-day one was never sent', () => {
    const d = deployment();

    const due = dueReminders(d, '2027-02-22');

    expect(due.map((reminder) => reminder.claim)).toEqual([checklistReminderClaim(d, 7, 'officer'), checklistReminderClaim(d, 7, 'hr')]);
    expect(dueReminders(d, '2027-02-28').map((reminder) => reminder.claim.kind)).toEqual(['checklist-7-officer', 'checklist-7-hr']);
  });

  it('stop on the deployment day', () => {
    expect(dueReminders(deployment(), '2027-03-01')).toEqual([]);
  });

  it('are claimed again for a moved deployment day', () => {
    expect(checklistReminderClaim(deployment({ deploymentDay: '2027-04-01' }), 30, 'officer')).not.toEqual(checklistReminderClaim(deployment(), 30, 'officer'));
  });

  it('go four times in all over the weeks before the deployment, run daily and twice a day', async () => {
    const { deps, outbox } = memoryEmail();
    const d = deployment();

    for (let day = -40; day <= 2; day += 1) {
      const today = addDays(d.deploymentDay, day);
      for (const run of [1, 2]) {
        for (const reminder of dueReminders(d, today)) await sendOnce(deps, reminder.claim, { to: [reminder.recipient], subject: reminder.claim.kind, text: `${run}`, html: '' }, new Date(`${today}T06:00:00Z`));
      }
    }

    expect(outbox.sent.map((email) => email.subject)).toEqual(['checklist-30-officer', 'checklist-30-hr', 'checklist-7-officer', 'checklist-7-hr']);
  });
});

describe('the force approver’s reminder of an extension', () => {
  it('is due 7 days after the request in the duty station, not 6', () => {
    const d = deployment({ checklist: complete, extensions: [extension()] });

    expect(dueReminders(d, '2028-01-16')).toEqual([]);
    const due = dueReminders(d, '2028-01-17');

    expect(kinds(due)).toEqual(['extension-waiting:force']);
    expect(due[0]?.claim).toEqual({ scope: 'DEPLOYMENT#app-1', kind: 'extension-waiting-x1-force', day: '2028-01-10' });
  });

  it('counts from the duty station’s date of the request, not UTC’s', () => {
    // 23:30 UTC on 9 January is already 10 January in Pristina.
    const due = dueReminders(deployment({ checklist: complete, extensions: [extension({ requestedAt: '2028-01-09T23:30:00.000Z' })] }), '2028-01-16');

    expect(due).toEqual([]);
  });

  it('is not due once decided, nor for a civilian expert (HR decides theirs)', () => {
    expect(dueReminders(deployment({ checklist: complete, extensions: [extension({ state: 'refused' }), extension({ id: 'x2', state: 'approved' })] }), '2028-01-20')).toEqual([]);
    const { force: _force, ...civilian } = deployment({ checklist: complete, category: 'civilian-expert', extensions: [extension()] });
    expect(dueReminders(civilian, '2028-01-20')).toEqual([]);
  });
});

describe('HR’s reminders after the tour', () => {
  it('tell a return due from the day after the rotation day, claimed per rotation day', () => {
    const d = deployment({ checklist: complete });

    expect(dueReminders(d, '2028-02-29')).toEqual([]);
    const due = dueReminders(d, '2028-03-01');

    expect(kinds(due)).toEqual(['return-due:hr']);
    expect(due[0]?.claim).toEqual({ scope: 'DEPLOYMENT#app-1', kind: 'return-due-hr', day: '2028-02-29' });
    expect(dueReminders({ ...d, rotationDay: '2028-08-31' }, '2028-09-01')[0]?.claim.day).toBe('2028-08-31');
  });

  it('tell a debrief not held 14 days after the return, not 13, and nothing once it is held', () => {
    const returned = { on: '2028-02-20', early: false, recordedAt: '2028-02-20T10:00:00.000Z', by: 'hr@unit.example' };
    const d = deployment({ returned });

    expect(dueReminders(d, '2028-03-04')).toEqual([]);
    const due = dueReminders(d, '2028-03-05');

    expect(kinds(due)).toEqual(['debrief-due:hr']);
    expect(due[0]?.kind === 'debrief-due' && due[0].daysSince).toBe(14);
    expect(dueReminders({ ...d, debrief: { on: '2028-03-06', notes: 'Good tour', recordedAt: '2028-03-06T10:00:00.000Z', by: 'hr@unit.example' } }, '2028-03-10')).toEqual([]);
  });

  it('tell nothing of the checklist or the return once the officer is back (an early return before deploying too)', () => {
    const returned = { on: '2027-02-10', early: true, reason: 'Withdrawn by the mission', recordedAt: '2027-02-10T10:00:00.000Z', by: 'hr@unit.example' };

    expect(dueReminders(deployment({ returned }), '2027-02-22')).toEqual([]);
  });
});

describe('days between two dates', () => {
  it('counts whole calendar days across a DST change and a leap day', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-02-22')).toBe(-7);
  });
});

describe('a run of the reminders', () => {
  const waiting = deployment({ id: 'app-2', applicationId: 'app-2', checklist: complete, extensions: [extension()] });
  const released = aminaApplication({ id: 'app-2', category: 'serving-police', release: { decision: 'approved', from: '2027-03-01', until: '2028-02-29', at: '2026-12-20T10:00:00.000Z', by: 'approver@met.police.example' } });
  const run = (email: ReturnType<typeof memoryEmail>, applications: Application[], hr: string[] = ['hr@unit.example']) =>
    runDeploymentReminders(
      { deployments: { listAll: async () => [deployment(), waiting] }, applications: { get: async (id) => applications.find((application) => application.id === id) }, email: email.deps },
      { hrRecipients: hr, forces: unitForces },
      new Date('2028-01-17T05:00:00.000Z'),
    );

  it('counts a force reminder with no approver on record as owed to nobody, and sends it once one is', async () => {
    const email = memoryEmail();

    expect(await run(email, [])).toMatchObject({ deployments: 2, due: 1, sent: 0, noRecipient: 1 });
    expect(await run(email, [released])).toMatchObject({ due: 1, sent: 1, noRecipient: 0 });
    expect(email.outbox.sent.map((sent) => sent.to)).toEqual([['approver@met.police.example']]);
  });

  it('sends with the next run what SES refused (injected fault), once', async () => {
    const email = memoryEmail();
    email.outbox.failNext(1);

    expect(await run(email, [released])).toMatchObject({ sent: 0, failed: 1 });
    expect(await run(email, [released])).toMatchObject({ sent: 1, failed: 0 });
    expect(await run(email, [released])).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(email.outbox.sent).toHaveLength(1);
  });
});
