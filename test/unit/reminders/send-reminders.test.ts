import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { sendDeadlineReminders, type ReminderDependencies } from '#shared/reminders/send-reminders.js';
import type { Vacancy, VacancyStatus } from '#shared/vacancies/schema.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { memoryEmail } from './in-memory-email.js';

const settings = { offsets: [14, 7, 2], publicBaseUrl: 'https://jobs.example.org' };
const lyon = openVacancy({ number: '1801', deadline: '2027-03-30' });
const amina = aminaApplication({ id: 'app-amina', vacancy: '1801', submittedAt: '2027-03-01T10:00:00.000Z' });
const at = (iso: string) => new Date(iso);

/** The stores the job reads, in memory, counting the Queries it makes of the incomplete index. */
const world = (vacancies: Vacancy[], applications: Application[], suppressed: string[] = []) => {
  const email = memoryEmail(suppressed);
  const incompleteQueries: string[] = [];
  const deps: ReminderDependencies = {
    vacancies: {
      listByStatus: async (status: VacancyStatus, from?: string, to?: string) =>
        vacancies.filter((v) => v.status === status && (from === undefined || v.deadline >= from) && (to === undefined || v.deadline <= to)),
    },
    applications: {
      listIncomplete: async (vacancy) => {
        incompleteQueries.push(vacancy);
        return applications.filter((a) => a.vacancy === vacancy);
      },
    },
    email: email.deps,
  };
  return { deps, outbox: email.outbox, incompleteQueries };
};

describe('sendDeadlineReminders', () => {
  it('reminds an incomplete application of what is missing, and says so in counts only', async () => {
    const { deps, outbox } = world([lyon], [amina]);

    const summary = await sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z'));

    expect(summary).toEqual({ vacancies: 1, vacanciesQueried: 1, vacanciesDone: 0, applicationsRead: 1, notDue: 0, sent: 1, alreadySent: 0, suppressed: 0, failed: 0 });
    expect(outbox.sent.map((email) => email.to)).toEqual([['amina.diallo@police.example']]);
    expect(outbox.sent[0]?.text).toContain('https://jobs.example.org/status');
  });

  it('retries a send that failed (injected SES fault) on the next run, exactly once', async () => {
    const { deps, outbox } = world([lyon], [amina]);
    outbox.failNext();

    const failedRun = await sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z'));
    const nextRun = await sendDeadlineReminders(deps, settings, at('2027-03-24T05:00:00Z'));
    const dayAfter = await sendDeadlineReminders(deps, settings, at('2027-03-25T05:00:00Z'));

    expect([failedRun.failed, failedRun.sent]).toEqual([1, 0]);
    expect([nextRun.sent, nextRun.alreadySent]).toEqual([1, 0]);
    // The round is done once every reminder of it went: the day after reads no application at all.
    expect([dayAfter.sent, dayAfter.vacanciesDone, dayAfter.applicationsRead]).toEqual([0, 1, 0]);
    expect(outbox.sent).toHaveLength(1);
    expect(outbox.sent[0]?.text).toContain('in 6 days');
  });

  it('sends one reminder when two runs of the same day race', async () => {
    const { deps, outbox } = world([lyon], [amina]);

    const [one, two] = await Promise.all([
      sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z')),
      sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z')),
    ]);

    expect(one.sent + two.sent).toBe(1);
    expect(one.alreadySent + two.alreadySent).toBe(1);
    expect(outbox.sent).toHaveLength(1);
  });

  it('does not query the applications of a vacancy whose first reminder day has not come', async () => {
    const later = openVacancy({ number: '1802', deadline: '2027-04-07' });
    const { deps, incompleteQueries } = world([lyon, later], [amina]);

    const summary = await sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z'));

    expect(incompleteQueries).toEqual(['1801']);
    expect([summary.vacancies, summary.vacanciesQueried]).toEqual([2, 1]);
  });

  it('leaves out a withdrawn, a rejected or a complete application, even if the index still held it', async () => {
    const complete = aminaApplication({
      id: 'app-complete',
      vacancy: '1801',
      email: 'complete@police.example',
      documents: {
        cv: { key: 'k1', contentType: 'application/pdf', size: 1, sha256: 'x', receivedAt: '2027-03-02T10:00:00Z' },
        confirmationLetter: { key: 'k2', contentType: 'application/pdf', size: 1, sha256: 'y', receivedAt: '2027-03-02T10:00:00Z' },
      },
      ncbValidation: { decision: 'validated', screeningAttested: true, at: '2027-03-03T10:00:00Z', by: 'ncb@example.org' },
    });
    const withdrawn = aminaApplication({ id: 'app-withdrawn', vacancy: '1801', email: 'w@police.example', status: 'withdrawn' });
    const rejected = aminaApplication({ id: 'app-rejected', vacancy: '1801', email: 'r@police.example', status: 'rejected' });
    const { deps, outbox } = world([lyon], [complete, withdrawn, rejected]);

    const summary = await sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z'));

    expect([summary.notDue, summary.sent]).toEqual([3, 0]);
    expect(outbox.sent).toHaveLength(0);
  });

  it('sends nothing to a suppressed address', async () => {
    const { deps, outbox } = world([lyon], [amina], ['amina.diallo@police.example']);

    const summary = await sendDeadlineReminders(deps, settings, at('2027-03-23T05:00:00Z'));

    expect([summary.suppressed, summary.sent]).toEqual([1, 0]);
    expect(outbox.sent).toHaveLength(0);
  });
});
