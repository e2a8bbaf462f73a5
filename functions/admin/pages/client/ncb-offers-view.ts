/**
 * An NCB officer's "Offers to confirm" tab (issue 16, point 7): the offers to its country's officers
 * that wait for their home administration's confirmation of the secondment's terms, soonest due
 * first. The officer uploads the home administration's letter (straight to the bucket under a
 * presigned POST, presigned-upload.ts) and the route checks it and records the confirmation at the
 * row's version (audited). Everything in the page's language; the API's problems come in it too.
 */
import type { HomeConfirmationRow } from '#shared/offers/listing.js';
import { homeConfirmationTermKeys } from '#shared/offers/terms.js';
import { byId, h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { uploadThroughOffer, UploadNotSent } from './presigned-upload.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

const dayText = (date: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

const recordConfirmation = (row: HomeConfirmationRow, file: File) => {
  const path = `admin/home-confirmations/${segment(row.applicationId)}`;
  return uploadThroughOffer(file, {
    offer: ({ contentType }) => staffApi('POST', `${path}/upload`, { json: { contentType } }),
    complete: (offer) => staffApi('POST', path, { json: { key: offer.fields.key ?? '', version: row.version } }),
  });
};

export const ncbOffersView = () => {
  const rows = byId('ncb-offers-rows', HTMLElement);
  const state = byId('ncb-offers-state', HTMLElement);

  const record = async (row: HomeConfirmationRow, input: HTMLInputElement, button: HTMLButtonElement) => {
    const file = input.files?.[0];
    if (!file) {
      showMessage(t('admin.offers.ncb.noFile'), 'error');
      input.focus();
      return;
    }
    button.disabled = true;
    try {
      await recordConfirmation(row, file);
      showMessage(t('admin.offers.ncb.recorded', { name: row.name }), 'success');
      await show();
    } catch (error) {
      const detail = error instanceof UploadNotSent ? error.message : describeProblem(error);
      showMessage(t('admin.offers.ncb.failed', { name: row.name, detail }), 'error');
      button.disabled = false;
    }
  };

  const line = (row: HomeConfirmationRow) => {
    const inputId = `ncb-offer-file-${row.applicationId}`;
    const input = h('input', { type: 'file', id: inputId, class: 'input', accept: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const button = h('button', { type: 'button', class: 'button button-small' }, t('admin.offers.ncb.record'));
    button.addEventListener('click', () => void record(row, input, button));
    return h(
      'tr',
      {},
      h('th', { scope: 'row', dir: 'auto' }, row.name),
      h('td', {}, row.vacancy),
      h('td', {}, t('admin.offers.ncb.secondmentValue', { startsOn: dayText(row.startsOn), months: row.months })),
      h('td', {}, h('ul', { class: 'plain-list' }, ...row.terms.map((term) => h('li', {}, t(homeConfirmationTermKeys[term]))))),
      h('td', {}, dayText(row.by)),
      h('td', {}, row.accepted ? t('admin.offers.ncb.accepted') : t('admin.offers.ncb.waiting', { date: dayText(row.answerBy) })),
      h('td', {}, h('label', { class: 'label', for: inputId }, t('admin.offers.ncb.file', { name: row.name })), input, button),
    );
  };

  const show = async () => {
    try {
      const { items } = await staffApi<{ items: HomeConfirmationRow[] }>('GET', 'admin/home-confirmations');
      state.textContent = items.length === 0 ? t('admin.offers.ncb.none') : '';
      rows.replaceChildren(...items.map(line));
    } catch (error) {
      showMessage(describeProblem(error), 'error');
    }
  };

  return { load: show };
};
