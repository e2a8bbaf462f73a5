/**
 * Add an expert to the roster or edit one (issue 18, point 7): one dialog with the fields of the
 * API's schemas (shared/expert-roster/schema.ts), checked in the page with those same schemas, each
 * problem said beside its field in the page's language. A 409 on an edit (someone saved the record
 * meanwhile) shows the API's detail and the record as it stands now, in the form and its row; a 409
 * on an addition is an email already on the roster, said at the email.
 */
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { issueMessage } from '#shared/i18n/validation.js';
import type { RosterExpert } from '#shared/expert-roster/expert.js';
import { expertCreateSchema, expertUpdateSchema } from '#shared/expert-roster/schema.js';
import { personName } from '#shared/i18n/names.js';
import { cefrLevels } from '#shared/vacancies/notice-schema.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t, words } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { currentRowOf, describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

const plainFields = ['givenName', 'familyName', 'email', 'language', 'yearsOfExperience', 'availableFrom', 'availableUntil', 'vettingExpiresOn', 'note'] as const;
type PlainField = (typeof plainFields)[number];
type Field = PlainField | 'fields' | 'languages';
const allFields: readonly Field[] = ['givenName', 'familyName', 'email', 'language', 'fields', 'languages', 'yearsOfExperience', 'availableFrom', 'availableUntil', 'vettingExpiresOn', 'note'];
const isField = (name: unknown): name is Field => typeof name === 'string' && (allFields as readonly string[]).includes(name);

/** The dialog's own words for a field's problem; a field absent here says the schema's (translated) message. */
const fieldKeys: Partial<Record<Field, MessageKey>> = {
  givenName: 'admin.experts.error.givenName',
  email: 'admin.experts.error.email',
  fields: 'admin.experts.error.fields',
  languages: 'admin.experts.error.languages',
  yearsOfExperience: 'admin.experts.error.yearsOfExperience',
  availableFrom: 'admin.experts.error.availableFrom',
};

/** A problem's place: a field, or one language row's code or level. */
type Place = Field | `language-${number}-code` | `language-${number}-level`;

export interface ExpertDialog {
  open(expert?: RosterExpert): void;
}

export const expertDialog = (saved: (expert: RosterExpert) => void): ExpertDialog => {
  const dialog = byId('expert-dialog', HTMLDialogElement);
  const form = byId('expert-form', HTMLFormElement);
  const error = byId('expert-error', HTMLElement);
  const save = byId('expert-save', HTMLButtonElement);
  const rows = byId('expert-language-rows', HTMLElement);
  /** A field's control: an input, the language's select or the note's textarea, each with a `value`. */
  const input = (field: PlainField): { value: string; focus(): void; setAttribute(name: string, value: string): void } & HTMLElement =>
    field === 'note' ? byId(`expert-${field}`, HTMLTextAreaElement) : field === 'language' ? byId(`expert-${field}`, HTMLSelectElement) : byId(`expert-${field}`, HTMLInputElement);
  let editing: RosterExpert | undefined;
  let rowCount = 0;

  /** Where a place's problem is said, and the control marked invalid and focused. */
  const errorOf = (place: Place) => byId(place.startsWith('language-') ? `expert-${place.replace(/-(code|level)$/, '')}-error` : `expert-${place}-error`, HTMLElement);
  const controlOf = (place: Place): HTMLElement => {
    if (place === 'fields') return form.querySelector<HTMLInputElement>('input[name="fields"]') ?? form;
    if (place === 'languages') return rows.querySelector<HTMLElement>('input, select') ?? byId('expert-language-add', HTMLButtonElement);
    if (place.startsWith('language-')) return byId(`expert-${place}`, HTMLElement);
    return input(place as PlainField);
  };

  const languageRow = (entry: { language: string; level?: string } = { language: '' }) => {
    const index = rowCount++;
    const n = rows.children.length + 1;
    const code = h('input', { id: `expert-language-${index}-code`, class: 'input input-short', dir: 'ltr', maxlength: '2', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `expert-language-${index}-error`, 'data-part': 'code' });
    code.value = entry.language;
    const level = h(
      'select',
      { id: `expert-language-${index}-level`, class: 'select', 'aria-describedby': `expert-language-${index}-error`, 'data-part': 'level' },
      h('option', { value: '' }, t('admin.experts.languages.chooseLevel')),
      ...cefrLevels.map((one) => h('option', { value: one }, one)),
    );
    level.value = entry.level ?? '';
    const remove = h('button', { type: 'button', class: 'button button-quiet button-small', 'data-action': 'remove-language' }, t('admin.experts.languages.remove', { n }));
    const row = h(
      'div',
      { class: 'expert-language-row', 'data-index': String(index) },
      h('label', { class: 'label-small', for: code.id }, t('admin.experts.languages.code', { n })),
      code,
      h('label', { class: 'label-small', for: level.id }, t('admin.experts.languages.level', { n })),
      level,
      remove,
      h('p', { class: 'field-error', id: `expert-language-${index}-error`, dir: 'auto', hidden: true }),
    );
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
      byId('expert-language-add', HTMLButtonElement).focus();
    });
    rows.append(row);
    return row;
  };
  /** The rows' labels say their place in the list ("Language 2: code"), again after one is removed. */
  const renumber = () => {
    [...rows.children].forEach((row, position) => {
      const n = position + 1;
      const [codeLabel, levelLabel] = [...row.querySelectorAll('label')];
      if (codeLabel) codeLabel.textContent = t('admin.experts.languages.code', { n });
      if (levelLabel) levelLabel.textContent = t('admin.experts.languages.level', { n });
      const remove = row.querySelector('[data-action="remove-language"]');
      if (remove) remove.textContent = t('admin.experts.languages.remove', { n });
    });
  };

  const clearErrors = () => {
    error.hidden = true;
    for (const shown of form.querySelectorAll<HTMLElement>('.field-error')) shown.hidden = true;
    for (const marked of form.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };
  const showProblems = (problems: ReadonlyMap<Place, string>) => {
    for (const [place, message] of problems) {
      const shown = errorOf(place);
      shown.textContent = shown.hidden ? message : `${shown.textContent ?? ''} ${message}`;
      shown.hidden = false;
      controlOf(place).setAttribute('aria-invalid', 'true');
      if (place === 'fields' || place === 'languages') byId(`expert-${place}`, HTMLFieldSetElement).setAttribute('aria-invalid', 'true');
    }
    const first = [...problems.keys()][0];
    if (first) controlOf(first).focus();
  };

  /** The form as the API's body: empty optional fields left out, the years a number. */
  const body = (): Record<string, unknown> => {
    const text = (field: PlainField) => input(field).value.trim();
    const languages = [...rows.children].map((row) => ({
      language: (row.querySelector<HTMLInputElement>('[data-part="code"]')?.value ?? '').trim().toLowerCase(),
      level: row.querySelector<HTMLSelectElement>('[data-part="level"]')?.value ?? '',
    }));
    const optional = (field: PlainField) => (text(field) ? { [field]: text(field) } : {});
    return {
      givenName: text('givenName'),
      ...optional('familyName'),
      email: text('email'),
      language: text('language'),
      fields: [...form.querySelectorAll<HTMLInputElement>('input[name="fields"]:checked')].map((box) => box.value),
      languages: languages.map((entry) => (entry.level ? entry : { language: entry.language })),
      ...(text('yearsOfExperience') ? { yearsOfExperience: Number(text('yearsOfExperience')) } : {}),
      ...optional('availableFrom'),
      ...optional('availableUntil'),
      ...optional('vettingExpiresOn'),
      ...optional('note'),
    };
  };

  /** Where an issue's path points in the form: a field, or a language row by its position. */
  const placeOf = (path: readonly PropertyKey[]): Place | undefined => {
    const [field, position, part] = path;
    if (field === 'languages' && typeof position === 'number') {
      const row = rows.children[position] as HTMLElement | undefined;
      if (!row) return 'languages';
      return `language-${Number(row.dataset.index)}-${part === 'level' ? 'level' : 'code'}`;
    }
    return isField(field) ? field : undefined;
  };
  const messageFor = (place: Place, issue: { code: string; message: string; path?: readonly PropertyKey[] }): string => {
    if (place.endsWith('-code')) return t('admin.experts.error.languageCode');
    if (place.endsWith('-level')) return t('admin.experts.error.languageLevel');
    if (place === 'availableUntil' && issue.code === 'custom') return t('admin.experts.error.availableUntil');
    const key = fieldKeys[place as Field];
    return key ? t(key) : issueMessage(issue, words);
  };

  const check = (): { body: Record<string, unknown> } | { problems: Map<Place, string>; other: string[] } => {
    const asked = editing ? { ...body(), version: editing.version } : body();
    const checked = editing ? expertUpdateSchema.safeParse(asked) : expertCreateSchema.safeParse(asked);
    if (checked.success) return { body: checked.data };
    const problems = new Map<Place, string>();
    const other: string[] = [];
    for (const issue of checked.error.issues) {
      const place = placeOf(issue.path);
      if (!place) other.push(issueMessage(issue, words));
      else if (!problems.has(place)) problems.set(place, messageFor(place, issue));
    }
    return { problems, other };
  };

  const fill = (expert: RosterExpert | undefined) => {
    form.reset();
    rows.replaceChildren();
    for (const field of plainFields) {
      const value = expert?.[field];
      input(field).value = value === undefined ? '' : String(value);
    }
    input('language').value = expert?.language ?? 'en';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="fields"]')) box.checked = expert?.fields.includes(box.value as never) ?? false;
    for (const entry of expert?.languages ?? [{ language: '' }]) languageRow(entry);
  };

  byId('expert-language-add', HTMLButtonElement).addEventListener('click', () => {
    const row = languageRow();
    row.querySelector('input')?.focus();
  });
  byId('expert-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement | null;
    const place = target?.closest<HTMLElement>('.expert-language-row') ? `language-${target.closest<HTMLElement>('.expert-language-row')?.dataset.index ?? ''}` : (target as { name?: unknown } | null)?.name;
    if (typeof place !== 'string' || place === '') return;
    const shown = document.getElementById(`expert-${place}-error`);
    if (shown) shown.hidden = true;
    target?.removeAttribute('aria-invalid');
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const checked = check();
    if (!('body' in checked)) {
      showProblems(checked.problems);
      if (checked.other.length > 0) fail(checked.other.join(' '));
      return;
    }
    save.disabled = true;
    const action = editing ? 'edit' : 'add';
    try {
      const answer = editing
        ? await staffApi<RosterExpert>('PUT', `admin/experts/${segment(editing.id)}`, { json: checked.body })
        : await staffApi<RosterExpert>('POST', 'admin/experts', { json: checked.body });
      saved(answer);
      dialog.close();
      showMessage(t('admin.experts.saved', { action, name: personName(answer) }), 'success');
    } catch (problem) {
      const current = currentRowOf<RosterExpert>(problem);
      if (editing && current) {
        // The record as it stands now, in its row and in the form: HR makes the change again on it.
        editing = current;
        saved(current);
        fill(current);
        fail(t('admin.experts.changed', { name: personName(current), detail: problem instanceof StaffApiError ? problem.detail : '' }));
      } else if (!editing && problem instanceof StaffApiError && problem.status === 409) {
        showProblems(new Map([['email', t('admin.experts.error.emailTaken')]]));
      } else if (problem instanceof StaffApiError && problem.status === 400 && problem.errors.length > 0) {
        const problems = new Map<Place, string>();
        const other: string[] = [];
        for (const one of problem.errors) {
          const place = placeOf(one.path.replace(/^body\./, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
          if (place && !problems.has(place)) problems.set(place, one.message);
          else if (!place) other.push(one.message);
        }
        showProblems(problems);
        if (other.length > 0) fail(other.join(' '));
      } else fail(t('admin.experts.failed', { reason: describeProblem(problem) }));
    } finally {
      save.disabled = false;
    }
  });

  return {
    open(expert) {
      editing = expert;
      fill(expert);
      clearErrors();
      const action = expert ? 'edit' : 'add';
      byId('expert-heading', HTMLElement).textContent = t('admin.experts.dialog.heading', { action });
      save.textContent = t('admin.experts.save', { action });
      dialog.showModal();
      input('givenName').focus();
    },
  };
};
