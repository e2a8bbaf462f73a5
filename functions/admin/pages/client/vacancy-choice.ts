/**
 * A tab's choice of vacancy (Written test, Letters, Offers): the vacancies HR works on, and each
 * read answered only while its vacancy is still the one chosen. The tab's first load and HR's
 * choice each ask for their vacancy; an answer that comes back after HR chose another is dropped,
 * or it would show the first vacancy's figures over the chosen one's.
 */
import type { StoredVacancy } from '#shared/vacancies/store.js';
import { h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { describeProblem, staffApi } from './staff-api.js';

export const vacancyChoice = (select: HTMLSelectElement) => ({
  /** Lists the vacancies that are neither drafts nor cancelled; false (and said) when they could not be loaded. */
  async fill(): Promise<boolean> {
    try {
      const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
      const shown = items.filter((item) => item.status !== 'draft' && item.status !== 'cancelled');
      select.replaceChildren(...shown.map((item) => h('option', { value: item.number }, `${item.number} · ${item.title} (${item.status})`)));
      return true;
    } catch (error) {
      showMessage(`The vacancies could not be loaded: ${describeProblem(error)}`, 'error');
      return false;
    }
  },

  /**
   * What `read` answers for the chosen vacancy; undefined when none is chosen, when it failed
   * (said, after `failed`), or when another vacancy was chosen while it was on its way.
   */
  async read<T>(failed: string, read: (vacancy: string) => Promise<T>): Promise<T | undefined> {
    const asked = select.value;
    if (!asked) return undefined;
    let answer: T;
    try {
      answer = await read(asked);
    } catch (error) {
      showMessage(`${failed}: ${describeProblem(error)}`, 'error');
      return undefined;
    }
    return asked === select.value ? answer : undefined;
  },
});
