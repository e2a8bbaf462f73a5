import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_SENDER } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import { sendDeadlineReminders } from '#shared/reminders/send-reminders.js';
import { addDays, dateIn, offsetAt } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}
type Summary = Record<string, number>;

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let vacancies: VacancyStore;
let applications: ApplicationStore;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2027-03-01T08:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const client = createDocumentClient(dynamo);
  vacancies = dynamoVacancyStore(client, stack.tableName);
  applications = dynamoApplicationStore(client, stack.tableName);
});
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

/** `POST /_local/jobs/deadline-reminders?now=`, as EventBridge Scheduler would fire it at that time. */
const runReminders = async (now: Date | string): Promise<Summary> => {
  const response = await fetch(`${stack.url}/_local/jobs/deadline-reminders?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Summary }).summary;
};

const mailTo = async (address: string): Promise<Mail[]> => {
  const { items } = (await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Mail[] };
  return items.filter((mail) => mail.to.includes(address));
};

/** The instant a wall-clock time of a day is reached in a zone (the schedule's 06:00 in Lyon, say). */
const wallTime = (isoDate: string, hour: number, timeZone: string): Date => {
  const naive = Date.parse(`${isoDate}T${String(hour).padStart(2, '0')}:00:00Z`);
  const guess = naive - offsetAt(new Date(naive), timeZone);
  return new Date(naive - offsetAt(new Date(guess), timeZone));
};

/** An incomplete application (nothing received yet), submitted long before its reminders. */
const candidate = (id: string, vacancy: string, submittedAt: string, overrides: Partial<Application> = {}): Application =>
  aminaApplication({ id, vacancy, email: `${id}@police.example`, submittedAt, updatedAt: submittedAt, privacyConsentAt: submittedAt, ...overrides });

const vacancy = (number: string, overrides: Partial<Vacancy>): Vacancy => openVacancy({ number, title: `Analyst ${number}`, ...overrides });

describe('the deadline-reminders job, through /_local/jobs', () => {
  it('reminds 14, 7 and 2 days before a Lyon deadline, on the right local days across the spring DST change, and never after it', async () => {
    // Tuesday 30 March 2027: the 2-day reminder falls on Sunday 28 March, when Lyon moves to summer time.
    await vacancies.put(vacancy('2801', { title: 'Criminal Intelligence Officer', publishedAt: '2027-02-01', deadline: '2027-03-30' }));
    const amina = candidate('dst-amina', '2801', '2027-02-10T10:00:00.000Z');
    await seedApplications(applications, [amina]);

    const remindedOn: Array<[string, number]> = [];
    for (let day = '2027-03-14'; day <= '2027-04-02'; day = addDays(day, 1)) {
      const before = (await mailTo(amina.email)).length;
      await runReminders(wallTime(day, 6, 'Europe/Paris'));
      const after = await mailTo(amina.email);
      if (after.length > before) remindedOn.push([day, after.length - before]);
    }

    expect(remindedOn).toEqual([
      ['2027-03-16', 1],
      ['2027-03-23', 1],
      ['2027-03-28', 1],
    ]);
    const mails = await mailTo(amina.email);
    expect(mails.map((mail) => mail.text.match(/The deadline is in \d+ days/)?.[0])).toEqual([
      'The deadline is in 14 days',
      'The deadline is in 7 days',
      'The deadline is in 2 days',
    ]);
  });

  it('says what is missing, how to supply it, and the deadline in the duty station’s time, naming the vacancy in the subject', async () => {
    await vacancies.put(vacancy('2802', { title: 'Financial Crime Analyst', publishedAt: '2027-02-01', deadline: '2027-03-30' }));
    const withCv = candidate('content-cv', '2802', '2027-02-10T10:00:00.000Z', {
      documents: { cv: { key: 'k', contentType: 'application/pdf', size: 1, sha256: 'x', receivedAt: '2027-02-10T10:00:00Z' } },
    });
    await seedApplications(applications, [withCv]);

    await runReminders('2027-03-23T05:00:00Z');

    const [mail] = await mailTo(withCv.email);
    expect(mail?.subject).toBe('Reminder: your application to vacancy 2802, Financial Crime Analyst, is not complete');
    expect(mail?.text).not.toContain('Your CV');
    expect(mail?.text).toContain('The confirmation letter from your home administration. It reaches us through your National Central Bureau (NCB)');
    expect(mail?.text).toContain('Validation by your National Central Bureau (NCB)');
    expect(mail?.text).toContain('30 March 2027, 23:59 Lyon time (Europe/Paris, UTC+02:00)');
    expect(mail?.text).toContain(`${stack.url}/status`);
    expect(mail?.html).toContain(`href="${stack.url}/status"`);
  });

  it('counts the days in Singapore, not in UTC: the 14-day reminder goes at midnight there, still the day before in UTC', async () => {
    await vacancies.put(
      vacancy('2803', { location: 'Singapore', timeZone: 'Asia/Singapore', publishedAt: '2027-05-01', deadline: '2027-06-20' }),
    );
    const lee = candidate('sg-lee', '2803', '2027-05-10T02:00:00.000Z');
    await seedApplications(applications, [lee]);

    await runReminders('2027-06-05T15:59:00Z');
    const beforeMidnight = (await mailTo(lee.email)).length;
    await runReminders('2027-06-05T16:00:00Z');
    const atMidnight = await mailTo(lee.email);

    expect(dateIn(new Date('2027-06-05T16:00:00Z'), 'Asia/Singapore')).toBe('2027-06-06');
    expect(beforeMidnight).toBe(0);
    expect(atMidnight).toHaveLength(1);
    expect(atMidnight[0]?.text).toContain('20 June 2027, 23:59 Singapore time (Asia/Singapore, UTC+08:00)');
  });

  it('sends nothing twice when two runs of the same day race, or when the day is run again', async () => {
    await vacancies.put(vacancy('2804', { publishedAt: '2027-07-01', deadline: '2027-08-20' }));
    const cohort = ['race-1', 'race-2', 'race-3'].map((id) => candidate(id, '2804', '2027-07-05T10:00:00.000Z'));
    await seedApplications(applications, cohort);
    const now = wallTime('2027-08-13', 6, 'Europe/Paris');

    const [one, two] = await Promise.all([runReminders(now), runReminders(now)]);
    const again = await runReminders(now);

    expect((one?.sent ?? 0) + (two?.sent ?? 0)).toBe(3);
    // The round is done: the day's re-run reads no application at all.
    expect([again.sent, again.vacanciesDone, again.applicationsRead]).toEqual([0, 1, 0]);
    for (const application of cohort) expect(await mailTo(application.email)).toHaveLength(1);
  });

  it('after missed runs, sends only the most recent reminder due, not a burst, and the next one on its day', async () => {
    await vacancies.put(vacancy('2805', { publishedAt: '2027-08-01', deadline: '2027-09-20' }));
    const late = candidate('missed-runs', '2805', '2027-08-02T10:00:00.000Z');
    await seedApplications(applications, [late]);

    // No run for the 14-day and 7-day reminders: the first run is 5 days before.
    await runReminders(wallTime('2027-09-15', 6, 'Europe/Paris'));
    await runReminders(wallTime('2027-09-16', 6, 'Europe/Paris'));
    const caughtUp = await mailTo(late.email);
    await runReminders(wallTime('2027-09-18', 6, 'Europe/Paris'));

    expect(caughtUp).toHaveLength(1);
    expect(caughtUp[0]?.text).toContain('The deadline is in 5 days');
    const all = await mailTo(late.email);
    expect(all).toHaveLength(2);
    expect(all[1]?.text).toContain('The deadline is in 2 days');
  });

  it('sends nothing once the deadline day has ended in the duty station, though the vacancy is still stored open', async () => {
    await vacancies.put(vacancy('2806', { publishedAt: '2027-09-01', deadline: '2027-10-20' }));
    const missedAll = candidate('after-deadline', '2806', '2027-09-02T10:00:00.000Z');
    await seedApplications(applications, [missedAll]);

    // 20 October ends in Lyon at 22:00 UTC (summer time).
    const justAfter = await runReminders('2027-10-20T22:00:00Z');
    await runReminders('2027-10-21T04:00:00Z');

    expect(justAfter.sent).toBe(0);
    expect(await mailTo(missedAll.email)).toHaveLength(0);
  });

  it('reminds nobody who withdrew, was rejected, is complete, or whose address is suppressed', async () => {
    await vacancies.put(vacancy('2807', { publishedAt: '2027-10-01', deadline: '2027-11-20' }));
    const submitted = '2027-10-05T10:00:00.000Z';
    const waiting = candidate('still-waiting', '2807', submitted);
    const withdrawing = candidate('withdrawing', '2807', submitted);
    const rejected = candidate('rejected', '2807', submitted);
    const bounced = candidate('bounced', '2807', submitted);
    const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: submitted };
    const complete = candidate('complete', '2807', submitted, {
      documents: { cv: received, confirmationLetter: received },
      ncbValidation: { decision: 'validated', screeningAttested: true, at: submitted, by: 'ncb.lyon@interpol.fr.example' },
    });
    await seedApplications(applications, [waiting, withdrawing, rejected, bounced, complete]);
    // Withdrawn and rejected through the store's update, as the API and the grid do: the sparse index drops them.
    const audit = (action: 'withdrawn' | 'status-changed') => ({ at: submitted, by: 'candidate', action, changes: {} });
    await applications.update(withdrawing.id, 1, { status: 'withdrawn' }, audit('withdrawn'));
    await applications.update(rejected.id, 1, { status: 'rejected' }, audit('status-changed'));
    await dynamoSuppressions(createDocumentClient(dynamo), stack.tableName).suppress(bounced.email, 'bounce', new Date(submitted));

    const summary = await runReminders(wallTime('2027-11-13', 6, 'Europe/Paris'));

    expect(summary).toMatchObject({ applicationsRead: 2, sent: 1, suppressed: 1 });
    expect(await mailTo(waiting.email)).toHaveLength(1);
    for (const left of [withdrawing, rejected, bounced, complete]) expect(await mailTo(left.email)).toHaveLength(0);
  });
});

/** Every DynamoDB call the job makes, with what it read back: the job's cost, measured on the real SDK and DynamoDB Local. */
const countingClient = (endpoint: string) => {
  const calls: Array<{ command: string; index?: string; items: number }> = [];
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const input = args.input as { IndexName?: string };
      const output = result.output as { Count?: number; Item?: unknown };
      calls.push({
        command: context.commandName ?? 'unknown',
        ...(input.IndexName ? { index: input.IndexName } : {}),
        items: output.Count ?? (output.Item ? 1 : 0),
      });
      return result;
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return { client, calls };
};

describe('what the deadline-reminders job costs', () => {
  it('reads one empty Query and no item for a vacancy with nothing missing, and one read per reminder for a vacancy with many', async () => {
    const quiet = vacancy('2901', { publishedAt: '2027-12-01', deadline: '2028-01-20' });
    const busy = vacancy('2902', { publishedAt: '2027-12-01', deadline: '2028-02-20' });
    await Promise.all([vacancies.put(quiet), vacancies.put(busy)]);
    const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2027-12-02T10:00:00Z' };
    const completeOnes = Array.from({ length: 100 }, (_, i) =>
      candidate(`quiet-${i}`, '2901', '2027-12-02T10:00:00.000Z', {
        documents: { cv: received, confirmationLetter: received },
        ncbValidation: { decision: 'validated', screeningAttested: true, at: '2027-12-03T10:00:00Z', by: 'ncb@example.org' },
      }),
    );
    const incompleteOnes = Array.from({ length: 100 }, (_, i) => candidate(`busy-${i}`, '2902', '2027-12-02T10:00:00.000Z'));
    await seedApplications(applications, [...completeOnes, ...incompleteOnes]);
    const { client, calls } = countingClient(stack.endpoints.dynamodb);
    const ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
    const documents = createDocumentClient(client);
    const deps = {
      vacancies: dynamoVacancyStore(documents, stack.tableName),
      applications: dynamoApplicationStore(documents, stack.tableName),
      email: { claims: dynamoEmailClaims(documents, stack.tableName), suppressions: dynamoSuppressions(documents, stack.tableName), sender: sesEmailSender(ses, LOCAL_SENDER) },
    };
    const settings = { offsets: [14, 7, 2], publicBaseUrl: stack.url };
    const run = async (now: string) => {
      calls.length = 0;
      const summary = await sendDeadlineReminders(deps, settings, new Date(now));
      return { summary, calls: [...calls] };
    };

    const quietRun = await run('2028-01-13T05:00:00Z');
    const busyRun = await run('2028-02-13T05:00:00Z');
    const busyRerun = await run('2028-02-13T05:00:00Z');
    client.destroy();
    ses.destroy();

    const count = (made: typeof calls, command: string, index?: string) => made.filter((c) => c.command === command && c.index === index).length;
    expect(quietRun.calls.filter((c) => c.index === 'incomplete')).toEqual([{ command: 'QueryCommand', index: 'incomplete', items: 0 }]);
    // The vacancy's round looked up (nothing there) and marked done: no application read.
    expect([count(quietRun.calls, 'GetItemCommand'), count(quietRun.calls, 'PutItemCommand')]).toEqual([1, 1]);
    expect(busyRun.summary).toMatchObject({ applicationsRead: 100, sent: 100 });
    // The round looked up, then per reminder sent: its claim looked up, the address's suppression looked up, the claim written; the round marked done.
    expect([count(busyRun.calls, 'GetItemCommand'), count(busyRun.calls, 'PutItemCommand')]).toEqual([201, 101]);
    // A re-run of the day: the round's one look-up, no Query, nothing written.
    expect(busyRerun.summary).toMatchObject({ sent: 0, vacanciesDone: 1, applicationsRead: 0 });
    expect([count(busyRerun.calls, 'GetItemCommand'), count(busyRerun.calls, 'PutItemCommand')]).toEqual([1, 0]);
    expect(busyRerun.calls.filter((c) => c.index === 'incomplete')).toEqual([]);
  });
});
