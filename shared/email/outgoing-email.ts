/** An email ready to send: both parts built from the same data by a template in shared/email/. */
export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** Files that go with it (an interview's .ics): a multipart/mixed message around both parts. */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  /** ASCII, as the reader's mail client shows it: `interview.ics`. */
  filename: string;
  /** `text/calendar; method=PUBLISH`: the media type and its parameters but the charset (always UTF-8). */
  contentType: string;
  content: string;
}

/** How the domain sends email; the SES implementation is functions/adapters/ses/email-sender.ts. */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}
