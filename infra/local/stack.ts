import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { handlerSourcePath, routes, schedules, STAFF_PAGE_PATH, type Route, type Schedule } from '#functions/routes.js';
import { systemClock, type Clock } from '#shared/time/clock.js';
import { createLocalIssuer, LOCAL_CLIENT_ID } from './auth/local-issuer.js';
import { hostedSignIn, tokenEndpoint } from './auth/sign-in.js';
import { startDynamoDbLocal, type DynamoDbLocalOptions, type RunningEmulator } from './emulators/dynamodb-local.js';
import { localCredentials, localRegion } from './emulators/local-aws.js';
import { startS3Local } from './emulators/s3-local.js';
import { startSesLocal } from './emulators/ses-local.js';
import { startGateway, type HttpFunction, type JobFunction, type StaffAuthorizer } from './gateway/server.js';
import { jobsEndpoint } from './jobs.js';
import { createMailbox } from './mailbox.js';
import { sesNotificationsEndpoint } from './ses-notifications.js';
import { ensureBucket, ensureTable } from './provision.js';
import { seedDemoApplications } from './seed/demo-applications.js';
import { seedDemoProposals } from './seed/demo-proposals.js';
import { seedDemoSecondments } from './seed/demo-secondments.js';
import { seedDemoSelection } from './seed/demo-selection.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { demoVacancies, seedDemoData } from './seed/seed-demo-data.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { dynamoProposalStore } from '#functions/adapters/dynamodb/proposal-store.js';
import { readConfig } from '#functions/config.js';
import { dispatchRoutes } from '#functions/http/route-dispatch.js';
import { routeFunctions } from '#infra/aws/route-functions.js';
import { formatForces } from '#shared/profiles/forces.js';
import { organisationProfile, type ProfileSetting } from '#shared/profiles/profile.js';
import { seedSendingApplications } from './seed/demo-sending-applications.js';

export interface LocalStackOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  host?: string;
  /** The time API Gateway stamps on each request; tests pass their own. */
  clock?: Clock;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** How many demo applications to seed with the demo data (npm start); tests write their own. A sending unit's demo has its own few, seeded when this is above 0. */
  demoApplications?: number;
  /** How DynamoDB Local picks its port; a test injects a port already taken. */
  dynamodb?: DynamoDbLocalOptions;
  /** What the organisation is (shared/profiles/profile.ts): receiving by default; `PROFILE=sending npm start` runs a national unit. */
  profile?: ProfileSetting;
}

/**
 * One emulator of a running stack, for fault tests: `stop` takes it down while everything else
 * runs (its clients get connection errors), `start` brings it back on the same endpoint with what
 * it stored, so handlers' clients, which read AWS_ENDPOINT_URL_* once, reconnect. Call one at a time.
 */
export interface EmulatorControl {
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface LocalStack {
  url: string;
  tableName: string;
  bucket: string;
  endpoints: { dynamodb: string; s3: string; ses: string };
  /** DynamoDB keeps its table on disk, S3 its objects; SES's mail stays in the mailbox (GET /_local/mailbox). */
  emulators: { dynamodb: EmulatorControl; s3: EmulatorControl; ses: EmulatorControl };
  seeded: { seeded: boolean; seededOn: string };
  /** Resolves once no handler call is under way, answered or not (after a 504 the handler runs on, in process). */
  handlersSettled(): Promise<void>;
  stop(): Promise<void>;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');
export const LOCAL_TABLE = 'secondment-hub-local';
export const LOCAL_BUCKET = 'secondment-hub-local-documents';
export const LOCAL_SENDER = 'recruitment@secondment-hub.local';

const importHandler = async <F>(handler: string): Promise<F> => {
  const module = (await import(pathToFileURL(join(projectRoot, handlerSourcePath(handler))).href)) as { handler?: F };
  if (typeof module.handler !== 'function') throw new Error(`${handlerSourcePath(handler)} does not export a handler.`);
  return module.handler;
};

/**
 * The whole system on one machine: DynamoDB Local, s3rver and the SES emulator on 127.0.0.1,
 * the table and bucket, the demo data, and every route of the table behind the local gateway.
 * Handler modules read their configuration once, so one process runs one stack.
 */
export const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const clock = options.clock ?? systemClock;
  // This machine runs Node 20 with a pinned SDK; the SDK's notice about Node 22 is for deployers.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = resolve(options.dataDir);
  const started: RunningEmulator[] = [];
  let stopGateway: (() => Promise<void>) | undefined;
  let dynamoStarting: Promise<RunningEmulator> | undefined;
  let closeMailbox: (() => void) | undefined;
  const stopAll = async () => {
    await stopGateway?.();
    await Promise.allSettled(started.reverse().map((emulator) => emulator.stop()));
    closeMailbox?.();
  };
  try {
    await mkdir(dataDir, { recursive: true });
    // Each email is on disk as the SES emulator takes it, so a crash loses none that went out.
    const mailbox = createMailbox({ journal: join(dataDir, 'mailbox.jsonl'), legacy: join(dataDir, 'mailbox.json') });
    closeMailbox = mailbox.close;
    // DynamoDB Local takes seconds to boot: start it first and let the rest start meanwhile.
    dynamoStarting = startDynamoDbLocal(join(dataDir, 'dynamodb'), options.dynamodb).then((e) => (started.push(e), e));
    // Its failure (no Java, say) is reported when awaited below, not as an unhandled rejection meanwhile.
    dynamoStarting.catch(() => undefined);
    const [s3, ses] = await Promise.all([
      startS3Local(join(dataDir, 's3'), { clock }).then((e) => (started.push(e), e)),
      startSesLocal({ onEmail: (email) => mailbox.take(email) }).then((e) => (started.push(e), e)),
    ]);
    const dynamodb = await dynamoStarting;

    Object.assign(process.env, {
      STAGE: 'local',
      LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
      TABLE_NAME: LOCAL_TABLE,
      DOCUMENTS_BUCKET: LOCAL_BUCKET,
      EMAIL_FROM: LOCAL_SENDER,
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SES: ses.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      DOCUMENTS_UPLOAD_ORIGIN: new URL(s3.endpoint).origin,
      // The jobs' per-stage settings, as infra/aws/stages.ts gives them to a dev stage.
      REMINDER_OFFSETS_DAYS: process.env.REMINDER_OFFSETS_DAYS ?? '14,7,2',
      HR_DIGEST_RECIPIENTS: process.env.HR_DIGEST_RECIPIENTS ?? 'hr@secondment-hub.local',
      ORGANISATION_TIME_ZONE: process.env.ORGANISATION_TIME_ZONE ?? 'Europe/Paris',
      // The emulator has no send rate: the circular job goes as fast as a stage out of SES's sandbox.
      CIRCULAR_SEND_RATE_PER_SECOND: process.env.CIRCULAR_SEND_RATE_PER_SECOND ?? '50',
      // A dev stage's short open period for proposals, so a lapse can be seen in a demo.
      PROPOSAL_OPEN_DAYS: process.env.PROPOSAL_OPEN_DAYS ?? '30',
      // The profile as the CDK app carries it (infra/aws/constructs/job-settings.ts profileVariables).
      ORGANISATION_PROFILE: options.profile?.profile ?? 'receiving',
      RELEASING_FORCES: options.profile?.profile === 'sending' ? formatForces(options.profile.forces) : '',
    });

    const admin = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: dynamodb.endpoint });
    const s3Admin = new S3Client({
      region: localRegion,
      credentials: localCredentials,
      endpoint: s3.endpoint,
      forcePathStyle: true,
    });
    await Promise.all([ensureTable(admin, LOCAL_TABLE), ensureBucket(s3Admin, LOCAL_BUCKET)]);
    const documentClient = createDocumentClient(admin);
    const profile = organisationProfile(options.profile ?? { profile: 'receiving' });
    const seeded = await seedDemoData(documentClient, LOCAL_TABLE, clock.now(), profile);
    if (seeded.seeded && options.demoApplications && profile.name === 'sending') {
      // A national unit's demo (issue 18): its calls' applicants, of its three categories; nothing of the receiving organisation's.
      await seedSendingApplications(
        { applications: dynamoApplicationStore(documentClient, LOCAL_TABLE), vacancies: dynamoVacancyStore(documentClient, LOCAL_TABLE), s3: s3Admin, bucket: LOCAL_BUCKET },
        await demoVacancies(seeded.seededOn, profile),
      );
    } else if (seeded.seeded && options.demoApplications) {
      await seedDemoApplications(
        { applications: dynamoApplicationStore(documentClient, LOCAL_TABLE), vacancies: dynamoVacancyStore(documentClient, LOCAL_TABLE), s3: s3Admin, bucket: LOCAL_BUCKET },
        await demoVacancies(seeded.seededOn),
        options.demoApplications,
        clock.now(),
      );
      await seedDemoProposals(
        { proposals: dynamoProposalStore(documentClient, LOCAL_TABLE), s3: s3Admin, bucket: LOCAL_BUCKET, openDays: readConfig(['PROPOSAL_OPEN_DAYS']).PROPOSAL_OPEN_DAYS },
        clock.now(),
      );
      // Vacancy 1614's selection panel, half-way through (issue 16): after the applications, whose stores it shares.
      await seedDemoSelection(
        { applications: dynamoApplicationStore(documentClient, LOCAL_TABLE), vacancies: dynamoVacancyStore(documentClient, LOCAL_TABLE), s3: s3Admin, bucket: LOCAL_BUCKET },
        documentClient,
        LOCAL_TABLE,
        await demoVacancies(seeded.seededOn),
      );
      // Past vacancies' officers, serving now (issue 17): after the filled vacancy, whose two appointments it makes secondments too.
      await seedDemoSecondments(
        { applications: dynamoApplicationStore(documentClient, LOCAL_TABLE), vacancies: dynamoVacancyStore(documentClient, LOCAL_TABLE), s3: s3Admin, bucket: LOCAL_BUCKET },
        documentClient,
        LOCAL_TABLE,
        clock.now(),
      );
    }
    admin.destroy();
    s3Admin.destroy();

    const issuer = await createLocalIssuer(join(dataDir, 'auth', 'signing-key.json'));
    const authorizer: StaffAuthorizer = async (authorization, now) => {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      return token ? issuer.verify(token, now) : { ok: false, reason: 'no token' };
    };
    let siteOrigin = '';
    const jobs: Array<{ schedule: Schedule; handler: JobFunction }> = [];
    // Listen first: the handlers are told the site's URL (for links in emails) before they load.
    const gateway = await startGateway({
      routes: [],
      localEndpoints: {
        mailbox: async () => ({ status: 200, body: { items: await mailbox.list() } }),
        jobs: jobsEndpoint(jobs, clock, localRegion),
        'ses-notifications': sesNotificationsEndpoint(clock, localRegion),
        token: tokenEndpoint(issuer, clock),
        auth: hostedSignIn(issuer, clock, () => [`${siteOrigin}${STAFF_PAGE_PATH}`]),
      },
      authorizer,
      clock,
      region: localRegion,
      host: options.host ?? '127.0.0.1',
      port: options.port,
    });
    stopGateway = gateway.stop;
    process.env.PUBLIC_BASE_URL = gateway.url;
    siteOrigin = new URL(gateway.url).origin;
    // The grid page signs in through these, as through Cognito's hosted UI in AWS.
    process.env.STAFF_SIGN_IN_URL = `${gateway.url}/_local/auth`;
    process.env.STAFF_CLIENT_ID = LOCAL_CLIENT_ID;

    // Served through the functions AWS runs (infra/aws/route-functions.ts): each route reaches its
    // handler through its function's dispatcher, as the deployed bundle does.
    const httpRoutes = (
      await Promise.all(
        routeFunctions(routes).map(async (fn) => {
          const served = await Promise.all(fn.routes.map(async (route: Route) => ({ method: route.method, path: route.path, handler: await importHandler<HttpFunction>(route.handler) })));
          const dispatcher = dispatchRoutes(served);
          return fn.routes.map((route) => ({ route, handler: dispatcher }));
        }),
      )
    ).flat();
    for (const schedule of schedules) jobs.push({ schedule, handler: await importHandler<JobFunction>(schedule.handler) });
    gateway.serve(httpRoutes);

    return {
      url: gateway.url,
      tableName: LOCAL_TABLE,
      bucket: LOCAL_BUCKET,
      endpoints: { dynamodb: dynamodb.endpoint, s3: s3.endpoint, ses: ses.endpoint },
      emulators: {
        dynamodb: { stop: dynamodb.stop, start: dynamodb.start },
        s3: { stop: s3.stop, start: s3.start },
        ses: { stop: ses.stop, start: ses.start },
      },
      seeded,
      handlersSettled: gateway.handlersSettled,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    await dynamoStarting?.then((emulator) => emulator.stop(), () => undefined);
    throw error;
  }
};
