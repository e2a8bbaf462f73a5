/**
 * The notice's body in the vacancy form (HR's screen, English): each part a textarea in the
 * written format of shared/vacancies/notice-form.ts, the languages a table of rows. The text <->
 * structure rules are that module's; this file only builds the inputs and reads them back.
 */
import { cefrLevels, requirementNeeds, type VacancyNotice } from '#shared/vacancies/notice-schema.js';
import { fieldsFromNotice, noticeLanguageCodes, standingKinds, type LanguageRowFields, type NoticeFormFields, type NoticeTextField } from '#shared/vacancies/notice-form.js';
import type { NoticeUnread } from '#shared/vacancies/notice-body-parser.js';
import { h } from '../../../pages/client/dom.js';

interface TextSpec {
  name: NoticeTextField;
  label: string;
  hint: string;
  rows: number;
}

const ONE_PER_LINE_ASSET = 'One per line; start a line with “(asset)” when it only counts in the candidate’s favour.';
const ONE_PARAGRAPH = 'One paragraph.';

const before: readonly TextSpec[] = [
  { name: 'summary', label: 'Summary of duties', hint: 'Paragraphs separated by a blank line.', rows: 4 },
  { name: 'duties', label: 'Duties', hint: 'A duty’s title on a line, then each activity on a line starting with “- ”; a blank line between duties.', rows: 10 },
  { name: 'education', label: 'Education required', hint: ONE_PER_LINE_ASSET, rows: 3 },
  { name: 'experience', label: 'Experience required', hint: ONE_PER_LINE_ASSET, rows: 5 },
];
const after: readonly TextSpec[] = [
  { name: 'abilities', label: 'Abilities required', hint: 'One per line; its details on lines starting with “- ” under it.', rows: 6 },
  { name: 'aptitudes', label: 'Aptitudes required', hint: 'One per line.', rows: 3 },
];
const standingLabels: Record<(typeof standingKinds)[number], string> = {
  audience: 'Whom the vacancy is for',
  conditions: 'Conditions of secondment',
  costs: 'Who pays',
  diversity: 'Diversity statement',
  evidence: 'How experience is proved',
};

/** A part the parser reports (`duties`, `standing.costs`), as the editor labels it. */
export const noticePartLabel = (part: string): string => {
  const name = partOfField(part);
  const spec = [...before, ...after].find((one) => one.name === name);
  return spec?.label ?? (name === 'languages' ? 'Languages' : name in standingLabels ? standingLabels[name as keyof typeof standingLabels] : name);
};

/** Every editor field a parse can report unread, by the parser's part name. */
const partOfField = (part: string) => (part.startsWith('standing.') ? part.slice('standing.'.length) : part);

const languageName = (code: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export interface NoticeEditor {
  element: HTMLElement;
  /** Fills every part; the parts a parse could not read are marked, as the header's unread fields are. */
  fill(notice: VacancyNotice | undefined, unread: readonly NoticeUnread[]): void;
  fields(): NoticeFormFields;
  /** Shows each `notice.*` error beside its field; answers the first field in error. */
  showErrors(errors: ReadonlyMap<string, string>): HTMLElement | undefined;
}

export const noticeEditor = (): NoticeEditor => {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const errorsOf = new Map<string, HTMLElement>();
  const wrappers = new Map<string, HTMLElement>();

  /** A field with its label, hint and error line; `key` is its name in errors (`notice.summary`). */
  const field = (key: string, part: string, label: string, hint: string | undefined, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    const id = input.id;
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    input.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
    input.addEventListener('input', () => input.closest('.form-field')?.classList.remove('field-unread'));
    inputs.set(key, input);
    errorsOf.set(key, error);
    const wrapper = h('div', { class: 'form-field', 'data-notice-part': part }, h('label', { class: 'label', for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : false, input, error);
    wrappers.set(part, wrapper);
    return wrapper;
  };
  const textField = ({ name, label, hint, rows }: TextSpec) =>
    field(`notice.${name}`, name, label, hint, h('textarea', { id: `notice-field-${name}`, name: `notice-${name}`, class: 'input', rows: String(rows), dir: 'auto' }));

  const noticeLanguage = h(
    'select',
    { id: 'notice-field-language', name: 'notice-language', class: 'select' },
    h('option', { value: '' }, 'Not stated (English)'),
    ...(['en', 'fr', 'es', 'ar'] as const).map((code) => h('option', { value: code }, languageName(code))),
  );
  const minimumYears = h('input', { id: 'notice-field-minimumYears', name: 'notice-minimumYears', class: 'input', type: 'number', min: '1', max: '40', step: '1' });

  // The languages: one row each, added and removed by HR.
  const rows = h('div', { class: 'language-rows' });
  const rowFields: Array<Record<keyof LanguageRowFields, HTMLInputElement | HTMLSelectElement>> = [];
  const select = (id: string, options: ReadonlyArray<[string, string]>, value: string) => {
    const element = h('select', { id, class: 'select' }, ...options.map(([option, text]) => h('option', { value: option }, text)));
    if (!options.some(([option]) => option === value)) element.append(h('option', { value }, value));
    element.value = value;
    return element;
  };
  const renderRows = (values: readonly LanguageRowFields[]) => {
    for (const key of [...inputs.keys()].filter((name) => name.startsWith('notice.languages.'))) {
      inputs.delete(key);
      errorsOf.delete(key);
    }
    rowFields.length = 0;
    rows.replaceChildren(
      ...values.map((value, index) => {
        const id = (input: string) => `notice-language-${index}-${input}`;
        const controls = {
          language: select(id('language'), [['', '—'], ...noticeLanguageCodes.map((code): [string, string] => [code, `${languageName(code)} (${code})`])], value.language),
          level: select(id('level'), [['', 'Not stated'], ...cefrLevels.map((level): [string, string] => [level, level])], value.level),
          need: select(id('need'), requirementNeeds.map((need): [string, string] => [need, need === 'asset' ? 'An asset' : 'Required']), value.need),
          wording: h('input', { id: id('wording'), class: 'input', type: 'text', dir: 'auto' }),
          either: h('input', { id: id('either'), class: 'input', type: 'text', inputmode: 'numeric', size: '3' }),
        };
        controls.wording.value = value.wording;
        controls.either.value = value.either;
        rowFields.push(controls);
        const cell = (key: keyof LanguageRowFields, label: string) => {
          const control = controls[key];
          const error = h('p', { class: 'field-error', id: `${control.id}-error`, hidden: true });
          control.setAttribute('aria-describedby', `${control.id}-error`);
          inputs.set(`notice.languages.${index}.${key}`, control);
          errorsOf.set(`notice.languages.${index}.${key}`, error);
          return h('div', { class: `language-cell language-${key}` }, h('label', { class: 'row-label', for: control.id }, label), control, error);
        };
        const remove = h('button', { type: 'button', class: 'button button-quiet', 'aria-label': `Remove language ${index + 1}` }, 'Remove');
        remove.addEventListener('click', () => {
          renderRows(readRows().filter((_, at) => at !== index));
          (rows.querySelector('select') ?? addLanguage).focus();
        });
        return h(
          'div',
          { class: 'language-row', role: 'group', 'aria-label': `Language ${index + 1}` },
          cell('language', 'Language'),
          cell('level', 'CEFR level'),
          cell('need', 'Need'),
          cell('wording', 'The notice’s words'),
          // "English or French": the rows a candidate may choose between share a number.
          cell('either', 'Or group'),
          remove,
        );
      }),
    );
  };
  const readRows = (): LanguageRowFields[] =>
    rowFields.map((row) => ({ language: row.language.value, level: row.level.value, need: row.need.value, wording: row.wording.value, either: row.either.value }));
  const addLanguage = h('button', { type: 'button', class: 'button button-quiet', id: 'notice-language-add' }, 'Add a language');
  addLanguage.addEventListener('click', () => {
    renderRows([...readRows(), { language: '', level: '', need: 'required', wording: '', either: '' }]);
    rowFields.at(-1)?.language.focus();
  });
  const languagesError = h('p', { class: 'field-error', id: 'notice-languages-error', hidden: true });
  errorsOf.set('notice.languages', languagesError);
  const languages = h(
    'fieldset',
    { class: 'fieldset notice-languages', 'data-notice-part': 'languages', 'aria-describedby': 'notice-languages-hint notice-languages-error' },
    h('legend', { class: 'label' }, 'Languages'),
    h('p', { class: 'hint', id: 'notice-languages-hint' }, 'Each language the post needs: the CEFR level the candidate needs, required or an asset, and the notice’s own words (candidates read them). Languages a candidate may choose between (“English or French”) share a number in “Or group”.'),
    rows,
    addLanguage,
    languagesError,
  );
  languages.addEventListener('input', () => languages.classList.remove('field-unread'));
  wrappers.set('languages', languages);

  const element = h(
    'fieldset',
    { class: 'fieldset notice-editor', id: 'notice-editor' },
    h('legend', {}, 'The notice'),
    h('p', { class: 'hint' }, 'What candidates read under the vacancy. Every part is optional; clearing them all removes the notice.'),
    field('notice.language', 'language', 'Written in', undefined, noticeLanguage),
    ...before.map(textField),
    field('notice.minimumYears', 'minimumYears', 'Experience: minimum years', 'Blank when the notice states none.', minimumYears),
    languages,
    ...after.map(textField),
    ...standingKinds.map((kind) => textField({ name: kind, label: standingLabels[kind], hint: ONE_PARAGRAPH, rows: 3 })),
  );

  const textOf = (name: string) => inputs.get(`notice.${name}`)?.value ?? '';
  return {
    element,
    fill(notice, unread) {
      const fields = fieldsFromNotice(notice);
      for (const [key, input] of inputs) {
        const name = key.slice('notice.'.length);
        if (!key.startsWith('notice.languages.') && name in fields) input.value = String(fields[name as keyof NoticeFormFields]);
      }
      renderRows(fields.languages);
      const marked = new Set(unread.map((one) => partOfField(one.part)));
      for (const [part, wrapper] of wrappers) wrapper.classList.toggle('field-unread', marked.has(part));
      this.showErrors(new Map());
    },
    fields: () => ({
      language: noticeLanguage.value,
      summary: textOf('summary'),
      duties: textOf('duties'),
      education: textOf('education'),
      experience: textOf('experience'),
      minimumYears: minimumYears.value,
      languages: readRows(),
      abilities: textOf('abilities'),
      aptitudes: textOf('aptitudes'),
      ...(Object.fromEntries(standingKinds.map((kind) => [kind, textOf(kind)])) as Record<(typeof standingKinds)[number], string>),
    }),
    showErrors(errors) {
      for (const [key, error] of errorsOf) {
        const message = errors.get(key);
        error.textContent = message ?? '';
        error.hidden = !message;
        inputs.get(key)?.toggleAttribute('aria-invalid', Boolean(message));
      }
      const first = [...errors.keys()].find((key) => errorsOf.has(key));
      return first === undefined ? undefined : (inputs.get(first) ?? rowFields[0]?.language ?? addLanguage);
    },
  };
};
