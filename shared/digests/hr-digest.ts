import { missingItems, type MissingItem } from '../applications/application.js';
import { isFinal, type ApplicationStatus } from '../applications/status-machine.js';
import type { ApplicationStore } from '../applications/store.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { currentStatus, daysToDeadline, earliestOpenDeadline } from '../vacancies/deadline.js';
import type { Vacancy, VacancyStatus } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { digestCounts, type VacancyCounts } from './vacancy-counts.js';
import { personName } from '../i18n/names.js';
import type { DigestWatermark } from './watermark.js';
import type { SecondmentsSection } from './secondments-section.js';

/** A deadline this many days away or fewer is flagged: the days to chase missing documents. */
export const DEADLINE_SOON_DAYS = 7;

/** Vacancies read at once: a GetItem (the counts) and a Query (what is new) each, without flooding the table. */
const PARALLEL_VACANCIES = 8;

export type DigestVacancy = Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;

/** What HR reads of one new application: no contact details, which the grid shows to those who may see them. */
export interface NewApplication {
  id: string;
  name: string;
  nationality: string;
  submittedAt: string;
  status: ApplicationStatus;
  /** Empty when complete, or when final (withdrawn, rejected): then nothing is chased. */
  missing: MissingItem[];
}

export interface OpenVacancyReport {
  vacancy: DigestVacancy;
  /** Days from today in the duty station to the deadline day: 0 is "closes today". */
  daysLeft: number;
  newApplications: NewApplication[];
  counts: VacancyCounts;
}

export interface ClosedVacancyReport {
  vacancy: DigestVacancy;
  /** As a reader sees it now: `closed` (by its deadline or by HR), `filled` or `cancelled`. */
  status: VacancyStatus;
  counts: VacancyCounts;
}

export interface HrDigest {
  /** The previous digest's time; absent for the first digest, which reports everything so far. */
  since?: string;
  until: string;
  open: OpenVacancyReport[];
  closed: ClosedVacancyReport[];
  /** Secondments ending within the notices' window and extensions still waiting (issue 17, point 3). */
  secondments: SecondmentsSection;
}

const digestVacancy = ({ number, title, location, timeZone, deadline }: Vacancy): DigestVacancy => ({ number, title, location, timeZone, deadline });

/**
 * What the HR digest at `now` reports, since the `previous` digest: per open vacancy, the
 * applications submitted since (pattern 8), counts by status and incomplete (the vacancy's
 * counter, pattern 21: the same cost at any size); and the vacancies the previous digest reported
 * open that are no longer, with their final counts. Reads only open vacancies and those that
 * closed: a closed vacancy's applications cost nothing later.
 */
export const collectHrDigest = async (
  stores: { vacancies: VacancyStore; applications: ApplicationStore },
  previous: DigestWatermark | undefined,
  now: Date,
): Promise<Omit<HrDigest, 'secondments'>> => {
  const until = now.toISOString();
  const stored = await stores.vacancies.listByStatus('open', earliestOpenDeadline(now));
  const open = stored.filter((vacancy) => currentStatus(vacancy, now) === 'open');
  const openNumbers = new Set(open.map((vacancy) => vacancy.number));

  const openReports = await mapBounded(open, PARALLEL_VACANCIES, async (vacancy): Promise<OpenVacancyReport> => {
    const [counts, submitted] = await Promise.all([
      stores.applications.counts(vacancy.number),
      stores.applications.listSubmittedSince(vacancy.number, previous?.at, until),
    ]);
    return {
      vacancy: digestVacancy(vacancy),
      daysLeft: daysToDeadline(vacancy, now),
      newApplications: submitted.map((application) => ({
        id: application.id,
        name: personName(application),
        nationality: application.nationality,
        submittedAt: application.submittedAt,
        status: application.status,
        missing: isFinal(application.status) ? [] : missingItems(application),
      })),
      counts: digestCounts(counts),
    };
  });

  const gone = (previous?.openVacancies ?? []).filter((number) => !openNumbers.has(number));
  const closedReports = (
    await mapBounded(gone, PARALLEL_VACANCIES, async (number): Promise<ClosedVacancyReport | undefined> => {
      const vacancy = await stores.vacancies.get(number);
      if (!vacancy) return undefined;
      const status = currentStatus(vacancy, now);
      // Back to draft is no move the status machine has; only a vacancy that ended is reported.
      if (status === 'open' || status === 'draft') return undefined;
      return { vacancy: digestVacancy(vacancy), status, counts: digestCounts(await stores.applications.counts(number)) };
    })
  ).filter((report): report is ClosedVacancyReport => report !== undefined);

  return { ...(previous ? { since: previous.at } : {}), until, open: openReports, closed: closedReports };
};
