/**
 * The letters due for a vacancy, read as cheaply as the store allows: one Query per status that
 * may be due one (the applications' index by vacancy and status, never a Scan), one batch read of
 * their claims per 100, the chair's recommendations when a reserve letter is asked for, and a
 * rejected application's history only while its letter is still unsent (for the stage it reached).
 */
import { listAll } from '../applications/list-all.js';
import type { Application } from '../applications/application.js';
import { ncbCountry } from '../applications/application.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import type { RecommendationDecision } from '../selection/recommendation.js';
import type { LetterDependencies } from './dependencies.js';
import { dueLetter, letterClaim, ncbCopyClaim, rejectedFromOf, statusesOf, type DueLetter } from './due.js';
import { copiedToNcb, type SentLetterKind } from './kinds.js';
import { claimId } from './store.js';

const PAGE = 500;
const PARALLEL = 8;

/** A letter still owed to its candidate, to their NCB, or both. */
export interface OwedLetter {
  due: DueLetter;
  application: Application;
  toCandidate: boolean;
  toNcb: boolean;
}

/** What a search read: the figures docs/letters.md and the bench report. */
export interface LetterReads {
  queries: number;
  applications: number;
  claimBatches: number;
  histories: number;
}

export interface DueSearch {
  owed: OwedLetter[];
  reads: LetterReads;
}

/** Every application of a vacancy in `status`, page by page (pattern 2: vacancy and status). */
const allIn = async (deps: LetterDependencies, vacancy: string, status: ApplicationStatus, reads: LetterReads): Promise<Application[]> => {
  const items = await listAll(deps.applications, { vacancy, status }, { pageSize: PAGE, onPage: () => (reads.queries += 1) });
  reads.applications += items.length;
  return items;
};

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * The letters of `kinds` owed now for `vacancy`. `knownRejectedFrom` gives the status a rejection
 * came from when the caller made it (the close-out), saving the history read.
 */
export const findDue = async (
  deps: LetterDependencies,
  vacancy: string,
  kinds: readonly SentLetterKind[],
  now: Date,
  knownRejectedFrom: ReadonlyMap<string, ApplicationStatus> = new Map(),
): Promise<DueSearch> => {
  const reads: LetterReads = { queries: 0, applications: 0, claimBatches: 0, histories: 0 };
  if (kinds.length === 0) return { owed: [], reads };
  const statuses = [...new Set(kinds.flatMap((kind) => statusesOf[kind]))];
  const applications = new Map<string, Application>();
  for (const status of statuses) for (const application of await allIn(deps, vacancy, status, reads)) applications.set(application.id, application);
  const writtenTest = kinds.includes('shortlisted') ? await deps.writtenTests.hasWrittenTest(vacancy) : false;
  const recommendations = new Map<string, RecommendationDecision>();
  if (kinds.includes('reserve')) for (const recommendation of await deps.recommendations.listByVacancy(vacancy)) recommendations.set(recommendation.applicationId, recommendation.decision);

  // Which letters could be due (the stage aside, which changes no claim), then which of them went.
  const candidates: DueLetter[] = [];
  for (const application of applications.values()) {
    for (const kind of kinds) {
      const recommendation = recommendations.get(application.id);
      const due = dueLetter(application, kind, { writtenTest, ...(recommendation ? { recommendation } : {}) });
      if (due) candidates.push(due);
    }
  }
  const claims = candidates.flatMap((due) => (copiedToNcb.includes(due.kind) ? [letterClaim(due), ncbCopyClaim(due)] : [letterClaim(due)]));
  const held = new Set<string>();
  for (const batch of chunks(claims, 100)) {
    reads.claimBatches += 1;
    for (const id of await deps.ledger.held(batch, now)) held.add(id);
  }
  const unsent = candidates
    .map((due) => ({
      due,
      toCandidate: !held.has(claimId(letterClaim(due))),
      toNcb: copiedToNcb.includes(due.kind) && !held.has(claimId(ncbCopyClaim(due))),
    }))
    .filter((letter) => letter.toCandidate || letter.toNcb);

  // The stage of a rejection still to be told: the caller's, else the history's last move into rejected.
  const owed = await mapBounded(unsent, PARALLEL, async (letter): Promise<OwedLetter> => {
    const application = applications.get(letter.due.applicationId) as Application;
    if (letter.due.kind !== 'not-retained') return { ...letter, application };
    let rejectedFrom = knownRejectedFrom.get(application.id);
    if (!rejectedFrom) {
      reads.histories += 1;
      rejectedFrom = rejectedFromOf(await deps.applications.history(application.id));
    }
    const due = dueLetter(application, 'not-retained', { writtenTest: false, ...(rejectedFrom ? { rejectedFrom } : {}) }) as DueLetter;
    return { ...letter, due, application };
  });
  return { owed, reads };
};

/** The countries whose NCB gets a copy among `owed`. */
export const ncbCountriesOf = (owed: readonly OwedLetter[]): string[] => [...new Set(owed.filter((letter) => letter.toNcb).map((letter) => ncbCountry(letter.application)))];
