import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from '#shared/zod.js';
import { jobNames, routes } from '#functions/routes.js';
import { isTimeZone } from '#shared/time/zoned.js';
import { LETTERS_ALWAYS } from '#shared/letters/settings.js';
import { profileNames, profileSettingSchema, type ProfileSetting } from '#shared/profiles/profile.js';
import { ConfigurationError } from '#functions/config.js';
import { stageProfile } from '#functions/profile.js';
import { exampleProfile, isProfileName } from '../example-unit/profile.js';
import { profileVariables } from './profile-variables.js';

/** The deployments: `cdk deploy -c stage=<name>`. */
export const stageNames = ['dev', 'staging', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

const retentionDays = new Set<number>(Object.values(RetentionDays).filter((v): v is number => typeof v === 'number'));

/** An origin is scheme://host[:port], nothing else: that is what the browser sends in `Origin`. */
const origin = z.url().check(z.refine((value) => new URL(value).origin === value, 'an origin has no path or trailing slash'));

/** What the scheduled jobs are told per stage (functions/config.ts reads the same bounds back). */
const jobSettings = z.strictObject({
  /** Days before a deadline on which a candidate is reminded of what is missing. */
  reminderOffsetsDays: z._default(
    z
      .array(z.number().check(z.int(), z.minimum(1, 'an offset is 1 to 120 days'), z.maximum(120, 'an offset is 1 to 120 days')))
      .check(z.minLength(1), z.refine((days) => new Set(days).size === days.length, 'each offset once')),
    [14, 7, 2],
  ),
  /** Who gets the daily HR digest. */
  hrDigestRecipients: z.array(z.email()).check(z.minLength(1)),
  retention: z.prefault(
    z.strictObject({
      /** Days after its vacancy was filled or closed that an unsuccessful application is kept. */
      unsuccessfulDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(3650)), 183),
      /** Days after the vacancy was filled that an appointed candidate's application is kept. */
      appointedDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(36500)), 3650),
      /** Days after its last day served that a secondment's record and documents are kept (docs/secondments.md, "Retention"). */
      secondmentDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(36500)), 3650),
    }),
    {},
  ),
  /**
   * Days a short-term proposal stays open for HR to take before the proposal-expiry job closes it
   * and tells its NCB (shared/proposals/lapse.ts).
   */
  proposalOpenDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(3650)), 180),
  /** Days a candidate has to answer an offer when HR gives no answer-by date (shared/offers/make.ts). */
  offerAnswerDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(90)), 14),
  /**
   * The day this stage's automatic letters began (shared/letters/settings.ts startingSetting): a
   * vacancy published before it, whose candidates HR wrote to by hand, sends no letter by itself
   * until HR turns its kinds on (its bulk send still works). By default a day before any vacancy:
   * every vacancy's letters go.
   */
  lettersAutomaticFrom: z._default(z.iso.date('A day, YYYY-MM-DD.'), LETTERS_ALWAYS),
  /**
   * Months before a secondment's end at which HR, its NCB and the officer are told (the
   * secondment-endings job, shared/secondments/ending-notices.ts); the HR digest lists those ending within the largest.
   */
  endingNoticeMonths: z._default(
    z
      .array(z.number().check(z.int(), z.minimum(1, 'a notice is 1 to 36 months before the end'), z.maximum(36, 'a notice is 1 to 36 months before the end')))
      .check(z.minLength(1), z.refine((months) => new Set(months).size === months.length, 'each notice once')),
    [9, 6, 3],
  ),
  /** A stage's own cron for a job instead of the schedule table's (e.g. a weekly NCB digest), read in the job's zone. */
  cron: z._default(z.partialRecord(z.enum(jobNames), z.string().check(z.minLength(1))), {}),
});

const methodThrottle = z.strictObject({ rateLimit: z.number().check(z.positive()), burstLimit: z.number().check(z.int(), z.positive()) });

/** The API's edge (infra/aws/constructs/web-acl.ts, method-throttling.ts). */
const edgeSettings = z.strictObject({
  /** Requests one IP may make to the public routes in WAF's 5-minute window before WAF blocks it (WAF's bounds). */
  publicRequestsPerIp: z.number().check(z.int(), z.minimum(10), z.maximum(2_000_000_000)),
  /** Throttles tighter than `throttling` for the named routes of the route table; API Gateway's limit is per method, for all callers. */
  routeThrottling: z._default(z.partialRecord(z.enum(routes.map((route) => route.name) as [string, ...string[]]), methodThrottle), {}),
});

export const stageConfigSchema = z
  .strictObject({
    name: z.enum(stageNames),
    /**
     * Where the stack goes. staging and prod pin both here, so a deploy under another CLI profile
     * fails instead of creating a second copy elsewhere; dev follows the CLI's CDK_DEFAULT_ACCOUNT/REGION.
     */
    account: z.optional(z.string().check(z.regex(/^\d{12}$/, 'an AWS account id has 12 digits'))),
    region: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'not an AWS region name'))),
    /** The organisation's zone: schedules with `timeZone: 'stage'` run in it. */
    timeZone: z.string().check(z.refine(isTimeZone, 'not an IANA time zone')),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']),
    logRetentionDays: z.number().check(z.refine((days) => retentionDays.has(days), 'not a CloudWatch Logs retention period')),
    /** What happens to stored data (table, bucket, logs, user pool) when the stack goes. */
    removalPolicy: z.enum(['retain', 'destroy']),
    /** DynamoDB and Cognito deletion protection: a delete must first switch it off. */
    deletionProtection: z.boolean(),
    throttling: z.strictObject({
      rateLimit: z.number().check(z.positive()),
      burstLimit: z.number().check(z.int(), z.positive()),
    }),
    edge: edgeSettings,
    /** Origins the browser pages are served from: CORS preflight and the documents bucket's POST. */
    allowedOrigins: z.array(origin).check(z.minLength(1)),
    /** Where candidates open the site: the base of the links in emails. */
    publicBaseUrl: origin,
    email: z.strictObject({
      from: z.email(),
      /** The SES identity (a domain or the address itself) the functions may send as. */
      identity: z.string().check(z.minLength(1)),
      /** The stage's SES configuration set: every email goes out with it, and its bounces and complaints come back. */
      configurationSet: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'an SES configuration set name is 1 to 64 letters, digits, _ or -')),
      /**
       * Emails a second the circular job may send (functions/jobs/circular/): at most the account's SES
       * maximum send rate in the region (1 in SES's sandbox, 14 on leaving it, more on request), less
       * what the other emails need; 1 when not set.
       */
      sendRatePerSecond: z._default(z.number().check(z.positive(), z.maximum(1000, 'at most 1000 emails a second')), 1),
    }),
    jobs: jobSettings,
    documents: z.strictObject({ noncurrentVersionDays: z.number().check(z.int(), z.positive()) }),
    /**
     * Staff sign-in through Cognito's hosted UI, at `https://<domainPrefix>.auth.<region>.amazoncognito.com`.
     * The prefix is unique per region across all AWS accounts, and Cognito refuses one naming aws, amazon or cognito.
     */
    staffSignIn: z.strictObject({
      domainPrefix: z
        .string()
        .check(
          z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'a domain prefix is 1 to 63 lowercase letters, digits or inner hyphens'),
          z.refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Cognito refuses a domain prefix containing aws, amazon or cognito'),
        ),
    }),
    /**
     * API Gateway writes logs through one role per account and region (AWS::ApiGateway::Account).
     * Only a stage that owns its account sets it (loadStage refuses two in one account and region);
     * dev runs in whatever account the operator's profile names, so it leaves the role alone.
     */
    manageApiGatewayAccountRole: z.boolean(),
    /** Where the stage's alarms are mailed (the address confirms the SNS subscription once). */
    alarmEmail: z.email(),
    /**
     * What the deployment is (shared/profiles/profile.ts, issue 18): the organisation that receives
     * seconded officers (the default) or a national unit that sends its own, with its forces.
     */
    organisation: profileSettingSchema,
  })
  .check(
    z.refine((config) => config.name === 'dev' || config.removalPolicy === 'retain', {
      message: 'only dev may destroy its data on stack deletion',
      path: ['removalPolicy'],
    }),
    z.refine((config) => config.name !== 'prod' || config.deletionProtection, {
      message: 'prod keeps deletion protection on',
      path: ['deletionProtection'],
    }),
    z.refine((config) => config.email.from === config.email.identity || config.email.from.endsWith(`@${config.email.identity}`), {
      message: 'the sender address must belong to the SES identity',
      path: ['email', 'identity'],
    }),
    z.superRefine((config, context) => {
      if (config.name === 'dev') return;
      const missing = [
        ['account', config.account, 'the 12-digit AWS account id'],
        ['region', config.region, 'the AWS region, e.g. eu-west-3'],
      ] as const;
      for (const [key, value, what] of missing) {
        if (value !== undefined) continue;
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `${config.name} is pinned to one account and region: set stageSettings.${config.name}.${key} (${what}) in infra/aws/stages.ts`,
        });
      }
    }),
  );

export type StageConfig = z.output<typeof stageConfigSchema>;
export type StageInput = z.input<typeof stageConfigSchema>;

const ORGANISATION_TIME_ZONE = 'Europe/Paris';

export type StageSettings = Readonly<Record<StageName, Omit<StageInput, 'name'>>>;

/**
 * Per-stage settings before validation. The domains and the staging and prod accounts are the
 * example organisation's: a deployer sets their own before the first deploy (README, "Deploy a stage").
 */
export const stageSettings: StageSettings = {
  dev: {
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'debug',
    logRetentionDays: RetentionDays.ONE_WEEK,
    removalPolicy: 'destroy',
    deletionProtection: false,
    throttling: { rateLimit: 20, burstLimit: 40 },
    edge: { publicRequestsPerIp: 300, routeThrottling: { submitApplication: { rateLimit: 2, burstLimit: 5 } } },
    allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
    publicBaseUrl: 'https://dev.secondment-hub.example',
    email: { from: 'no-reply@dev.secondment-hub.example', identity: 'dev.secondment-hub.example', configurationSet: 'secondment-hub-dev' },
    // A short open period for proposals, so that a lapse shows up while testing.
    jobs: { hrDigestRecipients: ['recruitment@dev.secondment-hub.example'], proposalOpenDays: 14 },
    documents: { noncurrentVersionDays: 7 },
    staffSignIn: { domainPrefix: 'secondment-hub-dev-staff' },
    alarmEmail: 'operations@dev.secondment-hub.example',
    manageApiGatewayAccountRole: false,
  },
  staging: {
    account: '444455556666',
    region: 'eu-west-3',
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'info',
    logRetentionDays: RetentionDays.ONE_MONTH,
    removalPolicy: 'retain',
    deletionProtection: false,
    throttling: { rateLimit: 50, burstLimit: 100 },
    edge: {
      publicRequestsPerIp: 500,
      routeThrottling: {
        submitApplication: { rateLimit: 5, burstLimit: 10 },
        withdrawApplication: { rateLimit: 5, burstLimit: 10 },
        confirmApplication: { rateLimit: 5, burstLimit: 10 },
        requestDocumentUpload: { rateLimit: 10, burstLimit: 20 },
      },
    },
    allowedOrigins: ['https://staging.secondment-hub.example'],
    publicBaseUrl: 'https://staging.secondment-hub.example',
    email: { from: 'no-reply@staging.secondment-hub.example', identity: 'staging.secondment-hub.example', configurationSet: 'secondment-hub-staging' },
    // Letters began with the release that brought them: earlier vacancies' candidates were written to by hand.
    jobs: { hrDigestRecipients: ['recruitment@staging.secondment-hub.example'], lettersAutomaticFrom: '2026-12-08' },
    documents: { noncurrentVersionDays: 30 },
    staffSignIn: { domainPrefix: 'secondment-hub-staging-staff' },
    alarmEmail: 'operations@staging.secondment-hub.example',
    manageApiGatewayAccountRole: true,
  },
  prod: {
    account: '111122223333',
    region: 'eu-west-3',
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'info',
    logRetentionDays: RetentionDays.ONE_YEAR,
    removalPolicy: 'retain',
    deletionProtection: true,
    throttling: { rateLimit: 100, burstLimit: 200 },
    // An office behind one NAT may send many candidates at once: the per-IP limit is generous, the
    // per-route throttles keep a burst of submissions within SES's sending rate (14 a second by default).
    edge: {
      publicRequestsPerIp: 1000,
      routeThrottling: {
        submitApplication: { rateLimit: 10, burstLimit: 20 },
        withdrawApplication: { rateLimit: 5, burstLimit: 10 },
        confirmApplication: { rateLimit: 5, burstLimit: 10 },
        requestDocumentUpload: { rateLimit: 20, burstLimit: 40 },
      },
    },
    allowedOrigins: ['https://secondment-hub.example'],
    publicBaseUrl: 'https://secondment-hub.example',
    email: { from: 'no-reply@secondment-hub.example', identity: 'secondment-hub.example', configurationSet: 'secondment-hub-prod', sendRatePerSecond: 4 },
    // Letters began with the release that brought them: earlier vacancies' candidates were written to by hand.
    jobs: { hrDigestRecipients: ['recruitment@secondment-hub.example'], lettersAutomaticFrom: '2026-12-08' },
    documents: { noncurrentVersionDays: 90 },
    staffSignIn: { domainPrefix: 'secondment-hub-prod-staff' },
    alarmEmail: 'operations@secondment-hub.example',
    manageApiGatewayAccountRole: true,
  },
};

export class StageError extends Error {}

const allowed = stageNames.join(' | ');
const allowedProfiles = profileNames.join(' | ');

/**
 * `-c profile=receiving|sending`, for dev only: a developer's stage tried as either kind of
 * organisation, the sending one as the example unit (infra/example-unit/forces.ts). staging and
 * prod are what their settings say (`organisation`), so a deploy cannot turn them by a flag.
 */
const profileOverride = (stage: StageName, requested: unknown): ProfileSetting | undefined => {
  if (requested === undefined || requested === '') return undefined;
  const name = String(requested);
  if (!isProfileName(name)) {
    throw new StageError(`Unknown profile "${name}": pass -c profile=<${allowedProfiles}>, or leave it out for the stage's own (organisation in infra/aws/stages.ts).`);
  }
  if (stage !== 'dev') {
    throw new StageError(`-c profile is for dev only: ${stage} deploys as its settings say; set stageSettings.${stage}.organisation in infra/aws/stages.ts.`);
  }
  return exampleProfile(name);
};

/** Where a setting of the organisation goes wrong, what a sending unit's setting looks like. */
const organisationHint = (stage: StageName): string =>
  ` (a sending unit sets stageSettings.${stage}.organisation to { profile: 'sending', forces: [{ id: 'met', name: 'Metropolitan Police Service' }, ...] }, each id once)`;

/**
 * The functions read the profile back from their variables (functions/profile.ts): a list of
 * forces they would refuse (too long for RELEASING_FORCES, a name that does not read back as
 * written) stops synth here rather than every function at its first start.
 */
const checkProfileReadsBack = (config: StageConfig): void => {
  try {
    const read = stageProfile(profileVariables(config));
    const written = config.organisation.profile === 'sending' ? config.organisation.forces : [];
    if (JSON.stringify(read.forces) !== JSON.stringify(written)) {
      throw new ConfigurationError('RELEASING_FORCES: a force does not read back as written (a name with leading or trailing spaces?)');
    }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new StageError(`Invalid configuration for stage "${config.name}": organisation.forces, as the functions would read them: ${error.message}`);
  }
};

/**
 * The validated configuration of `-c stage=<name>`; anything else stops synth with a message
 * naming what was given and what is allowed.
 */
export const loadStage = (
  requested: unknown,
  env: Record<string, string | undefined> = process.env,
  settings: StageSettings = stageSettings,
  /** `-c profile=`, dev only (profileOverride). */
  profile?: unknown,
): StageConfig => {
  if (requested === undefined || requested === '') {
    throw new StageError(`No stage given: pass -c stage=<${allowed}>.`);
  }
  const name = String(requested);
  if (!(stageNames as readonly string[]).includes(name)) {
    throw new StageError(`Unknown stage "${name}": pass -c stage=<${allowed}>.`);
  }
  const stage = name as StageName;
  // Only dev follows the CLI profile; staging and prod deploy where their settings say.
  const followsProfile = stage === 'dev' ? { account: env.CDK_DEFAULT_ACCOUNT || undefined, region: env.CDK_DEFAULT_REGION || undefined } : {};
  const organisation = profileOverride(stage, profile);
  const result = stageConfigSchema.safeParse({ name: stage, ...settings[stage], ...followsProfile, ...(organisation ? { organisation } : {}) });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}${issue.path[0] === 'organisation' ? organisationHint(stage) : ''}`);
    throw new StageError(`Invalid configuration for stage "${stage}": ${problems.join('; ')}`);
  }
  checkProfileReadsBack(result.data);
  const owners = stageNames.filter((name) => {
    const other = settings[name];
    return name !== stage && other.manageApiGatewayAccountRole && other.account === result.data.account && other.region === result.data.region;
  });
  if (result.data.manageApiGatewayAccountRole && result.data.account !== undefined && owners.length > 0) {
    throw new StageError(
      `Stages "${stage}" and "${owners.join('", "')}" share account ${result.data.account} in ${String(result.data.region)}: set manageApiGatewayAccountRole in only one of them (infra/aws/stages.ts).`,
    );
  }
  return result.data;
};
