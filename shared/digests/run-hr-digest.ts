import type { ApplicationStore } from '../applications/store.js';
import { sendOnce, type ClaimKey, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { hrDigestEmail } from '../email/templates/hr-digest.js';
import { dateIn } from '../time/zoned.js';
import type { VacancyStore } from '../vacancies/store.js';
import { collectHrDigest } from './hr-digest.js';
import { collectSecondmentsSection } from './secondments-section.js';
import type { SecondmentStore } from '../secondments/store.js';
import type { DigestWatermarks } from './watermark.js';

export const HR_DIGEST = 'hr';

export interface HrDigestDependencies {
  vacancies: VacancyStore;
  applications: ApplicationStore;
  watermarks: DigestWatermarks;
  email: SendOnceDependencies;
  secondments: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom'>;
}

export interface HrDigestSettings {
  recipients: string[];
  /** The site's base URL, without a trailing slash: links point into its staff grid. */
  publicBaseUrl: string;
  /** The organisation's zone: the digest's day is the date there. */
  timeZone: string;
  /** The stage's ending notices (months before the end): the largest is the window of secondments listed. */
  endingNoticeMonths: readonly number[];
}

/** Counts only: a summary is logged, so it names no one. */
export interface HrDigestSummary {
  [name: string]: string | number;
  day: string;
  /** `superseded`: a digest of a later time was already sent, so this one has nothing of its own. */
  outcome: SendOutcome | 'superseded';
  openVacancies: number;
  closedVacancies: number;
  newApplications: number;
  endingSecondments: number;
  waitingExtensions: number;
  /** `advanced` after a send; `kept` otherwise; `moved-by-another-run` if a concurrent run moved it first. */
  watermark: 'advanced' | 'kept' | 'moved-by-another-run';
}

/**
 * The daily HR digest at `now`: one email to HR, claimed for its day before it is sent
 * (send-once), and reporting what came after the stored watermark; the watermark moves to `now`
 * only once the email is sent, so a failed or missed day is reported by the next digest.
 */
export const runHrDigest = async (deps: HrDigestDependencies, settings: HrDigestSettings, now: Date): Promise<HrDigestSummary> => {
  // One digest per day of the organisation's calendar, wherever in it the cron is set.
  const day = dateIn(now, settings.timeZone);
  const key: ClaimKey = { scope: `DIGEST#${HR_DIGEST}`, kind: 'hr-digest', day };
  const nothing = { day, openVacancies: 0, closedVacancies: 0, newApplications: 0, endingSecondments: 0, waitingExtensions: 0, watermark: 'kept' as const };
  // Only to save the reads of a digest already sent; the claim itself is what keeps it to one.
  if (await deps.email.claims.isClaimed(key, now)) return { ...nothing, outcome: 'already-sent' };
  const previous = await deps.watermarks.read(HR_DIGEST);
  if (previous && Date.parse(previous.at) >= now.getTime()) return { ...nothing, outcome: 'superseded' };

  const digest = { ...(await collectHrDigest(deps, previous, now)), secondments: await collectSecondmentsSection(deps.secondments, Math.max(...settings.endingNoticeMonths), day) };
  const email = hrDigestEmail({
    to: settings.recipients,
    digest,
    gridLink: (vacancy) => `${settings.publicBaseUrl}/admin#vacancy=${encodeURIComponent(vacancy)}`,
    // HR works in the organisation's zone: a deadline in another duty station is given in it too.
    recipientTimeZone: settings.timeZone,
  });
  const outcome = await sendOnce(deps.email, key, email, now);
  const counts = {
    openVacancies: digest.open.length,
    closedVacancies: digest.closed.length,
    newApplications: digest.open.reduce((sum, report) => sum + report.newApplications.length, 0),
    endingSecondments: digest.secondments.ending.length,
    waitingExtensions: digest.secondments.extensions.length,
  };
  if (outcome !== 'sent') return { ...nothing, ...counts, outcome };
  const next = { at: now.toISOString(), openVacancies: digest.open.map((report) => report.vacancy.number) };
  const moved = await deps.watermarks.advance(HR_DIGEST, previous, next);
  return { day, ...counts, outcome, watermark: moved ? 'advanced' : 'moved-by-another-run' };
};
