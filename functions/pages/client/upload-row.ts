import type { DocumentKind } from '#shared/documents/kinds.js';
import { formatSize } from '../format.js';
import type { Credentials, UploadOffer } from './answers.js';
import { h } from './dom.js';
import { uploadDocument, UploadFailed } from './upload.js';
import { language, t } from './words.js';

export interface UploadRow {
  element: HTMLLIElement;
  /** Sends the file; resolves true once the API has checked and recorded it. */
  send(file: File, offer?: UploadOffer): Promise<boolean>;
}

/** One document on its way: its name, a progress bar, and what happened, announced politely. */
export const uploadRow = (credentials: Credentials, kind: DocumentKind): UploadRow => {
  const label = t('panel.document', { kind });
  const name = h('span', { class: 'upload-file' });
  const bar = h('progress', { class: 'upload-bar', max: '100', value: '0', 'aria-label': t('upload.progress', { kind }) });
  const percent = h('span', { class: 'upload-percent', 'aria-hidden': 'true' }, '0%');
  const state = h('p', { class: 'upload-state', role: 'status' });
  const element = h(
    'li',
    { class: 'upload', 'data-kind': kind },
    h('p', { class: 'upload-title' }, h('strong', {}, label), ' ', name),
    h('div', { class: 'upload-progress' }, bar, percent),
    state,
  );

  const show = (fraction: number) => {
    const value = Math.round(fraction * 100);
    bar.value = value;
    percent.textContent = new Intl.NumberFormat(language, { style: 'percent' }).format(value / 100);
  };

  return {
    element,
    async send(file, offer) {
      element.classList.remove('upload-failed', 'upload-done');
      name.textContent = `${file.name} (${formatSize(language, file.size)})`;
      show(0);
      state.textContent = t('upload.sending');
      try {
        await uploadDocument({
          credentials,
          kind,
          file,
          offer,
          onProgress: (fraction) => {
            show(fraction);
            if (fraction >= 1) state.textContent = t('upload.checking');
          },
        });
        show(1);
        element.classList.add('upload-done');
        state.textContent = t('upload.done');
        return true;
      } catch (error) {
        element.classList.add('upload-failed');
        state.textContent = t('upload.failed', { reason: error instanceof UploadFailed ? error.message : t('upload.somethingWrong') });
        return false;
      }
    },
  };
};
