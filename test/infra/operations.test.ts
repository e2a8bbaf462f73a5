import { beforeAll, describe, expect, it } from 'vitest';
import { routes, schedules } from '#functions/routes.js';
import { loadStage, stageConfigSchema, stageSettings, type StageName } from '#infra/aws/stages.js';
import { submitRoute } from './fixtures.js';
import { fromNested, functionLogicalId, jobsStackOf, routeFunctionLogicalId, resourcesOf, synth, type CfnResource, type Synthesized } from './synth.js';

type Dimension = { Name: string; Value: unknown };
type MetricQuery = {
  Id: string;
  Expression?: string;
  ReturnData?: boolean;
  MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions?: Dimension[] }; Period: number; Stat: string };
};
type AlarmProperties = {
  Namespace: string;
  MetricName: string;
  Dimensions?: Dimension[];
  Metrics?: MetricQuery[];
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData?: string;
  AlarmActions?: unknown[];
  OKActions?: unknown[];
};

/** CDK's own functions (the S3 auto-delete provider of a dev stack): not ours to alarm on. */
const isCdkProvider = (logicalId: string) => logicalId.startsWith('Custom');

describe.each<StageName>(['dev', 'prod'])('operations in %s', (stageName) => {
  const stage = loadStage(stageName, {});
  // A route beyond the table: it is watched without an edit to the alarms.
  const routesUnderTest = [...routes, submitRoute];
  let synthesized: Synthesized;
  let alarms: AlarmProperties[];
  let topicRef: { Ref: string };

  /** The alarms on one metric whose dimension `name` is `value`. */
  const alarmsOn = (namespace: string, metricName: string, name: string, value: unknown) =>
    alarms.filter(
      (alarm) =>
        alarm.Namespace === namespace &&
        alarm.MetricName === metricName &&
        alarm.Dimensions?.some((dimension) => dimension.Name === name && JSON.stringify(dimension.Value) === JSON.stringify(value)),
    );
  /** The metric math alarms that read `metricName` of AWS/Lambda for the function `ref` (its name as the main stack reads it). */
  const functionAlarmsOn = (metricName: string, ref: unknown) =>
    alarms.filter((alarm) =>
      alarm.Metrics?.some(
        (query) =>
          query.MetricStat?.Metric.Namespace === 'AWS/Lambda' &&
          query.MetricStat.Metric.MetricName === metricName &&
          JSON.stringify(query.MetricStat.Metric.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: ref }]),
      ),
    );
  /** A job function's name as the main stack reads it: an output of the jobs' nested stack. */
  const jobRef = (jobId: string) => fromNested(synthesized, jobsStackOf(synthesized), { Ref: jobId });
  /** Every function's name as the main stack's alarms and dashboard read it (route and feedback functions there, the jobs' through their stack). */
  const functionRefs = (): unknown[] => [
    ...[...new Set(routesUnderTest.map((route) => routeFunctionLogicalId(synthesized.stack, route)))].map((id) => ({ Ref: id })),
    ...schedules.map((schedule) => jobRef(functionLogicalId(jobsStackOf(synthesized).stack, `${schedule.name}-job`))),
    { Ref: functionLogicalId(synthesized.stack, 'EmailFeedbackFunction') },
  ];
  /** Every dead-letter queue's name as the main stack reads it (the SES feedback's there, the jobs' through their stack). */
  const queueRefs = (): unknown[] => [
    ...Object.keys(resourcesOf(synthesized.template, 'AWS::SQS::Queue')).map((id) => ({ 'Fn::GetAtt': [id, 'QueueName'] })),
    ...Object.keys(resourcesOf(jobsStackOf(synthesized).template, 'AWS::SQS::Queue')).map((id) =>
      fromNested(synthesized, jobsStackOf(synthesized), { 'Fn::GetAtt': [id, 'QueueName'] }),
    ),
  ];

  beforeAll(() => {
    synthesized = synth(stageName, { routes: routesUnderTest, schedules });
    alarms = Object.values(resourcesOf(synthesized.template, 'AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties as AlarmProperties);
    const [topicId] = Object.entries(resourcesOf(synthesized.template, 'AWS::SNS::Topic')).find(([id]) => id.startsWith('AlarmsTopic')) ?? [];
    if (!topicId) throw new Error('no alarm topic');
    topicRef = { Ref: topicId };
  });

  it("mails the alarm topic to the stage's alarm address, over TLS only", () => {
    const subscriptions = Object.values(resourcesOf(synthesized.template, 'AWS::SNS::Subscription')).filter(
      (subscription) => JSON.stringify(subscription.Properties?.TopicArn) === JSON.stringify(topicRef),
    );
    const policy = Object.values(resourcesOf(synthesized.template, 'AWS::SNS::TopicPolicy')).find((p) =>
      JSON.stringify(p.Properties?.Topics).includes(topicRef.Ref),
    );

    expect(subscriptions.map((subscription) => subscription.Properties)).toEqual([
      { Protocol: 'email', Endpoint: stage.alarmEmail, TopicArn: topicRef },
    ]);
    expect(JSON.stringify(policy?.Properties?.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });

  it('sends every alarm to the topic when it fires and when it clears, and treats no data as no trouble', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([topicRef]);
      expect(alarm.OKActions).toEqual([topicRef]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
  });

  it('alarms on the first error and the first throttle of every route, job and the SES feedback function', () => {
    for (const ref of functionRefs()) {
      const id = JSON.stringify(ref);
      for (const metricName of ['Errors', 'Throttles']) {
        const [alarm, ...others] = functionAlarmsOn(metricName, ref);
        const queries = alarm?.Metrics ?? [];
        const read = queries.filter((query) => query.MetricStat);
        const [sum] = queries.filter((query) => query.ReturnData !== false);

        expect(others, `${id} ${metricName}: one alarm`).toEqual([]);
        expect(alarm, `${id} ${metricName}`).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
        // The alarm watches the sum of every function it reads, a missing value counting 0.
        expect(sum?.Expression?.split(' + ').sort()).toEqual(read.map((query) => `FILL(${query.Id}, 0)`).sort());
        for (const query of read) expect(query.MetricStat).toMatchObject({ Period: 300, Stat: 'Sum' });
      }
    }
  });

  it('reads at most 10 functions per alarm, as CloudWatch allows, and no more alarms than that needs', () => {
    const functionAlarms = alarms.filter((alarm) => alarm.Metrics?.some((query) => query.MetricStat?.Metric.Namespace === 'AWS/Lambda'));

    for (const alarm of functionAlarms) expect(alarm.Metrics?.filter((query) => query.MetricStat).length).toBeLessThanOrEqual(10);
    expect(functionAlarms).toHaveLength(2 * Math.ceil(functionRefs().length / 10));
  });

  it("watches every function the stacks create (the jobs' too), none listed by hand", () => {
    const created = [
      ...Object.keys(resourcesOf(synthesized.template, 'AWS::Lambda::Function'))
        .filter((id) => !isCdkProvider(id))
        .map((id) => JSON.stringify({ Ref: id })),
      ...Object.keys(resourcesOf(jobsStackOf(synthesized).template, 'AWS::Lambda::Function')).map((id) => JSON.stringify(jobRef(id))),
    ];
    const watched = alarms
      .flatMap((alarm) => alarm.Metrics ?? [])
      .filter((query) => query.MetricStat?.Metric.Namespace === 'AWS/Lambda' && query.MetricStat.Metric.MetricName === 'Errors')
      .map((query) => JSON.stringify(query.MetricStat?.Metric.Dimensions?.[0]?.Value));

    expect(created.sort()).toEqual(functionRefs().map((ref) => JSON.stringify(ref)).sort());
    expect(watched.sort()).toEqual(created.sort());
  });

  it("alarms as soon as either dead-letter queue (the jobs' one and the SES feedback's) holds a message", () => {
    const queues = queueRefs();
    const jobQueues = new Set(
      Object.values(resourcesOf(jobsStackOf(synthesized).template, 'AWS::Scheduler::Schedule')).map((schedule) =>
        JSON.stringify((schedule.Properties?.Target as { DeadLetterConfig: { Arn: unknown } }).DeadLetterConfig.Arn),
      ),
    );

    expect(queues).toHaveLength(2);
    // Every schedule dead-letters to the one jobs' queue.
    expect(jobQueues.size).toBe(1);
    for (const ref of queues) {
      const depth = alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible', 'QueueName', ref);
      expect(depth, JSON.stringify(ref)).toMatchObject([{ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }]);
    }
  });

  it("alarms on 5xx answers of the stage's API", () => {
    const [stageId] = Object.keys(resourcesOf(synthesized.template, 'AWS::ApiGateway::Stage'));

    expect(alarmsOn('AWS/ApiGateway', '5XXError', 'Stage', { Ref: stageId })).toMatchObject([{ Threshold: 5 }]);
  });

  it("alarms when the configuration set's SES bounce rate goes above 5%", () => {
    const [setId] = Object.keys(resourcesOf(synthesized.template, 'AWS::SES::ConfigurationSet'));

    expect(alarmsOn('AWS/SES', 'Reputation.BounceRate', 'ses:configuration-set', { Ref: setId })).toMatchObject([
      { Threshold: 0.05, ComparisonOperator: 'GreaterThanThreshold' },
    ]);
  });

  it('draws one dashboard with the API, every function, every dead-letter queue and SES', () => {
    const dashboards = Object.values(resourcesOf(synthesized.template, 'AWS::CloudWatch::Dashboard')) as CfnResource[];
    const body = JSON.stringify(dashboards[0]?.Properties?.DashboardBody);

    expect(dashboards).toHaveLength(1);
    for (const title of ['API requests and latency', 'API 4xx and 5xx', 'Function errors', 'Function duration (p99)', 'Dead-letter queue depth', 'SES sends and bounces']) {
      expect(body).toContain(title);
    }
    for (const ref of [...functionRefs(), ...queueRefs()]) {
      expect(body).toContain(JSON.stringify(ref));
    }
    expect(body).toContain('Reputation.BounceRate');
  });
});

describe('the alarm address', () => {
  it('must be an email address, or the stage config is refused naming alarmEmail', () => {
    const result = stageConfigSchema.safeParse({ name: 'prod', ...stageSettings.prod, alarmEmail: 'operations' });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['alarmEmail']);
  });
});
