/**
 * HR matches an open proposal to a unit's need (issue 15, point 7): a published short-term vacancy,
 * or a new one drafted from the proposal (proposal-vacancy.ts) and checked with the vacancy form's
 * schema. The match makes the proposal an application on that vacancy.
 */
import { countryName } from '#shared/i18n/format.js';
import { durationText } from '../../../pages/format.js';
import { byId, h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import type { StoredVacancy } from './answers.js';
import { areasText, officerName, availableFromText, type ProposalView } from './proposal-words.js';
import { matchVacancyFields, takesProposals, vacancyDraftFromProposal } from './proposal-vacancy.js';
import { newIdempotencyKey } from '../../../pages/client/api.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';
import { checkVacancy, vacancyFieldSpecs } from './vacancy-form.js';

export interface MatchAnswer {
  proposal: ProposalView;
  application: { id: string; vacancyNumber: string };
}

export interface ProposalMatchDialog {
  open(proposal: ProposalView): Promise<void>;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export const proposalMatchDialog = (matched: (answer: MatchAnswer) => void): ProposalMatchDialog => {
  const dialog = byId('proposal-match-dialog', HTMLDialogElement);
  const form = byId('proposal-match-form', HTMLFormElement);
  const select = byId('proposal-match-vacancy', HTMLSelectElement);
  const none = byId('proposal-match-none', HTMLElement);
  const draft = byId('proposal-match-draft', HTMLFieldSetElement);
  const error = byId('proposal-match-error', HTMLElement);
  const confirm = byId('proposal-match-confirm', HTMLButtonElement);
  const existing = byId('proposal-match-existing', HTMLInputElement);
  const fresh = byId('proposal-match-new', HTMLInputElement);
  let shown: ProposalView | undefined;
  let settled: Record<string, string> = {};
  // One key per body: the same match sent again (a retry after a lost answer) makes one application.
  let attempt: { body: string; key: string } | undefined;

  // The vacancy form's fields, its labels and kinds (vacancyFieldSpecs), for those a new one needs.
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const errors = new Map<string, HTMLElement>();
  byId('proposal-match-fields', HTMLElement).replaceChildren(
    ...vacancyFieldSpecs
      .filter((spec) => (matchVacancyFields as readonly string[]).includes(spec.name))
      .map((spec) => {
        const id = `proposal-match-field-${spec.name}`;
        const input =
          spec.kind === 'select'
            ? h('select', { id, class: 'select' }, ...(spec.options ?? []).map((option) => h('option', { value: option }, option)))
            : h('input', { id, class: 'input', type: spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text' });
        const message = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
        input.setAttribute('aria-describedby', `${id}-error`);
        inputs.set(spec.name, input);
        errors.set(spec.name, message);
        return h('div', { class: 'form-field' }, h('label', { class: 'label', for: id }, spec.label), input, message);
      }),
  );

  const showErrors = (found: Map<string, string>) => {
    for (const [name, element] of errors) {
      const message = found.get(name);
      element.textContent = message ?? '';
      element.hidden = !message;
      inputs.get(name)?.toggleAttribute('aria-invalid', Boolean(message));
    }
    [...found.keys()].map((name) => inputs.get(name)).find(Boolean)?.focus();
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  const choose = () => {
    draft.hidden = !fresh.checked;
    select.disabled = !existing.checked;
  };
  existing.addEventListener('change', choose);
  fresh.addEventListener('change', choose);
  byId('proposal-match-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());

  const send = async (proposal: ProposalView, body: unknown) => {
    confirm.disabled = true;
    const sent = JSON.stringify([proposal.id, body]);
    if (attempt?.body !== sent) attempt = { body: sent, key: newIdempotencyKey() };
    try {
      const answer = await staffApi<MatchAnswer>('POST', `admin/proposals/${segment(proposal.id)}/match`, { json: body, idempotencyKey: attempt.key });
      dialog.close();
      matched(answer);
    } catch (problem) {
      if (problem instanceof StaffApiError && problem.errors.length > 0) {
        // `body.vacancy.deadline` is the new vacancy's deadline field.
        showErrors(new Map(problem.errors.map((e) => [e.path.replace(/^body\.vacancy\./, ''), e.message])));
      }
      fail(describeProblem(problem));
    } finally {
      confirm.disabled = false;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!shown) return;
    error.hidden = true;
    showErrors(new Map());
    if (existing.checked) {
      if (!select.value) return fail(t('admin.proposals.hr.match.none'));
      return void send(shown, { vacancyNumber: select.value });
    }
    const values = { ...settled, ...Object.fromEntries([...inputs].map(([name, input]) => [name, input.value])) };
    const checked = checkVacancy(values);
    if (!checked.ok) {
      showErrors(checked.errors);
      return fail(t('admin.proposals.hr.match.invalid'));
    }
    const { number, title, unit, reportingTo, location, timeZone, grade, durationMonths, posts, clearance, secondmentType, publishedAt, deadline } = checked.vacancy;
    return void send(shown, { vacancy: { number, title, unit, reportingTo, location, timeZone, grade, durationMonths, posts, clearance, secondmentType, publishedAt, deadline, status: 'open' } });
  });

  return {
    async open(proposal) {
      shown = proposal;
      error.hidden = true;
      const areas = areasText(proposal.offer.areas);
      byId('proposal-match-who', HTMLElement).textContent = t('admin.proposals.hr.match.who', {
        name: officerName(proposal),
        country: countryName(language, proposal.country),
        areas,
        date: availableFromText(proposal),
        months: proposal.offer.durationMonths,
      });
      settled = vacancyDraftFromProposal(proposal, { today: today(), areasTitle: t('admin.proposals.hr.match.title', { areas }), areasUnit: areas });
      for (const [name, input] of inputs) input.value = settled[name] ?? '';
      showErrors(new Map());
      select.replaceChildren();
      try {
        const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
        const open = items.filter(takesProposals);
        select.append(...open.map((vacancy) => h('option', { value: vacancy.number }, t('admin.proposals.hr.match.vacancyOption', { number: vacancy.number, title: vacancy.title, duration: durationText(vacancy) }))));
      } catch (problem) {
        fail(describeProblem(problem));
      }
      const anyOpen = select.options.length > 0;
      none.hidden = anyOpen;
      existing.disabled = !anyOpen;
      existing.checked = anyOpen;
      fresh.checked = !anyOpen;
      choose();
      dialog.showModal();
    },
  };
};
