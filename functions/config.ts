import * as z from '#shared/zod.js';
import type { Uses } from './routes.js';
import { isTimeZone } from '#shared/time/zoned.js';
import { LETTERS_ALWAYS } from '#shared/letters/settings.js';
import { profileNames } from '#shared/profiles/profile.js';

/**
 * Every environment variable a function may read, parsed once at start-up. A missing or wrong
 * value stops the function before it serves anything, naming the variable.
 */
const variables = {
  STAGE: z.enum(['local', 'dev', 'staging', 'prod']),
  TABLE_NAME: z.string().check(z.minLength(1)),
  DOCUMENTS_BUCKET: z.string().check(z.minLength(1)),
  EMAIL_FROM: z.email(),
  /**
   * The SES configuration set every email is sent with, so bounces and complaints come back to
   * the stage (AWS); unset on the local stack, whose emulator has none.
   */
  EMAIL_CONFIGURATION_SET: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'An SES configuration set name.'))),
  /** Where browsers post documents (the bucket, or the local S3 front): the pages' CSP allows it. */
  DOCUMENTS_UPLOAD_ORIGIN: z.url().check(z.refine((url) => new URL(url).origin === url, 'An origin: scheme, host and port only.')),
  /** Where candidates open the site: the base of the status link in their receipt. */
  PUBLIC_BASE_URL: z.pipe(z.url(), z.transform((url) => url.replace(/\/+$/, ''))),
  /**
   * The staff sign-in's OAuth 2.0 base: the Cognito user pool domain in AWS (it serves
   * /oauth2/authorize and /oauth2/token), the local stand-in on the local stack.
   */
  STAFF_SIGN_IN_URL: z.pipe(z.url(), z.transform((url) => url.replace(/\/+$/, ''))),
  /** The user pool app client the grid page signs in with (public, PKCE, no secret). */
  STAFF_CLIENT_ID: z.string().check(z.minLength(1)),
  /** Days before a deadline on which candidates are reminded of what is missing, e.g. "14,7,2". */
  REMINDER_OFFSETS_DAYS: z
    .pipe(
      z.string().check(z.regex(/^\d{1,3}(,\d{1,3})*$/, 'Whole days, comma-separated, such as 14,7,2.')),
      z.transform((value) => [...new Set(value.split(',').map(Number))].sort((a, b) => b - a)),
    )
    .check(z.refine((days) => days.every((day) => day >= 1 && day <= 120), 'Each offset from 1 to 120 days.')),
  /** Who gets the daily HR digest, comma-separated. */
  HR_DIGEST_RECIPIENTS: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value) => value.split(',').map((address) => address.trim()).filter(Boolean)),
    ),
    z.array(z.email()).check(z.minLength(1, 'At least one address.')),
  ),
  /** How long after its vacancy was filled or closed an unsuccessful application is kept. */
  RETENTION_UNSUCCESSFUL_DAYS: z._default(z.coercedNumber().check(z.int(), z.minimum(1), z.maximum(3650)), 183),
  /** How long an appointed candidate's application is kept after the vacancy was filled. */
  RETENTION_APPOINTED_DAYS: z._default(z.coercedNumber().check(z.int(), z.minimum(1), z.maximum(36500)), 3650),
  /** How long a secondment's record and documents are kept after its last day served (docs/secondments.md, "Retention"). */
  RETENTION_SECONDMENT_DAYS: z._default(z.coercedNumber().check(z.int(), z.minimum(1), z.maximum(36500)), 3650),
  /**
   * The organisation's zone (the stage's): a daily digest's day is the date there, so a cron
   * set near midnight still gives each local day one digest.
   */
  ORGANISATION_TIME_ZONE: z.string().check(z.refine(isTimeZone, 'An IANA time zone, such as Europe/Paris.')),
  /**
   * How many circular emails a second the circular job may send: at most the stage's SES maximum
   * send rate (infra/aws/stages.ts `email.sendRatePerSecond`); 1, SES's sandbox rate, when unset.
   */
  CIRCULAR_SEND_RATE_PER_SECOND: z._default(z.coercedNumber().check(z.positive(), z.maximum(1000)), 1),
  /**
   * How many days a short-term proposal waits for a match before the proposal-expiry job closes it
   * (shared/proposals/lapse.ts): a per-stage setting (infra/aws/stages.ts), 180 days when unset.
   */
  PROPOSAL_OPEN_DAYS: z._default(z.coercedNumber().check(z.int('Whole days.'), z.minimum(1), z.maximum(3650)), 180),
  /**
   * Days a candidate has to answer an offer when HR gives no answer-by date (shared/offers/make.ts):
   * a per-stage setting (infra/aws/stages.ts), 14 days when unset.
   */
  OFFER_ANSWER_DAYS: z._default(z.coercedNumber().check(z.int('Whole days.'), z.minimum(1), z.maximum(90)), 14),
  /**
   * Months before a secondment's end at which HR, its NCB and the officer are told it ends, e.g.
   * "9,6,3" (shared/secondments/ending-notices.ts); the HR digest's window is the largest. 9, 6 and 3 when unset.
   */
  ENDING_NOTICE_MONTHS: z
    .pipe(
      z._default(z.string().check(z.regex(/^\d{1,2}(,\d{1,2})*$/, 'Whole months, comma-separated, such as 9,6,3.')), '9,6,3'),
      z.transform((value) => [...new Set(value.split(',').map(Number))].sort((a, b) => b - a)),
    )
    .check(z.refine((months) => months.every((month) => month >= 1 && month <= 36), 'Each notice from 1 to 36 months before the end.')),
  /** The day the stage's automatic letters began (shared/letters/settings.ts startingSetting); by default before any vacancy. */
  LETTERS_AUTOMATIC_FROM: z._default(z.iso.date('A day, YYYY-MM-DD.'), LETTERS_ALWAYS),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
  /**
   * What the deployment is (shared/profiles/profile.ts): the organisation that receives seconded
   * officers (the default) or a national unit that sends its own to missions.
   */
  ORGANISATION_PROFILE: z._default(z.enum(profileNames), 'receiving'),
  /** A sending stage's forces, `id=Name;id=Name` (shared/profiles/forces.ts); empty on a receiving stage. */
  RELEASING_FORCES: z._default(z.string().check(z.maxLength(3000)), ''),
  /** Only for S3 endpoints on an IP address (the local emulator): AWS itself uses virtual-hosted style. */
  S3_FORCE_PATH_STYLE: z.pipe(
    z._default(z.enum(['true', 'false']), 'false'),
    z.transform((value) => value === 'true'),
  ),
} as const;

export type ConfigName = keyof typeof variables;
type Config<K extends ConfigName> = { [P in K]: z.output<(typeof variables)[P]> };

export class ConfigurationError extends Error {}

export const readConfig = <K extends ConfigName>(
  names: readonly K[],
  env: Record<string, string | undefined> = process.env,
): Config<K> => {
  const shape = Object.fromEntries(names.map((name) => [name, variables[name]]));
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data as Config<K>;
};

/** The per-stage settings a job may be given, and the variables each is carried in. */
const settingVariables = {
  reminders: ['REMINDER_OFFSETS_DAYS'],
  hrDigest: ['HR_DIGEST_RECIPIENTS'],
  retention: ['RETENTION_UNSUCCESSFUL_DAYS', 'RETENTION_APPOINTED_DAYS', 'RETENTION_SECONDMENT_DAYS'],
  calendar: ['ORGANISATION_TIME_ZONE'],
  sending: ['CIRCULAR_SEND_RATE_PER_SECOND'],
  proposals: ['PROPOSAL_OPEN_DAYS'],
  offers: ['OFFER_ANSWER_DAYS'],
  letters: ['LETTERS_AUTOMATIC_FROM'],
  endings: ['ENDING_NOTICE_MONTHS'],
} as const satisfies Record<NonNullable<Uses['settings']>[number], readonly ConfigName[]>;

/** The variables a function needs for what it uses; the CDK app sets exactly these. */
export const variablesFor = (uses: Uses, profile: z.output<(typeof variables)['ORGANISATION_PROFILE']> = 'receiving'): ConfigName[] => [
  'STAGE',
  'LOG_LEVEL',
  // Every function serves one profile's rules: carried in all, as the stage is; only a sending unit has forces.
  'ORGANISATION_PROFILE',
  ...(profile === 'sending' ? (['RELEASING_FORCES'] as const) : []),
  ...(uses.table ? (['TABLE_NAME'] as const) : []),
  ...(uses.documents ? (['DOCUMENTS_BUCKET'] as const) : []),
  ...(uses.email ? (['EMAIL_FROM', 'EMAIL_CONFIGURATION_SET', 'PUBLIC_BASE_URL'] as const) : []),
  ...(uses.uploads ? (['DOCUMENTS_UPLOAD_ORIGIN'] as const) : []),
  ...(uses.staffSignIn ? (['STAFF_SIGN_IN_URL', 'STAFF_CLIENT_ID'] as const) : []),
  ...(uses.settings ?? []).flatMap((setting) => settingVariables[setting]),
];
