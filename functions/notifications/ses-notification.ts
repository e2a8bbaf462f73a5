import * as z from '#shared/zod.js';

/**
 * What SES publishes to the feedback topic: an identity notification names its kind in
 * `notificationType`, a configuration set's event in `eventType`; both carry the same `bounce`
 * and `complaint` objects. Only what the handler reads is checked; the rest passes.
 */
const recipients = z.array(z.object({ emailAddress: z.string().check(z.minLength(3), z.maxLength(320)) }));

/** The sent message the notification is about: SES's id, which the circular's sends record. */
const mail = z.optional(z.object({ messageId: z.string().check(z.minLength(1), z.maxLength(200)) }));

export const sesNotificationSchema = z.union([
  z.object({
    kind: z.literal('Bounce'),
    mail,
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients, timestamp: z.optional(z.iso.datetime({ offset: true })) }),
  }),
  z.object({
    kind: z.literal('Complaint'),
    complaint: z.object({ complainedRecipients: recipients, timestamp: z.optional(z.iso.datetime({ offset: true })) }),
  }),
  z.object({ kind: z.string() }),
]);

export type SesNotification = z.infer<typeof sesNotificationSchema>;

export interface AddressToSuppress {
  address: string;
  reason: 'bounce' | 'complaint';
  at: Date;
}

/** A permanent bounce's message: what the circular's sends are matched by (functions/adapters/dynamodb/circular-store.ts). */
export interface BouncedMessage {
  messageId: string;
  at: Date;
}

/** The message's kind under either name, so one schema reads both. */
const withKind = (message: unknown): unknown => {
  if (typeof message !== 'object' || message === null) return message;
  const record = message as Record<string, unknown>;
  return { ...record, kind: record.notificationType ?? record.eventType };
};

/**
 * The addresses a notification says must get nothing more: every recipient of a permanent
 * bounce (the address does not exist or refuses us for good) and of a complaint. A transient
 * bounce (mailbox full) or a delivery changes nothing. `undefined` when the text is no SES
 * notification at all.
 */
export const addressesToSuppress = (text: string, receivedAt: Date): AddressToSuppress[] | undefined => {
  const message = notification(text);
  if (message === undefined) return undefined;
  if ('bounce' in message) {
    if (message.bounce.bounceType !== 'Permanent') return [];
    const at = message.bounce.timestamp ? new Date(message.bounce.timestamp) : receivedAt;
    return message.bounce.bouncedRecipients.map(({ emailAddress }) => ({ address: emailAddress, reason: 'bounce', at }));
  }
  if ('complaint' in message) {
    const at = message.complaint.timestamp ? new Date(message.complaint.timestamp) : receivedAt;
    return message.complaint.complainedRecipients.map(({ emailAddress }) => ({ address: emailAddress, reason: 'complaint', at }));
  }
  return [];
};

/** A notification's text read, or undefined when it is no SES notification at all. */
const notification = (text: string): SesNotification | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = sesNotificationSchema.safeParse(withKind(json));
  return parsed.success ? parsed.data : undefined;
};

/** The message a permanent bounce names (`mail.messageId`), when it names one; a transient bounce or a complaint names none here. */
export const bouncedMessage = (text: string, receivedAt: Date): BouncedMessage | undefined => {
  const message = notification(text);
  if (message === undefined || !('bounce' in message) || message.bounce.bounceType !== 'Permanent' || !('mail' in message) || !message.mail) return undefined;
  return { messageId: message.mail.messageId, at: message.bounce.timestamp ? new Date(message.bounce.timestamp) : receivedAt };
};
