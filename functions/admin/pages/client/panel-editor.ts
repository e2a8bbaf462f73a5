/**
 * HR's panel editor (issue 16, point 1): the members by staff email, the chair among them, the
 * criteria chosen from what the vacancy's notice offers (or one of HR's own), each with a weight,
 * and the spread threshold; saved whole through `PUT /admin/selection/panels/{vacancy}`, its
 * problems placed beside the fields. Once a member has submitted marks the criteria are frozen
 * (the API's 409 says so): the editor says it before HR tries.
 */
import type { CriterionOption } from '#shared/selection/criteria.js';
import type { Panel } from '#shared/selection/panel.js';
import type { PanelAnswer } from '#shared/selection/reading.js';
import { byId, h } from '../../../pages/client/dom.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

interface CriteriaChoices {
  options: CriterionOption[];
  defaultSpreadThreshold: number;
}

const OTHER = 'other';

/** One criterion row: chosen or not, its weight, and (for HR's own) its label. */
interface CriterionRow {
  id: string;
  box: HTMLInputElement;
  weight: HTMLInputElement;
  label?: HTMLInputElement;
  error: HTMLElement;
}

const setError = (element: HTMLElement, message: string | undefined) => {
  element.textContent = message ?? '';
  element.hidden = !message;
};

export const panelEditor = (onSaved: (vacancy: string) => void) => {
  const dialog = byId('panel-dialog', HTMLDialogElement);
  const members = byId('panel-members', HTMLTextAreaElement);
  const chair = byId('panel-chair', HTMLSelectElement);
  const rowsBox = byId('panel-criteria-rows', HTMLElement);
  const spread = byId('panel-spread', HTMLInputElement);
  const locked = byId('panel-locked', HTMLElement);
  const formError = byId('panel-error', HTMLElement);
  const errors = {
    members: byId('panel-members-error', HTMLElement),
    chair: byId('panel-chair-error', HTMLElement),
    criteria: byId('panel-criteria-error', HTMLElement),
    spreadThreshold: byId('panel-spread-error', HTMLElement),
  };
  let vacancy = '';
  let current: Panel | undefined;
  let rows: CriterionRow[] = [];

  const memberList = () =>
    members.value
      .split(/[\s,;]+/)
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean);

  const fillChair = (wanted: string) => {
    const list = memberList();
    chair.replaceChildren(h('option', { value: '' }, 'Choose the chair'), ...list.map((email) => h('option', { value: email, selected: email === wanted }, email)));
  };
  members.addEventListener('input', () => fillChair(chair.value));

  const criterionRow = (option: CriterionOption, chosen: Panel['criteria'][number] | undefined, index: number): CriterionRow => {
    const key = `panel-criterion-${index}`;
    const box = h('input', { type: 'checkbox', id: `${key}-on`, 'data-criterion': option.id, checked: Boolean(chosen) });
    const weight = h('input', { type: 'number', id: `${key}-weight`, class: 'input input-short', min: '1', max: '100', step: '1', value: String(chosen?.weight ?? 1), 'aria-describedby': `${key}-error` });
    const label = option.id === OTHER ? h('input', { type: 'text', id: `${key}-label`, class: 'input', maxlength: '200', value: chosen?.label ?? '', 'aria-describedby': `${key}-error`, dir: 'auto' }) : undefined;
    const error = h('p', { class: 'field-error', id: `${key}-error`, 'aria-live': 'polite', hidden: true });
    rowsBox.append(
      h(
        'div',
        { class: 'criterion-row' },
        h('label', { class: 'choice', for: `${key}-on` }, box, ' ', option.id === OTHER ? 'A criterion of your own' : option.label),
        label ? h('label', { class: 'field-inline', for: `${key}-label` }, h('span', { class: 'label' }, 'Its name'), label) : false,
        h('label', { class: 'field-inline', for: `${key}-weight` }, h('span', { class: 'label' }, 'Weight'), weight),
        error,
      ),
    );
    return { id: option.id, box, weight, ...(label ? { label } : {}), error };
  };

  const fill = (choices: CriteriaChoices, panel: Panel | undefined) => {
    current = panel;
    members.value = (panel?.members ?? []).join('\n');
    fillChair(panel?.chair ?? '');
    spread.value = String(panel?.spreadThreshold ?? choices.defaultSpreadThreshold);
    rowsBox.replaceChildren();
    // The panel's own order first (it breaks ties between equal weights), then what else the notice offers.
    const chosen = new Map((panel?.criteria ?? []).map((criterion) => [criterion.id, criterion]));
    const offered = [...(panel?.criteria ?? []).map((criterion) => ({ id: criterion.id, kind: criterion.kind, label: criterion.label }))];
    for (const option of [...choices.options, { id: OTHER, kind: 'other' as const, label: '' }]) if (!chosen.has(option.id)) offered.push(option);
    rows = offered.map((option, index) => criterionRow(option, chosen.get(option.id), index));
    const frozen = Boolean(panel?.lockedAt);
    locked.hidden = !frozen;
    locked.textContent = frozen
      ? `A member submitted marks on ${panel?.lockedAt?.slice(0, 10) ?? ''}: the criteria, their weights and the spread threshold are frozen. Members may still be added and the chair moved.`
      : '';
    for (const row of rows) for (const input of [row.box, row.weight, row.label]) if (input) input.disabled = frozen;
    spread.disabled = frozen;
  };

  const clearErrors = () => {
    for (const element of [...Object.values(errors), ...rows.map((row) => row.error), formError]) setError(element, undefined);
  };

  const chosenRows = () => rows.filter((row) => row.box.checked);

  /** The API's `errors` (`members.1`, `criteria.0.weight`, `chair`) beside their fields. */
  const placeErrors = (problem: StaffApiError) => {
    const unplaced: string[] = [];
    const chosen = chosenRows();
    for (const issue of problem.errors) {
      const [field, index] = issue.path.replace(/^body\./, '').split('.');
      if (field === 'criteria' && index !== undefined && /^\d+$/.test(index) && chosen[Number(index)]) setError((chosen[Number(index)] as CriterionRow).error, issue.message);
      else if (field === 'members' || field === 'chair' || field === 'criteria' || field === 'spreadThreshold') setError(errors[field], issue.message);
      else unplaced.push(issue.message);
    }
    const conflict = problem.status === 409 ? 'The panel was not saved. ' : '';
    setError(formError, [conflict, problem.title, problem.detail, ...unplaced].filter(Boolean).join(' '));
  };

  const save = async () => {
    clearErrors();
    const body = {
      ...(current ? { revision: current.revision } : {}),
      members: memberList(),
      chair: chair.value,
      criteria: chosenRows().map((row) => ({ id: row.id, weight: Number(row.weight.value), ...(row.label ? { label: row.label.value.trim() } : {}) })),
      spreadThreshold: Number(spread.value),
    };
    try {
      await staffApi('PUT', `admin/selection/panels/${segment(vacancy)}`, { json: body });
      dialog.close();
      onSaved(vacancy);
    } catch (error) {
      if (error instanceof StaffApiError) placeErrors(error);
      else setError(formError, describeProblem(error));
    }
  };

  byId('panel-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  byId('panel-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());

  return {
    /** Opens the editor on a vacancy's panel, or a new one: the notice's options come from the API. */
    async open(number: string, title?: string) {
      vacancy = number;
      const [choices, answer] = await Promise.all([
        staffApi<CriteriaChoices>('GET', `admin/selection/panels/${segment(number)}/criteria-options`),
        staffApi<PanelAnswer>('GET', `admin/selection/panels/${segment(number)}`).catch((error: unknown) => {
          if (error instanceof StaffApiError && error.status === 404) return undefined;
          throw error;
        }),
      ]);
      byId('panel-heading', HTMLElement).textContent = `Selection panel of vacancy ${number}${title ?? answer?.title ? `: ${title ?? answer?.title ?? ''}` : ''}`;
      fill(choices, answer?.panel);
      clearErrors();
      dialog.showModal();
    },
  };
};
