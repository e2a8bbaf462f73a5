/** The page's one message line: what just happened, read out by screen readers, until dismissed or replaced. */
import { byId } from '../../../pages/client/dom.js';

export type MessageKind = 'info' | 'success' | 'warning' | 'error';

export const showMessage = (text: string, kind: MessageKind = 'info'): void => {
  const box = byId('message', HTMLElement);
  box.dataset.kind = kind;
  byId('message-text', HTMLElement).textContent = text;
  box.hidden = false;
};

export const clearMessage = (): void => {
  byId('message', HTMLElement).hidden = true;
};

export const wireMessages = (): void => {
  byId('message-close', HTMLButtonElement).addEventListener('click', clearMessage);
};

/** The line under the header saying what the page is doing (loading, signed out). */
export const pageState = (text: string): void => {
  const state = byId('page-state', HTMLElement);
  state.textContent = text;
  state.hidden = text === '';
};
