import { describe, expect, it } from 'vitest';
import { bouncedMessage } from '#functions/notifications/ses-notification.js';

const notification = (kind: 'notificationType' | 'eventType', bounceType: string, mail?: object) =>
  JSON.stringify({
    [kind]: 'Bounce',
    bounce: { bounceType, bouncedRecipients: [{ emailAddress: 'ncb.bo@example.org' }], timestamp: '2027-03-02T09:00:00.000Z' },
    ...(mail ? { mail } : {}),
  });

describe('the message a bounce names (what a circular send is matched by)', () => {
  it('reads mail.messageId of a permanent bounce, from an identity notification or a configuration set’s event', () => {
    const at = new Date('2027-03-02T10:00:00Z');

    expect(bouncedMessage(notification('notificationType', 'Permanent', { messageId: 'm-1' }), at)).toEqual({ messageId: 'm-1', at: new Date('2027-03-02T09:00:00.000Z') });
    expect(bouncedMessage(notification('eventType', 'Permanent', { messageId: 'm-2' }), at)?.messageId).toBe('m-2');
  });

  it('names none for a transient bounce, a bounce without its mail, a complaint or a text that is no notification', () => {
    const at = new Date();

    expect(bouncedMessage(notification('notificationType', 'Transient', { messageId: 'm-1' }), at)).toBeUndefined();
    expect(bouncedMessage(notification('notificationType', 'Permanent'), at)).toBeUndefined();
    expect(bouncedMessage(JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'a@b.cd' }] }, mail: { messageId: 'm' } }), at)).toBeUndefined();
    expect(bouncedMessage('not json', at)).toBeUndefined();
  });
});
