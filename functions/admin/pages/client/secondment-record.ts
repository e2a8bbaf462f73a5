/**
 * One secondment in the Secondments tab (issue 17, points 1 and 2; docs/secondments.md): its
 * details, documents and extensions, and what the reader may do next. HR (and admins) upload the
 * signed terms, decide extensions and record the end; the NCB of the home administration's country
 * asks, records the home administration's confirmation with its letter (uploaded under a presigned
 * POST, as the first letter was) and withdraws its own ask. Every write carries the version shown:
 * a 409 (someone else changed it meanwhile) reloads the record before anything is tried again.
 */
import { isUnderWay } from '#shared/secondments/extension.js';
import type { ExtensionView, SecondmentView } from '#shared/secondments/view.js';
import { append, byId, focusOn, h, type Child } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { uploadThroughOffer, UploadNotSent } from './presigned-upload.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

type Answer = { secondment: SecondmentView };
type HistoryEntry = { at: string; by: string; action: string };

export const dayText = (date: string): string => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
export const officerName = (secondment: Pick<SecondmentView, 'officer'>): string => [secondment.officer.givenName, secondment.officer.familyName].filter(Boolean).join(' ');
/** ICU's select keys take no hyphen: the catalogue chooses by the state's camel-case name. */
const camel = (state: string): string => state.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

export interface RecordReader {
  /** HR or an admin: HR's actions. */
  hr: boolean;
  /** An NCB officer of a country: the NCB's. */
  ncb: boolean;
}

const field = (id: string, label: string, control: HTMLElement): HTMLElement[] => [h('label', { class: 'label', for: id }, label), control];

export const secondmentRecord = (reader: RecordReader, back: () => void) => {
  const root = byId('secondment-record', HTMLElement);
  let current: SecondmentView | undefined;

  const path = (rest = '') => `admin/secondments/${segment(current?.id ?? '')}${rest}`;

  const reload = async (id: string) => {
    const { secondment, history } = await staffApi<Answer & { history: HistoryEntry[] }>('GET', `admin/secondments/${segment(id)}`);
    show(secondment, history);
  };

  /** Runs a write; its answer is the record now. A 409 reloads it (someone changed it meanwhile). */
  const act = async (button: HTMLButtonElement, write: () => Promise<Answer>, done: (secondment: SecondmentView) => string) => {
    if (!current) return;
    const id = current.id;
    button.disabled = true;
    try {
      const { secondment } = await write();
      show(secondment);
      showMessage(done(secondment), 'success');
      // Read again for the history the write added (the record itself is the write's answer).
      await reload(secondment.id).catch(() => undefined);
    } catch (error) {
      const detail = error instanceof UploadNotSent ? error.message : describeProblem(error);
      showMessage(t('admin.secondments.failed', { detail }), 'error');
      button.disabled = false;
      if (error instanceof StaffApiError && error.status === 409) await reload(id).catch(() => undefined);
    }
  };

  const fileInput = (id: string) =>
    h('input', { type: 'file', id, class: 'input', accept: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

  const openLink = async (button: HTMLButtonElement, linkPath: string) => {
    try {
      const { url } = await staffApi<{ url: string }>('GET', linkPath);
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      showMessage(t('admin.secondments.failed', { detail: describeProblem(error) }), 'error');
      button.focus();
    }
  };

  const details = (s: SecondmentView) => {
    const row = (label: string, value: Child) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', { dir: 'auto' }, value));
    return h(
      'table',
      { class: 'preview', id: 'secondment-details' },
      h(
        'tbody',
        {},
        row(t('admin.secondments.vacancy'), s.vacancy),
        row(t('admin.secondments.post'), `${s.unit}, ${s.dutyStation} (${s.timeZone})`),
        row(t('admin.secondments.typeHeading'), t('admin.secondments.type', { type: s.type })),
        row(t('admin.secondments.run'), t('admin.secondments.runValue', { firstDay: dayText(s.firstDay), lastDay: dayText(s.lastDay) })),
        row(t('admin.secondments.state'), h('span', { id: 'secondment-state' }, t('admin.secondments.stateValue', { state: s.state }))),
        row(t('admin.secondments.homeAdministration'), `${s.homeAdministration} (${s.homeAdministrationCountry})`),
        row(t('admin.secondments.allowance'), t('admin.secondments.allowanceValue', { value: s.expatriationAllowance ? 'yes' : 'no' })),
        row(t('admin.secondments.room'), h('span', { id: 'secondment-room' }, t('admin.secondments.roomValue', { left: s.room.left, limit: s.room.limit }))),
      ),
    );
  };

  /** HR's documents: links to the confirmation letter and the signed terms, and the signed terms' upload. */
  const documents = (s: SecondmentView) => {
    const links = (['confirmationLetter', 'signedTerms'] as const).map((kind) => {
      const name = kind === 'signedTerms' ? 'Signed terms' : 'Confirmation letter';
      if (!s.documents[kind]) return h('li', {}, `${name}: not received`);
      const button = h('button', { type: 'button', class: 'button button-small button-quiet' }, `Open the ${name.toLowerCase()}`);
      button.addEventListener('click', () => void openLink(button, path(`/documents/${kind}`)));
      return h('li', {}, button);
    });
    const input = fileInput('secondment-signed-terms-file');
    const upload = h('button', { type: 'button', class: 'button button-small', id: 'secondment-signed-terms-send' }, 'Upload the signed terms');
    upload.addEventListener('click', () => {
      const file = input.files?.[0];
      if (!file) return showMessage('Choose the signed terms’ file first.', 'error');
      void act(
        upload,
        () =>
          uploadThroughOffer(file, {
            offer: ({ contentType }) => staffApi('POST', path('/signed-terms'), { json: { contentType } }),
            complete: (offer) => staffApi<Answer>('POST', path('/signed-terms/complete'), { json: { key: offer.fields.key ?? '', version: s.version } }),
          }),
        () => 'The signed terms are recorded.',
      );
    });
    return [h('h3', {}, 'Documents'), h('ul', { class: 'plain-list' }, ...links), ...field('secondment-signed-terms-file', 'Signed terms (PDF or Word)', input), upload];
  };

  const reasonInput = (id: string) => h('input', { type: 'text', id, class: 'input', maxlength: '2000', dir: 'auto' });

  const extensionActions = (s: SecondmentView, extension: ExtensionView): Child[] => {
    const actions: Child[] = [];
    const base = path(`/extensions/${segment(extension.id)}`);
    if (reader.ncb && extension.state === 'awaiting-home-confirmation') {
      const inputId = `secondment-letter-${extension.id}`;
      const input = fileInput(inputId);
      const button = h('button', { type: 'button', class: 'button button-small' }, t('admin.secondments.confirm'));
      button.addEventListener('click', () => {
        const file = input.files?.[0];
        if (!file) {
          showMessage(t('admin.secondments.noFile'), 'error');
          return input.focus();
        }
        void act(
          button,
          () =>
            uploadThroughOffer(file, {
              offer: ({ contentType }) => staffApi('POST', `${base}/letter`, { json: { contentType } }),
              complete: (offer) => staffApi<Answer>('POST', `${base}/confirm`, { json: { key: offer.fields.key ?? '', version: s.version } }),
            }),
          () => t('admin.secondments.confirmed'),
        );
      });
      actions.push(h('div', {}, ...field(inputId, t('admin.secondments.letterFile'), input), button));
    }
    if (reader.hr && extension.homeConfirmation) {
      const letter = h('button', { type: 'button', class: 'button button-small button-quiet' }, 'Open the home administration’s letter');
      letter.addEventListener('click', () => void openLink(letter, `${base}/letter`));
      actions.push(letter);
    }
    if (reader.hr && extension.state === 'awaiting-approval') {
      const approve = h('button', { type: 'button', class: 'button button-small', id: `secondment-approve-${extension.id}` }, 'Approve');
      approve.addEventListener('click', () =>
        void act(approve, () => staffApi<Answer>('POST', `${base}/decision`, { json: { decision: 'approve', version: s.version } }), (next) => `Extension approved: the last day is now ${dayText(next.lastDay)}.`),
      );
      actions.push(approve);
    }
    if (reader.hr && isUnderWay(extension)) {
      const id = `secondment-refuse-reason-${extension.id}`;
      const reason = reasonInput(id);
      const refuse = h('button', { type: 'button', class: 'button button-small button-quiet' }, 'Refuse');
      refuse.addEventListener('click', () => {
        if (!reason.value.trim()) return showMessage('Say why the extension is refused.', 'error');
        void act(refuse, () => staffApi<Answer>('POST', `${base}/decision`, { json: { decision: 'refuse', reason: reason.value, version: s.version } }), () => 'Extension refused.');
      });
      actions.push(h('div', {}, ...field(id, 'Reason to refuse', reason), refuse));
    }
    const asker = extension.requestedBy.as === 'hr' ? reader.hr : reader.ncb;
    if (asker && isUnderWay(extension)) {
      const id = `secondment-withdraw-reason-${extension.id}`;
      const reason = reasonInput(id);
      const withdraw = h('button', { type: 'button', class: 'button button-small button-quiet' }, t('admin.secondments.withdraw'));
      withdraw.addEventListener('click', () => {
        if (!reason.value.trim()) return reason.focus();
        void act(withdraw, () => staffApi<Answer>('POST', `${base}/withdraw`, { json: { reason: reason.value, version: s.version } }), () => t('admin.secondments.withdrawn'));
      });
      actions.push(h('div', {}, ...field(id, t('admin.secondments.withdrawReason'), reason), withdraw));
    }
    return actions;
  };

  const extensions = (s: SecondmentView) => {
    const heading = h('h3', { id: 'secondment-extensions-heading' }, t('admin.secondments.extensions'));
    if (s.extensions.length === 0) return [heading, h('p', { class: 'view-note' }, t('admin.secondments.noExtensions'))];
    const rows = s.extensions.map((extension) =>
      h(
        'tr',
        { 'data-extension': extension.id },
        h('td', {}, extension.months),
        h('td', {}, dayText(extension.toLastDay)),
        h('td', {}, t('admin.secondments.askedByValue', { as: extension.requestedBy.as, date: dayText(extension.requestedAt.slice(0, 10)) })),
        h('td', { class: 'secondment-extension-state' }, t('admin.secondments.extensionState', { state: camel(extension.state) }), extension.reason ? h('p', { class: 'view-note', dir: 'auto' }, extension.reason) : null),
        h('td', {}, ...extensionActions(s, extension)),
      ),
    );
    return [
      heading,
      h(
        'div',
        { class: 'preview-frame', tabindex: '0', role: 'region', 'aria-labelledby': 'secondment-extensions-heading' },
        h(
          'table',
          { class: 'preview', id: 'secondment-extensions' },
          h(
            'thead',
            {},
            h('tr', {}, ...['admin.secondments.months', 'admin.secondments.newLastDay', 'admin.secondments.askedBy', 'admin.secondments.state', 'admin.secondments.action'].map((key) => h('th', { scope: 'col' }, t(key as 'admin.secondments.months')))),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    ];
  };

  const askForm = (s: SecondmentView) => {
    const months = h('input', { type: 'number', id: 'secondment-ask-months', class: 'input input-short', min: '1', max: String(Math.max(1, s.room.left)), step: '1', required: true });
    const reason = reasonInput('secondment-ask-reason');
    const send = h('button', { type: 'submit', class: 'button', id: 'secondment-ask-send' }, t('admin.secondments.askSend'));
    const form = h(
      'form',
      { class: 'dialog-form', id: 'secondment-ask', novalidate: true },
      h('h3', {}, t('admin.secondments.ask')),
      ...field('secondment-ask-months', t('admin.secondments.months'), months),
      ...field('secondment-ask-reason', t('admin.secondments.askReason'), reason),
      send,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const asked = Number(months.value);
      void act(
        send,
        () => staffApi<Answer>('POST', path('/extensions'), { json: { months: asked, reason: reason.value, version: s.version } }),
        () => t('admin.secondments.asked', { months: asked }),
      );
    });
    return form;
  };

  /** HR records the end: the last day actually served and why. */
  const endForm = (s: SecondmentView) => {
    const lastDay = h('input', { type: 'date', id: 'secondment-end-day', class: 'input', value: s.lastDay, max: s.lastDay, min: s.firstDay });
    const reason = reasonInput('secondment-end-reason');
    const send = h('button', { type: 'submit', class: 'button button-quiet', id: 'secondment-end-send' }, 'Record the end');
    const form = h('form', { class: 'dialog-form', id: 'secondment-end', novalidate: true }, h('h3', {}, 'Record the end'), ...field('secondment-end-day', 'Last day served', lastDay), ...field('secondment-end-reason', 'Reason', reason), send);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void act(send, () => staffApi<Answer>('POST', path('/end'), { json: { lastDay: lastDay.value, reason: reason.value, version: s.version } }), () => 'The end is recorded.');
    });
    return form;
  };

  /** HR's audit trail of the record: who did what, when (English, as HR's other tools). */
  const historyList = (history: readonly HistoryEntry[]) => [
    h('h3', { id: 'secondment-history-heading' }, 'History'),
    h('ol', { class: 'plain-list', id: 'secondment-history', 'aria-labelledby': 'secondment-history-heading' }, ...history.map((entry) => h('li', {}, `${entry.at.slice(0, 16).replace('T', ' ')} UTC, ${entry.by}: ${entry.action.replace(/-/g, ' ')}`))),
  ];

  const show = (s: SecondmentView, history: readonly HistoryEntry[] = []) => {
    current = s;
    const backButton = h('button', { type: 'button', class: 'button button-quiet', id: 'secondment-back' }, t('admin.secondments.back'));
    backButton.addEventListener('click', back);
    const heading = h('h2', { id: 'secondment-heading', dir: 'auto' }, t('admin.secondments.detailHeading', { name: officerName(s) }));
    const ended = s.ended ? h('p', { class: 'view-note', dir: 'auto' }, t('admin.secondments.ended', { day: dayText(s.ended.lastDay), early: s.ended.early ? 'yes' : 'no', reason: s.ended.reason })) : null;
    const open = !s.ended && s.state !== 'ended';
    const mayAsk = open && !s.extensions.some(isUnderWay) && s.room.left > 0 && (reader.hr || reader.ncb);
    root.replaceChildren();
    append(
      root,
      backButton,
      heading,
      details(s),
      ended,
      ...(reader.hr ? documents(s) : []),
      ...extensions(s),
      mayAsk ? askForm(s) : null,
      reader.hr && open && !s.extensions.some(isUnderWay) ? endForm(s) : null,
      ...(reader.hr && history.length > 0 ? historyList(history) : []),
    );
    root.hidden = false;
  };

  return {
    async open(id: string) {
      await reload(id);
      focusOn(byId('secondment-heading', HTMLElement));
    },
    show,
    hide() {
      root.hidden = true;
      root.replaceChildren();
      current = undefined;
    },
  };
};
