import { describe, expect, it } from 'vitest';
import type { NcbContact } from '#shared/ncb/contact.js';
import { dueEndingNotice } from '#shared/secondments/ending-notices.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import { noticeWindow, runEndingNotices } from '#shared/secondments/send-ending-notices.js';
import type { SendBudget } from '#shared/email/send-pacing.js';
import { fixedClock } from '#shared/time/clock.js';
import { dateIn, startOfDay } from '#shared/time/zoned.js';
import { secondmentFixture } from '../../support/secondment-fixture.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

/**
 * The ending notices' run (issue 17, point 3) over in-memory stores with the table's semantics:
 * who is told, once, in which language, across a missed run and DST, and never after the end.
 */
const months = [9, 6, 3];
const hrRecipients = ['hr@secondment-hub.local'];

const secondmentOf = (overrides: Partial<Secondment> = {}): Secondment =>
  secondmentFixture('sec-1', { officer: { givenName: 'Lucía', familyName: 'Ortega', email: 'lucia@policia.es.example', language: 'es' }, ...overrides });

const contacts: NcbContact[] = [{ country: 'ES', email: 'ocn@policia.es.example', language: 'es', timeZone: 'Atlantic/Canary', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'seed' }];

const hub = (stored: Secondment[], known: NcbContact[] = contacts) => {
  const email = memoryEmail();
  const windows: Array<{ from?: string; upTo?: string }> = [];
  const deps = {
    secondments: {
      listNotEnded: async (window: { from?: string; upTo?: string }) => {
        windows.push(window);
        return stored.filter((one) => !one.ended && (!window.from || one.lastDay >= window.from) && (!window.upTo || one.lastDay <= window.upTo));
      },
    },
    contacts: { getMany: async (countries: readonly string[]) => new Map(known.filter((contact) => countries.includes(contact.country)).map((contact) => [contact.country, contact])) },
    email: email.deps,
  };
  const run = (at: string, budget?: SendBudget) => runEndingNotices(deps, { monthsBefore: months, hrRecipients }, new Date(at), budget);
  return { run, outbox: email.outbox, windows };
};

describe('the ending notices’ run', () => {
  it('tells HR, the NCB and the officer once each, in their languages, with the months left under the rules and how to extend', async () => {
    const { run, outbox } = hub([secondmentOf()]);

    const first = await run('2028-07-01T05:40:00Z');
    const again = await run('2028-07-01T06:40:00Z');
    const nextDay = await run('2028-07-02T06:40:00Z');

    expect(first).toMatchObject({ secondments: 1, due: 1, sent: 3, failed: 0 });
    expect(again).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(nextDay).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(outbox.sent.map((mail) => mail.to)).toEqual([hrRecipients, ['ocn@policia.es.example'], ['lucia@policia.es.example']]);
    const [hrMail, ncbMail, officerMail] = outbox.sent;
    expect(hrMail?.subject).toBe('Secondment ending on 31 March 2029: Lucía Ortega, Cybercrime Directorate');
    expect(hrMail?.text).toContain('it may still be extended by at most 48 months');
    expect(hrMail?.text).toContain('9 months remain until then');
    expect(ncbMail?.subject).toBe('Fin de comisión de servicio el 31 de marzo de 2029: Lucía Ortega, Cybercrime Directorate');
    expect(ncbMail?.text).toContain('A la Oficina Central Nacional de España (ES):');
    // The end at midnight in Lyon is 23:00 on the Canaries.
    expect(ncbMail?.text).toContain('es decir, el 31 de marzo de 2029, a las 23:00, su hora local (Atlantic/Canary, UTC+01:00)');
    expect(ncbMail?.text).toContain('pestaña Comisiones de servicio');
    expect(officerMail?.subject).toBe('Su comisión de servicio termina el 31 de marzo de 2029');
    expect(officerMail?.text).toContain('aún puede prorrogarse 48 meses como máximo');
    expect(officerMail?.html).toContain('lang="es"');
  });

  it('after missed runs sends only the nearest notice due, not the skipped ones', async () => {
    const { run, outbox } = hub([secondmentOf()]);

    // The runs from 1 July 2028 (9 months) and 1 October 2028 (6 months) never came.
    const late = await run('2029-01-15T09:40:00Z');

    expect(late).toMatchObject({ due: 1, sent: 3 });
    // The 3-month notice, late: it says the 2 whole months actually left.
    expect(outbox.sent.every((mail) => mail.text.includes('2 months remain') || mail.text.includes('Quedan 2 meses'))).toBe(true);
  });

  it('sends nothing after the last day, nor once an end is recorded, and says a secondment at its limit cannot be extended', async () => {
    const ended = secondmentOf({ id: 'sec-ended', ended: { lastDay: '2029-01-31', early: true, reason: 'Recalled.', at: '2028-12-01T10:00:00.000Z', by: 'hr@x' } });
    const atLimit = secondmentOf({ id: 'sec-full', firstDay: '2023-04-01', lastDay: '2029-03-31', officer: { givenName: 'Amina', email: 'amina@police.sn.example', language: 'fr' }, homeAdministrationCountry: 'SN' });
    const { run, outbox } = hub([ended, atLimit]);

    const after = await run('2029-04-01T06:40:00Z');
    const during = await run('2029-01-10T06:40:00Z');

    expect(after).toMatchObject({ due: 0, sent: 0 });
    // Senegal's NCB has no contact: HR and the officer are told, and the run says an NCB was missed.
    expect(during).toMatchObject({ due: 1, sent: 2, ncbNoContact: 1 });
    expect(outbox.sent.map((mail) => mail.to[0])).toEqual(['hr@secondment-hub.local', 'amina@police.sn.example']);
    expect(outbox.sent[1]?.text).toContain('il ne peut donc plus être prolongé');
    expect(outbox.sent[1]?.text).not.toContain('adressez-vous à votre Bureau central national');
  });

  it('gives a send SES refused (fault injected in the sender) back to the next run, which sends it once', async () => {
    const { run, outbox } = hub([secondmentOf()]);
    outbox.failNext(1);

    const refused = await run('2028-07-01T05:40:00Z');
    const retried = await run('2028-07-01T06:40:00Z');
    const third = await run('2028-07-01T07:40:00Z');

    expect(refused).toMatchObject({ sent: 2, failed: 1 });
    expect(retried).toMatchObject({ sent: 1, alreadySent: 2, failed: 0 });
    expect(third).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(outbox.sent.map((mail) => mail.to[0]).sort()).toEqual(['hr@secondment-hub.local', 'lucia@policia.es.example', 'ocn@policia.es.example']);
  });

  it('sets the notices anew once an extension moves the last day', async () => {
    const stored = secondmentOf();
    const { run, outbox } = hub([stored]);
    await run('2029-01-02T06:40:00Z');
    stored.lastDay = '2030-03-31';

    const beforeTheNewNotice = await run('2029-06-29T06:40:00Z');
    const newNotice = await run('2029-07-01T06:40:00Z');

    expect(beforeTheNewNotice).toMatchObject({ due: 0 });
    expect(newNotice).toMatchObject({ due: 1, sent: 3 });
    expect(outbox.sent).toHaveLength(6);
  });

  it('begins secondments no faster than the stage’s send rate and none once its time is out, leaving them to the next run', async () => {
    const stored = ['a', 'b', 'c'].map((id) => secondmentOf({ id, officer: { givenName: id, email: `${id}@policia.es.example`, language: 'es' } }));
    const { run, outbox } = hub(stored);
    const waits: number[] = [];
    const at = new Date('2028-07-01T05:40:00Z');
    // 1 email a second: the first secondment's three emails take 3 s; a budget of 4 s begins the second and not the third.
    const budget: SendBudget = { clock: fixedClock(at), stopAt: new Date(at.getTime() + 4000), ratePerSecond: 1, pause: async (ms) => void waits.push(ms) };

    const first = await run(at.toISOString(), budget);
    const next = await run('2028-07-01T06:40:00Z');

    expect(first).toMatchObject({ due: 3, sent: 6, left: 1 });
    expect(waits).toEqual([3000]);
    expect(next).toMatchObject({ sent: 3, alreadySent: 6, left: 0 });
    expect(outbox.sent).toHaveLength(9);
  });

  it('reads one window of last days that holds every duty station’s date', () => {
    expect(noticeWindow(new Date('2028-07-01T23:30:00Z'), months)).toEqual({ from: '2028-06-30', upTo: '2029-04-03' });
  });
});

describe('the due rule across DST in America/New_York', () => {
  it('is due from local midnight on the notice day, whether the clocks just went forward or back', () => {
    // New York goes to summer time on 12 March 2028 and back on 5 November 2028.
    const spring = { firstDay: '2026-01-01', lastDay: '2028-06-11' }; // 3 months before: 12 March 2028
    const autumn = { firstDay: '2026-01-01', lastDay: '2029-02-04' }; // 3 months before: 5 November 2028
    for (const [run, day, offsetHours] of [
      [spring, '2028-03-12', 5],
      [autumn, '2028-11-05', 4],
    ] as const) {
      const midnight = startOfDay(day, 'America/New_York');
      expect(midnight.getUTCHours()).toBe(offsetHours);
      expect(dueEndingNotice(run, [3], dateIn(new Date(midnight.getTime() - 1), 'America/New_York'))).toBeUndefined();
      expect(dueEndingNotice(run, [3], dateIn(midnight, 'America/New_York'))).toMatchObject({ monthsBefore: 3, day });
    }
  });

  it('an hourly run across the change sends each notice once, the 3-month one from the first run after local midnight', async () => {
    // Its 6-month notice is still due on 11 March (its own run was missed); the 3-month one from 12 March, 00:00 EST (05:00 UTC).
    const newYork = secondmentOf({ timeZone: 'America/New_York', dutyStation: 'New York', lastDay: '2028-06-11', firstDay: '2026-06-12' });
    const { run, outbox } = hub([newYork]);
    const sentAt: Array<[string, number]> = [];
    for (let at = Date.parse('2028-03-11T00:40:00Z'); at <= Date.parse('2028-03-13T23:40:00Z'); at += 3_600_000) {
      const summary = await run(new Date(at).toISOString());
      if (summary.sent > 0) sentAt.push([new Date(at).toISOString(), summary.sent]);
    }
    expect(sentAt).toEqual([
      ['2028-03-11T00:40:00.000Z', 3],
      ['2028-03-12T05:40:00.000Z', 3],
    ]);
    expect(outbox.sent.slice(3).every((mail) => /3 (months|meses)/.test(mail.text))).toBe(true);
  });
});
