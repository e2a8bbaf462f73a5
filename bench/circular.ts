import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoCirculars } from '#functions/adapters/dynamodb/circular-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_SENDER, startLocalStack } from '#infra/local/stack.js';
import { stageSettings } from '#infra/aws/stages.js';
import { runCirculars } from '#shared/circulars/send-circulars.js';
import type { EmailSender } from '#shared/email/outgoing-email.js';
import { sendOnce } from '#shared/email/send-once.js';
import { circular } from '#shared/email/templates/circular.js';
import { noticeSnapshot } from '#shared/circulars/notice-snapshot.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { note, section, table } from './report.js';
import { numberKnob } from './scale.js';

/** Single emails sent for the baseline: their median is the row. */
const SINGLE_EMAILS = numberKnob('BENCH_CIRCULAR_SINGLES', 25, 5);

const WRITES = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);
const READS = new Set(['GetCommand', 'QueryCommand', 'BatchGetCommand', 'TransactGetCommand']);

interface Meter {
  ses: number;
  writes: number;
  reads: number;
  writeUnits: number;
}
const emptyMeter = (): Meter => ({ ses: 0, writes: 0, reads: 0, writeUnits: 0 });

/** Counts the calls of this document client (the bench's own, every store built on it) and the write capacity DynamoDB Local says they used. */
const metered = (client: DynamoDBDocumentClient, meter: () => Meter): DynamoDBDocumentClient => {
  const send = client.send.bind(client) as (command: { input: Record<string, unknown>; constructor: { name: string } }) => Promise<{ ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> }>;
  Object.defineProperty(client, 'send', {
    value: async (command: { input: Record<string, unknown>; constructor: { name: string } }) => {
      const name = command.constructor.name;
      const write = WRITES.has(name);
      if (write) {
        meter().writes += 1;
        command.input.ReturnConsumedCapacity ??= 'TOTAL';
      } else if (READS.has(name)) meter().reads += 1;
      const result = await send(command);
      if (write) for (const used of [result.ConsumedCapacity ?? []].flat()) meter().writeUnits += used.CapacityUnits ?? 0;
      return result;
    },
  });
  return client;
};

const vacancy = (number: string): Vacancy => ({
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
  publishedAt: '2027-03-01',
  deadline: '2027-03-31',
  status: 'open',
});

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const ms = (value: number) => Math.round(value * 10) / 10;

/**
 * Publishing a vacancy to every NCB contact (196 on the local stack) against sending one email,
 * in the same run, on the local stack's DynamoDB and SES emulators: wall time, SES calls and
 * DynamoDB writes (and their write units) and reads. The circular's pacing is on its injected
 * clock, so the wall time is the work alone; the time the stage's send rate makes it take is
 * given beside it (prod's rate, on that clock).
 */
export const circularBench = async (): Promise<void> => {
  section(
    'The circular to 196 NCBs (issue 15, point 5)',
    'One vacancy published to every NCB contact of the local stack (196) by the circular job’s rules (shared/circulars/send-circulars.ts) over the real adapters, against one email sent once (shared/email/send-once.ts, what the receipt and the digests use), in the same run on the DynamoDB and SES emulators. Wall time is the work only: pacing runs on the job’s injected clock, whose time at the prod stage’s send rate is given apart. DynamoDB writes are counted per call, with the write units DynamoDB Local reports.',
  );
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-circular-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
  let meter = emptyMeter();
  const documents = metered(createDocumentClient(dynamo), () => meter);
  const ses1 = sesEmailSender(ses, LOCAL_SENDER);
  const sender: EmailSender = {
    send: (email) => {
      meter.ses += 1;
      return ses1.send(email);
    },
  };
  const stores = {
    vacancies: dynamoVacancyStore(documents, stack.tableName),
    contacts: dynamoNcbContacts(documents, stack.tableName),
    circulars: dynamoCirculars(documents, stack.tableName),
    suppressions: dynamoSuppressions(documents, stack.tableName),
  };
  const claims = dynamoEmailClaims(documents, stack.tableName);
  const prodRate = stageSettings.prod.email.sendRatePerSecond ?? 1;

  try {
    const contacts = await stores.contacts.list();
    const [first] = contacts;
    if (!first) throw new Error('The local stack seeded no NCB contact.');

    // Baseline: one email sent once, as a receipt or a digest goes (the same template, one recipient).
    const singles: Array<{ wall: number; meter: Meter }> = [];
    const template = circular({
      to: first.email,
      language: first.language,
      country: first.country,
      notice: noticeSnapshot(vacancy('BENCH-1')),
      changes: [],
      vacancyUrl: `${stack.url}/`,
      acknowledgeUrl: `${stack.url}/vacancies/BENCH-1/circular-acknowledgement`,
    });
    for (let i = 0; i < SINGLE_EMAILS; i += 1) {
      meter = emptyMeter();
      const started = performance.now();
      await sendOnce({ claims, suppressions: stores.suppressions, sender }, { scope: `BENCH#${i}`, kind: 'single', day: '2027-03-02' }, template, new Date('2027-03-02T08:00:00Z'));
      singles.push({ wall: performance.now() - started, meter });
    }

    const runAt = async (number: string, now: string) => {
      const clock = { at: Date.parse(now) };
      meter = emptyMeter();
      const started = performance.now();
      const summary = await runCirculars(
        {
          ...stores,
          sender,
          clock: { now: () => new Date(clock.at) },
          pause: async (wait) => {
            clock.at += wait;
          },
        },
        { ratePerSecond: prodRate, publicBaseUrl: stack.url, stopAt: new Date(Date.parse(now) + 3_600_000) },
        new Date(now),
      );
      const wall = performance.now() - started;
      // What this run used, apart from the reads and writes the bench makes between runs.
      const used = meter;
      meter = emptyMeter();
      return { number, summary, wall, paced: clock.at - Date.parse(now), meter: used };
    };

    await stores.vacancies.put(vacancy('BENCH-C'));
    const published = await runAt('BENCH-C', '2027-03-02T08:00:00Z');
    const again = await runAt('BENCH-C', '2027-03-02T08:05:00Z');
    const stored = await stores.vacancies.get('BENCH-C');
    if (!stored) throw new Error('BENCH-C was not stored');
    const { version, ...current } = stored;
    await stores.vacancies.update({ ...current, deadline: '2027-04-07' }, version, { at: '2027-03-03T08:00:00.000Z', by: 'bench', version: version + 1, action: 'edited', changes: {} });
    const amended = await runAt('BENCH-C', '2027-03-03T08:05:00Z');

    const single = { wall: median(singles.map((run) => run.wall)), meter: singles[Math.floor(singles.length / 2)]?.meter ?? emptyMeter() };
    const row = (what: string, emails: number, wall: number, used: Meter, paced?: number) => ({
      what,
      emails,
      'wall ms': ms(wall),
      'ms per email': emails > 0 ? ms(wall / emails) : '',
      'SES calls': used.ses,
      'DynamoDB writes': used.writes,
      'write units': ms(used.writeUnits),
      'DynamoDB reads': used.reads,
      [`paced at ${prodRate}/s (prod)`]: paced === undefined ? '' : `${ms(paced / 1000)} s`,
      'x one email (wall)': ms(wall / single.wall),
    });
    table([
      row(`one email, sent once (median of ${SINGLE_EMAILS})`, 1, single.wall, single.meter),
      row('circular, publication (edition 1)', published.summary.sent, published.wall, published.meter, published.paced),
      row('circular, the next run (nothing left)', again.summary.sent, again.wall, again.meter, again.paced),
      row('circular, amendment (edition 2)', amended.summary.sent, amended.wall, amended.meter, amended.paced),
    ]);
    note(
      `${contacts.length} contacts. Per email the circular makes one SES call, one read (the suppression list) and two writes, as one email sent once does: the claim, then the mark, which is one transaction of two items (the send and the pointer from its SES message id, by which a bounce finds it): 3 write units an email as DynamoDB Local counts them, 5 as DynamoDB bills them (a transactional write item costs two); a vacancy adds one read of its circular, one Query of its sends, one of the contacts, and two writes (the edition, its completion). A run with nothing left reads the open vacancies (one Query), the contacts (one Query: has one changed since its edition went?) and one item per open vacancy, and writes nothing. At the prod stage’s ${prodRate} a second, 196 emails take ${ms((published.paced) / 1000)} s of the job’s 300, inside one run.`,
    );
  } finally {
    dynamo.destroy();
    ses.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};
