import middy from '@middy/core';
import type { Context, SNSEvent } from 'aws-lambda';
import { readConfig } from '../config.js';
import type { Uses } from '../routes.js';
import { createLogger } from '../observability/logger.js';
import { feedbackStores } from './feedback-stores.js';
import { addressesToSuppress, bouncedMessage } from './ses-notification.js';

/** What the function touches, for the CDK app (infra/aws): the table only, where it writes suppressions and marks circular sends bounced. */
export const sesFeedbackUses: Uses = { table: 'write' };

const { LOG_LEVEL } = readConfig(['LOG_LEVEL']);
const logger = createLogger(LOG_LEVEL).child({ function: 'ses-feedback' });

/** Counts only: an address never reaches the logs or the answer. */
export interface FeedbackSummary {
  suppressed: number;
  /** Bounces of a circular, recorded on the send their message id names. */
  circularBounces: number;
  ignored: number;
  unreadable: number;
}

/**
 * SES bounce and complaint notifications, delivered by the feedback SNS topic: every address
 * that bounced for good or complained is suppressed, and `sendOnce` skips it from then on; a
 * permanent bounce of a circular is also recorded on its send, found by the message id. An
 * unreadable message is logged and dropped (retrying would not make it readable); a failed write
 * throws, so Lambda retries the event.
 */
export const handler = middy<SNSEvent, FeedbackSummary, Error, Context>().handler(async (event) => {
  const { suppressions, circularBounces } = feedbackStores();
  const summary: FeedbackSummary = { suppressed: 0, circularBounces: 0, ignored: 0, unreadable: 0 };
  for (const record of event.Records) {
    const addresses = addressesToSuppress(record.Sns.Message, new Date(record.Sns.Timestamp));
    if (addresses === undefined) {
      summary.unreadable += 1;
      logger.warn('unreadable SES notification', { messageId: record.Sns.MessageId });
      continue;
    }
    if (addresses.length === 0) summary.ignored += 1;
    for (const { address, reason, at } of addresses) {
      await suppressions.suppress(address, reason, at);
      summary.suppressed += 1;
    }
    // A circular's bounce, on its send (HR's counts, the countries to find another address for).
    const bounced = bouncedMessage(record.Sns.Message, new Date(record.Sns.Timestamp));
    if (bounced && (await circularBounces.recordBounce(bounced.messageId, bounced.at))) summary.circularBounces += 1;
  }
  logger.info('feedback handled', { ...summary });
  return summary;
});
