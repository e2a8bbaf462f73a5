/**
 * An NCB officer's "Short-term proposals" tab (issue 15, point 7): the form to propose one of the
 * NCB's officers, then the documents it needs, and the NCB's list of its proposals with their state,
 * what each still needs, and a withdrawal. Everything in the page's language: the form's checks are
 * the API's schema's (proposal-check.ts), the API's problems come in the page's language.
 */
import { wireLanguageLevels } from '../../../pages/client/language-levels.js';
import { newIdempotencyKey } from '../../../pages/client/api.js';
import { byId, h } from '../../../pages/client/dom.js';
import { language, t, words } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { checkProposal, fieldErrorsFromProblem, proposalFields, type ProposalFieldError, type ProposalFormValues } from './proposal-check.js';
import { proposalDocumentsDialog } from './proposal-documents.js';
import { proposalReasonDialog } from './proposal-reason-dialog.js';
import { areasText, availableFromText, durationLabel, needsText, officerName, proposalNeeds, stateLabel, stillWaiting, type ProposalView } from './proposal-words.js';
import { describeProblem, staffApi, StaffApiError } from './staff-api.js';

const text = (form: HTMLFormElement, name: string): string => {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement || control instanceof RadioNodeList ? control.value : '';
};

/** The form's values: ticked boxes (and the other languages' hidden inputs) in page order, a level per language row. */
const readForm = (form: HTMLFormElement): ProposalFormValues => {
  const values = Object.fromEntries(proposalFields.map((name) => [name, text(form, name)])) as Record<string, string>;
  const chosen = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:is(:checked, [type="hidden"])`)].map((input) => input.value);
  const levels = [...form.querySelectorAll<HTMLSelectElement>('select[data-language]')].filter((select) => select.value !== '');
  return {
    ...(values as Omit<ProposalFormValues, 'languages' | 'languageLevels' | 'areas'>),
    languages: chosen('languages'),
    languageLevels: Object.fromEntries(levels.map((select) => [select.dataset.language ?? '', select.value])),
    areas: chosen('areas'),
  };
};

/**
 * The other languages: one chosen from the list is added as the candidate form's picker adds it (a
 * chip with a hidden `languages` input and a Remove button), so the candidate form's level rows
 * (language-levels.ts) follow it.
 */
const wireOtherLanguages = (form: HTMLFormElement) => {
  const select = byId('proposal-other-language', HTMLSelectElement);
  const chosenList = byId('chosen-languages', HTMLElement);
  // The level rows follow a change of a `languages` input: a removed chip's input is gone, so a box says it.
  const languagesChanged = () => form.querySelector('input[name="languages"]')?.dispatchEvent(new Event('change', { bubbles: true }));
  byId('proposal-other-language-add', HTMLButtonElement).addEventListener('click', () => {
    const code = select.value;
    if (!code || form.querySelector(`input[name="languages"][value="${code}"]`)) return;
    const name = select.selectedOptions[0]?.textContent ?? code;
    const remove = h('button', { type: 'button', class: 'chosen-remove', 'aria-label': t('admin.proposals.form.otherLanguage.remove', { name }) }, '✕');
    const chip = h('li', { class: 'chosen-language', 'data-value': code }, h('input', { type: 'hidden', name: 'languages', value: code }), h('span', {}, name), remove);
    remove.addEventListener('click', () => {
      chip.remove();
      languagesChanged();
      select.focus();
    });
    chosenList.append(chip);
    select.value = '';
    languagesChanged();
  });
  form.addEventListener('reset', () => chosenList.replaceChildren());
};

/** Each field's error beside it (aria-invalid, described by it), the form's own above; focus to the first. */
const showErrors = (form: HTMLFormElement, errors: readonly ProposalFieldError[]) => {
  for (const element of form.querySelectorAll<HTMLElement>('.field-error')) {
    element.hidden = true;
    element.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const formError = byId('proposal-form-error', HTMLElement);
  formError.hidden = errors.length === 0;
  formError.textContent = errors.length === 0 ? '' : [t('admin.proposals.form.invalid'), ...errors.filter((error) => error.field === 'form').map((error) => error.message)].join(' ');
  let first: HTMLElement | undefined;
  for (const { field, message } of errors) {
    if (field === 'form') continue;
    const element = document.getElementById(field === 'languageLevels' ? 'languageLevels-error' : `proposal-${field}-error`);
    if (element) {
      element.textContent = message;
      element.hidden = false;
    }
    const control =
      field === 'languageLevels'
        ? form.querySelector<HTMLSelectElement>('select[data-language]:invalid, select[data-language]')
        : (document.getElementById(`proposal-${field}`) ?? form.querySelector<HTMLInputElement>(`input[name="${field}"]`));
    control?.setAttribute('aria-invalid', 'true');
    first ??= control ?? undefined;
  }
  first?.focus();
};

export const ncbProposalsView = () => {
  const form = byId('proposal-form', HTMLFormElement);
  const rows = byId('ncb-proposals-rows', HTMLElement);
  const submit = byId('proposal-submit', HTMLButtonElement);
  let proposals: ProposalView[] = [];
  // One key per body: the same proposal sent again (a retry after a lost answer) is recorded once.
  let attempt: { body: string; key: string } | undefined;

  const withdrawal = proposalReasonDialog(
    {
      prefix: 'proposal-withdraw',
      action: 'withdraw',
      reasonNeeded: 'admin.proposals.withdraw.reasonNeeded',
      done: 'admin.proposals.withdraw.done',
      who: (proposal) => t('admin.proposals.withdraw.who', { name: officerName(proposal), date: availableFromText(proposal) }),
    },
    (proposal) => replace(proposal),
  );
  const documents = proposalDocumentsDialog((proposal) => replace(proposal));

  const row = (proposal: ProposalView) => {
    const needs = proposalNeeds(proposal);
    const name = officerName(proposal);
    const actions: HTMLElement[] = [];
    if (stillWaiting(proposal.state)) {
      const attach = h('button', { type: 'button', class: 'button button-quiet button-small', 'aria-label': t('admin.proposals.list.attach.label', { name }) }, t('admin.proposals.list.attach'));
      attach.addEventListener('click', () => documents.open(proposal));
      const withdraw = h('button', { type: 'button', class: 'button button-quiet button-small', 'aria-label': t('admin.proposals.list.withdraw.label', { name }) }, t('admin.proposals.list.withdraw'));
      withdraw.addEventListener('click', () => withdrawal.open(proposal));
      actions.push(attach, withdraw);
    }
    return h(
      'tr',
      { 'data-proposal': proposal.id },
      h('td', { dir: 'auto' }, name),
      h('td', {}, areasText(proposal.offer.areas)),
      h('td', {}, availableFromText(proposal)),
      h('td', {}, durationLabel(proposal.offer.durationMonths)),
      h('td', {}, h('span', { class: `badge badge-proposal-${proposal.state}` }, stateLabel(proposal.state))),
      h(
        'td',
        { class: needs.from === 'ncb' ? 'waiting' : '' },
        needsText(needs),
        'reason' in needs && needs.reason ? h('div', { class: 'hint', dir: 'auto' }, t('admin.proposals.closedBecause', { reason: needs.reason })) : false,
      ),
      h('td', {}, h('span', { class: 'cell-actions' }, ...actions)),
    );
  };

  const render = () => {
    // The newest first: the one just proposed heads the list.
    const sorted = [...proposals].sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
    rows.replaceChildren(...(sorted.length > 0 ? sorted.map(row) : [h('tr', {}, h('td', { colspan: '7' }, t('admin.proposals.list.empty')))]));
  };
  const replace = (proposal: ProposalView) => {
    proposals = [proposal, ...proposals.filter((one) => one.id !== proposal.id)];
    render();
  };

  const load = async () => {
    try {
      proposals = (await staffApi<{ proposals: ProposalView[] }>('GET', 'admin/proposals')).proposals;
      render();
    } catch (error) {
      showMessage(t('admin.proposals.list.loadFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  wireLanguageLevels(form);
  wireOtherLanguages(form);
  // The officer's emails in the page's language unless the NCB says otherwise (a reset keeps it).
  const preferred = byId('proposal-preferredLanguage', HTMLSelectElement).querySelector<HTMLOptionElement>(`option[value="${language}"]`);
  if (preferred) preferred.defaultSelected = true;
  byId('proposal-screenedOn', HTMLInputElement).max = new Date().toISOString().slice(0, 10);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = checkProposal(readForm(form), words);
    if (!checked.ok) return showErrors(form, checked.errors);
    showErrors(form, []);
    const body = JSON.stringify(checked.body);
    if (attempt?.body !== body) attempt = { body, key: newIdempotencyKey() };
    submit.disabled = true;
    try {
      const { proposal } = await staffApi<{ proposal: ProposalView }>('POST', 'admin/proposals', { json: checked.body, idempotencyKey: attempt.key });
      attempt = undefined;
      form.reset();
      replace(proposal);
      showMessage(t('admin.proposals.form.sent', { name: officerName(proposal) }), 'success');
      documents.open(proposal);
    } catch (error) {
      if (error instanceof StaffApiError && error.errors.length > 0) showErrors(form, fieldErrorsFromProblem(error.errors));
      else showErrors(form, [{ field: 'form', message: describeProblem(error) }]);
    } finally {
      submit.disabled = false;
    }
  });
  // A field being corrected loses its mark as it is typed in (not on leaving it: the form would move
  // under the pointer on its way to the next field); the form's line stays until the next try.
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const field = target.closest<HTMLElement>('[data-field]');
    const error = field?.querySelector<HTMLElement>('.field-error');
    if (error && !error.hidden) {
      error.hidden = true;
      field?.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
      // Every field corrected: the form's line has nothing left to say.
      if (!form.querySelector('.field-error:not([hidden])')) byId('proposal-form-error', HTMLElement).hidden = true;
    }
  });

  return { load };
};
