import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { StageConfig } from '../stages.js';
import type { Monitored } from './monitored.js';

export interface AlarmsProps {
  stage: StageConfig;
  /** The API's deployed stage: its 5XXError is per stage (dimensions ApiName and Stage). */
  apiStage: Stage;
  /** The SES configuration set every email goes out with (its reputation metrics are on). */
  configurationSetName: string;
  monitored: Monitored;
}

const FIVE_MINUTES = Duration.minutes(5);

/** CloudWatch's hard limit: an alarm's metric math may read at most 10 metrics. */
export const METRICS_PER_ALARM = 10;

/** `items` in runs of at most `size`, in order. */
const runsOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The sum of a metric over several functions, as one metric math series; a function with no data
 * in the period counts 0 (FILL), so one idle function does not blank the sum.
 */
const summed = (metrics: readonly IMetric[]): MathExpression =>
  new MathExpression({
    expression: metrics.map((_, i) => `FILL(m${i}, 0)`).join(' + '),
    usingMetrics: Object.fromEntries(metrics.map((metric, i) => [`m${i}`, metric])),
    period: FIVE_MINUTES,
  });

/** SES puts an account under review at a 5% bounce rate (and may pause sending at 10%). */
export const MAX_BOUNCE_RATE = 0.05;

/** A configuration set's bounce rate, published when its reputation metrics are on. */
export const bounceRateMetric = (configurationSetName: string): Metric =>
  new Metric({
    namespace: 'AWS/SES',
    metricName: 'Reputation.BounceRate',
    dimensionsMap: { 'ses:configuration-set': configurationSetName },
    statistic: 'Maximum',
    period: Duration.hours(1),
  });

/**
 * The stage's alarms, each sent (when it fires and when it clears) to one SNS topic that mails
 * the stage's alarm address: API 5xx, the functions' errors and throttles, every dead-letter
 * queue's depth and the SES bounce rate.
 */
export class Alarms extends Construct {
  readonly topic: Topic;
  private readonly action: SnsAction;
  private readonly stageName: string;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { stage, apiStage, configurationSetName, monitored } = props;
    this.stageName = stage.name;

    // No KMS key: CloudWatch may publish to an encrypted topic only with a customer-managed key
    // (the aws/sns key's policy cannot let it in), and an alarm carries no personal data.
    this.topic = new Topic(this, 'Topic', { displayName: `secondment-hub ${stage.name}: alarms`, enforceSSL: true });
    // enforceSSL writes a topic policy holding only its Deny, which replaces SNS's default policy:
    // without this Allow no alarm is ever published. Only this account's alarms may publish.
    const { account, region, partition } = Stack.of(this);
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    // The address must confirm the subscription (AWS mails a link) before alarms reach it.
    this.topic.addSubscription(new EmailSubscription(stage.alarmEmail));
    this.action = new SnsAction(this.topic);

    // Handlers turn every expected failure into a 4xx: a 5xx is a fault or an outage. A few in five
    // minutes, not one, so a single cold-start timeout at night wakes nobody.
    this.alarm('Api5xx', 'API answered 5xx', apiStage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }), 5);

    // One alarm per ten functions rather than one each (metric math over their sums): the stack's
    // resources stay flat as functions are added, and the dashboard shows which one it was.
    runsOf(monitored.functions, METRICS_PER_ALARM).forEach((run, i) => {
      const names = run.map((fn) => fn.node.id).join(', ');
      // An error here is a crash or a timeout (the error middleware answers the rest): each is a bug.
      const errors = summed(run.map((fn) => fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' })));
      this.alarm(`FunctionErrors${i + 1}`, `a function failed (one of ${names})`, errors, 1);
      // A throttled route is a refused request; a throttled job is a delayed one: both mean the account's concurrency ran out.
      const throttles = summed(run.map((fn) => fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' })));
      this.alarm(`FunctionThrottles${i + 1}`, `a function was throttled (one of ${names})`, throttles, 1);
    });

    for (const { owner, queue } of monitored.deadLetterQueues) {
      // Anything in a dead-letter queue was given up on after every retry: someone must look.
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' });
      this.alarm(`${owner}DeadLetters`, `${owner} has messages in its dead-letter queue`, depth, 1);
    }

    // No sends, no data: the rate is judged only when there is one.
    this.alarm('SesBounceRate', `SES bounce rate above ${MAX_BOUNCE_RATE * 100}%`, bounceRateMetric(configurationSetName), MAX_BOUNCE_RATE, {
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
  }

  /**
   * An alarm at `threshold` or more for one period, to the topic on firing and on clearing.
   * Missing data is not breaching: a function not invoked and an empty queue publish nothing.
   */
  private alarm(id: string, what: string, metric: IMetric, threshold: number, options: { comparisonOperator?: ComparisonOperator } = {}): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: `secondment-hub ${this.stageName}: ${what}`,
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: options.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }
}
