import { missingItemLabels, type MissingItem } from '#shared/applications/application.js';
import { documentKinds, documentLabels, type DocumentKind } from '#shared/documents/kinds.js';
import { DOCUMENT_ACCEPT } from '../document-accept.js';
import { formatBytes, formatInstant, lastMinuteBefore } from '../format.js';
import { callApi, statusLink } from './api.js';
import type { ApplicationView, Credentials } from './answers.js';
import { capitalise, focusOn, h, type Child } from './dom.js';
import { contentTypeName } from './files.js';
import { shortDocumentNames, statusWords, vacancyCancelledWords } from './labels.js';
import { inReaderTime } from './reader-time.js';
import { uploadRow } from './upload-row.js';

export interface PanelOptions {
  credentials: Credentials;
  /** The receipt (right after submitting) shows the status link; the status page offers withdrawal. */
  variant: 'receipt' | 'status';
  /** Fetches the application again and redraws the panel, saying `news` to screen readers. */
  refresh(news: string): Promise<void>;
}

const isDocument = (item: MissingItem): item is MissingItem & DocumentKind => (documentKinds as readonly string[]).includes(item);

const stationAndReaderTime = (iso: string, timeZone: string, location: string): Child[] => {
  const instant = new Date(iso);
  const reader = inReaderTime(instant, timeZone);
  return [`${formatInstant(instant, timeZone)} (${location} time)`, reader && h('span', { class: 'reader-time' }, reader)];
};

const summaryRow = (term: string, ...value: Child[]) => h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, ...value));

const receivedList = (view: ApplicationView) => {
  const received = documentKinds.filter((kind) => view.documents[kind]);
  if (received.length === 0) return h('p', { class: 'muted' }, 'No documents yet.');
  return h(
    'ul',
    { class: 'document-list', id: 'documents-received' },
    ...received.map((kind) => {
      const document = view.documents[kind];
      return h(
        'li',
        { class: 'document document-received', 'data-kind': kind },
        h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
        h('span', {}, h('strong', {}, capitalise(documentLabels[kind])), document && ` · ${contentTypeName(document.contentType)}, ${formatBytes(document.size)}, received ${formatInstant(new Date(document.receivedAt))}`),
        kind === 'confirmationLetter' && view.letterAwaitsNcb
          ? h('p', { class: 'hint', id: 'letter-awaits-ncb' }, 'Your copy is in. It counts once your NCB confirms it: ask your NCB to confirm it before the deadline.')
          : null,
      );
    }),
  );
};

/** A file picker and an Upload button for one document, with its own progress row. */
const uploadControl = (kind: DocumentKind, options: PanelOptions) => {
  const id = `upload-${kind}`;
  const label = capitalise(documentLabels[kind]);
  const input = h('input', { class: 'file', type: 'file', id, accept: DOCUMENT_ACCEPT, 'aria-describedby': `${id}-hint ${id}-error` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const button = h('button', { class: 'button button-secondary', type: 'button' }, `Upload ${shortDocumentNames[kind]}`);
  const rows = h('ul', { class: 'upload-list' });
  button.addEventListener('click', () => {
    void (async () => {
      const file = input.files?.[0];
      error.hidden = true;
      if (!file) {
        error.textContent = 'Choose a file first.';
        error.hidden = false;
        input.focus();
        return;
      }
      button.disabled = true;
      const row = uploadRow(options.credentials, kind);
      rows.replaceChildren(row.element);
      const received = await row.send(file);
      button.disabled = false;
      if (received) await options.refresh(`${label} received.`);
    })();
  });
  return h(
    'div',
    { class: 'field upload-control', 'data-field': id },
    h('label', { class: 'label label-small', for: id }, `Upload your ${documentLabels[kind]}`),
    h('p', { class: 'hint', id: `${id}-hint` }, 'PDF or Word (.docx), up to 10 MB.'),
    error,
    h('div', { class: 'upload-picker' }, input, button),
    rows,
  );
};

const missingList = (view: ApplicationView, options: PanelOptions) => {
  if (view.missing.length === 0) return h('p', {}, 'Nothing is missing: your application is complete.');
  return h(
    'ul',
    { class: 'document-list', id: 'still-needed' },
    ...view.missing.map((item) =>
      h(
        'li',
        { class: 'document document-missing', 'data-missing': item },
        h('span', { class: 'cross', 'aria-hidden': 'true' }, '!'),
        h(
          'div',
          { class: 'missing-body' },
          h('strong', {}, capitalise(isDocument(item) ? documentLabels[item] : missingItemLabels[item])),
          item === 'ncbValidation'
            ? h('p', { class: 'hint' }, 'Your NCB checks your application and tells us. You do not need to do anything.')
            : item === 'confirmationLetter' && view.letterAwaitsNcb
              ? h('p', { class: 'hint' }, 'Your copy is in; it counts once your NCB confirms it. You need not upload it again unless it was the wrong file.')
              : item === 'confirmationLetter'
                ? h('p', { class: 'hint' }, 'It comes through your NCB: ask your home administration to send it to your NCB. You can upload a copy here too; it counts once your NCB confirms it.')
                : null,
          isDocument(item) && view.canUpload ? uploadControl(item, options) : null,
        ),
      ),
    ),
  );
};

/** The cover letter is optional, so never "missing"; it can still be added while uploads are open. */
const optionalUploads = (view: ApplicationView, options: PanelOptions) =>
  view.canUpload && !view.documents.coverLetter
    ? h('details', { class: 'optional-upload' }, h('summary', {}, 'Add a cover letter (optional)'), uploadControl('coverLetter', options))
    : null;

const statusLinkBox = (credentials: Credentials) => {
  const link = statusLink(credentials.applicationId, credentials.statusToken);
  const copy = h('button', { class: 'button button-secondary', type: 'button' }, 'Copy link');
  const copied = h('span', { class: 'hint', role: 'status' });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = 'Select the link and copy it.'),
    );
  });
  return h(
    'section',
    { class: 'status-link', 'aria-labelledby': 'status-link-heading' },
    h('h3', { id: 'status-link-heading' }, 'Your private status link'),
    h('p', {}, 'Open it to see your application, upload missing documents or withdraw. Anyone with this link can do so: keep it to yourself. It is also in your receipt email.'),
    h('p', { class: 'status-link-url' }, h('a', { href: link, id: 'status-link' }, 'Open your status page')),
    h('p', { class: 'status-link-actions' }, copy, ' ', copied),
  );
};

const withdrawBox = (view: ApplicationView, options: PanelOptions) => {
  const start = h('button', { class: 'button button-secondary', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'withdraw-confirm' }, 'Withdraw application');
  const yes = h('button', { class: 'button button-danger', type: 'button' }, 'Yes, withdraw');
  const no = h('button', { class: 'button button-secondary', type: 'button' }, 'No, keep it');
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  const question = h('p', { id: 'withdraw-question' }, h('strong', {}, `Withdraw your application for vacancy ${view.vacancy.number}?`), ' You cannot undo this.');
  const confirm = h('div', { class: 'confirm', id: 'withdraw-confirm', role: 'group', 'aria-labelledby': 'withdraw-question', hidden: true }, question, error, h('p', { class: 'button-row' }, yes, no));
  start.addEventListener('click', () => {
    confirm.hidden = false;
    start.setAttribute('aria-expanded', 'true');
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    start.setAttribute('aria-expanded', 'false');
    start.focus();
  });
  yes.addEventListener('click', () => {
    void (async () => {
      yes.disabled = true;
      try {
        await callApi('POST', `applications/${encodeURIComponent(options.credentials.applicationId)}/withdraw`, {
          statusToken: options.credentials.statusToken,
        });
        await options.refresh('Your application has been withdrawn.');
      } catch (failure) {
        error.textContent = failure instanceof Error ? failure.message : 'The application could not be withdrawn. Please try again.';
        error.hidden = false;
        yes.disabled = false;
      }
    })();
  });
  return h(
    'section',
    { class: 'withdraw', 'aria-labelledby': 'withdraw-heading' },
    h('h3', { id: 'withdraw-heading' }, 'Withdraw your application'),
    h('p', {}, 'If you no longer wish to be considered for this post, you can withdraw your application.'),
    start,
    confirm,
  );
};

/**
 * An application whose address is not confirmed does not count yet: the panel says so first, and
 * where to confirm (the link in the email, which this page never has), or that it is too late.
 */
const confirmationNotice = (view: ApplicationView) => {
  if (view.confirmation === 'pending') {
    return h(
      'section',
      { class: 'notice notice-unconfirmed', id: 'confirmation-notice', 'data-confirmation': 'pending' },
      h('h3', {}, 'Confirm your email address'),
      h('p', {}, 'We have sent an email to the address in your application. Open the link in that email to confirm the address. Until you do, your application does not count.'),
      view.confirmBy ? h('p', {}, h('strong', {}, `Confirm it by ${formatInstant(new Date(view.confirmBy), view.vacancy.timeZone)} (${view.vacancy.location} time).`), ' An application not confirmed by then is deleted.') : null,
    );
  }
  if (view.confirmation === 'expired') {
    return h(
      'section',
      { class: 'notice notice-unconfirmed', id: 'confirmation-notice', 'data-confirmation': 'expired' },
      h('h3', {}, 'This application was not confirmed in time'),
      h('p', {}, 'Its email address was not confirmed before the link expired, so it does not count and will be deleted. If you wish to apply, please submit the form again.'),
    );
  }
  return null;
};

/** What the candidate sees of their application: on the receipt after submitting, and on the status page. The heading names the vacancy; the page says what just happened. */
export const applicationPanel = (view: ApplicationView, options: PanelOptions): HTMLElement => {
  const words = view.endedBecause === 'vacancy-cancelled' ? vacancyCancelledWords : statusWords[view.status];
  const heading = h('h2', { id: 'application-heading', class: 'panel-heading' }, `Vacancy ${view.vacancy.number}: ${view.vacancy.title}`);
  const lastMinute = lastMinuteBefore(new Date(view.closesAt)).toISOString();
  return h(
    'div',
    { class: 'panel application-panel', 'data-status': view.status, 'data-confirmation': view.confirmation },
    heading,
    confirmationNotice(view),
    h('p', { class: 'status-line' }, h('span', { class: `badge badge-${view.status}`, id: 'application-status' }, words.name), ' ', words.meaning),
    h(
      'dl',
      { class: 'facts facts-summary' },
      summaryRow('Submitted', formatInstant(new Date(view.submittedAt))),
      summaryRow('Deadline', ...stationAndReaderTime(lastMinute, view.vacancy.timeZone, view.vacancy.location)),
      summaryRow('Duty station', view.vacancy.location),
      summaryRow('Reference', h('code', {}, view.applicationId)),
    ),
    h('h3', {}, 'Documents received'),
    receivedList(view),
    h('h3', {}, 'Still needed'),
    missingList(view, options),
    optionalUploads(view, options),
    view.missing.some(isDocument) && view.canUpload
      ? h('p', { class: 'hint' }, `Missing documents must reach us before the deadline: ${formatInstant(new Date(lastMinute), view.vacancy.timeZone)} (${view.vacancy.location} time).`)
      : null,
    options.variant === 'receipt' ? statusLinkBox(options.credentials) : null,
    options.variant === 'status' && view.canWithdraw ? withdrawBox(view, options) : null,
  );
};

/** Puts the panel in place and moves focus to `focus` (by default its heading), so keyboard and screen-reader users land on the news. */
export const showPanel = (root: HTMLElement, panel: HTMLElement, focus?: HTMLElement): void => {
  root.replaceChildren(panel);
  const target = focus ?? panel.querySelector<HTMLElement>('.panel-heading');
  if (target) focusOn(target);
};
