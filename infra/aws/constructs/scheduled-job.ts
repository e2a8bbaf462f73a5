import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue.js';
import type { JobEvent, Schedule } from '#functions/routes.js';
import { isTimeZone } from '#shared/time/zoned.js';
import type { StageConfig } from '../stages.js';

/**
 * One dead-letter queue for every job, as `<owner>/DeadLetters`: what lands there names its job
 * (Scheduler's message holds the schedule's input, `{job, scheduledTime}`; Lambda's failure record
 * the function and its event), and one queue, policy and alarm serve them all rather than three
 * resources a job (docs/architecture.md, "Routes share functions").
 */
export const jobsDeadLetterQueue = (owner: Construct, stage: StageConfig): Queue => deadLetterQueue(owner, stage, 'the scheduled jobs');

/** The zone a schedule's cron is read in: `stage` is the organisation's. */
export const scheduleTimeZone = (schedule: Schedule, stage: StageConfig): string => {
  const zone = schedule.timeZone === 'stage' ? stage.timeZone : schedule.timeZone;
  if (!isTimeZone(zone)) throw new Error(`Schedule "${schedule.name}": "${zone}" is not an IANA time zone.`);
  return zone;
};

/** The stage's own cron for the job when it has one (stages.ts `jobs.cron`), else the schedule table's. */
export const scheduleCron = (schedule: Schedule, stage: StageConfig): string => stage.jobs.cron[schedule.name] ?? schedule.cron;

/**
 * Scheduler hands the event to Lambda asynchronously: its own retries cover only a failed hand-over
 * (throttling, say). A job that fails is retried by Lambda; both within the hour, each retry judged
 * at the same scheduled time, so it decides as the first try did (and send-once sends nothing twice).
 */
const MAX_EVENT_AGE = Duration.hours(1);

/** `cron(...)`, `rate(...)` and `at(...)` pass through; bare cron fields get wrapped. */
export const scheduleExpression = (cron: string): string =>
  /^(cron|rate|at)\(.*\)$/.test(cron.trim()) ? cron.trim() : `cron(${cron.trim()})`;

/**
 * Schedules without a group are in the account's `default` schedule group: the only schedules
 * whose Scheduler may assume the jobs' role (Scheduler's confused-deputy guidance names the group,
 * not a schedule, as `aws:SourceArn`).
 */
const SCHEDULE_GROUP = 'default';

/**
 * The one role EventBridge Scheduler runs every job with: it may invoke exactly the job functions
 * (each `ScheduledJob` adds its own) and send to the jobs' dead-letter queue, and only this
 * account's schedules of the default group may assume it. One role and policy for all jobs rather
 * than two resources a job: a schedule could then invoke another job's function, which Scheduler
 * alone can do (docs/architecture.md, "Routes share functions").
 */
export const jobsSchedulerRole = (owner: Construct, deadLetterQueue: Queue): Role => {
  const stack = Stack.of(owner);
  const role = new Role(owner, 'SchedulerRole', {
    description: 'Lets EventBridge Scheduler run the scheduled jobs',
    assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
      conditions: {
        StringEquals: {
          'aws:SourceAccount': stack.account,
          'aws:SourceArn': stack.formatArn({ service: 'scheduler', resource: 'schedule-group', resourceName: SCHEDULE_GROUP }),
        },
      },
    }),
  });
  // Scheduler writes undeliverable events to the queue with the schedule's role.
  role.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [deadLetterQueue.queueArn] }));
  return role;
};

export interface ScheduledJobProps {
  schedule: Schedule;
  fn: IFunction;
  stage: StageConfig;
  /** The jobs' one dead-letter queue (see `jobsDeadLetterQueue`): a message names its job. */
  deadLetterQueue: Queue;
  /** The jobs' one Scheduler role (see `jobsSchedulerRole`); this job adds its function to what it may invoke. */
  role: Role;
}

/**
 * One EventBridge Scheduler schedule that invokes one job function, with retries and the jobs'
 * dead-letter queue for what still fails (an event Scheduler could not hand over, or a run that
 * failed every try), run with the jobs' Scheduler role.
 */
export class ScheduledJob extends Construct {
  readonly deadLetterQueue: Queue;
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const { schedule, fn, stage, role } = props;

    this.deadLetterQueue = props.deadLetterQueue;
    role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));

    const input: JobEvent = { job: schedule.name, scheduledTime: '<aws.scheduler.scheduled-time>' };
    this.schedule = new CfnSchedule(this, 'Schedule', {
      description: `${schedule.name} (${scheduleCron(schedule, stage)})`,
      scheduleExpression: scheduleExpression(scheduleCron(schedule, stage)),
      scheduleExpressionTimezone: scheduleTimeZone(schedule, stage),
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: fn.functionArn,
        roleArn: role.roleArn,
        input: JSON.stringify(input),
        retryPolicy: { maximumEventAgeInSeconds: MAX_EVENT_AGE.toSeconds(), maximumRetryAttempts: 3 },
        deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
      },
    });
    // The role's policy (with this job's function) must exist before Scheduler first assumes the role.
    this.schedule.node.addDependency(role);
    // A run that throws is retried twice by Lambda, then lands in the same queue with its error.
    fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: MAX_EVENT_AGE, onFailure: new SqsDestination(this.deadLetterQueue) });
  }
}
