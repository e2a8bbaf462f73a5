import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationItem } from '#functions/adapters/dynamodb/application-item.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoLetterLedger } from '#functions/adapters/dynamodb/letter-ledger.js';
import { dynamoLetterSettings } from '#functions/adapters/dynamodb/letter-settings.js';
import { dynamoWrittenTestsOfVacancy } from '#functions/adapters/dynamodb/letter-written-tests.js';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { dynamoRecommendations } from '#functions/adapters/dynamodb/selection-recommendations.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_SENDER, startLocalStack } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { EmailSender } from '#shared/email/outgoing-email.js';
import { closeOut, previewCloseOut } from '#shared/letters/close-out.js';
import type { CloseOutDependencies } from '#shared/letters/dependencies.js';
import { sendDue } from '#shared/letters/send-letters.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { callsText, meterRuns, writeAll } from './dynamo-calls.js';
import { note, section, table } from './report.js';
import { numberKnob } from './scale.js';

/** The vacancy closed out, and the single letters of the baseline (each on a vacancy of its own). */
const APPLICATIONS = numberKnob('BENCH_LETTERS_APPLICATIONS', 2_000, 200);
const SINGLES = numberKnob('BENCH_LETTERS_SINGLES', 11, 5);

const READS = new Set(['GetCommand', 'QueryCommand', 'BatchGetCommand', 'TransactGetCommand', 'ScanCommand']);

interface Meter {
  ses: number;
  reads: number;
  writes: number;
  calls: Record<string, number>;
}
const emptyMeter = (): Meter => ({ ses: 0, reads: 0, writes: 0, calls: {} });

/** Counts every call of this document client by its command (a Scan would show as ScanCommand). */
const metered = (client: DynamoDBDocumentClient, meter: () => Meter): DynamoDBDocumentClient => {
  const send = client.send.bind(client) as (command: { constructor: { name: string } }) => Promise<unknown>;
  Object.defineProperty(client, 'send', {
    value: async (command: { constructor: { name: string } }) => {
      const name = command.constructor.name;
      const used = meter();
      used.calls[name] = (used.calls[name] ?? 0) + 1;
      if (READS.has(name)) used.reads += 1;
      else used.writes += 1;
      return send(command);
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
  publishedAt: '2026-10-01',
  deadline: '2026-10-31',
  status: 'closed',
});

const languages = ['en', 'fr', 'es', 'ar'] as const;
/** The close-out's mix: most never got past screening, as in a real vacancy; a few reached the interview. */
const mix: readonly ApplicationStatus[] = ['submitted', 'screening', 'screening', 'screening', 'shortlisted', 'screening', 'tested', 'screening', 'interviewed', 'submitted'];

const application = (i: number, number: string, status: ApplicationStatus): Application => {
  const id = `be770000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const at = '2026-10-20T10:00:00.000Z';
  return {
    id,
    vacancy: number,
    givenName: 'Bench',
    familyName: `Candidate ${i}`,
    email: `letters.bench.${i}@police.example`,
    phone: '+33 4 72 00 00 00',
    nationality: 'FR',
    category: 'law-enforcement',
    currentTitle: 'Commandant de police',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 12,
    languages: ['en', 'fr'],
    language: languages[i % languages.length] ?? 'en',
    status,
    submittedAt: at,
    updatedAt: at,
    version: 1,
    privacyConsentAt: at,
    documents: {},
    statusTokenHash: 'bench',
    ...(status === 'tested' ? { writtenTest: { testId: 'bench', mark: 62, passMark: 50, maxMark: 100, passed: true, recordedAt: at, recordedBy: 'hr@bench.example' } } : {}),
  } as Application;
};

const ms = (value: number) => Math.round(value * 10) / 10;
const hr: StaffPrincipal = { subject: 'bench-hr', email: 'hr@bench.example', groups: ['hr'] };

/**
 * Closing out a vacancy of 2,000 applications (issue 16, point 6) against sending one letter, in the
 * same run on the local stack's DynamoDB and SES emulators, through the letters' own rules
 * (shared/letters/) over the real adapters: wall time, letters sent, SES calls and DynamoDB calls
 * by command (Query by vacancy and status, never a Scan). Then the same close-out again (a second
 * run: nothing to end, nothing to send) and the letters job's read of the vacancy afterwards.
 */
export const lettersBench = async (): Promise<void> => {
  section(
    `Close-out of a vacancy of ${APPLICATIONS.toLocaleString('en')} applications (issue 16, point 6)`,
    `One closed vacancy with ${APPLICATIONS.toLocaleString('en')} applications still open (submitted, screening, shortlisted, tested, interviewed) closed out by shared/letters/close-out.ts over the real adapters: each ended as rejected through the status machine in its own transaction with its audit entry (the vacancy's counts moved once), then each told the stage it reached in its language, once (sendOnce claims). Against one letter sent (a shortlisted letter, by the same sendDue, on a vacancy of one application; median of ${SINGLES}), in the same run on the DynamoDB and SES emulators. DynamoDB calls are counted per command on the bench's client.`,
  );
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-letters-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
  const { current: meterNow, measure } = meterRuns(emptyMeter);
  const raw = createDocumentClient(dynamo);
  const documents = metered(createDocumentClient(dynamo), meterNow);
  const toSes = sesEmailSender(ses, LOCAL_SENDER);
  const sender: EmailSender = {
    send: (email) => {
      meterNow().ses += 1;
      return toSes.send(email);
    },
  };
  const table_ = stack.tableName;
  const deps: CloseOutDependencies = {
    applications: dynamoApplicationStore(documents, table_),
    vacancies: dynamoVacancyStore(documents, table_),
    recommendations: dynamoRecommendations(documents, table_),
    writtenTests: dynamoWrittenTestsOfVacancy(documents, table_),
    settings: dynamoLetterSettings(documents, table_),
    ledger: dynamoLetterLedger(documents, table_),
    contacts: dynamoNcbContacts(documents, table_),
    email: { claims: dynamoEmailClaims(documents, table_), suppressions: dynamoSuppressions(documents, table_), sender },
    publicBaseUrl: stack.url,
  };
  const now = new Date('2026-12-07T09:00:00.000Z');

  try {
    const vacancies = dynamoVacancyStore(raw, table_);
    const big = 'BENCH-L';
    await vacancies.put(vacancy(big));
    const singles = Array.from({ length: SINGLES }, (_, i) => `BENCH-L1-${i + 1}`);
    for (const number of singles) await vacancies.put(vacancy(number));
    const seeded = performance.now();
    await writeAll(raw, table_, [
      ...Array.from({ length: APPLICATIONS }, (_, i) => applicationItem(application(i, big, mix[i % mix.length] ?? 'screening'))),
      ...singles.map((number, i) => applicationItem(application(APPLICATIONS + i, number, 'shortlisted'))),
    ]);
    const seedSeconds = (performance.now() - seeded) / 1000;

    // Baseline: one letter due and sent (the first run of each warms nothing the next uses but the clients).
    const one: Array<Awaited<ReturnType<typeof measure<Awaited<ReturnType<typeof sendDue>>>>>> = [];
    for (const number of singles) one.push(await measure(() => sendDue(deps, vacancy(number), ['shortlisted'], now)));
    const single = one.sort((a, b) => a.wall - b.wall)[Math.floor(one.length / 2)];
    if (!single || single.result.summary.sent !== 1) throw new Error(`one letter: sent ${single?.result.summary.sent ?? 0}, not 1`);

    const preview = await measure(() => previewCloseOut(deps, big, now));
    const first = await measure(() => closeOut(deps, hr, big, now));
    const second = await measure(() => closeOut(deps, hr, big, now));
    const job = await measure(() => sendDue(deps, vacancy(big), ['not-retained'], now));
    if (first.result.ended !== APPLICATIONS || first.result.letters.sent !== APPLICATIONS) {
      throw new Error(`close-out ended ${first.result.ended} and sent ${first.result.letters.sent} of ${APPLICATIONS}`);
    }
    if (second.result.ended !== 0 || second.result.letters.sesCalls !== 0 || job.result.summary.sesCalls !== 0) throw new Error('a second run sent or ended again');

    const row = (what: string, letters: number, ended: number | string, run: { wall: number; meter: Meter }) => ({
      what,
      ended,
      'letters sent': letters,
      'wall ms': ms(run.wall),
      'ms per letter': letters > 0 ? ms(run.wall / letters) : '',
      'SES calls': run.meter.ses,
      'DynamoDB reads': run.meter.reads,
      'DynamoDB writes': run.meter.writes,
      'x one letter (wall)': ms(run.wall / single.wall),
    });
    table([
      row(`one letter (median of ${SINGLES})`, single.result.summary.sent, '', single),
      row('close-out preview', 0, '', preview),
      row(`close-out, ${APPLICATIONS.toLocaleString('en')} applications`, first.result.letters.sent, first.result.ended, first),
      row('close-out again (nothing left)', second.result.letters.sent, second.result.ended, second),
      row('the letters job’s read of the vacancy after', job.result.summary.sent, '', job),
    ]);
    const stages = Object.entries(preview.result.letters)
      .map(([stage, count]) => `${count} after ${stage}`)
      .join(', ');
    note(
      `DynamoDB calls by command. One letter: ${callsText(single.meter.calls)}. Close-out: ${callsText(first.meter.calls)}. Close-out again: ${callsText(second.meter.calls)}. The job’s read after: ${callsText(job.meter.calls)}. No Scan: the open applications are read by Query on the index by vacancy and status (${first.result.reads.closeOutQueries} Queries for the five open statuses, pages of 500), the letters’ claims by BatchGet of 100 (${first.result.reads.claimBatches}), and no history is read for the rejections the close-out made itself (${first.result.reads.histories}). Letters by stage reached: ${stages}. Seeded with BatchWrite in ${ms(seedSeconds)} s (not counted). The SES emulator answers at once and takes any rate: at the prod stage’s 4 emails a second (its SES quota, infra/aws/stages.ts) ${APPLICATIONS.toLocaleString('en')} letters are ${Math.round(APPLICATIONS / 4)} s of sending, more than a route’s 28 s, so in prod the close-out ends everyone in its first run (the transactions are the quick part) and begins letters at that rate until its time budget is out (about 80 in a route’s 20 s), answering how many it left; the next runs or the hourly letters job send the rest. None is sent twice.`,
    );
  } finally {
    dynamo.destroy();
    ses.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};
