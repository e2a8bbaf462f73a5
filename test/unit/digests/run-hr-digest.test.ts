import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { zeroCounts } from '#shared/applications/counts.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import { runHrDigest, type HrDigestDependencies } from '#shared/digests/run-hr-digest.js';
import type { DigestWatermark, DigestWatermarks } from '#shared/digests/watermark.js';
import type { OutgoingEmail } from '#shared/email/outgoing-email.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import type { SecondmentStore } from '#shared/secondments/store.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { memoryClaims } from '../reminders/in-memory-email.js';

const settings = { recipients: ['hr@example.org'], publicBaseUrl: 'https://hub.example.org', timeZone: 'Europe/Paris', endingNoticeMonths: [9, 6, 3] };

/** The domain's interfaces over arrays: what runHrDigest does with them, without a table. */
const world = (vacancies: Vacancy[], applications: Application[], secondments: Secondment[] = []) => {
  const sent: OutgoingEmail[] = [];
  let watermark: DigestWatermark | undefined;
  let failSends = 0;
  const { claims, held } = memoryClaims();
  const watermarks: DigestWatermarks = {
    read: async () => watermark,
    advance: async (_digest, previous, next) => {
      if (watermark?.at !== previous?.at) return false;
      watermark = next;
      return true;
    },
  };
  const vacancyStore: Pick<VacancyStore, 'get' | 'listByStatus'> = {
    get: async (number) => vacancies.find((vacancy) => vacancy.number === number),
    listByStatus: async (status, from = '') => vacancies.filter((vacancy) => vacancy.status === status && vacancy.deadline >= from),
  };
  const applicationStore: Pick<ApplicationStore, 'counts' | 'listSubmittedSince'> = {
    // The vacancy's counter, as the rows make it (here an application without a CV is the incomplete one).
    counts: async (vacancy) => {
      const counts = zeroCounts();
      for (const application of applications.filter((a) => a.vacancy === vacancy)) {
        counts.byStatus[application.status] += 1;
        if (application.documents.cv === undefined) counts.incomplete += 1;
      }
      return counts;
    },
    listSubmittedSince: async (vacancy, after, until) =>
      applications.filter((a) => a.vacancy === vacancy && (after === undefined || a.submittedAt > after) && a.submittedAt <= until),
  };
  // Pattern 51 over an array: not ended by last day from a day; recorded ends from a day.
  const secondmentStore: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom'> = {
    listNotEnded: async ({ from = '', upTo = '9999' }) => secondments.filter((one) => !one.ended && one.lastDay >= from && one.lastDay <= upTo),
    listEndingFrom: async (from) => secondments.filter((one) => one.ended !== undefined && one.ended.lastDay >= from),
  };
  const deps = {
    secondments: secondmentStore,
    vacancies: vacancyStore,
    applications: applicationStore,
    watermarks,
    email: {
      claims,
      suppressions: { isSuppressed: async () => false, suppress: async () => undefined },
      sender: {
        send: async (email: OutgoingEmail) => {
          if (failSends > 0) {
            failSends -= 1;
            throw new Error('SES is unavailable');
          }
          sent.push(email);
          return { messageId: String(sent.length) };
        },
      },
    },
  } as unknown as HrDigestDependencies;
  return {
    deps,
    sent,
    watermark: () => watermark,
    failNextSend: () => void (failSends = 1),
    setWatermark: (value: DigestWatermark) => void (watermark = value),
    claimOf: (day: string) => held({ scope: 'DIGEST#hr', kind: 'hr-digest', day }) !== undefined,
  };
};

const amina = aminaApplication({ submittedAt: '2026-12-01T10:00:00.000Z' });

describe('runHrDigest', () => {
  it('keeps the watermark and gives the claim back when the send fails (a failing sender injected), and the retry sends it once', async () => {
    const hub = world([openVacancy()], [amina]);
    hub.failNextSend();

    const failed = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:00:00Z'));

    expect(failed).toMatchObject({ outcome: 'failed', watermark: 'kept' });
    expect(hub.watermark()).toBeUndefined();
    expect(hub.claimOf('2026-12-02')).toBe(false);

    const retried = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:05:00Z'));
    const again = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:10:00Z'));

    expect(retried).toMatchObject({ outcome: 'sent', newApplications: 1, watermark: 'advanced' });
    expect(again).toMatchObject({ outcome: 'already-sent' });
    expect(hub.sent).toHaveLength(1);
    expect(hub.watermark()).toEqual({ at: '2026-12-02T07:05:00.000Z', openVacancies: ['1701'] });
  });

  it("gives each day of the organisation's calendar its digest, for a cron set near midnight", async () => {
    const hub = world([openVacancy()], [amina]);

    // 23:30 and 00:30 in Paris: one UTC date, two days of the organisation.
    const late = await runHrDigest(hub.deps, settings, new Date('2026-12-02T22:30:00Z'));
    const afterMidnight = await runHrDigest(hub.deps, settings, new Date('2026-12-02T23:30:00Z'));
    const sameDay = await runHrDigest(hub.deps, settings, new Date('2026-12-03T22:00:00Z'));

    expect([late.day, afterMidnight.day, sameDay.day]).toEqual(['2026-12-02', '2026-12-03', '2026-12-03']);
    expect([late.outcome, afterMidnight.outcome, sameDay.outcome]).toEqual(['sent', 'sent', 'already-sent']);
    expect(hub.sent).toHaveLength(2);
  });

  it('reports after a failed day what that day would have, with the next day', async () => {
    const hub = world([openVacancy()], [amina, aminaApplication({ id: 'b', familyName: 'Later', submittedAt: '2026-12-02T12:00:00.000Z' })]);
    hub.setWatermark({ at: '2026-11-30T07:00:00.000Z', openVacancies: ['1701'] });
    hub.failNextSend();
    await runHrDigest(hub.deps, settings, new Date('2026-12-01T07:00:00Z'));

    const summary = await runHrDigest(hub.deps, settings, new Date('2026-12-03T07:00:00Z'));

    expect(summary).toMatchObject({ outcome: 'sent', newApplications: 2 });
    expect(hub.sent[0]?.text).toContain('New since the last digest (30 November 2026, 07:00 UTC): 2');
  });

  it('leaves out what was submitted after its own time', async () => {
    const hub = world([openVacancy()], [amina, aminaApplication({ id: 'b', familyName: 'Tomorrow', submittedAt: '2026-12-02T07:00:00.001Z' })]);

    await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:00:00Z'));

    expect(hub.sent[0]?.text).toContain('Amina Diallo');
    expect(hub.sent[0]?.text).not.toContain('Tomorrow');
  });

  it('sends nothing for a time a later digest already covered, and never moves the watermark back', async () => {
    const hub = world([openVacancy()], [amina]);
    hub.setWatermark({ at: '2026-12-03T07:00:00.000Z', openVacancies: ['1701'] });

    const summary = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:00:00Z'));

    expect(summary).toMatchObject({ outcome: 'superseded', watermark: 'kept' });
    expect(hub.sent).toHaveLength(0);
    expect(hub.watermark()?.at).toBe('2026-12-03T07:00:00.000Z');
  });

  it('links each vacancy to the grid filtered to it, and names nobody in its summary', async () => {
    const hub = world([openVacancy()], [amina]);

    const summary = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:00:00Z'));

    expect(hub.sent[0]?.text).toContain('Open 1701 in the grid: https://hub.example.org/admin#vacancy=1701');
    expect(JSON.stringify(summary)).not.toMatch(/Amina|Diallo|police\.example/);
  });

  it('reports a vacancy closed by HR before its deadline, and a cancelled one, as ended', async () => {
    const hub = world(
      [openVacancy({ status: 'closed' }), openVacancy({ number: '1702', status: 'cancelled' }), openVacancy({ number: '1703' })],
      [amina],
    );
    hub.setWatermark({ at: '2026-12-01T07:00:00.000Z', openVacancies: ['1701', '1702', '1703'] });

    const summary = await runHrDigest(hub.deps, settings, new Date('2026-12-02T07:00:00Z'));

    expect(summary).toMatchObject({ openVacancies: 1, closedVacancies: 2 });
    expect(hub.sent[0]?.text).toContain('1701 · Criminal Intelligence Officer (Lyon): closed\nFinal counts: 1 application (submitted 1); incomplete: 1');
    expect(hub.sent[0]?.text).toContain('1702 · Criminal Intelligence Officer (Lyon): cancelled');
  });

  it('lists the secondments ending within the largest notice window and the extensions waiting, by the organisation’s date', async () => {
    const base = { officer: { givenName: 'Lucía', familyName: 'Ortega', email: 'l@x', language: 'es' }, nationality: 'ES', unit: 'Cybercrime Directorate', dutyStation: 'Lyon', type: 'regular', firstDay: '2025-01-01', extensions: [] };
    const asked = { id: 'e1', months: 12, fromLastDay: '2028-12-31', toLastDay: '2029-12-31', requestedBy: { email: 'ncb@x', as: 'ncb' }, requestedAt: '2026-11-20T10:00:00.000Z', state: 'awaiting-home-confirmation' };
    const stored = [
      { ...base, id: 'soon', lastDay: '2027-08-31' },
      { ...base, id: 'beyond', lastDay: '2027-09-03', officer: { ...base.officer, givenName: 'Beyond' } },
      { ...base, id: 'past', lastDay: '2026-11-30', officer: { ...base.officer, givenName: 'Past' } },
      { ...base, id: 'early', lastDay: '2028-12-31', officer: { ...base.officer, givenName: 'Early' }, ended: { lastDay: '2027-01-15', early: true, reason: 'Recalled.', at: '2026-11-01T00:00:00.000Z', by: 'hr@x' } },
      { ...base, id: 'asking', lastDay: '2028-12-31', officer: { ...base.officer, givenName: 'Asking' }, extensions: [asked] },
    ] as unknown as Secondment[];
    const hub = world([openVacancy()], [amina], stored);

    // 1 December 2026, 23:30 in Paris: the window runs to 2 September 2027.
    const summary = await runHrDigest(hub.deps, settings, new Date('2026-12-01T23:30:00Z'));

    expect(summary).toMatchObject({ day: '2026-12-02', endingSecondments: 2, waitingExtensions: 1 });
    const text = hub.sent[0]?.text ?? '';
    expect(text).toContain('SECONDMENTS ENDING WITHIN 9 MONTHS\n\n- Early Ortega (ES), Cybercrime Directorate, Lyon: last day 15 January 2027 (early end recorded); no extension left under the rules\n- Lucía Ortega (ES), Cybercrime Directorate, Lyon: last day 31 August 2027; 40 months left under the rules\n');
    expect(text).toContain('- Asking Ortega, Cybercrime Directorate: 12 months asked on 20 November 2026; waiting for the home administration’s letter through the NCB');
    expect(text).not.toMatch(/Beyond|Past/);
    expect(JSON.stringify(summary)).not.toMatch(/Ortega/);
  });
});
