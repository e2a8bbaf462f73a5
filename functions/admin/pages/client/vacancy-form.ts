/**
 * The vacancy form (create, edit, or fix a parsed notice), checked in the browser with the API's
 * own schema; the fields the notice parser could not read are marked until filled in.
 */
import type * as z from '#shared/zod.js';
import type { NoticeUnread } from '#shared/vacancies/notice-body-parser.js';
import { noticeFromFields, type NoticeFormFields } from '#shared/vacancies/notice-form.js';
import { clearanceLevels, secondmentTypes, vacancySchema, vacancyStatuses, type Vacancy, type VacancyDraft } from '#shared/vacancies/schema.js';
import { byId, h } from '../../../pages/client/dom.js';
import { noticeEditor } from './notice-editor.js';

interface FieldSpec {
  name: keyof Vacancy;
  label: string;
  kind: 'text' | 'number' | 'date' | 'select' | 'yesNo';
  options?: readonly string[];
  /** A yes/no select's words for each answer; blank keeps what the vacancy has. */
  answers?: { yes: string; no: string };
  hint?: string;
}

export const vacancyFieldSpecs: readonly FieldSpec[] = [
  { name: 'number', label: 'Vacancy number', kind: 'text' },
  { name: 'title', label: 'Job title', kind: 'text' },
  { name: 'unit', label: 'Unit', kind: 'text' },
  { name: 'reportingTo', label: 'Reports to', kind: 'text' },
  { name: 'location', label: 'Duty station', kind: 'text' },
  { name: 'timeZone', label: 'Time zone', kind: 'text', hint: 'IANA name, such as Europe/Paris: the deadline ends at midnight there.' },
  { name: 'grade', label: 'Grade', kind: 'text' },
  { name: 'posts', label: 'Posts', kind: 'number' },
  {
    name: 'maxValidatedPerCountry',
    label: 'Validated per country, at most',
    kind: 'number',
    hint: 'The most applications one country’s NCB may validate (the UN’s practice is two per post); blank for no limit.',
  },
  { name: 'clearance', label: 'Security clearance', kind: 'select', options: clearanceLevels },
  { name: 'secondmentType', label: 'Secondment', kind: 'select', options: secondmentTypes },
  { name: 'durationMonths', label: 'Duration (months)', kind: 'number', hint: 'Or an end date, not both.' },
  { name: 'endsOn', label: 'Ends on', kind: 'date' },
  { name: 'publishedAt', label: 'Published on', kind: 'date' },
  { name: 'deadline', label: 'Application deadline', kind: 'date' },
  { name: 'status', label: 'Status', kind: 'select', options: vacancyStatuses },
  {
    name: 'advertised',
    label: 'Advertised',
    kind: 'yesNo',
    answers: { yes: 'Yes: on the public list, and the circular goes to the NCBs', no: 'No: filled from short-term proposals only' },
    hint: 'A vacancy made from a proposal is not advertised until HR says so.',
  },
];

/** What the form's inputs hold, as the schema reads it: numbers as numbers, blanks left out. */
export const vacancyFromInputs = (values: Readonly<Record<string, string>>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const spec of vacancyFieldSpecs) {
    const raw = (values[spec.name] ?? '').trim();
    if (raw === '') continue;
    out[spec.name] = spec.kind === 'number' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : spec.kind === 'yesNo' ? raw === 'true' : raw;
  }
  return out;
};

export type VacancyCheck = { ok: true; vacancy: Vacancy } | { ok: false; errors: Map<string, string> };

/**
 * The header's inputs and, when given, the notice editor's fields, each checked with the shared
 * schema; errors by field (`notice.duties` and so on for the notice's). The vacancy carries its
 * notice unless every part is blank (then a save sends `notice: {}`, which removes it).
 */
export const checkVacancy = (values: Readonly<Record<string, string>>, noticeFields?: NoticeFormFields): VacancyCheck => {
  const result = vacancySchema.safeParse(vacancyFromInputs(values));
  const notice = noticeFields ? noticeFromFields(noticeFields) : undefined;
  if (result.success && (notice === undefined || notice.ok)) {
    return { ok: true, vacancy: notice?.ok && Object.keys(notice.notice).length > 0 ? { ...result.data, notice: notice.notice } : result.data };
  }
  return { ok: false, errors: new Map([...(result.success ? [] : errorsByField(result.error.issues)), ...(notice?.ok === false ? notice.errors : [])]) };
};

export const errorsByField = (issues: ReadonlyArray<Pick<z.core.$ZodIssue, 'path' | 'message'>>): Map<string, string> => {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return errors;
};

export interface VacancyForm {
  fill(draft: VacancyDraft, options: { unread?: readonly string[]; unreadNotice?: readonly NoticeUnread[]; locked?: boolean }): void;
  values(): Record<string, string>;
  noticeFields(): NoticeFormFields;
  showErrors(errors: Map<string, string>): void;
}

export const vacancyForm = (): VacancyForm => {
  const container = byId('vacancy-fields', HTMLElement);
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const errorsOf = new Map<string, HTMLElement>();
  container.replaceChildren(
    ...vacancyFieldSpecs.map((spec) => {
      const id = `vacancy-field-${spec.name}`;
      const input =
        spec.kind === 'select'
          ? h('select', { id, name: spec.name, class: 'select' }, h('option', { value: '' }, '—'), ...(spec.options ?? []).map((option) => h('option', { value: option }, option)))
          : spec.kind === 'yesNo'
            ? h('select', { id, name: spec.name, class: 'select' }, h('option', { value: '' }, '—'), h('option', { value: 'true' }, spec.answers?.yes ?? 'Yes'), h('option', { value: 'false' }, spec.answers?.no ?? 'No'))
            : h('input', { id, name: spec.name, class: 'input', type: spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text' });
      const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
      input.setAttribute('aria-describedby', `${id}-error`);
      inputs.set(spec.name, input);
      errorsOf.set(spec.name, error);
      // A field fixed by hand is no longer "unread".
      input.addEventListener('input', () => input.closest('.form-field')?.classList.remove('field-unread'));
      return h('div', { class: 'form-field', 'data-field': spec.name }, h('label', { class: 'label', for: id }, spec.label), spec.hint ? h('p', { class: 'hint' }, spec.hint) : false, input, error);
    }),
  );
  // The notice's body, under the header's grid (the markup has one place for the form's fields).
  const notice = noticeEditor();
  document.getElementById(notice.element.id)?.remove();
  container.after(notice.element);
  return {
    fill(draft, { unread = [], unreadNotice = [], locked = false }) {
      notice.fill(draft.notice, unreadNotice);
      for (const spec of vacancyFieldSpecs) {
        const input = inputs.get(spec.name);
        if (!input) continue;
        const value = draft[spec.name];
        input.value = value === undefined ? '' : String(value);
        input.closest('.form-field')?.classList.toggle('field-unread', unread.includes(spec.name));
        if (spec.name === 'number') (input as HTMLInputElement).readOnly = locked;
      }
      this.showErrors(new Map());
    },
    values: () => Object.fromEntries([...inputs].map(([name, input]) => [name, input.value])),
    noticeFields: () => notice.fields(),
    showErrors(errors) {
      for (const [name, element] of errorsOf) {
        const message = errors.get(name);
        element.textContent = message ?? '';
        element.hidden = !message;
        inputs.get(name)?.toggleAttribute('aria-invalid', Boolean(message));
      }
      const firstInNotice = notice.showErrors(errors);
      const first = [...errors.keys()].map((name) => inputs.get(name)).find(Boolean) ?? firstInNotice;
      first?.focus();
    },
  };
};
