import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { isTimeZone } from '#shared/time/zoned.js';

/** The deployments: `cdk deploy -c stage=<name>`. */
export const stageNames = ['dev', 'staging', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

const retentionDays = new Set<number>(Object.values(RetentionDays).filter((v): v is number => typeof v === 'number'));

/** An origin is scheme://host[:port], nothing else: that is what the browser sends in `Origin`. */
const origin = z.url().refine((value) => new URL(value).origin === value, 'an origin has no path or trailing slash');

export const stageConfigSchema = z
  .strictObject({
    name: z.enum(stageNames),
    /** Unset: an environment-agnostic stack (the CLI's CDK_DEFAULT_ACCOUNT/REGION when present). */
    account: z.string().regex(/^\d{12}$/, 'an AWS account id has 12 digits').optional(),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'not an AWS region name').optional(),
    /** The organisation's zone: schedules with `timeZone: 'stage'` run in it. */
    timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']),
    logRetentionDays: z.number().refine((days) => retentionDays.has(days), 'not a CloudWatch Logs retention period'),
    /** What happens to stored data (table, bucket, logs, user pool) when the stack goes. */
    removalPolicy: z.enum(['retain', 'destroy']),
    /** DynamoDB and Cognito deletion protection: a delete must first switch it off. */
    deletionProtection: z.boolean(),
    throttling: z.strictObject({
      rateLimit: z.number().positive(),
      burstLimit: z.number().int().positive(),
    }),
    /** Origins the browser pages are served from: CORS preflight and the documents bucket's POST. */
    allowedOrigins: z.array(origin).min(1),
    /** Where candidates open the site: the base of the links in emails. */
    publicBaseUrl: origin,
    email: z.strictObject({
      from: z.email(),
      /** The SES identity (a domain or the address itself) the functions may send as. */
      identity: z.string().min(1),
    }),
    documents: z.strictObject({ noncurrentVersionDays: z.number().int().positive() }),
    /**
     * Staff sign-in through Cognito's hosted UI, at `https://<domainPrefix>.auth.<region>.amazoncognito.com`.
     * The prefix is unique per region across all AWS accounts, and Cognito refuses one naming aws, amazon or cognito.
     */
    staffSignIn: z.strictObject({
      domainPrefix: z
        .string()
        .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'a domain prefix is 1 to 63 lowercase letters, digits or inner hyphens')
        .refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Cognito refuses a domain prefix containing aws, amazon or cognito'),
    }),
    /**
     * API Gateway writes logs through one role per account and region (AWS::ApiGateway::Account).
     * Exactly one stack per account/region should own it: turn it off where another one does.
     */
    manageApiGatewayAccountRole: z.boolean(),
  })
  .refine((config) => config.name === 'dev' || config.removalPolicy === 'retain', {
    message: 'only dev may destroy its data on stack deletion',
    path: ['removalPolicy'],
  })
  .refine((config) => config.name !== 'prod' || config.deletionProtection, {
    message: 'prod keeps deletion protection on',
    path: ['deletionProtection'],
  })
  .refine(
    (config) => config.email.from === config.email.identity || config.email.from.endsWith(`@${config.email.identity}`),
    { message: 'the sender address must belong to the SES identity', path: ['email', 'identity'] },
  );

export type StageConfig = z.output<typeof stageConfigSchema>;
export type StageInput = z.input<typeof stageConfigSchema>;

const ORGANISATION_TIME_ZONE = 'Europe/Paris';

/** Per-stage settings before validation; the domains are placeholders until an SES identity exists. */
export const stageSettings: Readonly<Record<StageName, Omit<StageInput, 'name' | 'account' | 'region'>>> = {
  dev: {
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'debug',
    logRetentionDays: RetentionDays.ONE_WEEK,
    removalPolicy: 'destroy',
    deletionProtection: false,
    throttling: { rateLimit: 20, burstLimit: 40 },
    allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
    publicBaseUrl: 'https://dev.secondment-hub.example',
    email: { from: 'no-reply@dev.secondment-hub.example', identity: 'dev.secondment-hub.example' },
    documents: { noncurrentVersionDays: 7 },
    staffSignIn: { domainPrefix: 'secondment-hub-dev-staff' },
    manageApiGatewayAccountRole: true,
  },
  staging: {
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'info',
    logRetentionDays: RetentionDays.ONE_MONTH,
    removalPolicy: 'retain',
    deletionProtection: false,
    throttling: { rateLimit: 50, burstLimit: 100 },
    allowedOrigins: ['https://staging.secondment-hub.example'],
    publicBaseUrl: 'https://staging.secondment-hub.example',
    email: { from: 'no-reply@staging.secondment-hub.example', identity: 'staging.secondment-hub.example' },
    documents: { noncurrentVersionDays: 30 },
    staffSignIn: { domainPrefix: 'secondment-hub-staging-staff' },
    manageApiGatewayAccountRole: true,
  },
  prod: {
    timeZone: ORGANISATION_TIME_ZONE,
    logLevel: 'info',
    logRetentionDays: RetentionDays.ONE_YEAR,
    removalPolicy: 'retain',
    deletionProtection: true,
    throttling: { rateLimit: 100, burstLimit: 200 },
    allowedOrigins: ['https://secondment-hub.example'],
    publicBaseUrl: 'https://secondment-hub.example',
    email: { from: 'no-reply@secondment-hub.example', identity: 'secondment-hub.example' },
    documents: { noncurrentVersionDays: 90 },
    staffSignIn: { domainPrefix: 'secondment-hub-prod-staff' },
    manageApiGatewayAccountRole: true,
  },
};

export class StageError extends Error {}

const allowed = stageNames.join(' | ');

/**
 * The validated configuration of `-c stage=<name>`; anything else stops synth with a message
 * naming what was given and what is allowed.
 */
export const loadStage = (
  requested: unknown,
  env: Record<string, string | undefined> = process.env,
): StageConfig => {
  if (requested === undefined || requested === '') {
    throw new StageError(`No stage given: pass -c stage=<${allowed}>.`);
  }
  const name = String(requested);
  if (!(stageNames as readonly string[]).includes(name)) {
    throw new StageError(`Unknown stage "${name}": pass -c stage=<${allowed}>.`);
  }
  const stage = name as StageName;
  const result = stageConfigSchema.safeParse({
    name: stage,
    ...stageSettings[stage],
    account: env.CDK_DEFAULT_ACCOUNT || undefined,
    region: env.CDK_DEFAULT_REGION || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new StageError(`Invalid configuration for stage "${stage}": ${problems.join('; ')}`);
  }
  return result.data;
};
