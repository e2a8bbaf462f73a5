import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import type { Language } from '#shared/i18n/languages.js';
import { runNcbDigest } from '#shared/ncb/ncb-digest.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { memoryEmail } from '../reminders/in-memory-email.js';
import { memoryNcbContacts } from './memory-ncb-contacts.js';

const contactOf = (country: string, language: Language = 'en') => ({
  country,
  email: `ncb.${country.toLowerCase()}@ncb.secondment-hub.local`,
  language,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'seed',
});

/** The stores a run reads, in memory; `listIncomplete` records which vacancies it was asked about. */
const world = (vacancies: Vacancy[], applications: Application[], countries = ['SN', 'FR']) => {
  const queried: string[] = [];
  const contacts = memoryNcbContacts(countries.map((country) => contactOf(country)));
  const email = memoryEmail();
  const deps = {
    vacancies: { listByStatus: async (status: string) => vacancies.filter((vacancy) => vacancy.status === status) },
    applications: {
      listIncomplete: async (vacancy: string) => {
        queried.push(vacancy);
        return applications.filter((application) => application.vacancy === vacancy);
      },
    },
    contacts: contacts.store,
    email: email.deps,
  };
  return { deps, queried, contacts, sent: email.outbox.sent, failNextSend: email.outbox.failNext };
};

const settings = { gridUrl: 'http://127.0.0.1:3000/admin', timeZone: 'Europe/Paris' };
const singapore = openVacancy({ number: '1702', title: 'Cybercrime Investigations Specialist', location: 'Singapore', timeZone: 'Asia/Singapore', deadline: '2026-12-05' });
const application = (id: string, overrides: Partial<Application>) => aminaApplication({ id, email: `${id}@police.example`, ...overrides });

describe('the NCB digest run', () => {
  it("sends each country one digest of its own nationals' applications, soonest deadline first", async () => {
    // Prepare
    const { deps, sent } = world(
      [openVacancy(), singapore],
      [
        application('sn-1', { vacancy: '1701', givenName: 'Amina' }),
        application('sn-2', { vacancy: '1702', givenName: 'Moussa' }),
        application('fr-1', { vacancy: '1701', nationality: 'FR', givenName: 'Claire' }),
      ],
    );

    // Act
    const summary = await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));

    // Assert
    expect(summary).toMatchObject({ vacancies: 2, countries: 2, applications: 3, sent: 2, noContact: 0 });
    const senegal = sent.find((email) => email.to[0] === 'ncb.sn@ncb.secondment-hub.local');
    const france = sent.find((email) => email.to[0] === 'ncb.fr@ncb.secondment-hub.local');
    expect(senegal?.text).toContain('Moussa');
    expect(senegal?.text).not.toContain('Claire');
    expect(france?.text).toContain('Claire');
    expect(france?.text).not.toContain('Amina');
    expect(senegal?.text.indexOf('Vacancy 1702')).toBeLessThan(senegal?.text.indexOf('Vacancy 1701') ?? 0);
  });

  it('writes each digest in its NCB contact’s language', async () => {
    // Prepare: France's contact reads French; Senegal's was stored before languages (read as English).
    const { deps, sent, contacts } = world([openVacancy()], [application('sn-1', { vacancy: '1701' }), application('fr-1', { vacancy: '1701', nationality: 'FR' })]);
    await contacts.store.seed([contactOf('FR', 'fr')]);

    // Act
    await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));

    // Assert
    const france = sent.find((email) => email.to[0] === 'ncb.fr@ncb.secondment-hub.local');
    const senegal = sent.find((email) => email.to[0] === 'ncb.sn@ncb.secondment-hub.local');
    expect(france?.subject).toMatch(/^BCN France \(FR\) : 1 candidature attend votre intervention/);
    expect(france?.html).toContain('<html lang="fr" dir="ltr">');
    expect(senegal?.subject).toMatch(/^NCB Senegal \(SN\): 1 application waits for you/);
    // The link opens the staff page's NCB screens in the same language.
    expect(france?.html).toContain('href="http://127.0.0.1:3000/admin?lang=fr"');
    expect(senegal?.text).toContain('http://127.0.0.1:3000/admin?lang=en');
  });

  it("sends an application to the NCB of the home administration's country, not the nationality's, and asks it to confirm a candidate's copy", async () => {
    // Prepare: a Senegalese officer seconded from a French administration, with a copy of the letter uploaded.
    const copy = { key: 'applications/x/confirmationLetter/y', contentType: 'application/pdf' as const, size: 10, sha256: 'b', receivedAt: '2026-11-21T10:00:00.000Z', suppliedBy: 'candidate' as const };
    const { deps, sent } = world([openVacancy()], [application('sn-fr', { nationality: 'SN', homeAdministrationCountry: 'FR', givenName: 'Ousmane', documents: { confirmationLetter: copy } })]);

    // Act
    const summary = await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));

    // Assert
    expect(summary).toMatchObject({ countries: 1, sent: 1 });
    expect(sent.map((email) => email.to[0])).toEqual(['ncb.fr@ncb.secondment-hub.local']);
    expect(sent[0]?.text).toContain('your confirmation of the letter copy the candidate uploaded');
  });

  it('reads the contacts only of the countries with something waiting', async () => {
    const { deps, contacts } = world([openVacancy()], [application('sn-1', {}), application('x', { nationality: 'FR', status: 'withdrawn' })]);

    await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));

    expect(contacts.asked).toEqual([['SN']]);
  });

  it('queries no vacancy whose deadline has passed in its duty station, though still stored as open', async () => {
    // Prepare: 06:00 UTC on 6 December is 14:00 in Singapore, the day after its deadline.
    const { deps, queried, sent } = world([openVacancy(), singapore], [application('sn-2', { vacancy: '1702' })]);

    // Act
    const summary = await runNcbDigest(deps, settings, new Date('2026-12-06T06:00:00Z'));

    // Assert
    expect(queried).toEqual(['1701']);
    expect(summary).toMatchObject({ vacancies: 1, countries: 0, sent: 0 });
    expect(sent).toEqual([]);
  });

  it('counts a country with no contact, names it for the administrator, and sends it nothing', async () => {
    const { deps, sent } = world([openVacancy()], [application('ke-1', { nationality: 'KE' })]);

    const summary = await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));

    expect(summary).toMatchObject({ countries: 1, applications: 1, noContact: 1, sent: 0 });
    expect(summary.noContactCountries).toBe('KE');
    expect(sent).toEqual([]);
  });

  it('sends a country one digest a day, however often the job runs that day', async () => {
    const { deps, sent } = world([openVacancy()], [application('sn-1', {})]);

    const first = await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));
    const again = await runNcbDigest(deps, settings, new Date('2026-11-23T18:00:00Z'));
    const nextDay = await runNcbDigest(deps, settings, new Date('2026-11-24T06:00:00Z'));

    expect([first.sent, again.sent, again.alreadySent, nextDay.sent]).toEqual([1, 0, 1, 1]);
    expect(sent).toHaveLength(2);
  });

  it("counts a day in the organisation's zone: 23:30 and 00:30 in Paris are two days, 00:30 and 22:00 one", async () => {
    const { deps, sent } = world([openVacancy()], [application('sn-1', {})]);

    const late = await runNcbDigest(deps, settings, new Date('2026-11-22T22:30:00Z'));
    const afterMidnight = await runNcbDigest(deps, settings, new Date('2026-11-22T23:30:00Z'));
    const sameDay = await runNcbDigest(deps, settings, new Date('2026-11-23T21:00:00Z'));

    expect([late.sent, afterMidnight.sent, sameDay.sent, sameDay.alreadySent]).toEqual([1, 1, 0, 1]);
    expect(sent).toHaveLength(2);
  });

  it('sends a digest whose send failed (injected SES fault) on the next run that day, exactly once', async () => {
    // Prepare
    const { deps, sent, failNextSend } = world([openVacancy()], [application('sn-1', {})]);
    failNextSend();

    // Act
    const failed = await runNcbDigest(deps, settings, new Date('2026-11-23T06:00:00Z'));
    const retried = await runNcbDigest(deps, settings, new Date('2026-11-23T07:00:00Z'));
    const after = await runNcbDigest(deps, settings, new Date('2026-11-23T08:00:00Z'));

    // Assert
    expect([failed.failed, retried.sent, after.alreadySent]).toEqual([1, 1, 1]);
    expect(sent).toHaveLength(1);
  });
});
