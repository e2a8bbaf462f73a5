import { sendDeadlineReminders } from '#shared/reminders/send-reminders.js';
import { readConfig } from '../../config.js';
import { emailStores } from '../../stores/email-stores.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';

const { REMINDER_OFFSETS_DAYS, PUBLIC_BASE_URL } = readConfig(['REMINDER_OFFSETS_DAYS', 'PUBLIC_BASE_URL']);

/** The daily `deadline-reminders` job: candidates reminded of what is missing before the deadline. */
export const handler = jobHandler('deadline-reminders', async ({ now }) => {
  const { vacancies, applications } = tableStores();
  const summary = await sendDeadlineReminders(
    { vacancies, applications, email: emailStores() },
    { offsets: REMINDER_OFFSETS_DAYS, publicBaseUrl: PUBLIC_BASE_URL },
    now,
  );
  return { ...summary };
});
