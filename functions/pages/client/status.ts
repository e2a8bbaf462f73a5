/**
 * The script of `GET /status`: reads the id and token from the link's fragment and shows the
 * application. A link from a receipt email also carries `confirm=`: the page confirms the address
 * with it first, then drops it from the address bar, so a bookmark or a copied link does not keep it.
 */
import { ApiError, callApi } from './api.js';
import type { ApplicationView, Credentials } from './answers.js';
import { applicationPanel, showPanel } from './application-panel.js';
import { byId, focusOn, h } from './dom.js';
import { showInterview } from './interview-section.js';
import { showWrittenTest } from './written-test-section.js';
import { showOffer } from './offer-section.js';
import { stageSection } from './letter-stage.js';
import { showMission } from './mission.js';
import { showNotice } from './notice.js';
import { language, t } from './words.js';

const root = byId('status-root', HTMLElement);
const announcer = h('p', { class: 'visually-hidden', role: 'status' });
root.before(announcer);
/** The vacancy's notice, under the application: outside the live region, so its arrival is not read out. */
const noticeSlot = h('div', { class: 'notice-slot', id: 'notice-slot' });
root.after(noticeSlot);
/** An invited candidate's interview, between the application and the notice: its own announcements, outside the live region. */
const interviewSlot = h('div', { class: 'interview-slot-root', id: 'interview-root' });
root.after(interviewSlot);
/** An invited candidate's written test and their answer to it, above the interview: its own announcements, outside the live region. */
const writtenTestSlot = h('div', { class: 'written-test-slot-root', id: 'written-test-root' });
root.after(writtenTestSlot);
/** An offer and the candidate's answer to it, right under the application: its own announcements, outside the live region. */
const offerSlot = h('div', { class: 'offer-slot-root', id: 'offer-root' });
root.after(offerSlot);

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
      showProblem(t('statusPage.duplicate.title'), error.problem.detail);
    } else if (error.problem.status === 410) {
      showProblem(t('statusPage.tooLate.title'), error.problem.detail);
    } else if (error.problem.status === 404 || error.problem.status === 400) {
      showProblem(t('statusPage.unknownLink.title'), t('statusPage.unknownLink.body'));
    } else {
      showProblem(t('statusPage.confirmFailed.title'), `${error.problem.title}. ${error.problem.detail}`, t('statusPage.reload'));
    }
    return undefined;
  }
  const url = new URL(window.location.href);
  url.hash = new URLSearchParams({ id: credentials.applicationId, token: credentials.statusToken }).toString();
  window.history.replaceState(null, '', url.href);
  return t('statusPage.confirmed.news');
};

const load = async (news?: string): Promise<void> => {
  const credentials = credentialsFromFragment();
  if (!credentials) {
    showProblem(t('statusPage.incomplete.title'), t('statusPage.incomplete.body'));
    return;
  }
  const confirmation = confirmationFromFragment();
  let justConfirmed = false;
  if (credentials && confirmation) {
    // The email's link has no ?lang=: the page first moves to the application's language, so the
    // thanks for confirming are said in it (the reload keeps the fragment, and confirms there).
    if (await reloadedInStoredLanguage(credentials)) return;
    const confirmed = await confirmAddress(credentials, confirmation);
    if (confirmed === undefined) return;
    news = confirmed;
    justConfirmed = true;
  }
  try {
    const view = await callApi<ApplicationView>('GET', `applications/${encodeURIComponent(credentials.applicationId)}`, {
      statusToken: credentials.statusToken,
    });
    // A link without ?lang= opens in the language the candidate applied in.
    if (inStoredLanguage(view)) return;
    keepFragmentInSwitcher();
    const panel = applicationPanel(view, { credentials, variant: 'status', refresh: (next) => load(next) });
    // The stage in plain words, as the latest letter says it.
    const stage = stageSection(view);
    if (stage) panel.querySelector('.status-line')?.after(stage);
    if (justConfirmed) panel.querySelector('.status-line')?.before(h('p', { class: 'notice notice-confirmed', id: 'confirmed-notice' }, t('statusPage.confirmed.notice')));
    if (news) {
      root.replaceChildren(panel);
      announcer.textContent = news;
      const heading = panel.querySelector<HTMLElement>('.panel-heading');
      if (heading) focusOn(heading);
    } else root.replaceChildren(panel);
    void showInterview(interviewSlot, credentials);
    void showWrittenTest(writtenTestSlot, credentials);
    void showOffer(offerSlot, credentials);
    void showNotice(noticeSlot, view.vacancy.number);
    void showMission(panel, view.vacancy.number);
  } catch (error) {
    if (error instanceof ApiError && (error.problem.status === 404 || error.problem.status === 401)) {
      showProblem(
        t('statusPage.notFound.title'),
        t('statusPage.notFound.body'),
      );
    } else if (error instanceof ApiError) {
      showProblem(t('statusPage.loadFailed.title'), `${error.problem.title}. ${error.problem.detail}`, t('statusPage.reload'));
    } else throw error;
  }
};

/** Reloads the page in the application's language when the link chose none (`?lang=` wins); true when it does. */
const inStoredLanguage = (view: ApplicationView): boolean => {
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang') || view.language === language) return false;
  url.searchParams.set('lang', view.language);
  window.location.replace(url.href);
  return true;
};

/** Before confirming from a link without ?lang=: reads the application's language, and reloads the page in it when it differs. */
const reloadedInStoredLanguage = async (credentials: Credentials): Promise<boolean> => {
  if (new URL(window.location.href).searchParams.has('lang')) return false;
  try {
    const view = await callApi<ApplicationView>('GET', `applications/${encodeURIComponent(credentials.applicationId)}`, { statusToken: credentials.statusToken });
    return inStoredLanguage(view);
  } catch {
    // The confirmation goes on in this language; what went wrong shows after it.
    return false;
  }
};

/** The language switcher's links keep the fragment (the id and token), which a relative `?lang=` link drops. */
const keepFragmentInSwitcher = () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')) {
    const url = new URL(link.href);
    url.hash = window.location.hash;
    link.href = url.href;
  }
};

keepFragmentInSwitcher();
window.addEventListener('hashchange', () => {
  keepFragmentInSwitcher();
  void load();
});
void load();
