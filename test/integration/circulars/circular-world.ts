import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { dynamoCirculars } from '#functions/adapters/dynamodb/circular-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { LOCAL_SENDER, type LocalStack } from '#infra/local/stack.js';
import { runCirculars, type CircularSettings } from '#shared/circulars/send-circulars.js';
import type { CircularSend } from '#shared/circulars/store.js';
import type { EmailSender } from '#shared/email/outgoing-email.js';
import type { Clock } from '#shared/time/clock.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { settableClock } from '../../support/settable-clock.js';

/**
 * The circular job's rules over the real adapters of a running local stack (DynamoDB and SES
 * emulators), with a clock the run moves itself: a pause moves it on instead of sleeping, so pacing
 * is measured on the clock, and a run of 196 sends at 4 a second takes no 49 real seconds.
 */
export const circularWorld = (stack: Pick<LocalStack, 'tableName' | 'endpoints' | 'url'>) => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses, maxAttempts: 1 });
  const documents = createDocumentClient(dynamo);
  const stores = {
    vacancies: dynamoVacancyStore(documents, stack.tableName),
    contacts: dynamoNcbContacts(documents, stack.tableName),
    circulars: dynamoCirculars(documents, stack.tableName, { patienceMs: 0 }),
    suppressions: dynamoSuppressions(documents, stack.tableName),
  };
  const sesSender = sesEmailSender(ses, LOCAL_SENDER);

  /**
   * One run at `now` (the schedule's time), its clock starting there; `sender` wraps SES to watch or break it;
   * `countries` reads only those countries' contacts, for a suite that needs a vacancy's circular and not its 196 emails.
   */
  const run = async (
    now: string,
    {
      ratePerSecond = 50,
      seconds = 270,
      sender = () => sesSender,
      countries,
    }: { ratePerSecond?: number; seconds?: number; sender?: (clock: Clock) => EmailSender; countries?: readonly string[] } = {},
  ) => {
    const clock = settableClock(now);
    const pauses: number[] = [];
    const settings: CircularSettings = { ratePerSecond, publicBaseUrl: stack.url, stopAt: new Date(Date.parse(now) + seconds * 1000) };
    const summary = await runCirculars(
      {
        ...stores,
        contacts: countries ? { list: async () => (await stores.contacts.list()).filter((contact) => countries.includes(contact.country)) } : stores.contacts,
        sender: sender(clock),
        clock,
        pause: async (ms) => {
          pauses.push(ms);
          clock.set(new Date(clock.now().getTime() + ms));
        },
      },
      settings,
      new Date(now),
    );
    return { summary, clock, pauses };
  };

  /**
   * A sent send written as the code before bounce matching by message id wrote it (its claim's item,
   * then `state`, `sentAt`, `messageId`): no pointer from its message id, no `bouncesByMessage`, no language.
   */
  const oldShapeSend = async (send: CircularSend) => {
    const { number, edition, country, address, claimedAt, sentAt, messageId, ackTokenHash, ackExpiresAt, acknowledgedAt } = send;
    await documents.send(
      new PutCommand({
        TableName: stack.tableName,
        Item: {
          pk: `CIRCULAR#${number}`,
          sk: `SEND#${String(edition).padStart(4, '0')}#${country}`,
          entity: 'circular-send',
          number,
          edition,
          country,
          state: 'sent',
          address,
          addressKey: address.toLowerCase(),
          claimedAt,
          sentAt,
          messageId,
          ackTokenHash,
          ackExpiresAt,
          ...(acknowledgedAt ? { acknowledgedAt } : {}),
        },
      }),
    );
  };

  /** The table's item under `pk` and `sk` as stored: what an adapter wrote beside what its store answers (a TTL). */
  const item = async (pk: string, sk: string) => (await documents.send(new GetCommand({ TableName: stack.tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;

  return { stores, sesSender, run, oldShapeSend, item, close: () => (dynamo.destroy(), ses.destroy()) };
};

/** A vacancy of the test's own, taking applications from `publishedAt` to `deadline` (the demo's are closed by then). */
export const testVacancy = (number: string, publishedAt: string, deadline: string, overrides: Partial<Vacancy> = {}): Vacancy => ({
  number,
  title: 'Criminal Intelligence Officer',
  unit: 'Criminal Analysis',
  reportingTo: 'Head of Unit',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '5',
  durationMonths: 24,
  posts: 1,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt,
  deadline,
  status: 'open',
  ...overrides,
});

export const mailbox = async (stack: Pick<LocalStack, 'url'>): Promise<MailItem[]> =>
  ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

/** The circulars of one vacancy in the mailbox (each test's vacancy has a number of its own, which every subject names). */
export const circularsOf = async (stack: Pick<LocalStack, 'url'>, number: string): Promise<MailItem[]> =>
  (await mailbox(stack)).filter((mail) => mail.subject.includes(` ${number}`));

/** A sender that counts SES calls and notes the clock at each, around the real one. */
export const watchedSender = (inner: EmailSender, clock: Clock) => {
  const calls: number[] = [];
  const sender: EmailSender = {
    async send(email) {
      calls.push(clock.now().getTime());
      return inner.send(email);
    },
  };
  return { sender, calls };
};
