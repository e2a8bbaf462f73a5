import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/aws/build-app.js';
import { projectRoot } from '#infra/aws/project-root.js';
import { loadStage, stageConfigSchema, stageNames, stageSettings, StageError } from '#infra/aws/stages.js';

const apps: App[] = [];
/** An app as the CLI makes it for `-c stage=<stage>` (or no -c at all), without bundling. */
const appFor = (stage?: string): App => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...(stage === undefined ? {} : { stage }) } });
  apps.push(app);
  return app;
};

describe('choosing a stage', () => {
  afterEach(() => {
    for (const app of apps.splice(0)) rmSync(app.outdir, { recursive: true, force: true });
  });

  it('refuses an unknown stage, naming it and the allowed stages', () => {
    const app = appFor('qa');

    const act = () => buildApp(app, { env: {} });

    expect(act).toThrow(StageError);
    expect(act).toThrow(/"qa".*dev \| staging \| prod/);
  });

  it('stops the CDK app entry point on `-c stage=qa` with that message and no stack trace', async () => {
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const outdir = mkdtempSync(path.join(tmpdir(), 'cdk-out-'));

    const result = await promisify(execFile)(tsx, ['infra/aws/app.ts'], {
      cwd: projectRoot,
      // How the CDK CLI hands `-c` values and the assembly directory to the app.
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ stage: 'qa' }), CDK_OUTDIR: outdir },
    })
      .then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      )
      .finally(() => rmSync(outdir, { recursive: true, force: true }));

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Unknown stage "qa": pass -c stage=<dev | staging | prod>.');
  });

  it('refuses to synthesize without a stage, naming the allowed stages', () => {
    const app = appFor();

    const act = () => buildApp(app, { env: {} });

    expect(act).toThrow(/No stage given.*-c stage=<dev \| staging \| prod>/);
  });

  it('names the stack after the stage', () => {
    const app = appFor('staging');

    const stack = buildApp(app, { env: {} });

    expect(stack.stackName).toBe('SecondmentHub-staging');
  });
});

describe('stage settings', () => {
  it.each(stageNames)('validates the %s settings, in the Europe/Paris organisation zone', (name) => {
    const stage = loadStage(name, {});

    expect(stage).toMatchObject({ name, timeZone: 'Europe/Paris' });
  });

  it('retains data in staging and prod, and destroys it in dev only', () => {
    const policies = stageNames.map((name) => [name, loadStage(name, {}).removalPolicy]);

    expect(policies).toEqual([
      ['dev', 'destroy'],
      ['staging', 'retain'],
      ['prod', 'retain'],
    ]);
  });

  it('refuses a staging or prod configuration that would destroy data', () => {
    const staging = { name: 'staging', ...stageSettings.staging, removalPolicy: 'destroy' };
    const prod = { name: 'prod', ...stageSettings.prod, deletionProtection: false };

    expect(stageConfigSchema.safeParse(staging).success).toBe(false);
    expect(stageConfigSchema.safeParse(prod).success).toBe(false);
  });

  it('refuses a hosted UI domain prefix Cognito would refuse at deploy time', () => {
    const named = { name: 'dev', ...stageSettings.dev, staffSignIn: { domainPrefix: 'secondment-hub-cognito' } };
    const cased = { name: 'dev', ...stageSettings.dev, staffSignIn: { domainPrefix: 'Secondment-Hub' } };

    const results = [named, cased].map((config) => stageConfigSchema.safeParse(config));

    expect(results.map((result) => result.success)).toEqual([false, false]);
    expect(results[0]?.error?.issues[0]?.path).toEqual(['staffSignIn', 'domainPrefix']);
  });

  it.each(stageNames)('reminds %s candidates 14, 7 and 2 days before, and keeps unsuccessful applications 183 days and appointed ones 3650', (name) => {
    const { jobs } = loadStage(name, {});

    expect(jobs).toMatchObject({ reminderOffsetsDays: [14, 7, 2], retention: { unsuccessfulDays: 183, appointedDays: 3650 } });
    expect(jobs.hrDigestRecipients.length).toBeGreaterThan(0);
  });

  it('gives each stage its own SES configuration set', () => {
    const sets = stageNames.map((name) => loadStage(name, {}).email.configurationSet);

    expect(new Set(sets).size).toBe(stageNames.length);
  });

  it('paces the circular under SES’s sandbox rate (1 a second) unless a stage says more, and prod within its 14 a second', () => {
    const rates = Object.fromEntries(stageNames.map((name) => [name, loadStage(name, {}).email.sendRatePerSecond]));
    const zero = stageConfigSchema.safeParse({ name: 'dev', ...stageSettings.dev, email: { ...stageSettings.dev.email, sendRatePerSecond: 0 } });

    expect(rates).toEqual({ dev: 1, staging: 1, prod: 4 });
    expect(zero.success).toBe(false);
    expect(zero.error?.issues[0]?.path).toEqual(['email', 'sendRatePerSecond']);
  });

  it('refuses reminder offsets beyond what the jobs accept, an offset given twice, and no HR recipient', () => {
    const withJobs = (jobs: Record<string, unknown>) =>
      stageConfigSchema.safeParse({ name: 'dev', ...stageSettings.dev, jobs: { ...stageSettings.dev.jobs, ...jobs } });

    const results = [withJobs({ reminderOffsetsDays: [0] }), withJobs({ reminderOffsetsDays: [7, 7] }), withJobs({ hrDigestRecipients: [] })];

    expect(results.map((result) => result.success)).toEqual([false, false, false]);
    expect(results.map((result) => result.error?.issues[0]?.path.slice(0, 2))).toEqual([
      ['jobs', 'reminderOffsetsDays'],
      ['jobs', 'reminderOffsetsDays'],
      ['jobs', 'hrDigestRecipients'],
    ]);
  });

  it('refuses a stage cron for a job that does not exist', () => {
    const result = stageConfigSchema.safeParse({
      name: 'dev',
      ...stageSettings.dev,
      jobs: { ...stageSettings.dev.jobs, cron: { 'weekly-digest': 'cron(0 7 ? * MON *)' } },
    });

    expect(result.success).toBe(false);
  });

  it('takes the dev account and region from the CDK CLI environment when given', () => {
    const stage = loadStage('dev', { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'eu-west-3' });

    expect(stage).toMatchObject({ account: '123456789012', region: 'eu-west-3' });
  });

  it('names the stage and the setting when a value is invalid', () => {
    const act = () => loadStage('dev', { CDK_DEFAULT_ACCOUNT: 'not-an-account' });

    expect(act).toThrow(/stage "dev".*account/);
  });
});
