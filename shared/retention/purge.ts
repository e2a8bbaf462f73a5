import { isFinal } from '../applications/status-machine.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { applicationDocumentPrefixes } from '../documents/keys.js';
import { selectionReportPrefix } from '../selection-report/keys.js';
import { addDays, dateIn } from '../time/zoned.js';
import type { ManagedVacancyStore, StoredVacancy } from '../vacancies/store.js';
import {
  endedStatuses,
  isPastRetention,
  retentionDays,
  retentionGroupOf,
  retentionGroups,
  vacancyEndedAt,
  type RetentionGroup,
  type RetentionPolicy,
} from './policy.js';
import type { InterviewPurgeStore } from './interviews.js';
import type { ProposalPurgeStore } from './proposals.js';
import type { SelectionPurgeStore } from './selection.js';
import type { WrittenTestPurgeStore } from './written-tests.js';
import type { SecondmentDocumentHolds } from './secondments.js';
import type { DocumentPurge, RetentionStore } from './store.js';

export interface PurgeDependencies {
  vacancies: Pick<ManagedVacancyStore, 'listByStatus' | 'history'>;
  applications: Pick<ApplicationStore, 'list'>;
  retention: RetentionStore;
  documents: DocumentPurge;
  /** A matched proposal (same id as its application) goes with its application. */
  proposals: Pick<ProposalPurgeStore, 'erase'>;
  /** The panel's marks and recommendation of an application go with it; the history entries naming it are redacted. */
  selection: SelectionPurgeStore;
  /** The application's invitation and its hold on a slot go with it; the vacancy's slots once its purge is finished. */
  interviews: InterviewPurgeStore;
  /** The application's written test invitation (its answer and reason) goes with it; the vacancy's tests once its purge is finished. */
  writtenTests: WrittenTestPurgeStore;
  /** The confirmation letter a secondment made from the application refers to stays for the secondment's own purge. */
  secondmentDocuments: SecondmentDocumentHolds;
}

/** What a run did, in counts only. */
export interface PurgeSummary {
  vacanciesChecked: number;
  /** Vacancies at least one application of which was purged by this run. */
  vacanciesPurged: number;
  applicationsPurged: number;
  appointedPurged: number;
  documentsDeleted: number;
  itemsDeleted: number;
  /** Selection history entries emptied of what they said of a purged application (who, when, what kind stay). */
  selectionEntriesRedacted: number;
  deferred: number;
  /** 1 when the run stopped before its time ran out, leaving the rest to the next run. */
  stoppedEarly: number;
}

export interface PurgeOptions {
  /** Asked before each page of applications: true stops the run cleanly (the function's time is nearly up). */
  shouldStop?: () => boolean;
}

/** A page of a vacancy's applications per round: one transaction removes them with their counts (at most 100 items). */
const PAGE = 50;
/** Applications erased at once: S3 and DynamoDB calls in flight, within Lambda's sockets. */
const IN_FLIGHT = 8;

/**
 * The retention purge (issue 5): for every vacancy that ended longer ago than a group's
 * retention, the documents and personal data of that group's applications go, and only counts
 * stay. Each application is claimed (its version bumped, so no edit lands meanwhile), its objects
 * and personal items deleted, and then the item itself removed in the same transaction that adds
 * it to the vacancy's statistics: a run that stops anywhere leaves work the next run finishes,
 * and counts nothing twice. A vacancy whose purge is finished costs one read a day.
 */
export const purgeExpiredApplications = async (
  deps: PurgeDependencies,
  policy: RetentionPolicy,
  now: Date,
  run: string,
  options: PurgeOptions = {},
): Promise<PurgeSummary> => {
  const shouldStop = options.shouldStop ?? (() => false);
  const summary: PurgeSummary = {
    vacanciesChecked: 0,
    vacanciesPurged: 0,
    applicationsPurged: 0,
    appointedPurged: 0,
    documentsDeleted: 0,
    itemsDeleted: 0,
    selectionEntriesRedacted: 0,
    deferred: 0,
    stoppedEarly: 0,
  };
  // Pattern 17: ended vacancies by status; open ones only up to a deadline that can be past the
  // shortest retention (a day of slack for duty stations ahead of UTC).
  const shortest = Math.min(policy.unsuccessfulDays, policy.appointedDays);
  const lists = await Promise.all([
    deps.vacancies.listByStatus('open', undefined, addDays(dateIn(now, 'UTC'), 1 - shortest)),
    ...endedStatuses.map((status) => deps.vacancies.listByStatus(status)),
  ]);
  for (const vacancy of lists.flat()) {
    if (shouldStop()) {
      summary.stoppedEarly = 1;
      break;
    }
    summary.vacanciesChecked += 1;
    const done = await purgeVacancy(deps, policy, now, run, vacancy, shouldStop);
    if (done?.stopped) summary.stoppedEarly = 1;
    if (!done) continue;
    if (done.applications > 0) summary.vacanciesPurged += 1;
    summary.applicationsPurged += done.applications;
    summary.appointedPurged += done.appointed;
    summary.documentsDeleted += done.documents;
    summary.itemsDeleted += done.items;
    summary.selectionEntriesRedacted += done.redacted;
    summary.deferred += done.deferred;
  }
  return summary;
};

const purgeVacancy = async (
  deps: PurgeDependencies,
  policy: RetentionPolicy,
  now: Date,
  run: string,
  vacancy: StoredVacancy,
  shouldStop: () => boolean,
) => {
  const record = await deps.retention.record(vacancy.number);
  if (record?.vacancyVersion === vacancy.version && retentionGroups.every((group) => record.purged[group] !== undefined)) return undefined;
  // A group already purged for this very version of the vacancy recorded when it ended: no need to
  // read its history again (an appointed record waits ten years, read every day).
  const recordedEnd = record?.vacancyVersion === vacancy.version ? Object.values(record.purged).find((at) => at !== undefined) : undefined;
  const history = recordedEnd !== undefined || vacancy.status === 'open' ? [] : await deps.vacancies.history(vacancy.number);
  const endedAt = recordedEnd !== undefined ? new Date(recordedEnd) : vacancyEndedAt(vacancy, history, now);
  if (!endedAt) return undefined;
  const ended = endedAt.toISOString();
  const due = retentionGroups.filter(
    (group) => isPastRetention(endedAt, retentionDays(policy, group), now) && record?.purged[group] !== ended,
  );
  if (due.length === 0) return undefined;

  await deps.retention.open(vacancy.number);
  const totals = { applications: 0, appointed: 0, documents: 0, items: 0, redacted: 0, deferred: 0 };
  let appointedKept = 0;
  // While a closed vacancy's selection goes on, a candidate still in it (shortlisted, interviewed,
  // offered...) is not "unsuccessful" yet: until the vacancy is filled or cancelled such a
  // candidate is kept as long as an appointed one, so an abandoned selection still ends.
  const selectionOver = vacancy.status === 'filled' || vacancy.status === 'cancelled';
  const groupOf = (application: Application) => (selectionOver || isFinal(application.status) ? retentionGroupOf(application.status) : 'appointed');
  const purgeable = (application: Application) => due.includes(groupOf(application));
  let stillInSelection = 0;
  let stopped = false;
  // Pattern 6, narrowed to `appointed` when only that group is due.
  const status = due.includes('unsuccessful') ? undefined : 'appointed';
  let cursor: string | undefined;
  do {
    const page = await deps.applications.list({ vacancy: vacancy.number, ...(status ? { status } : {}) }, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    const targets = page.items.filter(purgeable);
    stillInSelection += page.items.filter((application) => due.includes(retentionGroupOf(application.status)) && !purgeable(application)).length;
    appointedKept += page.items.filter((application) => application.status === 'appointed' && !due.includes('appointed')).length;
    const outcome = await purgePage(deps, vacancy.number, targets, now);
    totals.applications += outcome.removed.length;
    totals.appointed += outcome.removed.filter((application) => application.status === 'appointed').length;
    totals.documents += outcome.documents;
    totals.items += outcome.items + outcome.removed.length;
    totals.redacted += outcome.redacted;
    totals.deferred += outcome.deferred;
    cursor = page.nextCursor;
    stopped = cursor !== undefined && shouldStop();
  } while (cursor && !stopped);
  // The signed selection report names the vacancy's candidates: it goes with the first of their documents to go.
  if (due.includes('unsuccessful')) totals.documents += await deps.documents.deleteUnder(selectionReportPrefix(vacancy.number));

  // A vacancy that had no appointed candidate has nothing left to purge later: it is done for good.
  const groups: RetentionGroup[] = due.includes('unsuccessful') && appointedKept === 0 ? [...retentionGroups] : [...due];
  // Not done while candidates are still in selection: a later run takes them once they are final.
  const completed = totals.deferred === 0 && !stopped && stillInSelection === 0 ? { groups, endedAt: ended, vacancyVersion: vacancy.version } : undefined;
  // Every group purged for this end: nobody is left whom the vacancy's interviews (its slots, the
  // reminders' list) could concern. Before the record, so a run stopped between does it again.
  if (completed && retentionGroups.every((group) => groups.includes(group) || record?.purged[group] === ended)) {
    totals.items += (await deps.interviews.eraseVacancy(vacancy.number)).deleted;
    totals.items += (await deps.writtenTests.eraseVacancy(vacancy.number)).deleted;
  }
  // A day that only found candidates still in selection changed nothing: no audit entry for it.
  if (completed || totals.applications > 0 || totals.deferred > 0) {
    await deps.retention.recordPurge({ at: now.toISOString(), run, vacancy: vacancy.number, groups, endedAt: ended, ...totals }, completed);
  }
  return { ...totals, stopped };
};

const purgePage = async (deps: PurgeDependencies, vacancy: string, targets: readonly Application[], now: Date) => {
  let documents = 0;
  let items = 0;
  let redacted = 0;
  let deferred = 0;
  const claimed = await mapBounded(targets, IN_FLIGHT, async (application) => {
    const claim = await deps.retention.claim(application, now);
    if (claim.kind === 'changed') deferred += 1;
    if (claim.kind !== 'claimed') return undefined;
    // An appointed candidate's secondment outlives the application (its own retention) and still
    // rests on the application's confirmation letter: that object stays, the rest goes.
    const held = application.status === 'appointed' ? await deps.secondmentDocuments.heldFor(application.id) : [];
    // Awaited before adding: `total += await ...` would read the total before the wait and lose a concurrent addition.
    for (const prefix of applicationDocumentPrefixes(application.id)) {
      const deleted = await deps.documents.deleteUnder(prefix, held);
      documents += deleted;
    }
    const erased = await deps.retention.erasePersonalItems(application);
    items += erased;
    // The proposal the application was matched from holds the officer's details and its history:
    // it goes before the application item, which stays the next run's handle on both.
    if (application.origin) {
      const proposal = await deps.proposals.erase(application.origin.proposalId);
      items += proposal.items;
    }
    // The panel's marks (scores, comments) and the chair's recommendation (reasons) of the
    // candidate, and its history entries, also before the application item, for the same reason.
    const selection = await deps.selection.eraseCandidate(vacancy, application.id, now);
    items += selection.deleted;
    redacted += selection.redacted;
    // Its invitation and its hold on a slot, for the same reason.
    const interviews = await deps.interviews.eraseCandidate(vacancy, application.id);
    items += interviews.deleted;
    // Its written test invitation (its answer, the reason it gave), for the same reason.
    const writtenTest = await deps.writtenTests.eraseCandidate(vacancy, application.id);
    items += writtenTest.deleted;
    return { application, version: claim.version };
  });
  const erased = claimed.filter((entry) => entry !== undefined);
  const removedIds = new Set(
    await deps.retention.remove(
      vacancy,
      erased.map(({ application, version }) => ({ id: application.id, version, facts: application })),
      now,
    ),
  );
  deferred += erased.length - removedIds.size;
  return { removed: erased.map(({ application }) => application).filter((application) => removedIds.has(application.id)), documents, items, redacted, deferred };
};
