import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testUid } from '#shared/written-tests/calendar.js';
import { testCancelledEmail, testChangedEmail, testInvitationEmail } from '#shared/written-tests/emails.js';
import type { WrittenTest } from '#shared/written-tests/test.js';

const now = new Date('2026-12-01T09:00:00.000Z');
const vacancy = { number: '1781', title: 'Criminal Intelligence Officer', location: 'Lyon' };
const candidate = { id: '7c2e5d1f-0000-4000-8000-000000000001', givenName: 'Amina', familyName: 'Diallo', email: 'amina@police.example', language: 'ar' as const, timeZone: 'Asia/Riyadh' };
const window: WrittenTest = {
  id: '3f1c0a52-1111-4000-8000-000000000001',
  vacancy: '1781',
  format: 'window',
  startsAt: '2027-03-26T08:00:00.000Z',
  endsAt: '2027-03-29T16:00:00.000Z',
  durationMinutes: 90,
  timeZone: 'Europe/Paris',
  platformLink: 'https://tests.example/1781',
  maxMark: 50,
  passMark: 30,
  status: 'scheduled',
  revision: 1,
  sequence: 0,
  updatedAt: now.toISOString(),
  updatedBy: 'hr@example.org',
};
const eventOf = (content: string) => new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent');

describe('the written test’s emails', () => {
  it('invites in Arabic: a window across the spring DST change, each end at its own offset, in Paris time and the candidate’s', () => {
    const email = testInvitationEmail({ ...candidate }, vacancy, window, 'https://hub.example/status', now);
    expect(email.subject).toContain('اختبار كتابي');
    expect(email.text).toContain('(\u2068UTC+01:00\u2069)');
    expect(email.text).toContain('(\u2068UTC+02:00\u2069)');
    expect(email.text).toContain('\u2068Asia/Riyadh\u2069');
    expect(email.text).toContain('https://tests.example/1781');
    expect(email.html).toContain('href="https://hub.example/status"');
  });

  it('attaches the test as an .ics: UID per candidate and test, window from opening to closing in UTC, stamped by the clock', () => {
    const email = testInvitationEmail({ ...candidate, language: 'en' }, vacancy, window, 'https://hub.example/status', now);
    const attachment = email.attachments?.[0];
    expect(attachment).toMatchObject({ filename: 'written-test.ics', contentType: 'text/calendar; method=PUBLISH' });
    const event = eventOf(attachment?.content ?? '');
    expect(event?.getFirstPropertyValue('uid')).toBe(testUid(window.id, candidate.id));
    expect(event?.getFirstProperty('dtstart')?.toICALString()).toBe('DTSTART:20270326T080000Z');
    expect(event?.getFirstProperty('dtend')?.toICALString()).toBe('DTEND:20270329T160000Z');
    expect(event?.getFirstProperty('dtstamp')?.toICALString()).toBe('DTSTAMP:20261201T090000Z');
    expect(String(event?.getFirstPropertyValue('description'))).toContain('once started, it takes 90 minutes');
    expect(email.text).toContain('a mark of 30 or more passes');
  });

  it('a correction replaces the event (same UID, its SEQUENCE); a cancellation cancels it, in Spanish', () => {
    const changed = testChangedEmail({ ...candidate, language: 'es' }, vacancy, { ...window, sequence: 2, revision: 3 }, now);
    const cancelled = testCancelledEmail({ ...candidate, language: 'es' }, vacancy, { ...window, status: 'cancelled', sequence: 3 }, now);
    expect(eventOf(changed.attachments?.[0]?.content ?? '')?.getFirstPropertyValue('sequence')).toBe(2);
    expect(changed.subject).toBe('La prueba escrita de la vacante 1781 ha cambiado');
    const event = eventOf(cancelled.attachments?.[0]?.content ?? '');
    expect(cancelled.attachments?.[0]?.contentType).toBe('text/calendar; method=CANCEL');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('uid')).toBe(testUid(window.id, candidate.id));
    expect(cancelled.text).toContain('sigue en la lista corta');
  });
});
