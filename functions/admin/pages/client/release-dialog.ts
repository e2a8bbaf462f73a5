/**
 * A force approver's decision on one officer's release (issue 18, point 4): approve it for a
 * period, or refuse it with a reason. Checked in the page with the API's own schema
 * (shared/release/schema.ts), each problem said beside its field in the page's language; the
 * API's answer replaces the row; a 409 shows the row as it stands now, to decide again on it.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { issueMessage } from '#shared/i18n/validation.js';
import type { ReleaseRow } from '#shared/release/release-row.js';
import { releaseDecisionSchema } from '#shared/release/schema.js';
import { byId } from '../../../pages/client/dom.js';
import { t, words } from '../../../pages/client/words.js';
import { personName as fullName } from '#shared/i18n/names.js';
import { formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { currentRowOf, describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

export type ReleaseChoice = 'approved' | 'refused';
type Field = 'from' | 'until' | 'note';
const fields: readonly Field[] = ['from', 'until', 'note'];

/** A field's problem in the dialog's words: what is missing, or the period the wrong way round. */
const fieldProblem = (field: Field, value: string): MessageKey => {
  if (field === 'from') return 'admin.releases.error.from';
  if (field === 'until') return value ? 'admin.releases.error.untilBeforeFrom' : 'admin.releases.error.until';
  return 'admin.releases.error.note';
};

const isField = (name: unknown): name is Field => typeof name === 'string' && (fields as readonly string[]).includes(name);

export const releaseDialog = (saved: (row: ReleaseRow) => void) => {
  const dialog = byId('release-dialog', HTMLDialogElement);
  const form = byId('release-form', HTMLFormElement);
  const error = byId('release-error', HTMLElement);
  const save = byId('release-save', HTMLButtonElement);
  const input = (field: Field): HTMLInputElement | HTMLTextAreaElement => (field === 'note' ? byId('release-note', HTMLTextAreaElement) : byId(`release-${field}`, HTMLInputElement));
  const fieldError = (field: Field) => byId(`release-${field}-error`, HTMLElement);
  let row: ReleaseRow | undefined;
  let decision: ReleaseChoice = 'approved';

  const clearErrors = () => {
    error.hidden = true;
    for (const field of fields) {
      fieldError(field).hidden = true;
      input(field).removeAttribute('aria-invalid');
    }
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };
  /** Each field's first problem beside it, the first such field focused. */
  const showFieldErrors = (problems: ReadonlyMap<Field, string>) => {
    for (const [field, message] of problems) {
      const shown = fieldError(field);
      shown.textContent = message;
      shown.hidden = false;
      input(field).setAttribute('aria-invalid', 'true');
    }
    const first = fields.find((field) => problems.has(field));
    if (first) input(first).focus();
  };
  const showWho = (next: ReleaseRow) => {
    byId('release-who', HTMLElement).textContent = t('admin.releases.dialog.who', { name: fullName(next), title: next.currentTitle, call: next.call.number });
  };

  byId('release-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  form.addEventListener('input', (event) => {
    const name = (event.target as { name?: unknown } | null)?.name;
    if (!isField(name)) return;
    fieldError(name).hidden = true;
    input(name).removeAttribute('aria-invalid');
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!row) return;
    clearErrors();
    const from = input('from').value;
    const until = input('until').value;
    const note = input('note').value.trim();
    const body = decision === 'approved' ? { version: row.version, decision, ...(from ? { from } : {}), ...(until ? { until } : {}) } : { version: row.version, decision, ...(note ? { note } : {}) };
    const checked = releaseDecisionSchema.safeParse(body);
    if (!checked.success) {
      const problems = new Map<Field, string>();
      const other: string[] = [];
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        const value = isField(field) ? input(field).value.trim() : '';
        // A date the browser gave in another form than YYYY-MM-DD is said in the schema's words.
        if (isField(field) && !problems.has(field)) problems.set(field, field !== 'note' && value && issue.code !== 'custom' ? issueMessage(issue, words) : t(fieldProblem(field, value)));
        else if (!isField(field)) other.push(issueMessage(issue, words));
      }
      showFieldErrors(problems);
      if (other.length > 0) fail(other.join(' '));
      return;
    }
    save.disabled = true;
    try {
      const decided = await staffApi<ReleaseRow>('POST', `admin/releases/${segment(row.id)}`, { json: checked.data });
      saved(decided);
      dialog.close();
      const period = decided.release?.decision === 'approved' ? { from: formatDay(decided.release.from ?? ''), until: formatDay(decided.release.until ?? '') } : { from: '', until: '' };
      showMessage(t('admin.releases.saved', { name: fullName(decided), decision: checked.data.decision, ...period }), 'success');
    } catch (problem) {
      const current = currentRowOf<ReleaseRow>(problem);
      if (current) {
        // The row as it stands now replaces the old one, here and in the table; the approver decides again on it.
        row = current;
        saved(current);
        showWho(current);
        fail(t('admin.releases.changed', { name: fullName(current), version: current.version }));
      } else if (problem instanceof StaffApiError && problem.status === 400 && problem.errors.some((one) => isField(one.path.replace(/^body\./, '')))) {
        const problems = new Map<Field, string>();
        for (const one of problem.errors) {
          const field = one.path.replace(/^body\./, '');
          if (isField(field) && !problems.has(field)) problems.set(field, one.message);
        }
        showFieldErrors(problems);
      } else fail(t('admin.releases.failed', { reason: describeProblem(problem) }));
    } finally {
      save.disabled = false;
    }
  });

  return {
    /** The dialog for `next`, asking the period (an approval) or the reason (a refusal); a decision already made fills it. */
    open(next: ReleaseRow, choice: ReleaseChoice) {
      row = next;
      decision = choice;
      form.reset();
      clearErrors();
      showWho(next);
      byId('release-heading', HTMLElement).textContent = t('admin.releases.dialog.heading', { decision: choice });
      save.textContent = t(choice === 'approved' ? 'admin.releases.approve' : 'admin.releases.refuse');
      byId('release-period', HTMLElement).hidden = choice !== 'approved';
      byId('release-reason', HTMLElement).hidden = choice !== 'refused';
      const before = next.release;
      if (before?.decision === 'approved' && choice === 'approved') {
        input('from').value = before.from ?? '';
        input('until').value = before.until ?? '';
      }
      if (before?.decision === 'refused' && choice === 'refused') input('note').value = before.note ?? '';
      dialog.showModal();
      input(choice === 'approved' ? 'from' : 'note').focus();
    },
  };
};
