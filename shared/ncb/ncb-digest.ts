import { LANGUAGE_PARAMETER } from '../i18n/switcher.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { ncbCountry } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { sendOnce, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { ncbDigest, type NcbDigestApplication, type NcbDigestVacancy } from '../email/templates/ncb-digest.js';
import { dateIn } from '../time/zoned.js';
import { applicationsCloseAt, daysToDeadline, earliestOpenDeadline } from '../vacancies/deadline.js';
import type { VacancyStore } from '../vacancies/store.js';
import { contactTimeZone, type NcbContact } from './contact.js';
import type { NcbContactStore } from './store.js';
import { ncbPendingItems } from './waiting.js';

export interface NcbDigestDependencies {
  vacancies: Pick<VacancyStore, 'listByStatus'>;
  /** A vacancy's active applications still missing something: the sparse `incomplete` index (pattern 9). */
  applications: Pick<ApplicationStore, 'listIncomplete'>;
  contacts: Pick<NcbContactStore, 'getMany'>;
  email: SendOnceDependencies;
}

export interface NcbDigestSettings {
  /** The staff grid's URL, linked from every digest. */
  gridUrl: string;
  /** The organisation's zone: a country's digest is one per day there. */
  timeZone: string;
}

export interface NcbDigestSummary {
  [name: string]: number | string;
  /** Open vacancies read; one Query each on the sparse index. */
  vacancies: number;
  /** Applications listed in a digest, and the countries they come from. */
  applications: number;
  countries: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  failed: number;
  /** Countries with something waiting but no NCB contact: an administrator should add one. */
  noContact: number;
  /** Those countries' codes (comma-separated, no personal data), so the log says whose contact to add. */
  noContactCountries: string;
}

/** Queries in flight at once: a few vacancies' indexes and a few sends, well within on-demand limits. */
const PARALLEL = 8;

const byDeadline = (a: NcbDigestVacancy, b: NcbDigestVacancy) =>
  a.vacancy.deadline.localeCompare(b.vacancy.deadline) || a.vacancy.number.localeCompare(b.vacancy.number);

/**
 * `ncb-digest`: to each NCB, once a day, the applications from its country's administrations that wait for its validation
 * or for the confirmation letter, with their deadlines. Reads only what it reports: the open
 * vacancies still taking applications, each one's incomplete applications (a vacancy with none
 * costs one empty Query), and the contacts of the countries that have something waiting.
 */
export const runNcbDigest = async (deps: NcbDigestDependencies, settings: NcbDigestSettings, now: Date): Promise<NcbDigestSummary> => {
  const open = (await deps.vacancies.listByStatus('open', earliestOpenDeadline(now))).filter(
    (vacancy) => now.getTime() < applicationsCloseAt(vacancy).getTime(),
  );

  const byCountry = new Map<string, Map<string, NcbDigestVacancy>>();
  await mapBounded(open, PARALLEL, async (vacancy) => {
    for (const application of await deps.applications.listIncomplete(vacancy.number)) {
      const waitingFor = ncbPendingItems(application, vacancy.clearance);
      if (waitingFor.length === 0) continue;
      // The NCB of the home administration's country (the nationality for an application that named none).
      const country = byCountry.get(ncbCountry(application)) ?? new Map<string, NcbDigestVacancy>();
      byCountry.set(ncbCountry(application), country);
      const entry = country.get(vacancy.number) ?? { vacancy, daysLeft: daysToDeadline(vacancy, now), applications: [] as NcbDigestApplication[] };
      country.set(vacancy.number, entry);
      entry.applications.push({ application, waitingFor });
    }
  });

  const countries = [...byCountry.keys()].sort();
  const contacts = countries.length > 0 ? await deps.contacts.getMany(countries) : new Map<string, NcbContact>();
  const summary: NcbDigestSummary = {
    vacancies: open.length,
    applications: 0,
    countries: countries.length,
    sent: 0,
    alreadySent: 0,
    suppressed: 0,
    failed: 0,
    noContact: 0,
    noContactCountries: '',
  };
  const tallies: Record<SendOutcome, 'sent' | 'alreadySent' | 'suppressed' | 'failed'> = {
    sent: 'sent',
    'already-sent': 'alreadySent',
    suppressed: 'suppressed',
    failed: 'failed',
  };

  const withoutContact: string[] = [];
  await mapBounded(countries, PARALLEL, async (country) => {
    const vacancies = [...(byCountry.get(country)?.values() ?? [])].sort(byDeadline);
    for (const entry of vacancies) entry.applications.sort((a, b) => a.application.submittedAt.localeCompare(b.application.submittedAt));
    summary.applications += vacancies.reduce((sum, entry) => sum + entry.applications.length, 0);
    const contact = contacts.get(country);
    if (!contact) {
      summary.noContact += 1;
      withoutContact.push(country);
      return;
    }
    // In the contact's language (English for a contact stored before languages: the store reads it so).
    // Its link opens the staff page in the same language (the NCB's screens follow ?lang=: functions/admin/pages/admin-words.ts).
    const gridUrl = new URL(settings.gridUrl);
    gridUrl.searchParams.set(LANGUAGE_PARAMETER, contact.language);
    const email = ncbDigest({ to: contact.email, language: contact.language, country, vacancies, gridUrl: gridUrl.href, recipientTimeZone: contactTimeZone(contact) });
    // One digest per country per day, however often the job runs (the claim is the country's, not the address's).
    const outcome = await sendOnce(deps.email, { scope: `NCB#${country}`, kind: 'ncb-digest', day: dateIn(now, settings.timeZone) }, email, now);
    summary[tallies[outcome]] += 1;
  });
  return { ...summary, noContactCountries: withoutContact.sort().join(',') };
};
