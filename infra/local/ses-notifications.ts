import { randomUUID } from 'node:crypto';
import type { Context, SNSEvent } from 'aws-lambda';
import type { Clock } from '#shared/time/clock.js';
import { lambdaContext } from './gateway/rest-event.js';
import type { LocalEndpoint } from './gateway/server.js';

type FeedbackFunction = (event: SNSEvent, context: Context) => Promise<unknown>;


/** The SNS event with which the feedback topic delivers one SES notification to its subscriber. */
const snsEvent = (message: string, at: Date, region: string): SNSEvent => ({
  Records: [
    {
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: `arn:aws:sns:${region}:000000000000:ses-feedback:${randomUUID()}`,
      Sns: {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: `arn:aws:sns:${region}:000000000000:ses-feedback`,
        Subject: '',
        Message: message,
        Timestamp: at.toISOString(),
        SignatureVersion: '1',
        Signature: '',
        SigningCertUrl: '',
        UnsubscribeUrl: '',
        MessageAttributes: {},
      },
    },
  ],
});

/**
 * `POST /_local/ses-notifications`: the body is an SES notification as SES publishes it (a
 * bounce or complaint JSON, the SNS message), handed to the same handler the topic invokes in
 * AWS, so a test can report a bounce the SES emulator cannot produce. Answers the handler's counts.
 */
export const sesNotificationsEndpoint = (clock: Clock, region: string): LocalEndpoint => {
  // Imported on first use: handler modules read their configuration when loaded, after the stack set it.
  let loaded: Promise<FeedbackFunction> | undefined;
  const load = async (): Promise<FeedbackFunction> => (await import('#functions/notifications/ses-feedback.js')).handler;
  return async (request, _url, body) => {
    if (request.method !== 'POST') {
      return { status: 405, body: { type: '/problems/local-ses-notifications', title: 'Method not allowed', status: 405, detail: 'Use POST.' } };
    }
    loaded ??= load();
    const handler = await loaded;
    const context = lambdaContext('ses-feedback', randomUUID(), 10_000, region);
    return { status: 200, body: await handler(snsEvent(body.toString('utf8'), clock.now(), region), context) };
  };
};
