import { ConfigurationSet, ConfigurationSetEventDestination, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue.js';
import type { Uses } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';
import { HubFunction, type FunctionResources } from './hub-function.js';

/** The function that marks bounced and complaining addresses: its module under functions/ and what it touches. */
export interface FeedbackFunction {
  /** The module under functions/ that exports `handler(SNSEvent)`, without extension. */
  handler: string;
  uses: Uses;
}

export interface EmailFeedbackProps {
  stage: StageConfig;
  fn: FeedbackFunction;
  resources: FunctionResources;
}

/**
 * The stage's SES configuration set, every email of the functions sent with it, and where its
 * bounces and complaints go: an SNS topic that invokes the feedback function, which marks the
 * address so that nothing more is sent to it (the claims check it before every send).
 */
export class EmailFeedback extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly topic: Topic;
  readonly fn: HubFunction;
  /** Notifications the function still failed on after Lambda's own retries, kept for a replay. */
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: EmailFeedbackProps) {
    super(scope, id);
    const { stage } = props;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: stage.email.configurationSet,
      reputationMetrics: true,
      sendingEnabled: true,
    });
    // No KMS key: SES may publish to an encrypted topic only with a customer-managed key, and the
    // topic keeps nothing (it delivers at once); TLS is enforced on publish.
    this.topic = new Topic(this, 'Notifications', {
      displayName: `secondment-hub ${stage.name}: SES bounces and complaints`,
      enforceSSL: true,
    });
    new ConfigurationSetEventDestination(this, 'BouncesAndComplaints', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.deadLetterQueue = deadLetterQueue(this, stage, 'the SES feedback function');
    this.fn = new HubFunction(scope, `${id}Function`, {
      code: props.resources.bundles.code(props.fn.handler),
      uses: props.fn.uses,
      stage,
      resources: props.resources,
      description: 'SES bounces and complaints: suppress the address',
    });
    // SNS invokes asynchronously: Lambda retries twice, then keeps the notification here.
    this.fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.deadLetterQueue) });
    this.topic.addSubscription(new LambdaSubscription(this.fn));
  }
}
