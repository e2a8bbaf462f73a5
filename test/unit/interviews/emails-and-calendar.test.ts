import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '#functions/adapters/ses/mime.js';
import { bookingUid } from '#shared/interviews/calendar.js';
import { bookedEmail, changedEmail, invitationEmail, panelChangedEmail, reminderEmail } from '#shared/interviews/emails.js';
import { languages } from '#shared/i18n/languages.js';
import { APPLICATION, slot } from './fixtures.js';

const candidate = (language: 'ar' | 'en' | 'fr' | 'es' = 'fr') => ({
  id: APPLICATION,
  givenName: 'Amina',
  familyName: 'Diallo',
  email: 'amina@police.example',
  language,
  timeZone: 'Africa/Dakar',
});
const vacancy = { number: '1777', title: 'Criminal Intelligence Officer', location: 'Lyon' };
const now = new Date('2026-12-01T09:00:00.000Z');
const booked = slot({ bookedBy: APPLICATION, sequence: 2 });

/** The .ics read back by a parser that is not the library that wrote it (ical.js, Mozilla's). */
const parseEvent = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event, dtstart: event.getFirstProperty('dtstart')?.toICALString() ?? '', uid: String(event.getFirstPropertyValue('uid')), sequence: Number(event.getFirstPropertyValue('sequence')) };
};

describe('the booking confirmation’s calendar file', () => {
  it('parses back as one event starting at the slot’s instant in UTC, for its duration, with the booking’s UID', () => {
    const email = bookedEmail(candidate(), vacancy, booked, now);
    const ics = email.attachments?.[0]?.content ?? '';
    const { event, dtstart, uid, sequence } = parseEvent(ics);
    const parsed = new ICAL.Event(event);

    expect(email.attachments?.[0]).toMatchObject({ filename: 'interview.ics', contentType: 'text/calendar; method=PUBLISH' });
    expect(dtstart).toBe('DTSTART:20270112T080000Z');
    expect(parsed.startDate.toJSDate().toISOString()).toBe(booked.startsAt);
    expect(parsed.duration.toSeconds()).toBe(45 * 60);
    expect(uid).toBe(bookingUid(booked.id, APPLICATION));
    expect(sequence).toBe(2);
    expect(parsed.location).toBe(booked.place);
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T09:00:00Z');
  });

  it('keeps the UID when the slot moves, with a higher SEQUENCE, so a calendar replaces the event', () => {
    const moved = { ...booked, startsAt: '2027-01-13T13:00:00.000Z', sequence: 3, revision: 2 };
    const first = parseEvent(bookedEmail(candidate(), vacancy, booked, now).attachments?.[0]?.content ?? '');
    const second = parseEvent(changedEmail(candidate(), vacancy, moved, booked, now).attachments?.[0]?.content ?? '');

    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.dtstart).toBe('DTSTART:20270113T130000Z');
  });

  it('cancels the same event when the slot is cancelled (METHOD:CANCEL, STATUS:CANCELLED)', () => {
    const cancelled = { ...booked, status: 'cancelled' as const, sequence: 3 };
    const { calendar, event, uid } = parseEvent(changedEmail(candidate(), vacancy, cancelled, booked, now).attachments?.[0]?.content ?? '');

    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(uid).toBe(bookingUid(booked.id, APPLICATION));
  });

  it('travels through our MIME composer as an attachment mailparser reads back whole, beside both text parts', async () => {
    const email = bookedEmail(candidate(), vacancy, booked, now);
    const mime = composeMime({ from: 'Secondment Hub <hr@hub.example>', ...email });
    const parsed = await simpleParser(mime);

    expect(parsed.text).toContain('Votre entretien pour le poste 1777');
    expect(parsed.html).toContain('Criminal Intelligence Officer');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]?.filename).toBe('interview.ics');
    expect(parsed.attachments[0]?.contentType).toBe('text/calendar');
    expect(parsed.attachments[0]?.content.toString('utf8')).toBe(email.attachments?.[0]?.content);
  });
});

describe('the interview emails, in the candidate’s language', () => {
  it('gives the time in the slot’s zone and in the candidate’s own (Dakar is an hour behind Paris in winter)', () => {
    const email = bookedEmail(candidate('en'), vacancy, booked, now);
    expect(email.text).toContain('12 January 2027, 09:00 Europe/Paris time (UTC+01:00)');
    expect(email.text).toContain('12 January 2027, 08:00 your time (Africa/Dakar, UTC+00:00)');
    expect(email.text).toContain('Place: Lyon, 200 quai Charles de Gaulle, room 3');
    expect(email.text).toContain('until 11 January 2027, 08:00');
  });

  it('writes each email in each of the four languages, with no English left in the French', () => {
    for (const language of languages) {
      const emails = [
        invitationEmail(candidate(language), vacancy, 'https://hub.example/status'),
        bookedEmail(candidate(language), vacancy, booked, now),
        reminderEmail(candidate(language), vacancy, booked),
        changedEmail(candidate(language), vacancy, { ...booked, startsAt: '2027-01-13T13:00:00.000Z' }, booked, now),
      ];
      for (const email of emails) {
        expect(email.subject).toContain('1777');
        expect(email.html).toContain(`lang="${language}"`);
      }
    }
    expect(invitationEmail(candidate('fr'), vacancy, 'https://hub.example/status').subject).toBe('Entretien pour le poste 1777, Criminal Intelligence Officer : choisissez votre horaire');
    expect(invitationEmail(candidate('fr'), vacancy, 'https://hub.example/status').html).toContain('<a href="https://hub.example/status">Ouvrez votre page de suivi</a>');
  });

  it('tells the panel, old and new members, in English, naming the candidate by reference only', () => {
    const moved = { ...booked, startsAt: '2027-01-13T13:00:00.000Z', panelMembers: ['ana.panel@secondment-hub.local'] };
    const email = panelChangedEmail(['chair.panel@secondment-hub.local', 'ana.panel@secondment-hub.local'], vacancy, moved, booked);

    expect(email.to).toEqual(['chair.panel@secondment-hub.local', 'ana.panel@secondment-hub.local']);
    expect(email.subject).toBe('Interview slot changed: vacancy 1777');
    expect(email.text).toContain(`application ${APPLICATION}`);
    expect(email.text).not.toContain('Amina');
  });
});
