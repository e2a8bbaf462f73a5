import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailSender } from '#shared/email/outgoing-email.js';

/**
 * Sends with SES SendRawEmail, the MIME message built by nodemailer's composer: every
 * recipient, an HTML and a plain-text part, headers encoded properly.
 */
export const sesEmailSender = (client: SESClient, from: string, configurationSet?: string): EmailSender => ({
  async send(email) {
    const mime = await new MailComposer({
      from,
      to: email.to,
      replyTo: email.replyTo,
      subject: email.subject,
      text: email.text,
      html: email.html,
    })
      .compile()
      .build();
    const result = await client.send(
      new SendRawEmailCommand({
        RawMessage: { Data: mime },
        Destinations: email.to,
        ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
      }),
    );
    return { messageId: result.MessageId ?? '' };
  },
});
