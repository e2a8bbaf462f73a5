/**
 * The vacancy form (create, edit, or fix a parsed notice), checked in the browser with the API's
 * own schema; the fields the notice parser could not read are marked until filled in.
 */
import type * as z from '#shared/zod.js';
import type { NoticeUnread } from '#shared/vacancies/notice-body-parser.js';
import { noticeFromFields, type NoticeFormFields } from '#shared/vacancies/notice-form.js';
import { clearanceLevels, secondmentTypes, vacancySchema, vacancyStatuses, type Vacancy, type VacancyDraft } from '#shared/vacancies/schema.js';
import { missionOrganisations } from '#shared/profiles/mission.js';
import { civilianRoleCategories, policeRoleCategories } from '#shared/profiles/role-categories.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import type { StaffPageProfile } from '../page-profile.js';
import { missionOrganisationLabel, roleCategoryLabel } from './mission-labels.js';
import { noticeEditor } from './notice-editor.js';
import { stageProfile } from './stage-profile.js';

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

/**
 * The header's fields as a stage's form asks them: a sending unit's call (a mission post, issue 18)
 * names its deadline the national one, which falls before the mission's own.
 */
export const fieldSpecsFor = (profile: Pick<StaffPageProfile, 'postKind'>): readonly FieldSpec[] =>
  profile.postKind === 'mission-post'
    ? vacancyFieldSpecs.map((spec) => (spec.name === 'deadline' ? { ...spec, label: t('admin.mission.field.deadline'), hint: t('admin.mission.field.deadline.hint') } : spec))
    : vacancyFieldSpecs;

/** A mission post's fields (shared/profiles/mission.ts), in the form's order; each input is named `mission.<field>`. */
export const missionFieldNames = ['mission', 'organisation', 'roleCategory', 'rankSought', 'missionDeadline', 'nominationsAllowed'] as const;
type MissionFieldName = (typeof missionFieldNames)[number];
const missionInputName = (field: MissionFieldName) => `mission.${field}`;

/** What the form's inputs hold, as the schema reads it: numbers as numbers, blanks left out; the mission's fields as `mission`, when any is filled in. */
export const vacancyFromInputs = (values: Readonly<Record<string, string>>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const spec of vacancyFieldSpecs) {
    const raw = (values[spec.name] ?? '').trim();
    if (raw === '') continue;
    out[spec.name] = spec.kind === 'number' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : spec.kind === 'yesNo' ? raw === 'true' : raw;
  }
  const mission: Record<string, unknown> = {};
  for (const field of missionFieldNames) {
    const raw = (values[missionInputName(field)] ?? '').trim();
    if (raw === '') continue;
    mission[field] = field === 'nominationsAllowed' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (Object.keys(mission).length > 0) out.mission = mission;
  return out;
};

export type VacancyCheck = { ok: true; vacancy: Vacancy } | { ok: false; errors: Map<string, string> };

/**
 * The header's inputs and, when given, the notice editor's fields, each checked with the shared
 * schema; errors by field (`notice.duties` and so on for the notice's). The vacancy carries its
 * notice unless every part is blank (then a save sends `notice: {}`, which removes it).
 */
export const checkVacancy = (
  values: Readonly<Record<string, string>>,
  noticeFields?: NoticeFormFields,
  profile: Pick<StaffPageProfile, 'postKind'> = stageProfile,
): VacancyCheck => {
  const input = vacancyFromInputs(values);
  // A sending unit's call names its mission, as its create and update routes require: left blank, the schema names each field missing.
  if (profile.postKind === 'mission-post' && input.mission === undefined) input.mission = {};
  const result = vacancySchema.safeParse(input);
  const notice = noticeFields ? noticeFromFields(noticeFields) : undefined;
  if (result.success && (notice === undefined || notice.ok)) {
    return { ok: true, vacancy: notice?.ok && Object.keys(notice.notice).length > 0 ? { ...result.data, notice: notice.notice } : result.data };
  }
  return { ok: false, errors: new Map([...(result.success ? [] : errorsByField(result.error.issues)), ...(notice?.ok === false ? notice.errors : [])]) };
};

/**
 * Each issue under the field it names: the header's by their name, a mission post's by
 * `mission.<field>` (the whole mission missing, under its first field), the notice's as its editor names them.
 */
export const errorsByField = (issues: ReadonlyArray<Pick<z.core.$ZodIssue, 'path' | 'message'>>): Map<string, string> => {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const [first, second] = issue.path;
    const field = first === 'mission' ? missionInputName(missionFieldNames.find((name) => name === second) ?? 'mission') : String(first ?? 'form');
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

/** One labelled field of the form, with its hint and its error, registered under `name`. */
const formField = (
  name: string,
  label: string,
  input: HTMLInputElement | HTMLSelectElement,
  hint: string | undefined,
  registry: { inputs: Map<string, HTMLInputElement | HTMLSelectElement>; errorsOf: Map<string, HTMLElement> },
) => {
  const error = h('p', { class: 'field-error', id: `${input.id}-error`, hidden: true });
  const hintElement = hint ? h('p', { class: 'hint', id: `${input.id}-hint` }, hint) : undefined;
  input.setAttribute('aria-describedby', [hintElement ? hintElement.id : '', error.id].filter(Boolean).join(' '));
  registry.inputs.set(name, input);
  registry.errorsOf.set(name, error);
  return h('div', { class: 'form-field', 'data-field': name }, h('label', { class: 'label', for: input.id }, label), hintElement ?? false, input, error);
};

/**
 * A sending unit's mission post (issue 18, point 2): the mission and who runs it, the role category
 * from the profile's (police and civilian apart), the rank sought, the mission's own deadline, the
 * nominations allowed. Its words are in the page's language (mission-staff catalogue).
 */
const missionFieldset = (profile: Pick<StaffPageProfile, 'roleCategories'>, registry: Parameters<typeof formField>[4]) => {
  const id = (field: MissionFieldName) => `vacancy-field-mission-${field}`;
  const offered = (categories: readonly string[]) => categories.filter((category) => (profile.roleCategories as readonly string[]).includes(category));
  const group = (label: string, categories: readonly string[]) =>
    categories.length > 0 ? h('optgroup', { label }, ...categories.map((category) => h('option', { value: category }, roleCategoryLabel(category)))) : false;
  const text = (field: MissionFieldName, type = 'text') => h('input', { id: id(field), name: missionInputName(field), class: 'input', type });
  return h(
    'fieldset',
    { class: 'fieldset notice-editor mission-editor', id: 'vacancy-mission' },
    h('legend', {}, t('admin.mission.editor.heading')),
    h(
      'div',
      { class: 'form-grid' },
      formField(missionInputName('mission'), t('admin.mission.field.mission'), text('mission'), t('admin.mission.field.mission.hint'), registry),
      formField(
        missionInputName('organisation'),
        t('admin.mission.field.organisation'),
        h('select', { id: id('organisation'), name: missionInputName('organisation'), class: 'select' }, h('option', { value: '' }, '—'), ...missionOrganisations.map((organisation) => h('option', { value: organisation }, missionOrganisationLabel(organisation)))),
        undefined,
        registry,
      ),
      formField(
        missionInputName('roleCategory'),
        t('admin.mission.field.roleCategory'),
        h(
          'select',
          { id: id('roleCategory'), name: missionInputName('roleCategory'), class: 'select' },
          h('option', { value: '' }, '—'),
          group(t('admin.mission.role.police'), offered(policeRoleCategories)),
          group(t('admin.mission.role.civilian'), offered(civilianRoleCategories)),
        ),
        undefined,
        registry,
      ),
      formField(missionInputName('rankSought'), t('admin.mission.field.rankSought'), text('rankSought'), t('admin.mission.field.rankSought.hint'), registry),
      formField(missionInputName('missionDeadline'), t('admin.mission.field.missionDeadline'), text('missionDeadline', 'date'), t('admin.mission.field.missionDeadline.hint'), registry),
      formField(missionInputName('nominationsAllowed'), t('admin.mission.field.nominationsAllowed'), text('nominationsAllowed', 'number'), t('admin.mission.field.nominationsAllowed.hint'), registry),
    ),
  );
};

export const vacancyForm = (profile: Pick<StaffPageProfile, 'postKind' | 'roleCategories'> = stageProfile): VacancyForm => {
  const container = byId('vacancy-fields', HTMLElement);
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const errorsOf = new Map<string, HTMLElement>();
  const specs = fieldSpecsFor(profile);
  container.replaceChildren(
    ...specs.map((spec) => {
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
  // The notice's body, under the header's grid (the markup has one place for the form's fields); a mission post's details between them.
  const notice = noticeEditor();
  document.getElementById(notice.element.id)?.remove();
  document.getElementById('vacancy-mission')?.remove();
  container.after(notice.element);
  if (profile.postKind === 'mission-post') container.after(missionFieldset(profile, { inputs, errorsOf }));
  return {
    fill(draft, { unread = [], unreadNotice = [], locked = false }) {
      notice.fill(draft.notice, unreadNotice);
      for (const field of missionFieldNames) {
        const input = inputs.get(missionInputName(field));
        const value = draft.mission?.[field];
        if (input) input.value = value === undefined ? '' : String(value);
      }
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
