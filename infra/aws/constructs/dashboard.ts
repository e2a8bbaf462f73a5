import { Duration } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Dashboard as CloudWatchDashboard, GraphWidget, Metric, TextWidget, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import type { StageConfig } from '../stages.js';
import { bounceRateMetric } from './alarms.js';
import type { Monitored } from './monitored.js';

export interface DashboardProps {
  stage: StageConfig;
  apiStage: Stage;
  configurationSetName: string;
  monitored: Monitored;
}

const PERIOD = Duration.minutes(5);
const WIDE = 12;

/** SES's account-wide sending counts (per configuration set they need a CloudWatch event destination). */
const sesCount = (metricName: 'Send' | 'Bounce' | 'Complaint'): Metric =>
  new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Sum', period: Duration.hours(1), label: `${metricName} (account)` });

/**
 * One CloudWatch dashboard per stage: the API's traffic, each function's errors and duration,
 * the dead-letter queues and SES, from the same resources the alarms watch.
 */
export class Dashboard extends Construct {
  readonly dashboard: CloudWatchDashboard;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    const { stage, apiStage, configurationSetName, monitored } = props;
    const graph = (title: string, left: IMetric[], right: IMetric[] = []) => new GraphWidget({ title, left, right, width: WIDE, height: 6 });
    const byFunction = (metricOf: (fn: Monitored['functions'][number]) => IMetric) => monitored.functions.map(metricOf);

    this.dashboard = new CloudWatchDashboard(this, 'Dashboard', { defaultInterval: Duration.hours(24) });
    this.dashboard.addWidgets(new TextWidget({ markdown: `# secondment-hub ${stage.name}`, width: 24, height: 1 }));
    this.dashboard.addWidgets(
      graph('API requests and latency', [apiStage.metricCount({ period: PERIOD, statistic: 'Sum' })], [
        apiStage.metricLatency({ period: PERIOD, statistic: 'p50' }),
        apiStage.metricLatency({ period: PERIOD, statistic: 'p99' }),
      ]),
      graph('API 4xx and 5xx', [
        apiStage.metricClientError({ period: PERIOD, statistic: 'Sum' }),
        apiStage.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      ]),
    );
    this.dashboard.addWidgets(
      graph('Function errors', byFunction((fn) => fn.metricErrors({ period: PERIOD, statistic: 'Sum', label: fn.node.id }))),
      graph('Function duration (p99)', byFunction((fn) => fn.metricDuration({ period: PERIOD, statistic: 'p99', label: fn.node.id }))),
    );
    this.dashboard.addWidgets(
      graph(
        'Dead-letter queue depth',
        monitored.deadLetterQueues.map(({ owner, queue }) =>
          queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: owner }),
        ),
      ),
      graph('SES sends and bounces', [sesCount('Send'), sesCount('Bounce'), sesCount('Complaint')], [
        bounceRateMetric(configurationSetName).with({ label: `bounce rate (${configurationSetName})` }),
      ]),
    );
  }
}
