/**
 * The "Other languages" widget: WAI-ARIA Authoring Practices' editable combobox with a list
 * (here always shown, and multi-select), so some 180 languages take one tab stop. Focus stays in
 * the text field; the active option is named by aria-activedescendant.
 * - Typing filters the list (type-ahead); a polite live region says how many languages match.
 * - Down and Up move through the shown languages, Home and End (once in the list) to the first and
 *   last, Page Down and Page Up by ten.
 * - Space or Enter chooses the active language, or removes it if chosen; Enter with no active one
 *   chooses the only match. Enter never submits the form from here. Escape clears the filter.
 * - Each chosen language is listed below the widget with a Remove button, and carries a hidden
 *   `languages` input, so the form reads the same values as from the working-language boxes.
 */
import { h } from './dom.js';
import { language, t } from './words.js';

const PAGE = 10;

export function wireLanguagePicker(form: HTMLFormElement): void {
  const input = document.getElementById('language-filter');
  const listbox = document.getElementById('other-languages');
  const matches = document.getElementById('language-matches');
  const chosenList = document.getElementById('chosen-languages');
  if (!(input instanceof HTMLInputElement) || !listbox || !matches || !chosenList) return;
  const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  let active: HTMLElement | undefined;
  let announceTimer: number | undefined;

  const shown = () => options.filter((option) => !option.hidden);
  const nameOf = (option: HTMLElement) => option.textContent ?? '';

  const setActive = (option: HTMLElement | undefined) => {
    active?.classList.remove('language-option-active');
    active = option;
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.classList.add('language-option-active');
    input.setAttribute('aria-activedescendant', option.id);
    // Scroll the list only: the page stays where it is.
    const top = option.offsetTop;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (top + option.offsetHeight > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = top + option.offsetHeight - listbox.clientHeight;
  };

  const announce = (text: string) => {
    window.clearTimeout(announceTimer);
    // A short pause, so a fast typist hears the count once, not after every letter.
    announceTimer = window.setTimeout(() => {
      matches.textContent = text;
    }, 300);
  };

  const filter = () => {
    const wanted = input.value.trim().toLocaleLowerCase(language);
    for (const option of options) option.hidden = wanted !== '' && !nameOf(option).toLocaleLowerCase(language).includes(wanted);
    setActive(undefined);
    const count = shown().length;
    announce(wanted === '' ? t('form.otherLanguages.all', { count }) : t('form.otherLanguages.matches', { count }));
  };

  const chipOf = (option: HTMLElement) => chosenList.querySelector<HTMLElement>(`[data-value="${option.dataset.value ?? ''}"]`);

  const toggle = (option: HTMLElement) => {
    const selected = option.getAttribute('aria-selected') !== 'true';
    option.setAttribute('aria-selected', String(selected));
    if (selected) {
      const remove = h('button', { type: 'button', class: 'chosen-remove', 'aria-label': t('form.otherLanguages.remove', { name: nameOf(option) }) }, '✕');
      remove.addEventListener('click', () => {
        const chip = remove.closest('li');
        const next = chip?.nextElementSibling?.querySelector('button') ?? chip?.previousElementSibling?.querySelector('button') ?? input;
        toggle(option);
        next.focus();
      });
      chosenList.append(
        h('li', { class: 'chosen-language', 'data-value': option.dataset.value }, h('input', { type: 'hidden', name: 'languages', value: option.dataset.value }), h('span', {}, nameOf(option)), remove),
      );
    } else {
      chipOf(option)?.remove();
    }
    // The form rechecks a field in error on change, and says which languages are chosen.
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const move = (to: (list: HTMLElement[], index: number) => number) => {
    const list = shown();
    if (list.length === 0) return;
    const index = active ? list.indexOf(active) : -1;
    setActive(list[Math.max(0, Math.min(list.length - 1, to(list, index)))]);
  };

  input.addEventListener('input', filter);
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        move((_, index) => index + 1);
        break;
      case 'ArrowUp':
        if (active && shown().indexOf(active) === 0) setActive(undefined);
        else move((list, index) => (index < 0 ? list.length - 1 : index - 1));
        break;
      case 'PageDown':
        move((_, index) => index + PAGE);
        break;
      case 'PageUp':
        move((_, index) => index - PAGE);
        break;
      case 'Home':
      case 'End':
        // In the text, Home and End move the caret; in the list, to its ends.
        if (!active) return;
        move((list) => (event.key === 'Home' ? 0 : list.length - 1));
        break;
      case ' ':
        if (!active) return;
        toggle(active);
        break;
      case 'Enter': {
        const only = shown();
        const target = active ?? (only.length === 1 ? only[0] : undefined);
        if (target) toggle(target);
        break;
      }
      case 'Escape':
        if (input.value === '' && !active) return;
        input.value = '';
        filter();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
  input.addEventListener('blur', () => setActive(undefined));

  // A click chooses without taking focus from the text field, where the keyboard carries on.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (!option) return;
    input.focus();
    setActive(option);
    toggle(option);
  });

  // The form was reset or filled by the browser: nothing to restore, the hidden inputs are ours.
  form.addEventListener('reset', () => {
    for (const option of options) if (option.getAttribute('aria-selected') === 'true') toggle(option);
  });
}
