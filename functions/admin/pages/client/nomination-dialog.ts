/**
 * The steps of a nomination that ask HR something (issue 18, point 5): withdraw it (the reason,
 * before the package goes), record the day the package went, record the mission's answer (which,
 * the day, an internal note). Checked in the page with the API's own schemas
 * (shared/nomination/schema.ts), each problem said beside its field in the page's language; the
 * API's answer replaces the row; a 409 shows the row as it stands now; a 422 (an answer before
 * the package went, a day after today) says the API's problem, in the page's language.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { issueMessage } from '#shared/i18n/validation.js';
import type { NominationRow } from '#shared/nomination/row.js';
import { missionAnswerBodySchema, nominationSentBodySchema, withdrawNominationBodySchema } from '#shared/nomination/schema.js';
import { byId } from '../../../pages/client/dom.js';
import { t, words } from '../../../pages/client/words.js';
import { formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { currentRowOf, describeProblem, staffApi, StaffApiError } from './staff-api.js';

export type NominationStep = 'withdraw' | 'sent' | 'answer';
type Field = 'reason' | 'sentOn' | 'outcome' | 'answeredOn' | 'note';
const stepFields: Readonly<Record<NominationStep, readonly Field[]>> = { withdraw: ['reason'], sent: ['sentOn'], answer: ['outcome', 'answeredOn', 'note'] };
const allFields: readonly Field[] = ['reason', 'sentOn', 'outcome', 'answeredOn', 'note'];
const missingKeys: Readonly<Record<Exclude<Field, 'note'>, MessageKey>> = {
  reason: 'admin.nominations.error.reason',
  sentOn: 'admin.nominations.error.sentOn',
  outcome: 'admin.nominations.error.outcome',
  answeredOn: 'admin.nominations.error.answeredOn',
};

const isField = (name: unknown): name is Field => typeof name === 'string' && (allFields as readonly string[]).includes(name);

/** Who was told of the mission's answer, as the API says it (`already-sent` is `alreadySent` to ICU's select). */
type Told = 'sent' | 'already-sent' | 'suppressed' | 'failed';
const toldOption = (told: Told): string => (told === 'already-sent' ? 'alreadySent' : told);

export const nominationDialog = (base: (vacancy: string, id: string) => string, saved: (row: NominationRow) => void) => {
  const dialog = byId('nomination-dialog', HTMLDialogElement);
  const form = byId('nomination-form', HTMLFormElement);
  const error = byId('nomination-error', HTMLElement);
  const save = byId('nomination-save', HTMLButtonElement);
  const fieldError = (field: Field) => byId(`nomination-${field}-error`, HTMLElement);
  /** The field's control, the one focused and marked invalid (the answer's first choice for the outcome). */
  const control = (field: Field): HTMLElement =>
    field === 'outcome' ? (form.querySelector<HTMLInputElement>('input[name="outcome"]') ?? form) : field === 'reason' || field === 'note' ? byId(`nomination-${field}`, HTMLTextAreaElement) : byId(`nomination-${field}`, HTMLInputElement);
  const value = (field: Field): string =>
    field === 'outcome' ? (form.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value ?? '') : (control(field) as HTMLInputElement | HTMLTextAreaElement).value.trim();
  let row: NominationRow | undefined;
  let vacancy = '';
  let step: NominationStep = 'sent';

  const clearErrors = () => {
    error.hidden = true;
    for (const field of allFields) {
      fieldError(field).hidden = true;
      control(field).removeAttribute('aria-invalid');
    }
    byId('nomination-outcome', HTMLFieldSetElement).removeAttribute('aria-invalid');
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };
  const showFieldErrors = (problems: ReadonlyMap<Field, string>) => {
    for (const [field, message] of problems) {
      const shown = fieldError(field);
      shown.textContent = message;
      shown.hidden = false;
      control(field).setAttribute('aria-invalid', 'true');
    }
    const first = stepFields[step].find((field) => problems.has(field));
    if (first) control(first).focus();
  };
  const showWho = (next: NominationRow) => {
    byId('nomination-who', HTMLElement).textContent = t('admin.nominations.dialog.who', { name: next.name, call: vacancy });
  };

  /** The step's body for the API, checked with its schema: the body, or each field's problem. */
  const check = (version: number) => {
    const note = value('note');
    const body =
      step === 'withdraw'
        ? { version, reason: byId('nomination-reason', HTMLTextAreaElement).value }
        : step === 'sent'
          ? { version, ...(value('sentOn') ? { sentOn: value('sentOn') } : {}) }
          : { version, ...(value('outcome') ? { outcome: value('outcome') } : {}), ...(value('answeredOn') ? { answeredOn: value('answeredOn') } : {}), ...(note ? { note } : {}) };
    const checked = step === 'withdraw' ? withdrawNominationBodySchema.safeParse(body) : step === 'sent' ? nominationSentBodySchema.safeParse(body) : missionAnswerBodySchema.safeParse(body);
    if (checked.success) return { body: checked.data };
    const problems = new Map<Field, string>();
    const other: string[] = [];
    for (const issue of checked.error.issues) {
      const field = issue.path[0];
      if (!isField(field)) other.push(issueMessage(issue, words));
      else if (!problems.has(field)) {
        // A field left empty is named in the dialog's words; a value the schema refuses (a date in another form), in the schema's.
        problems.set(field, field !== 'note' && (value(field) === '' || issue.code === 'custom') ? t(missingKeys[field]) : issueMessage(issue, words));
      }
    }
    return { problems, other };
  };

  byId('nomination-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  form.addEventListener('input', (event) => {
    const name = (event.target as { name?: unknown } | null)?.name;
    if (!isField(name)) return;
    fieldError(name).hidden = true;
    control(name).removeAttribute('aria-invalid');
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!row) return;
    clearErrors();
    const checked = check(row.version);
    if (!checked.body) {
      showFieldErrors(checked.problems);
      if (checked.other.length > 0) fail(checked.other.join(' '));
      return;
    }
    save.disabled = true;
    const name = row.name;
    try {
      const path = `${base(vacancy, row.id)}/${step}`;
      const answer = await staffApi<{ row: NominationRow; told?: { candidate: Told; force?: Told } }>('POST', path, { json: checked.body });
      saved(answer.row);
      dialog.close();
      const done = t('admin.nominations.saved', { action: step, name, date: formatDay(answer.row.nomination?.sent?.on ?? '') });
      const told = answer.told
        ? [t('admin.nominations.told.candidate', { told: toldOption(answer.told.candidate) }), answer.told.force ? t('admin.nominations.told.force', { told: toldOption(answer.told.force) }) : '']
        : [];
      showMessage([done, ...told].filter(Boolean).join(' '), answer.told && (answer.told.candidate === 'failed' || answer.told.force === 'failed') ? 'warning' : 'success');
    } catch (problem) {
      const current = currentRowOf<NominationRow>(problem);
      if (current) {
        // The row as it stands now replaces the old one, here and in the table; HR acts again on it.
        row = current;
        saved(current);
        showWho(current);
        fail(t('admin.nominations.changed', { name: current.name, version: current.version }));
      } else if (problem instanceof StaffApiError && problem.status === 400 && problem.errors.some((one) => isField(one.path.replace(/^body\./, '')))) {
        const problems = new Map<Field, string>();
        for (const one of problem.errors) {
          const field = one.path.replace(/^body\./, '');
          if (isField(field) && !problems.has(field)) problems.set(field, one.message);
        }
        showFieldErrors(problems);
      } else fail(t('admin.nominations.failed', { reason: describeProblem(problem) }));
    } finally {
      save.disabled = false;
    }
  });

  return {
    /** The dialog for `next`'s step: the reason, the day sent, or the answer (a reserve answer fills it, for the mission's later selection). */
    open(next: NominationRow, call: string, asked: NominationStep) {
      row = next;
      vacancy = call;
      step = asked;
      form.reset();
      clearErrors();
      showWho(next);
      byId('nomination-heading', HTMLElement).textContent = t('admin.nominations.dialog.heading', { action: asked });
      save.textContent = t('admin.nominations.save', { action: asked });
      byId('nomination-withdraw-fields', HTMLElement).hidden = asked !== 'withdraw';
      byId('nomination-sent-fields', HTMLElement).hidden = asked !== 'sent';
      byId('nomination-answer-fields', HTMLElement).hidden = asked !== 'answer';
      const answer = next.nomination?.answer;
      if (asked === 'answer' && answer) {
        const choice = form.querySelector<HTMLInputElement>(`input[name="outcome"][value="${answer.outcome}"]`);
        if (choice) choice.checked = true;
        byId('nomination-answeredOn', HTMLInputElement).value = answer.on;
        byId('nomination-note', HTMLTextAreaElement).value = answer.note ?? '';
      }
      dialog.showModal();
      control(stepFields[asked][0] ?? 'reason').focus();
    },
  };
};
