/** The script of `GET /status`: reads the id and token from the link's fragment and shows the application. */
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

const load = async (news?: string): Promise<void> => {
  const credentials = credentialsFromFragment();
  if (!credentials) {
    showProblem('This link is incomplete', 'Open the status link from your receipt email again. Copy the whole link, including everything after the # sign.');
    return;
  }
  try {
    const view = await callApi<ApplicationView>('GET', `applications/${encodeURIComponent(credentials.applicationId)}`, {
      statusToken: credentials.statusToken,
    });
    const panel = applicationPanel(view, { credentials, variant: 'status', refresh: (next) => load(next) });
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
