import type { MissingItem } from '#shared/applications/application.js';
import { DOCX, documentKinds, MAX_DOCUMENT_BYTES, PDF, type DocumentKind } from '#shared/documents/kinds.js';
import { instantInDutyStation } from '#shared/email/deadline-text.js';
import { formatDate, formatTime } from '#shared/i18n/format.js';
import { DOCUMENT_ACCEPT } from '../document-accept.js';
import { formatSize, lastMinuteBefore } from '../format.js';
import { callApi, statusLink } from './api.js';
import type { ApplicationView, Credentials } from './answers.js';
import { focusOn, h, type Child } from './dom.js';
import { inReaderTime, readerTimeZone } from './reader-time.js';
import { uploadRow } from './upload-row.js';
import { inEnglish, language, rich, t, words } from './words.js';

export interface PanelOptions {
  credentials: Credentials;
  /** The receipt (right after submitting) shows the status link; the status page offers withdrawal. */
  variant: 'receipt' | 'status';
  /** Fetches the application again and redraws the panel, saying `news` to screen readers. */
  refresh(news: string): Promise<void>;
}

const isDocument = (item: MissingItem): item is MissingItem & DocumentKind => (documentKinds as readonly string[]).includes(item);

/** An instant as the duty station reads it, with its zone and offset (the emails' formatter), in the page's language. */
const inDutyStation = (iso: string, view: ApplicationView): string => instantInDutyStation(words, new Date(iso), view.vacancy);

const stationAndReaderTime = (iso: string, view: ApplicationView): Child[] => {
  const reader = inReaderTime(new Date(iso), view.vacancy.timeZone);
  return [inDutyStation(iso, view), reader && h('span', { class: 'reader-time' }, reader)];
};

/** When something happened, in the reader's own zone (the browser's): a date and a 24-hour time. */
const localDateTime = (iso: string) => ({ date: formatDate(language, new Date(iso), readerTimeZone()), time: formatTime(language, new Date(iso), readerTimeZone()) });

const typeName = (contentType: string): string =>
  t('panel.type', { type: contentType === PDF ? 'pdf' : contentType === DOCX ? 'docx' : contentType });

/** A fact of the summary; `id` names it for what is added beside it later (a call's mission: mission.ts). */
const summaryRow = (term: string, ...value: Child[]) => h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, ...value));
const namedRow = (id: string, term: string, ...value: Child[]) => h('div', { class: 'fact', 'data-fact': id }, h('dt', {}, term), h('dd', {}, ...value));

const receivedList = (view: ApplicationView) => {
  const received = documentKinds.filter((kind) => view.documents[kind]);
  if (received.length === 0) return h('p', { class: 'muted' }, t('panel.noDocuments'));
  return h(
    'ul',
    { class: 'document-list', id: 'documents-received' },
    ...received.map((kind) => {
      const document = view.documents[kind];
      return h(
        'li',
        { class: 'document document-received', 'data-kind': kind },
        h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
        h(
          'span',
          {},
          h('strong', {}, t('panel.document', { kind })),
          document && ` · ${t('panel.received', { type: typeName(document.contentType), size: formatSize(language, document.size), ...localDateTime(document.receivedAt) })}`,
        ),
        kind === 'confirmationLetter' && view.letterAwaitsNcb
          ? h('p', { class: 'hint', id: 'letter-awaits-ncb' }, t('panel.letterAwaitsNcb'))
          : null,
      );
    }),
  );
};

/** A file picker and an Upload button for one document, with its own progress row. */
const uploadControl = (kind: DocumentKind, options: PanelOptions) => {
  const id = `upload-${kind}`;
  const input = h('input', { class: 'file', type: 'file', id, accept: DOCUMENT_ACCEPT, 'aria-describedby': `${id}-hint ${id}-error` });
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const button = h('button', { class: 'button button-secondary', type: 'button' }, t('panel.upload.button', { kind }));
  const rows = h('ul', { class: 'upload-list' });
  button.addEventListener('click', () => {
    void (async () => {
      const file = input.files?.[0];
      error.hidden = true;
      if (!file) {
        error.textContent = t('panel.upload.chooseFirst');
        error.hidden = false;
        input.focus();
        return;
      }
      button.disabled = true;
      const row = uploadRow(options.credentials, kind);
      rows.replaceChildren(row.element);
      const received = await row.send(file);
      button.disabled = false;
      if (received) await options.refresh(t('panel.upload.received', { kind }));
    })();
  });
  return h(
    'div',
    { class: 'field upload-control', 'data-field': id },
    h('label', { class: 'label label-small', for: id }, t('panel.upload.label', { kind })),
    h('p', { class: 'hint', id: `${id}-hint` }, t('panel.upload.hint', { size: formatSize(language, MAX_DOCUMENT_BYTES) })),
    error,
    h('div', { class: 'upload-picker' }, input, button),
    rows,
  );
};

const missingList = (view: ApplicationView, options: PanelOptions) => {
  if (view.missing.length === 0) return h('p', {}, t('panel.nothingMissing'));
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
          h('strong', {}, t('panel.missing', { item })),
          item === 'ncbValidation'
            ? h('p', { class: 'hint' }, t('panel.missing.ncbValidation'))
            : item === 'release'
              ? h('p', { class: 'hint' }, t('panel.missing.release'))
              : item === 'confirmationLetter' && view.letterAwaitsNcb
              ? h('p', { class: 'hint' }, t('panel.missing.letterAwaitsNcb'))
              : item === 'confirmationLetter'
                ? h('p', { class: 'hint' }, t('panel.missing.letter'))
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
    ? h('details', { class: 'optional-upload' }, h('summary', {}, t('panel.addCoverLetter')), uploadControl('coverLetter', options))
    : null;

const statusLinkBox = (credentials: Credentials) => {
  const link = statusLink(credentials.applicationId, credentials.statusToken);
  const copy = h('button', { class: 'button button-secondary', type: 'button' }, t('panel.statusLink.copy'));
  const copied = h('span', { class: 'hint', role: 'status' });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copied.textContent = t('panel.statusLink.copied')),
      () => (copied.textContent = t('panel.statusLink.copyByHand')),
    );
  });
  return h(
    'section',
    { class: 'status-link', 'aria-labelledby': 'status-link-heading' },
    h('h3', { id: 'status-link-heading' }, t('panel.statusLink.heading')),
    h('p', {}, t('panel.statusLink.body')),
    h('p', { class: 'status-link-url' }, h('a', { href: link, id: 'status-link' }, t('panel.statusLink.open'))),
    h('p', { class: 'status-link-actions' }, copy, ' ', copied),
  );
};

const withdrawBox = (view: ApplicationView, options: PanelOptions) => {
  const start = h('button', { class: 'button button-secondary', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'withdraw-confirm' }, t('panel.withdraw.start'));
  const yes = h('button', { class: 'button button-danger', type: 'button' }, t('panel.withdraw.yes'));
  const no = h('button', { class: 'button button-secondary', type: 'button' }, t('panel.withdraw.no'));
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  const question = h('p', { id: 'withdraw-question' }, h('strong', {}, t('panel.withdraw.question', { number: view.vacancy.number })), ' ', t('panel.withdraw.final'));
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
        await options.refresh(t('panel.withdraw.done'));
      } catch (failure) {
        error.textContent = failure instanceof Error ? failure.message : t('panel.withdraw.failed');
        error.hidden = false;
        yes.disabled = false;
      }
    })();
  });
  return h(
    'section',
    { class: 'withdraw', 'aria-labelledby': 'withdraw-heading' },
    h('h3', { id: 'withdraw-heading' }, t('panel.withdraw.heading')),
    h('p', {}, t('panel.withdraw.body')),
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
      h('h3', {}, t('panel.confirm.heading')),
      h('p', {}, t('panel.confirm.body')),
      view.confirmBy ? h('p', {}, h('strong', {}, t('panel.confirm.by', { when: inDutyStation(view.confirmBy, view) })), ' ', t('panel.confirm.deleted')) : null,
    );
  }
  if (view.confirmation === 'expired') {
    return h(
      'section',
      { class: 'notice notice-unconfirmed', id: 'confirmation-notice', 'data-confirmation': 'expired' },
      h('h3', {}, t('panel.expired.heading')),
      h('p', {}, t('panel.expired.body')),
    );
  }
  return null;
};

/** What the candidate sees of their application: on the receipt after submitting, and on the status page. The heading names the vacancy; the page says what just happened. */
export const applicationPanel = (view: ApplicationView, options: PanelOptions): HTMLElement => {
  const status = view.endedBecause === 'vacancy-cancelled' ? 'cancelled' : view.status;
  const heading = h('h2', { id: 'application-heading', class: 'panel-heading' }, ...rich('panel.heading', { number: view.vacancy.number, title: inEnglish(view.vacancy.title) }));
  const lastMinute = lastMinuteBefore(new Date(view.closesAt)).toISOString();
  return h(
    'div',
    { class: 'panel application-panel', 'data-status': view.status, 'data-confirmation': view.confirmation },
    heading,
    confirmationNotice(view),
    h('p', { class: 'status-line' }, h('span', { class: `badge badge-${view.status}`, id: 'application-status' }, t('panel.statusName', { status })), ' ', t('panel.statusMeaning', { status })),
    h(
      'dl',
      { class: 'facts facts-summary' },
      summaryRow(t('panel.submitted'), t('time.readerZone', { ...localDateTime(view.submittedAt), timeZone: readerTimeZone() })),
      namedRow('deadline', t('panel.deadline'), ...stationAndReaderTime(lastMinute, view)),
      summaryRow(t('panel.dutyStation'), inEnglish(view.vacancy.location)),
      summaryRow(t('panel.reference'), h('code', {}, view.applicationId)),
    ),
    h('h3', {}, t('panel.documentsReceived')),
    receivedList(view),
    h('h3', {}, t('panel.stillNeeded')),
    missingList(view, options),
    optionalUploads(view, options),
    view.missing.some(isDocument) && view.canUpload
      ? h('p', { class: 'hint' }, t('panel.missingBeforeDeadline', { deadline: inDutyStation(lastMinute, view) }))
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
