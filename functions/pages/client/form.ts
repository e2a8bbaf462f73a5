/** The script of `GET /`: checks the form with the shared schema, submits, uploads, shows the receipt. */
import * as z from '#shared/zod.js';
import { documentKinds, type DocumentKind } from '#shared/documents/kinds.js';
import { ApiError, callApi, newIdempotencyKey, type Problem } from './api.js';
import type { ApplicationView, Credentials, SubmitAnswer } from './answers.js';
import { applicationPanel, showPanel } from './application-panel.js';
import { byId, focusOn, h } from './dom.js';
import { clearFieldErrors, recheckFieldError, showFieldErrors } from './form-errors.js';
import { wireLanguageLevels } from './language-levels.js';
import { wireLanguagePicker } from './language-picker.js';
import { pageProfile, wireStatusFields } from './page-profile.js';
import { fillReaderTimes, readerTimeZone } from './reader-time.js';
import { readFiles, readSubmission } from './read-form.js';
import { uploadRow } from './upload-row.js';
import { checkSubmission, fieldErrorsFromProblem, inPageOrder, type FieldError } from './validation.js';
import { formatList } from '#shared/i18n/format.js';
import { describeFileProblem } from './files.js';
import { language, rich, t, words } from './words.js';

// The page's CSP has no 'unsafe-eval': tell zod not to try compiling parsers with new Function.
z.config({ jitless: true });

fillReaderTimes();

const form = document.getElementById('application-form');
if (form instanceof HTMLFormElement) wireForm(form);

function wireForm(form: HTMLFormElement): void {
  wireLanguages(form);
  wireStatusFields(form);
  const profile = pageProfile(form);
  const button = byId('submit-button', HTMLButtonElement);
  const state = byId('submit-state', HTMLElement);
  /** The Idempotency-Key of the attempt in progress: the same request sent again keeps its key. */
  let attempt: { body: string; key: string } | undefined;
  let busy = false;

  const documentErrors = (files: Partial<Record<DocumentKind, File>>): FieldError[] => [
    ...(files.cv ? [] : [{ field: 'cv', message: t('form.error.attachCv') }]),
    ...documentKinds.flatMap((kind) => {
      const file = files[kind];
      const problem = file && describeFileProblem(file, words);
      return problem ? [{ field: kind, message: problem }] : [];
    }),
  ];

  /** The form checked as it is now: the shared schema's verdict, and every problem with it or with the files, in page order. */
  const checkForm = () => {
    // The page's language and the browser's time zone go with the answers: every later email uses them.
    const checked = checkSubmission({ ...readSubmission(form), language, timeZone: readerTimeZone() }, words, profile);
    const errors = inPageOrder([...(checked.ok ? [] : checked.errors), ...documentErrors(readFiles(form))]);
    return { checked, errors };
  };

  const recheck = (event: Event) => {
    const wrapper = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-field]') : null;
    const field = wrapper?.dataset.field;
    if (!field || !wrapper.classList.contains('field-invalid')) return;
    recheckFieldError(form, field, checkForm().errors.find((error) => error.field === field)?.message);
  };
  form.addEventListener('input', recheck);
  form.addEventListener('change', recheck);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    void submit();
  });

  async function submit(): Promise<void> {
    clearFieldErrors(form);
    const { checked, errors } = checkForm();
    if (!checked.ok || errors.length > 0) {
      showFieldErrors(form, errors);
      return;
    }
    const body = JSON.stringify(checked.submission);
    if (attempt?.body !== body) attempt = { body, key: newIdempotencyKey() };
    busy = true;
    button.disabled = true;
    state.textContent = t('form.sending');
    try {
      const answer = await callApi<SubmitAnswer>('POST', 'applications', { body, idempotencyKey: attempt.key });
      await afterSubmission(answer, readFiles(form), checked.submission.email);
    } catch (error) {
      state.textContent = '';
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.type.endsWith('/idempotency-key-reused')) attempt = undefined;
      showFieldErrors(form, problemErrors(error.problem));
    } finally {
      busy = false;
      button.disabled = false;
    }
  }

  /** Uploads each chosen file, then shows the receipt from the API's own view of the application. */
  async function afterSubmission(answer: SubmitAnswer, files: Partial<Record<DocumentKind, File>>, email: string): Promise<void> {
    const credentials: Credentials = { applicationId: answer.applicationId, statusToken: answer.statusToken };
    form.hidden = true;
    for (const section of document.querySelectorAll<HTMLElement>('.notice, .lead')) section.hidden = true;
    const uploads = byId('uploads', HTMLElement);
    const heading = byId('uploads-heading', HTMLElement);
    const list = byId('upload-list', HTMLUListElement);
    const chosen = documentKinds.filter((kind) => files[kind]);
    if (chosen.length > 0) {
      uploads.hidden = false;
      focusOn(heading);
      for (const kind of chosen) {
        const row = uploadRow(credentials, kind);
        list.append(row.element);
        const file = files[kind];
        // A file that did not arrive keeps its row, with the reason; the receipt offers to send it again.
        if (file && (await row.send(file, answer.uploads[kind]))) row.element.remove();
      }
    }
    heading.textContent = t('form.uploads.someFailed');
    uploads.hidden = list.children.length === 0;
    await showReceipt(credentials, email, t('form.received.news'));
  }

  async function showReceipt(credentials: Credentials, email: string, news: string): Promise<void> {
    const receipt = byId('receipt', HTMLElement);
    const title = document.querySelector('h1');
    document.title = `${t('form.received.title')} – Secondment Hub`;
    if (title) {
      title.textContent = t('form.received.title');
      title.classList.add('heading-done');
    }
    const intro = h('p', { class: 'lead' }, ...rich('form.received.intro', { email }));
    receipt.hidden = false;
    try {
      const view = await callApi<ApplicationView>('GET', `applications/${encodeURIComponent(credentials.applicationId)}`, {
        statusToken: credentials.statusToken,
      });
      const panel = applicationPanel(view, {
        credentials,
        variant: 'receipt',
        refresh: (next) => showReceipt(credentials, email, next),
      });
      showPanel(receipt, h('div', {}, intro, panel), title ?? undefined);
      announce(news);
    } catch {
      // The application exists even if its view could not be fetched: the status link still works.
      showPanel(
        receipt,
        h('div', { class: 'panel' }, intro, h('p', {}, t('form.received.notLoaded'))),
        title ?? undefined,
      );
    }
  }
}

/** Tells screen readers what just happened, from a live region outside the (by then hidden) form. */
const announce = (news: string) => {
  const live = document.getElementById('page-news');
  if (live) live.textContent = news;
};

/** A refusal from the API, placed beside the fields it names; the rest goes to the list at the top. */
const problemErrors = (problem: Problem): FieldError[] => {
  if (problem.errors.length > 0) return fieldErrorsFromProblem(problem.errors);
  const words = problem.detail || problem.title;
  if (problem.status === 409) return [{ field: 'email', message: words }];
  if (problem.status === 404 || problem.type.endsWith('/vacancy-closed')) return [{ field: 'vacancy', message: words }];
  if (problem.status === 0 || problem.status >= 500) return [{ field: 'form', message: t('form.error.keepAnswers', { problem: `${problem.title}. ${problem.detail}` }) }];
  return [{ field: 'form', message: words }];
};

/** Says which languages are chosen, from the working-language boxes and the other-languages widget. */
function wireLanguages(form: HTMLFormElement): void {
  wireLanguagePicker(form);
  wireLanguageLevels(form);
  const chosen = document.getElementById('languages-chosen');
  const sayChosen = () => {
    if (!chosen) return;
    const working = [...form.querySelectorAll<HTMLInputElement>('input[name="languages"]:checked')].map(
      (input) => form.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.value,
    );
    const others = [...form.querySelectorAll<HTMLElement>('#chosen-languages .chosen-language span')].map((name) => name.textContent ?? '');
    const names = [...working, ...others];
    chosen.textContent = names.length > 0 ? t('form.languages.chosen', { names: formatList(language, names) }) : '';
  };
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && (event.target.name === 'languages' || event.target.id === 'language-filter')) sayChosen();
  });
}
