import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { EmailSender } from '#shared/email/outgoing-email.js';
import { composeMime } from './mime.js';

/**
 * Sends with SES SendRawEmail, the MIME message built by our composer (mime.ts): every
 * recipient, an HTML and a plain-text part, headers encoded properly.
 */
export const sesEmailSender = (client: SESClient, from: string, configurationSet?: string): EmailSender => ({
  async send(email) {
    const mime = composeMime({
      from,
      to: email.to,
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.attachments ? { attachments: email.attachments } : {}),
    });
    const result = await client.send(
      new SendRawEmailCommand({
        RawMessage: { Data: Buffer.from(mime, 'ascii') },
        Destinations: email.to,
        ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
      }),
    );
    return { messageId: result.MessageId ?? '' };
  },
});
