import { missingItems, type Application } from '../applications/application.js';
import { isFinal } from '../applications/status-machine.js';
import type { ApplicationStore } from '../applications/store.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { CLAIM_LIFETIME_MS, sendOnce, type ClaimKey, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { deadlineReminder } from '../email/templates/deadline-reminder.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { daysLeftBeforeDeadline, dueReminder, reminderWindow } from './due-reminder.js';

export interface ReminderSettings {
  /** Days before the deadline (REMINDER_OFFSETS_DAYS). */
  offsets: readonly number[];
  /** The site's base URL: the reminder links to its status page. */
  publicBaseUrl: string;
}

export interface ReminderDependencies {
  vacancies: Pick<VacancyStore, 'listByStatus'>;
  applications: Pick<ApplicationStore, 'listIncomplete'>;
  email: SendOnceDependencies;
}

/** Counts only: never an address or a name. */
export interface ReminderSummary {
  /** Open vacancies with a deadline in the run's window. */
  vacancies: number;
  /** Of those, the ones with a reminder day reached: each cost one Query of the incomplete index. */
  vacanciesQueried: number;
  /** Reached, but this reminder round was done on an earlier day: one read, no Query. */
  vacanciesDone: number;
  applicationsRead: number;
  /** Read, but with no reminder due (the due day came before they applied, or nothing missing any more). */
  notDue: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  failed: number;
}

/** Sends at most this many reminders at once: well within SES's sending rate and the table's. */
const PARALLEL_SENDS = 8;

/** The claim of one reminder: per application, offset and deadline, so a moved deadline has reminders of its own. */
export const reminderClaim = (application: Pick<Application, 'id'>, offset: number, vacancy: Pick<Vacancy, 'deadline'>): ClaimKey => ({
  scope: `APPLICATION#${application.id}`,
  kind: `reminder-${offset}`,
  day: vacancy.deadline,
});

/**
 * A vacancy's reminder round: all of its reminders for one offset, marked done once every one was
 * sent, so the days between two offsets cost one read per vacancy and no per-application read.
 * An application that arrives after the round is done has nothing due until the next round.
 */
export const reminderRoundClaim = (vacancy: Pick<Vacancy, 'number' | 'deadline'>, offset: number): ClaimKey => ({
  scope: `VACANCY#${vacancy.number}`,
  kind: `reminders-${offset}`,
  day: vacancy.deadline,
});

type Outcome = SendOutcome | 'not-due';

const remindOne = async (
  deps: ReminderDependencies,
  settings: ReminderSettings,
  vacancy: Vacancy,
  application: Application,
  now: Date,
): Promise<Outcome> => {
  // The index holds only active, incomplete applications; checked again since an item read is cheap to trust twice.
  if (application.vacancy !== vacancy.number || isFinal(application.status) || missingItems(application).length === 0) return 'not-due';
  const due = dueReminder(vacancy, application.submittedAt, settings.offsets, now);
  if (!due) return 'not-due';
  const key = reminderClaim(application, due.offset, vacancy);
  // Most days between two offsets find the last reminder sent: one read of its claim, no suppression read or failed write.
  if (await deps.email.claims.isClaimed(key, now)) return 'already-sent';
  const email = deadlineReminder({ application, vacancy, daysLeft: due.daysLeft, statusPage: `${settings.publicBaseUrl}/status` });
  return sendOnce(deps.email, key, email, now);
};

/**
 * The `deadline-reminders` run at `now`: the open vacancies with a deadline coming up (one Query
 * on deadlines), then, for each whose first reminder day has come in its own zone, the
 * applications still missing something (one Query of the sparse index, empty when nothing is
 * missing), each reminded once of the most recent reminder due.
 */
export const sendDeadlineReminders = async (deps: ReminderDependencies, settings: ReminderSettings, now: Date): Promise<ReminderSummary> => {
  const summary: ReminderSummary = { vacancies: 0, vacanciesQueried: 0, vacanciesDone: 0, applicationsRead: 0, notDue: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0 };
  const largest = Math.max(0, ...settings.offsets);
  const window = reminderWindow(settings.offsets, now);
  const vacancies = await deps.vacancies.listByStatus('open', window.from, window.to);
  summary.vacancies = vacancies.length;
  for (const vacancy of vacancies) {
    const daysLeft = daysLeftBeforeDeadline(vacancy, now);
    if (daysLeft === undefined || daysLeft > largest) continue;
    // The round of the most recent reminder day reached (after a missed run too).
    const round = reminderRoundClaim(vacancy, Math.min(...settings.offsets.filter((offset) => offset >= daysLeft)));
    if (await deps.email.claims.isClaimed(round, now)) {
      summary.vacanciesDone += 1;
      continue;
    }
    summary.vacanciesQueried += 1;
    const applications = await deps.applications.listIncomplete(vacancy.number);
    summary.applicationsRead += applications.length;
    const outcomes = await mapBounded(applications, PARALLEL_SENDS, (application) => remindOne(deps, settings, vacancy, application, now));
    for (const outcome of outcomes) {
      if (outcome === 'not-due') summary.notDue += 1;
      else if (outcome === 'already-sent') summary.alreadySent += 1;
      else summary[outcome] += 1;
    }
    // A round with a failed send stays open: the next run (or a retry) looks again.
    if (!outcomes.includes('failed') && (await deps.email.claims.claim(round, now, new Date(now.getTime() + CLAIM_LIFETIME_MS)))) {
      await deps.email.claims.confirm(round, now);
    }
  }
  return summary;
};
