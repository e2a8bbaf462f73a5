import type { Application } from '../../applications/application.js';
import { PostsFull, StaleVersion, type ApplicationStore } from '../../applications/store.js';
import { postCountChange, type PostCount } from '../../applications/vacancy-terms.js';

/**
 * The store as a dry run sees it: reads go through, an update answers what it would store
 * (with the same version check) and writes nothing. So a dry run judges every row by the very
 * path a real import takes (editApplication), not by a copy of its rules. The posts its offers
 * would take are counted as the real writes count them: a sheet offering three candidates a
 * one-post vacancy previews one offer and two refusals, as the import would end.
 */
export const dryRunStore = (store: ApplicationStore): ApplicationStore => {
  const counted = new Map<string, Promise<PostCount>>();
  const countOf = (vacancy: string): Promise<PostCount> => {
    let count = counted.get(vacancy);
    if (!count) {
      count = store.vacancyTerms(vacancy).then((terms) => ({ held: terms?.held ?? 0, appointed: terms?.appointed ?? 0 }));
      counted.set(vacancy, count);
    }
    return count;
  };
  const update: ApplicationStore['update'] = async (id, expectedVersion, changes, _audit, read, guard) => {
    const current = read?.id === id ? read : await store.get(id);
    if (!current || current.version !== expectedVersion) throw new StaleVersion();
    const next: Application = { ...current, ...changes, id, version: expectedVersion + 1 };
    const change = postCountChange(current.status, next.status);
    if (change.held !== 0 || change.appointed !== 0) {
      const count = await countOf(current.vacancy);
      // Judged and counted in one step (no await between): rows judged side by side see each other's posts.
      if (change.held > 0 && guard?.posts !== undefined && count.held + change.held > guard.posts) throw new PostsFull({ ...count });
      count.held += change.held;
      count.appointed += change.appointed;
    }
    return next;
  };
  return {
    ...store,
    create: async () => {
      throw new Error('A dry run creates nothing.');
    },
    update,
    // A batch of a dry run writes nothing either: its rows go through the same `update`.
    batch: async (_at, work) => work(update),
  };
};
