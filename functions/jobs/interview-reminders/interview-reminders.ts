import { sendInterviewReminders } from '#shared/interviews/reminders.js';
import { interviewStore } from '../../interviews/interview-stores.js';
import { applicationReads } from '../../stores/application-stores.js';
import { emailStores } from '../../stores/email-stores.js';
import { vacancyStore } from '../../stores/vacancy-store.js';
import { jobHandler } from '../job-handler.js';

/**
 * The hourly `interview-reminders` job: each booked candidate reminded once, the day before, from
 * 08:00 in the slot's zone; and each booking's confirmation that could not go (SES down) sent, once.
 */
export const handler = jobHandler('interview-reminders', async ({ now }) => ({
  ...(await sendInterviewReminders({ interviews: interviewStore(), applications: applicationReads(), vacancies: vacancyStore(), email: emailStores() }, now)),
}));
