/** An email ready to send: both parts built from the same data by a template in shared/email/. */
export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
}

/** How the domain sends email; the SES implementation is functions/adapters/ses/email-sender.ts. */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}
