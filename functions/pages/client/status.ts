/**
 * The script of `GET /status`: reads the id and token from the link's fragment and shows the
 * application. A link from a receipt email also carries `confirm=`: the page confirms the address
 * with it first, then drops it from the address bar, so a bookmark or a copied link does not keep it.
 */
import { ApiError, callApi } from './api.js';
import type { ApplicationView, Credentials } from './answers.js';
import { applicationPanel, showPanel } from './application-panel.js';
import { byId, focusOn, h } from './dom.js';

const root = byId('status-root', HTMLElement);
const announcer = h('p', { class: 'visually-hidden', role: 'status' });
root.before(announcer);

/** `#id=…&token=…`: the fragment never leaves the browser, so the token reaches no server log. */
const credentialsFromFragment = (): Credentials | undefined => {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const applicationId = params.get('id') ?? '';
  const statusToken = params.get('token') ?? '';
  return applicationId && statusToken ? { applicationId, statusToken } : undefined;
};

const showProblem = (title: string, ...text: string[]) => {
  const panel = h('div', { class: 'panel panel-problem' }, h('h2', { class: 'panel-heading' }, title), ...text.map((line) => h('p', {}, line)));
  showPanel(root, panel);
};

const confirmationFromFragment = (): string | undefined => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('confirm') ?? undefined;

/** Confirms the address with the token from the email; answers what to tell the reader, or shows a problem and answers undefined. */
const confirmAddress = async (credentials: Credentials, token: string): Promise<string | undefined> => {
  try {
    await callApi<ApplicationView>('POST', `applications/${encodeURIComponent(credentials.applicationId)}/confirm`, { body: JSON.stringify({ token }) });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.problem.status === 409) {
      showProblem('You have already applied for this vacancy', error.problem.detail);
    } else if (error.problem.status === 410) {
      showProblem('This application can no longer be confirmed', error.problem.detail);
    } else if (error.problem.status === 404 || error.problem.status === 400) {
      showProblem('We could not confirm your application', 'This link does not match any application. Open the link from your email again, and check that it was copied whole.');
    } else {
      showProblem('Your application could not be confirmed', `${error.problem.title}. ${error.problem.detail}`, 'Please reload the page to try again.');
    }
    return undefined;
  }
  const url = new URL(window.location.href);
  url.hash = new URLSearchParams({ id: credentials.applicationId, token: credentials.statusToken }).toString();
  window.history.replaceState(null, '', url.href);
  return 'Your email address is confirmed: your application counts.';
};

const load = async (news?: string): Promise<void> => {
  const credentials = credentialsFromFragment();
  if (!credentials) {
    showProblem('This link is incomplete', 'Open the status link from your receipt email again. Copy the whole link, including everything after the # sign.');
    return;
  }
  const confirmation = confirmationFromFragment();
  let justConfirmed = false;
  if (credentials && confirmation) {
    const confirmed = await confirmAddress(credentials, confirmation);
    if (confirmed === undefined) return;
    news = confirmed;
    justConfirmed = true;
  }
  try {
    const view = await callApi<ApplicationView>('GET', `applications/${encodeURIComponent(credentials.applicationId)}`, {
      statusToken: credentials.statusToken,
    });
    const panel = applicationPanel(view, { credentials, variant: 'status', refresh: (next) => load(next) });
    if (justConfirmed) panel.querySelector('.status-line')?.before(h('p', { class: 'notice notice-confirmed', id: 'confirmed-notice' }, 'Thank you: your email address is confirmed, and your application counts.'));
    if (news) {
      root.replaceChildren(panel);
      announcer.textContent = news;
      const heading = panel.querySelector<HTMLElement>('.panel-heading');
      if (heading) focusOn(heading);
    } else root.replaceChildren(panel);
  } catch (error) {
    if (error instanceof ApiError && (error.problem.status === 404 || error.problem.status === 401)) {
      showProblem(
        'We could not find your application',
        'This link does not match any application. Open the status link from your receipt email again, and check that it was copied whole.',
      );
    } else if (error instanceof ApiError) {
      showProblem('Your application could not be loaded', `${error.problem.title}. ${error.problem.detail}`, 'Please reload the page to try again.');
    } else throw error;
  }
};

window.addEventListener('hashchange', () => void load());
void load();
