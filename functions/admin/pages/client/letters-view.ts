/**
 * The Letters tab (issue 16, point 6), HR's: for a vacancy, each letter kind with whether the job
 * sends it by itself (a setting HR saves, audited) and how many are due; a preview of who is due a
 * kind, with the letter as any one of them reads it in their language, then the bulk send; and the
 * close-out, previewed first. Every count is read again after an action.
 */
import type { LettersOverview } from '#shared/letters/overview.js';
import type { LetterPreview } from '#shared/letters/preview.js';
import type { CloseOutPreview } from '#shared/letters/close-out.js';
import { byId, focusOn, h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, staffApi } from './staff-api.js';
import { vacancyChoice } from './vacancy-choice.js';

const kindText: Readonly<Record<string, string>> = {
  shortlisted: 'Shortlisted (when the vacancy has no written test)',
  'test-result': 'Written test result',
  'interview-invitation': 'Invited to interview',
  reserve: 'Reserve list',
  offer: 'Offer (copy to the NCB)',
  appointed: 'Appointed (copy to the NCB)',
  'not-retained': 'Not retained, at the stage reached',
};
const languageText: Readonly<Record<string, string>> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic' };
const statusText = (status: string) => status;
const stageText: Readonly<Record<string, string>> = { screening: 'after screening', shortlisting: 'after shortlisting', test: 'after the written test', interview: 'after the interview' };

interface SendAnswer {
  due: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  failed: number;
  ncbSent: number;
  ncbNoContact: number;
  left: number;
}

const sentText = (answer: SendAnswer) =>
  `${answer.sent} sent${answer.ncbSent ? `, ${answer.ncbSent} copies to NCBs` : ''}${answer.alreadySent ? `, ${answer.alreadySent} already sent` : ''}${answer.suppressed ? `, ${answer.suppressed} to addresses that bounced (not sent)` : ''}${answer.ncbNoContact ? `, ${answer.ncbNoContact} NCB copies waiting for a contact` : ''}${answer.failed ? `; ${answer.failed} could not be sent now and go with the next run` : ''}${answer.left ? `; ${answer.left} not begun before the time ran out: send again to finish (nothing goes twice), or the hourly job sends them` : ''}.`;

export const lettersView = () => {
  const select = byId('letters-vacancy', HTMLSelectElement);
  const summary = byId('letters-summary', HTMLElement);
  const body = byId('letters-kinds', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const settingError = byId('letters-setting-error', HTMLElement);
  const preview = byId('letters-preview', HTMLElement);
  const previewHeading = byId('letters-preview-heading', HTMLElement);
  const recipients = byId('letters-recipients', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const sendButton = byId('letters-send', HTMLButtonElement);
  const closeOutSummary = byId('letters-close-out-summary', HTMLElement);
  let overview: LettersOverview | undefined;
  let previewed: LetterPreview | undefined;

  const vacancy = () => select.value;
  const choice = vacancyChoice(select);

  const showOverview = async () => {
    const answer = await choice.read('The letters could not be loaded', (number) => staffApi<LettersOverview>('GET', `admin/letters/${segment(number)}`));
    if (!answer) return;
    overview = answer;
    const due = overview.kinds.reduce((sum, kind) => sum + (kind.due ?? 0), 0);
    summary.textContent = `Vacancy ${overview.vacancy}, ${overview.title} (${statusText(overview.status)}): ${due === 1 ? '1 letter is' : `${due} letters are`} due now.`;
    body.replaceChildren(
      ...overview.kinds.map((kind) => {
        const name = kindText[kind.kind] ?? kind.kind;
        const automatic =
          kind.sentBy === 'letters'
            ? h('input', { type: 'checkbox', id: `letters-auto-${kind.kind}`, 'data-kind': kind.kind, 'aria-label': `The job sends “${name}” by itself`, ...(kind.automatic ? { checked: '' } : {}) })
            : h('span', {}, 'By the interviews, when HR invites');
        const action =
          kind.sentBy === 'letters'
            ? h('button', { type: 'button', class: 'cell-action', 'data-preview': kind.kind, 'aria-label': `Preview “${name}”` }, 'Preview…')
            : h('span', {}, '');
        action.addEventListener('click', () => void showPreview(kind.kind));
        return h('tr', { 'data-kind': kind.kind }, h('th', { scope: 'row' }, name), h('td', {}, automatic), h('td', {}, kind.due === undefined ? '—' : String(kind.due)), h('td', {}, action));
      }),
    );
  };

  const showPreview = async (kind: string, applicationId?: string) => {
    const answer = await choice.read('The preview could not be made', (number) =>
      staffApi<LetterPreview>('GET', `admin/letters/${segment(number)}/kinds/${segment(kind)}${applicationId ? `?application=${segment(applicationId)}` : ''}`),
    );
    if (!answer) return;
    previewed = answer;
    const name = kindText[kind] ?? kind;
    previewHeading.textContent = `Preview: ${name}`;
    byId('letters-preview-summary', HTMLElement).textContent = previewed.due === 0 ? 'Nobody is due this letter now: everyone due it has been sent it.' : `${previewed.due === 1 ? '1 letter is' : `${previewed.due} letters are`} due.`;
    recipients.replaceChildren(
      ...previewed.recipients.map((recipient) => {
        const show = h('button', { type: 'button', class: 'cell-action', 'data-show': recipient.applicationId, 'aria-label': `Show the letter to ${recipient.name}` }, 'Show');
        show.addEventListener('click', () => void showPreview(kind, recipient.applicationId));
        return h(
          'tr',
          {},
          h('th', { scope: 'row', dir: 'auto' }, `${recipient.name}${recipient.stage ? ` (${stageText[recipient.stage] ?? recipient.stage})` : ''}`),
          h('td', {}, languageText[recipient.language] ?? recipient.language),
          h('td', {}, recipient.toNcb ? 'Yes' : 'No'),
          h('td', {}, show),
        );
      }),
    );
    const letter = previewed.letter;
    const shownTo = previewed.recipients.find((recipient) => recipient.applicationId === letter?.applicationId);
    byId('letters-letter-who', HTMLElement).textContent = shownTo ? `${shownTo.name} (${languageText[shownTo.language] ?? shownTo.language})` : 'nobody';
    const subject = byId('letters-letter-subject', HTMLElement);
    const text = byId('letters-letter-text', HTMLElement);
    subject.textContent = letter ? `Subject: ${letter.subject}` : '';
    text.textContent = letter?.text ?? '';
    for (const element of [subject, text]) {
      element.setAttribute('lang', letter?.language ?? 'en');
      element.setAttribute('dir', letter?.language === 'ar' ? 'rtl' : 'ltr');
    }
    sendButton.textContent = previewed.due === 1 ? 'Send 1 letter' : `Send ${previewed.due} letters`;
    sendButton.disabled = previewed.due === 0;
    preview.hidden = false;
    if (!applicationId) focusOn(previewHeading);
  };

  sendButton.addEventListener('click', () => {
    const kind = previewed?.kind;
    if (!kind) return;
    sendButton.disabled = true;
    void (async () => {
      try {
        const answer = await staffApi<SendAnswer>('POST', `admin/letters/${segment(vacancy())}/kinds/${segment(kind)}/send`);
        showMessage(`${kindText[kind] ?? kind}: ${sentText(answer)}`, answer.failed || answer.left ? 'warning' : 'success');
      } catch (error) {
        showMessage(`The letters could not be sent: ${describeProblem(error)}`, 'error');
      }
      await showOverview();
      await showPreview(kind);
    })();
  });
  byId('letters-preview-close', HTMLButtonElement).addEventListener('click', () => {
    preview.hidden = true;
    previewed = undefined;
  });

  byId('letters-setting-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    if (!overview) return;
    const automatic: Record<string, boolean> = {};
    for (const box of body.querySelectorAll<HTMLInputElement>('input[data-kind]')) automatic[box.dataset.kind ?? ''] = box.checked;
    void (async () => {
      try {
        await staffApi('PUT', `admin/letters/${segment(vacancy())}/settings`, { json: { revision: overview?.revision ?? 0, automatic } });
        settingError.hidden = true;
        showMessage(`The letters setting of vacancy ${vacancy()} is saved.`, 'success');
        await showOverview();
      } catch (error) {
        settingError.textContent = `The setting could not be saved: ${describeProblem(error)}`;
        settingError.hidden = false;
      }
    })();
  });

  byId('letters-close-out-preview', HTMLButtonElement).addEventListener('click', () => {
    void (async () => {
      try {
        const plan = await staffApi<CloseOutPreview>('GET', `admin/letters/${segment(vacancy())}/close-out`);
        const lines = [
          `${plan.toEnd === 1 ? '1 application' : `${plan.toEnd} applications`} still open will become rejected: ${Object.entries(plan.byStatus).map(([status, count]) => `${count} ${status}`).join(', ') || 'none'}.`,
          ...Object.entries(plan.letters).map(([stage, count]) => `${count} not-retained ${count === 1 ? 'letter' : 'letters'} ${stageText[stage] ?? stage}.`),
          ...(plan.unconfirmed ? [`${plan.unconfirmed} unconfirmed (address never confirmed): ended without a letter.`] : []),
        ];
        byId('letters-close-out-counts', HTMLElement).replaceChildren(...lines.map((line) => h('li', {}, line)));
        closeOutSummary.hidden = false;
      } catch (error) {
        showMessage(`The close-out cannot be previewed: ${describeProblem(error)}`, 'error');
      }
    })();
  });
  byId('letters-close-out-run', HTMLButtonElement).addEventListener('click', () => {
    void (async () => {
      try {
        const done = await staffApi<{ ended: number; letters: SendAnswer }>('POST', `admin/letters/${segment(vacancy())}/close-out`);
        showMessage(`Vacancy ${vacancy()} closed out: ${done.ended} ended; letters ${sentText(done.letters)}`, done.letters.failed || done.letters.left ? 'warning' : 'success');
        closeOutSummary.hidden = true;
      } catch (error) {
        showMessage(`The close-out stopped: ${describeProblem(error)} Run it again: it finishes what is left and doubles nothing.`, 'error');
      }
      await showOverview();
    })();
  });

  select.addEventListener('change', () => {
    preview.hidden = true;
    closeOutSummary.hidden = true;
    void showOverview();
  });

  return {
    async load() {
      if (!(await choice.fill())) return;
      await showOverview();
    },
  };
};
