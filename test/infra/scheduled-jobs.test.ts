import { beforeAll, describe, expect, it } from 'vitest';
import { routes, schedules, type Schedule } from '#functions/routes.js';
import { scheduleCron, scheduleExpression, scheduleTimeZone } from '#infra/aws/constructs/scheduled-job.js';
import { loadStage, stageConfigSchema, stageSettings, type StageName } from '#infra/aws/stages.js';
import { digestSchedule, feedbackFixture, reminderSchedule } from './fixtures.js';
import {
  actionsOf,
  asList,
  functionLogicalId,
  jobsStackOf,
  resourcesOf,
  roleStatements,
  synth,
  type CfnResource,
  type PolicyStatementJson,
  type Synthesized,
} from './synth.js';

const jobs: readonly Schedule[] = [digestSchedule, reminderSchedule];

interface ScheduleTarget {
  Arn: unknown;
  RoleArn: { 'Fn::GetAtt': [string, string] };
  Input: string;
  RetryPolicy?: { MaximumRetryAttempts: number; MaximumEventAgeInSeconds: number };
  DeadLetterConfig?: { Arn: { 'Fn::GetAtt': [string, string] } };
}

describe.each<StageName>(['dev', 'prod'])('the %s scheduled jobs', (stageName) => {
  let synthesized: Synthesized;

  const scheduleOf = (job: Schedule): CfnResource => {
    const found = Object.values(resourcesOf(jobsStackOf(synthesized).template, 'AWS::Scheduler::Schedule')).find((s) =>
      JSON.stringify((s.Properties?.Target as ScheduleTarget).Arn).includes(
        `"${functionLogicalId(jobsStackOf(synthesized).stack, `${job.name}-job`)}"`,
      ),
    );
    if (!found) throw new Error(`no schedule for ${job.name}`);
    return found;
  };

  beforeAll(() => {
    synthesized = synth(stageName, { routes, schedules: jobs, emailFeedback: feedbackFixture });
  });

  it('makes one schedule per job, each on its own Node 22 arm64 function, all in the jobs\' nested stack and none in the main stack', () => {
    const { stack, template } = jobsStackOf(synthesized);

    const functions = jobs.map((job) => template.toJSON().Resources[functionLogicalId(stack, `${job.name}-job`)]);

    expect(Object.keys(resourcesOf(template, 'AWS::Scheduler::Schedule'))).toHaveLength(jobs.length);
    expect(Object.keys(resourcesOf(synthesized.template, 'AWS::Scheduler::Schedule'))).toHaveLength(0);
    expect(Object.keys(resourcesOf(template, 'AWS::Lambda::EventInvokeConfig'))).toHaveLength(jobs.length);
    for (const fn of functions) {
      expect(fn).toMatchObject({ Properties: { Runtime: 'nodejs22.x', Architectures: ['arm64'] } });
    }
  });

  it("reads a `stage` job's cron in the organisation's time zone, and another job's in its own", () => {
    const digest = scheduleOf(digestSchedule).Properties;
    const reminders = scheduleOf(reminderSchedule).Properties;

    expect(digest).toMatchObject({
      ScheduleExpression: 'cron(0 7 ? * MON-FRI *)',
      ScheduleExpressionTimezone: loadStage(stageName, {}).timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    expect(reminders).toMatchObject({ ScheduleExpression: 'cron(30 6 * * ? *)', ScheduleExpressionTimezone: 'Africa/Dakar' });
  });

  it('hands the job its name and the scheduled time, retries, then dead-letters to an encrypted TLS-only queue', () => {
    const { template } = jobsStackOf(synthesized);

    const target = scheduleOf(digestSchedule).Properties?.Target as ScheduleTarget;
    const queueId = target.DeadLetterConfig?.Arn['Fn::GetAtt'][0] ?? '';
    const queuePolicies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy')).filter((p) =>
      JSON.stringify(p.Properties?.Queues).includes(`"${queueId}"`),
    );

    expect(JSON.parse(target.Input)).toEqual({ job: 'hr-digest', scheduledTime: '<aws.scheduler.scheduled-time>' });
    expect(target.RetryPolicy?.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(target.RetryPolicy?.MaximumEventAgeInSeconds).toBeGreaterThan(0);
    expect(template.toJSON().Resources[queueId]).toMatchObject({
      Type: 'AWS::SQS::Queue',
      Properties: { SqsManagedSseEnabled: true },
    });
    expect(JSON.stringify(queuePolicies)).toContain('"aws:SecureTransport":"false"');
  });

  it("runs every schedule with the jobs' one Scheduler role, which may invoke exactly the job functions and write only the jobs' dead-letter queue", () => {
    const { stack, template } = jobsStackOf(synthesized);
    const targets = jobs.map((job) => scheduleOf(job).Properties?.Target as ScheduleTarget);
    const roleIds = [...new Set(targets.map((target) => target.RoleArn['Fn::GetAtt'][0]))];
    const [roleId = ''] = roleIds;

    const statements = roleStatements(template, roleId);
    const invoked = statements.filter((s) => asList(s.Action).includes('lambda:InvokeFunction')).flatMap((s) => asList(s.Resource));
    const sends = statements.filter((s) => asList(s.Action).includes('sqs:SendMessage')).flatMap((s) => asList(s.Resource));
    const schedulerRoles = Object.values(resourcesOf(template, 'AWS::IAM::Role')).filter((role) =>
      JSON.stringify(role.Properties?.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    );

    expect(roleIds).toHaveLength(1);
    expect(schedulerRoles).toHaveLength(1);
    expect([...new Set(actionsOf(statements))].sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
    expect(invoked).toHaveLength(jobs.length);
    expect(invoked).toEqual(expect.arrayContaining(jobs.map((job) => ({ 'Fn::GetAtt': [functionLogicalId(stack, `${job.name}-job`), 'Arn'] }))));
    expect(sends).toEqual([targets[0]?.DeadLetterConfig?.Arn]);
    for (const target of targets) expect(target.DeadLetterConfig?.Arn).toEqual(targets[0]?.DeadLetterConfig?.Arn);
  });

  it("lets only Scheduler, for this account's schedules of the default group, assume the jobs' role", () => {
    const { stack, template } = jobsStackOf(synthesized);
    const roleId = (scheduleOf(digestSchedule).Properties?.Target as ScheduleTarget).RoleArn['Fn::GetAtt'][0];

    const trust = (template.toJSON().Resources[roleId] as CfnResource).Properties?.AssumeRolePolicyDocument as { Statement: PolicyStatementJson[] };

    expect(trust.Statement).toHaveLength(1);
    expect(trust.Statement[0]).toMatchObject({ Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const condition = trust.Statement[0]?.Condition?.StringEquals ?? {};
    expect(condition['aws:SourceAccount']).toEqual(stack.resolve(stack.account));
    expect(JSON.stringify(condition['aws:SourceArn'])).toMatch(/:scheduler:.*:schedule-group\/default"/);
  });
});

describe.each<StageName>(['dev', 'prod'])('the jobs of the schedule table in %s', (stageName) => {
  let synthesized: Synthesized;

  const targetOf = (job: Schedule): ScheduleTarget | undefined =>
    Object.values(resourcesOf(jobsStackOf(synthesized).template, 'AWS::Scheduler::Schedule'))
      .map((s) => s.Properties?.Target as ScheduleTarget)
      .find((target) => JSON.stringify(target.Arn).includes(`"${functionLogicalId(jobsStackOf(synthesized).stack, `${job.name}-job`)}"`));

  beforeAll(() => {
    synthesized = synth(stageName, { routes, schedules, emailFeedback: feedbackFixture });
  });

  it('gives every job of the table exactly one schedule, in its cron and zone', () => {
    const stage = loadStage(stageName, {});

    const found = schedules.map((job) => [job.name, Boolean(targetOf(job))]);
    const expressions = Object.values(resourcesOf(jobsStackOf(synthesized).template, 'AWS::Scheduler::Schedule')).map((s) => [
      s.Properties?.ScheduleExpression,
      s.Properties?.ScheduleExpressionTimezone,
    ]);

    expect(found).toEqual(schedules.map((job) => [job.name, true]));
    expect(expressions.sort()).toEqual(
      schedules.map((job) => [scheduleExpression(scheduleCron(job, stage)), scheduleTimeZone(job, stage)]).sort(),
    );
  });

  it.each(schedules.map((job) => [job.name, job]))(
    'has Lambda retry a failed %s run twice within the hour, then keep it in the schedule’s dead-letter queue',
    (_name, job) => {
      const { stack, template } = jobsStackOf(synthesized);
      const functionId = functionLogicalId(stack, `${job.name}-job`);
      const queueArn = targetOf(job)?.DeadLetterConfig?.Arn;
      const fn = template.toJSON().Resources[functionId] as CfnResource;
      const functionRole = (fn.Properties?.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

      const config = Object.values(resourcesOf(template, 'AWS::Lambda::EventInvokeConfig')).find(
        (c) => JSON.stringify(c.Properties?.FunctionName) === JSON.stringify({ Ref: functionId }),
      );
      const sends = roleStatements(template, functionRole).filter((s) => asList(s.Action).includes('sqs:SendMessage'));

      expect(config?.Properties).toMatchObject({
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 3600,
        DestinationConfig: { OnFailure: { Destination: queueArn } },
      });
      expect(sends.map((s) => s.Resource)).toEqual([queueArn]);
    },
  );
});

describe('schedule settings', () => {
  it('runs one at a time (reserved concurrency 1) the circular, paced by a rate, and the letters and the ending notices, whose two runs at once would race for the same claims; leaves the others unreserved', () => {
    const paced = schedules.filter((job) => job.oneRunAtATime);
    const { stack, template } = jobsStackOf(synth('prod', { routes: routes.slice(0, 1), schedules, emailFeedback: feedbackFixture }));
    const reserved = (job: Schedule) => (template.toJSON().Resources[functionLogicalId(stack, `${job.name}-job`)] as CfnResource).Properties?.ReservedConcurrentExecutions;

    expect(paced.map((job) => job.name)).toEqual(['circular', 'letters', 'secondment-endings']);
    for (const job of schedules) expect(reserved(job), job.name).toBe(job.oneRunAtATime ? 1 : undefined);
  });

  it("runs a job on the stage's own cron when the stage names one, and on the table's otherwise", () => {
    const weekly = stageConfigSchema.parse({
      name: 'staging',
      ...stageSettings.staging,
      jobs: { ...stageSettings.staging.jobs, cron: { 'ncb-digest': 'cron(0 7 ? * MON *)' } },
    });

    const ncb = scheduleCron({ ...digestSchedule, name: 'ncb-digest' }, weekly);
    const hr = scheduleCron(digestSchedule, weekly);

    expect([ncb, hr]).toEqual(['cron(0 7 ? * MON *)', digestSchedule.cron]);
  });

  it('wraps bare cron fields and keeps full expressions', () => {
    expect(scheduleExpression('0 7 * * ? *')).toBe('cron(0 7 * * ? *)');
    expect(scheduleExpression('rate(1 hour)')).toBe('rate(1 hour)');
  });

  it('refuses a job whose time zone is not an IANA zone, naming the job', () => {
    const stage = loadStage('dev', {});

    const act = () => scheduleTimeZone({ ...digestSchedule, timeZone: 'Mars/Olympus' }, stage);

    expect(act).toThrow(/hr-digest.*Mars\/Olympus/);
  });
});
