import { focusOn, h } from './dom.js';
import type { FieldError } from './validation.js';
import { t } from './words.js';

/**
 * The control that takes focus for a field: its input, the chosen (or first) radio, the first of
 * its required controls still empty (a language's level not chosen yet), or its first control.
 */
const controlOf = (form: HTMLFormElement, field: string): HTMLElement | null => {
  const wrapper = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!wrapper) return null;
  return (
    wrapper.querySelector<HTMLElement>('input:checked') ??
    wrapper.querySelector<HTMLElement>('select:invalid') ??
    wrapper.querySelector<HTMLElement>('input, select, textarea')
  );
};

/** A field's message element: by attribute, since a status field's id holds a dot (`applicantStatus.force-error`). */
const errorOf = (field: string) => `[id="${field}-error"]`;

export const clearFieldErrors = (form: HTMLFormElement): void => {
  for (const wrapper of form.querySelectorAll<HTMLElement>('.field-invalid')) wrapper.classList.remove('field-invalid');
  for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const message of form.querySelectorAll<HTMLElement>('.field-error')) {
    message.textContent = '';
    message.hidden = true;
  }
  const summary = form.querySelector<HTMLElement>('#error-summary');
  if (summary) summary.hidden = true;
};

/**
 * Shows each error beside its field and lists them all at the top, each a link to its field; then
 * focuses that list, scrolled into view, so that a screen reader reads every problem first and
 * the keyboard goes on to each field from its link (GOV.UK's error summary pattern).
 */
export const showFieldErrors = (form: HTMLFormElement, errors: readonly FieldError[]): void => {
  clearFieldErrors(form);
  const summary = form.querySelector<HTMLElement>('#error-summary');
  const list = summary?.querySelector('ul');
  list?.replaceChildren();
  for (const { field, message } of errors) {
    const wrapper = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
    const beside = wrapper?.querySelector<HTMLElement>(errorOf(field));
    if (wrapper && beside) {
      wrapper.classList.add('field-invalid');
      beside.replaceChildren(h('span', { class: 'visually-hidden' }, `${t('form.error.prefix')} `), message);
      beside.hidden = false;
      for (const control of wrapper.querySelectorAll('input, select, textarea')) control.setAttribute('aria-invalid', 'true');
    }
    const control = controlOf(form, field);
    const item = control
      ? h('a', { href: `#${control.id}` }, message)
      : h('span', {}, message);
    if (control) {
      item.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
      });
    }
    list?.append(h('li', { 'data-for': field }, item));
  }
  if (!summary || errors.length === 0) return;
  summary.hidden = false;
  focusOn(summary);
  summary.scrollIntoView({ block: 'start' });
};

/**
 * After a field in error changes: its message is updated, or removed once the value is right
 * (here and in the list at the top). Fields not yet in error are left alone until the next submit.
 */
export const recheckFieldError = (form: HTMLFormElement, field: string, message: string | undefined): void => {
  const wrapper = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
  const beside = wrapper?.querySelector<HTMLElement>(errorOf(field));
  if (!wrapper?.classList.contains('field-invalid') || !beside) return;
  const listed = form.querySelector<HTMLElement>(`#error-summary li[data-for="${field}"]`);
  if (message) {
    beside.replaceChildren(h('span', { class: 'visually-hidden' }, `${t('form.error.prefix')} `), message);
    const link = listed?.firstElementChild;
    if (link) link.textContent = message;
    return;
  }
  wrapper.classList.remove('field-invalid');
  for (const control of wrapper.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  beside.replaceChildren();
  beside.hidden = true;
  listed?.remove();
  const summary = form.querySelector<HTMLElement>('#error-summary');
  if (summary && !summary.querySelector('li')) summary.hidden = true;
};
