import { documentLabels, type DocumentKind } from '#shared/documents/kinds.js';
import { formatBytes } from '../format.js';
import type { Credentials, UploadOffer } from './answers.js';
import { capitalise, h } from './dom.js';
import { uploadDocument, UploadFailed } from './upload.js';

export interface UploadRow {
  element: HTMLLIElement;
  /** Sends the file; resolves true once the API has checked and recorded it. */
  send(file: File, offer?: UploadOffer): Promise<boolean>;
}

/** One document on its way: its name, a progress bar, and what happened, announced politely. */
export const uploadRow = (credentials: Credentials, kind: DocumentKind): UploadRow => {
  const label = capitalise(documentLabels[kind]);
  const name = h('span', { class: 'upload-file' });
  const bar = h('progress', { class: 'upload-bar', max: '100', value: '0', 'aria-label': `${label}: upload progress` });
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
    percent.textContent = `${value}%`;
  };

  return {
    element,
    async send(file, offer) {
      element.classList.remove('upload-failed', 'upload-done');
      name.textContent = `${file.name} (${formatBytes(file.size)})`;
      show(0);
      state.textContent = 'Sending…';
      try {
        await uploadDocument({
          credentials,
          kind,
          file,
          offer,
          onProgress: (fraction) => {
            show(fraction);
            if (fraction >= 1) state.textContent = 'Checking the file…';
          },
        });
        show(1);
        element.classList.add('upload-done');
        state.textContent = 'Received and checked.';
        return true;
      } catch (error) {
        element.classList.add('upload-failed');
        state.textContent = `Not received: ${error instanceof UploadFailed ? error.message : 'something went wrong.'}`;
        return false;
      }
    },
  };
};
