/**
 * HR's list of under-represented member countries on the Reports tab (issue 17, point 5): the
 * countries as chips, each removable; a member country added from the list; saved whole at the
 * revision read (a 409 says someone saved since, and reloads it); the history of changes below.
 */
import { memberCountryCodes } from '#shared/reference/countries.js';
import type { UnderRepresentedAuditEntry, UnderRepresentedList } from '#shared/reports/under-represented.js';
import { countryName } from '#shared/reports/tables.js';
import { byId, h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { describeProblem, StaffApiError, staffApi } from './staff-api.js';

type ListAnswer = UnderRepresentedList & { history: UnderRepresentedAuditEntry[] };

const names = (codes: readonly string[]) => codes.map((code) => `${countryName(code)} (${code})`).join(', ');

export const underRepresentedEditor = (onSaved: () => Promise<void>) => {
  const list = byId('under-represented-list', HTMLUListElement);
  const state = byId('under-represented-state', HTMLElement);
  const add = byId('under-represented-add', HTMLSelectElement);
  const addButton = byId('under-represented-add-button', HTMLButtonElement);
  const save = byId('under-represented-save', HTMLButtonElement);
  const error = byId('under-represented-error', HTMLElement);
  const history = byId('under-represented-history', HTMLOListElement);
  let stored: ListAnswer | undefined;
  let countries: string[] = [];

  add.replaceChildren(
    ...[...memberCountryCodes]
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map(({ code, name }) => h('option', { value: code }, `${name} (${code})`)),
  );

  const changed = () => stored !== undefined && [...countries].sort().join() !== [...stored.countries].sort().join();
  const showError = (text: string) => {
    error.textContent = text;
    error.hidden = text === '';
  };

  const render = () => {
    list.replaceChildren(
      ...(countries.length === 0
        ? [h('li', {}, 'No country listed yet.')]
        : countries.map((code) => {
            const remove = h('button', { type: 'button', class: 'button button-small button-quiet', 'aria-label': `Remove ${countryName(code)} from the list` }, 'Remove');
            remove.addEventListener('click', () => {
              countries = countries.filter((one) => one !== code);
              render();
            });
            return h('li', { class: 'report-chip' }, `${countryName(code)} (${code}) `, remove);
          })),
    );
    save.disabled = !changed();
    state.textContent = stored?.updatedAt
      ? `${stored.countries.length} countries, last changed by ${stored.updatedBy ?? 'someone'} on ${stored.updatedAt.slice(0, 10)} (revision ${stored.revision}).${changed() ? ' Unsaved changes.' : ''}`
      : `No list saved yet.${changed() ? ' Unsaved changes.' : ''}`;
  };

  const renderHistory = (entries: readonly UnderRepresentedAuditEntry[]) => {
    history.replaceChildren(
      ...(entries.length === 0
        ? [h('li', {}, 'No change yet.')]
        : [...entries].reverse().map((entry) =>
            h(
              'li',
              {},
              `${entry.at.slice(0, 16).replace('T', ' ')} UTC, ${entry.by}: `,
              entry.added.length > 0 ? `added ${names(entry.added)}` : '',
              entry.added.length > 0 && entry.removed.length > 0 ? '; ' : '',
              entry.removed.length > 0 ? `removed ${names(entry.removed)}` : '',
              ` (revision ${entry.revision})`,
            ),
          )),
    );
  };

  const load = async () => {
    try {
      stored = await staffApi<ListAnswer>('GET', 'admin/reports/under-represented');
      countries = [...stored.countries];
      render();
      renderHistory(stored.history);
    } catch (problem) {
      state.textContent = `The list could not be read: ${describeProblem(problem)}`;
    }
  };

  addButton.addEventListener('click', () => {
    if (!countries.includes(add.value)) countries = [...countries, add.value].sort();
    render();
  });

  save.addEventListener('click', () => {
    if (!stored) return;
    save.disabled = true;
    showError('');
    void staffApi<UnderRepresentedList>('PUT', 'admin/reports/under-represented', { json: { countries, revision: stored.revision } })
      .then(async () => {
        showMessage('The list of under-represented countries is saved; the figures follow it.', 'success');
        await load();
        await onSaved();
      })
      .catch(async (problem: unknown) => {
        if (problem instanceof StaffApiError && problem.status === 409) {
          showError('Someone saved the list since you read it: it is shown again as it is now. Make your change again.');
          await load();
          return;
        }
        showError(`The list was not saved: ${describeProblem(problem)}`);
        save.disabled = false;
      });
  });

  return { load };
};
