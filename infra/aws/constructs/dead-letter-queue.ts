import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledgeNag } from '../nag.js';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

/**
 * The dead-letter queue of what `owner` runs (a schedule and its job, the SES feedback function),
 * as `<owner>/DeadLetters`: SQS-managed keys, so Scheduler and Lambda may send to it without a KMS
 * grant; TLS only; 14 days to look at what failed. The DLQ-depth alarm watches every one.
 */
export const deadLetterQueue = (owner: Construct, stage: StageConfig, whose: string): Queue => {
  const queue = new Queue(owner, 'DeadLetters', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy: removalPolicyOf(stage),
  });
  acknowledgeNag(queue, {
    id: 'AwsSolutions-SQS3',
    reason: `This queue is the dead-letter queue of ${whose}; a queue behind it would only move the failure, and the DLQ-depth alarm watches it.`,
  });
  return queue;
};
