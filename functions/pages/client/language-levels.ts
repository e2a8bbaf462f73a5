/**
 * The level of each language chosen (issue 15, point 3): a row per language ticked or picked above,
 * in the same order, its name as the page shows it for label and a select of the CEFR levels in
 * the page's words (the page's `#level-options` template). A level already chosen stays with its
 * language when others come and go; a language removed takes its row with it.
 */
import { h } from './dom.js';

interface Chosen {
  code: string;
  name: string;
}

/** The languages chosen, in page order: the working-language boxes, then the other languages' chips. */
const chosenLanguages = (form: HTMLFormElement): Chosen[] => [
  ...[...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="languages"]:checked')].map((input) => ({
    code: input.value,
    name: form.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.value,
  })),
  ...[...form.querySelectorAll<HTMLElement>('#chosen-languages .chosen-language')].map((chip) => ({
    code: chip.dataset.value ?? '',
    name: chip.querySelector('span')?.textContent ?? chip.dataset.value ?? '',
  })),
];

export function wireLanguageLevels(form: HTMLFormElement): void {
  const field = document.getElementById('language-levels-field');
  const list = document.getElementById('language-levels');
  const template = document.getElementById('level-options');
  if (!field || !list || !(template instanceof HTMLTemplateElement)) return;

  const row = ({ code, name }: Chosen): HTMLElement => {
    const id = `level-${code}`;
    const select = h('select', { class: 'select', id, 'data-language': code, required: true, 'aria-describedby': `${id}-asks languageLevels-hint languageLevels-error` });
    select.append(template.content.cloneNode(true));
    return h(
      'div',
      { class: 'level-row', 'data-language': code },
      h('label', { class: 'label label-small', for: id }, name),
      select,
      h('p', { class: 'hint level-asks', id: `${id}-asks`, hidden: true }),
    );
  };

  /** What the chosen vacancy's notice asks of each language (the server worded it: form-view.ts), under its row; nothing where it asks nothing. */
  const showAsks = () => {
    const vacancy = form.querySelector<HTMLInputElement>('input[name="vacancy"]:checked');
    for (const note of list.querySelectorAll<HTMLElement>('.level-asks')) {
      const said = vacancy?.getAttribute(`data-ask-${note.closest<HTMLElement>('.level-row')?.dataset.language ?? ''}`) ?? '';
      note.textContent = said;
      note.hidden = said === '';
    }
  };

  const sync = () => {
    const rows = new Map([...list.querySelectorAll<HTMLElement>('.level-row')].map((existing) => [existing.dataset.language ?? '', existing]));
    const wanted = chosenLanguages(form).map((chosen) => rows.get(chosen.code) ?? row(chosen));
    const unchanged = wanted.length === list.children.length && wanted.every((wantedRow, index) => list.children[index] === wantedRow);
    if (!unchanged) list.replaceChildren(...wanted);
    field.hidden = wanted.length === 0;
    showAsks();
    // The form rechecks the levels' message if it is showing (form.ts listens for changes in a field).
    list.dispatchEvent(new Event('change', { bubbles: true }));
  };

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && (target.name === 'languages' || target.id === 'language-filter')) sync();
    if (target instanceof HTMLInputElement && target.name === 'vacancy') showAsks();
  });
  // After the reset's own changes (the picker's chips go in its reset listener).
  form.addEventListener('reset', () => window.setTimeout(sync));
  sync();
}
