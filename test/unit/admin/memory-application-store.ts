import type { Application } from '#shared/applications/application.js';
import { missingItems } from '#shared/applications/application.js';
import { addCounts, countsOf, zeroCounts, countAll, type ApplicationCounts } from '#shared/applications/counts.js';
import { isFinal } from '#shared/applications/status-machine.js';
import { PostsFull, StaleVersion, type ApplicationStore, type AuditEntry } from '#shared/applications/store.js';
import { holdsPost, type VacancyTerms } from '#shared/applications/vacancy-terms.js';

/**
 * An application store in memory, for the admin rules' unit tests: versions and audit as the
 * DynamoDB store keeps them, the tally filters and counted vacancies it was asked for, and a way to
 * fail the next update.
 */
export const memoryApplicationStore = (initial: Application[] = []) => {
  const stored = new Map(initial.map((application) => [application.id, structuredClone(application)]));
  const audit = new Map<string, AuditEntry[]>(initial.map((application) => [application.id, []]));
  const tallied: Array<{ vacancy: string } | { country: string }> = [];
  const counted: string[] = [];
  const batches: string[] = [];
  let failNext: Error | undefined;
  const terms = new Map<string, Partial<VacancyTerms>>();
  const store: ApplicationStore = {
    get: async (id) => structuredClone(stored.get(id)),
    create: async (application, entry) => {
      stored.set(application.id, structuredClone(application));
      audit.set(application.id, [entry]);
    },
    findIdempotencyRecord: async () => undefined,
    confirm: async (application, at, entry) => {
      const current = stored.get(application.id);
      if (!current || current.version !== application.version || !current.emailConfirmation) throw new StaleVersion();
      const next = { ...current, emailConfirmation: { ...current.emailConfirmation, confirmedAt: at }, updatedAt: at, version: current.version + 1 };
      stored.set(application.id, next);
      audit.get(application.id)?.push(entry);
      return structuredClone(next);
    },
    list: async () => ({ items: [] }),
    listIncomplete: async (vacancy) =>
      [...stored.values()].filter((a) => a.vacancy === vacancy && !isFinal(a.status) && missingItems(a).length > 0).map((a) => structuredClone(a)),
    listSubmittedSince: async (vacancy, after, until) =>
      [...stored.values()]
        .filter((a) => a.vacancy === vacancy && (after === undefined || a.submittedAt > after) && a.submittedAt <= until)
        .map((a) => structuredClone(a)),
    update: async (id, expectedVersion, changes, entry, _read, guard) => {
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      const current = stored.get(id);
      if (!current || current.version !== expectedVersion) throw new StaleVersion();
      const next = { ...current, ...changes, id, version: expectedVersion + 1 };
      // The posts condition the DynamoDB store writes with the move (pattern 13b), judged on what is stored now.
      if (holdsPost(next.status) && !holdsPost(current.status)) {
        const rows = [...stored.values()].filter((a) => a.vacancy === current.vacancy);
        const count = { held: rows.filter((a) => holdsPost(a.status)).length, appointed: rows.filter((a) => a.status === 'appointed').length };
        if (guard === undefined) throw new Error('A move into a post needs the vacancy\'s posts.');
        if (guard.posts !== undefined && count.held >= guard.posts) throw new PostsFull(count);
      }
      stored.set(id, next);
      audit.get(id)?.push(entry);
      return structuredClone(next);
    },
    history: async (id) => structuredClone(audit.get(id) ?? []),
    // No vacancy here sets a limit per country: the limit's tests run on the DynamoDB store (test/integration/admin/nomination-limit.test.ts).
    nominations: async () => ({ revision: 0, validated: [] }),
    // Every vacancy a Basic one with room, past its deadline, unless a test sets its terms; counts from the stored rows.
    vacancyTerms: async (vacancy) => {
      const rows = [...stored.values()].filter((a) => a.vacancy === vacancy);
      return {
        number: vacancy,
        clearance: 'Basic',
        posts: 100,
        deadline: '2026-01-01',
        timeZone: 'Europe/Paris',
        status: 'closed',
        ...terms.get(vacancy),
        held: rows.filter((a) => holdsPost(a.status)).length,
        appointed: rows.filter((a) => a.status === 'appointed').length,
      };
    },
    // What the DynamoDB store's counter holds: the vacancy's rows counted.
    counts: async (vacancy) => {
      counted.push(vacancy);
      return countAll([...stored.values()].filter((application) => application.vacancy === vacancy));
    },
    tally: async (filter) => {
      tallied.push(filter);
      const counts = new Map<string, ApplicationCounts>();
      for (const application of stored.values()) {
        if ('vacancy' in filter ? application.vacancy !== filter.vacancy : application.nationality !== filter.country) continue;
        counts.set(application.vacancy, addCounts(counts.get(application.vacancy) ?? zeroCounts(), countsOf(application)));
      }
      return counts;
    },
    // The rows of a batch go through the same update; the batches begun are recorded.
    batch: async (at, work) => {
      batches.push(at);
      return work(store.update);
    },
  };
  return {
    store,
    current: (id: string) => stored.get(id),
    auditOf: (id: string) => audit.get(id) ?? [],
    tallied,
    counted,
    batches,
    setTerms: (vacancy: string, set: Partial<VacancyTerms>) => void terms.set(vacancy, set),
    failNextUpdate: (error: Error) => {
      failNext = error;
    },
  };
};
