/** The script of `GET /admin`: signs the user in (authorization code + PKCE), then opens the grid their role allows. */
import * as z from '#shared/zod.js';
import { byId } from '../../../pages/client/dom.js';
import { applicationsView } from './applications-view.js';
import { countryName } from './labels.js';
import { clearMessage, pageState, showMessage, wireMessages } from './messages.js';
import { completeSignIn, currentUser, justSignedOut, signIn, signOut, SignInFailed } from './session.js';
import { mayEdit, mayRelease, releasesOnly, roleText, type SignedInUser } from './signed-in-user.js';
import { contactsView } from './contacts-view.js';
import { vacanciesView } from './vacancies-view.js';
import { ncbVacanciesView } from './ncb-vacancies-view.js';
import { ncbProposalsView } from './ncb-proposals-view.js';
import { proposalsView } from './proposals-view.js';
import { selectionView } from './selection-view.js';
import { writtenTestView } from './written-test-view.js';
import { lettersView } from './letters-view.js';
import { interviewsView } from './interview-view.js';
import { secondmentsView } from './secondments-view.js';
import { rosterView } from './roster-view.js';
import { releasesView } from './releases-view.js';
import { nominationsView } from './nominations-view.js';
import { expertsView } from './experts-view.js';
import { deploymentsView } from './deployments-view.js';
import { stageProfile } from './stage-profile.js';
import { reportsView } from './reports-view.js';
import { offersView } from './offers-view.js';
import { ncbOffersView } from './ncb-offers-view.js';
import { linkedApplication, openApplication, revealApplication } from './application-link.js';
import type { ApplicationsView } from './applications-view.js';
import { isLanguage } from '#shared/i18n/languages.js';
import { language, t } from '../../../pages/client/words.js';

// The page's CSP has no 'unsafe-eval': tell zod not to try compiling parsers with new Function.
z.config({ jitless: true });

/** Someone only in the selection panel's group (issue 16): the Selection tab is all their page holds. */
const panelOnly = (user: SignedInUser): boolean => !mayEdit(user) && !user.groups.includes('ncb') && user.groups.includes('panel');

/** A force approver (issue 18), named with their force as the stage lists it. */
const forceRole = (user: SignedInUser): string =>
  t('admin.releases.role', { force: stageProfile.forces.find((force) => force.id === user.force)?.name ?? user.force ?? '' });

const showUser = (user: SignedInUser) => {
  byId('who-email', HTMLElement).textContent = user.email;
  byId('who-role', HTMLElement).textContent = releasesOnly(user) ? forceRole(user) : panelOnly(user) ? 'Selection panel member' : roleText(user, countryName);
  byId('who', HTMLElement).hidden = false;
  byId('sign-out', HTMLButtonElement).addEventListener('click', signOut);
};

/** The applications grid once it is made: the proposals tab links to an application in it. */
let applications: ApplicationsView | undefined;

/** The roster's view once made, opening a row's record in the Secondments tab; its grid is the browser tests' hook. */
const roster = (user: SignedInUser, secondments: ReturnType<typeof secondmentsView>) => {
  const view = rosterView(user, (id) => {
    byId('tab-secondments', HTMLButtonElement).click();
    void secondments.open(id);
  });
  (window as unknown as { rosterGrid: unknown }).rosterGrid = view.api();
  return view;
};

const wireTabs = (user: SignedInUser) => {
  const tabs = byId('view-tabs', HTMLElement);
  tabs.hidden = false;
  // Each view loads on first opening: HR and admins get vacancies, admins the NCB contacts too; an NCB officer their own vacancies.
  const views: Record<string, { load(): Promise<void> } | undefined> = {};
  const selection = mayEdit(user) || user.groups.includes('panel') ? selectionView(user) : undefined;
  if (selection) {
    views.selection = selection;
    byId('tab-selection', HTMLButtonElement).hidden = false;
  }
  if (mayEdit(user)) {
    // A vacancy's "Selection panel" action opens the Selection tab on that vacancy's panel editor.
    views.vacancies = vacanciesView((number, title) => {
      byId('tab-selection', HTMLButtonElement).click();
      void selection?.openEditor(number, title);
    });
    byId('tab-vacancies', HTMLButtonElement).hidden = false;
    const proposals = proposalsView((vacancy, id) => openApplication(() => applications?.api, vacancy, id));
    views.proposals = proposals;
    // For the browser tests: the proposals grid's API, read-only use.
    (window as unknown as { proposalsGrid: unknown }).proposalsGrid = proposals.api();
    byId('tab-proposals', HTMLButtonElement).hidden = false;
    // The written test of a vacancy (issue 16, point 2), beside Selection.
    views['written-tests'] = writtenTestView();
    byId('tab-written-tests', HTMLButtonElement).hidden = false;
    views.letters = lettersView();
    byId('tab-letters', HTMLButtonElement).hidden = false;
    views.interviews = interviewsView();
    byId('tab-interviews', HTMLButtonElement).hidden = false;
    const secondments = secondmentsView(user);
    views.secondments = secondments;
    byId('tab-secondments', HTMLButtonElement).hidden = false;
    // The roster (issue 17, point 4): every serving secondee.
    views.roster = roster(user, secondments);
    byId('tab-roster', HTMLButtonElement).hidden = false;
    views.offers = offersView();
    byId('tab-offers', HTMLButtonElement).hidden = false;
    // The reports (issue 17, point 5): HR's figures and the list of under-represented countries.
    views.reports = reportsView();
    byId('tab-reports', HTMLButtonElement).hidden = false;
  } else if (user.groups.includes('ncb')) {
    views['ncb-vacancies'] = ncbVacanciesView((vacancy) => {
      // The grid with that vacancy: the switcher's choice, as a person would make it.
      const select = byId('vacancy-select', HTMLSelectElement);
      select.value = vacancy;
      select.dispatchEvent(new Event('change'));
      byId('tab-applications', HTMLButtonElement).click();
    });
    byId('tab-ncb-vacancies', HTMLButtonElement).hidden = false;
    // Short-term proposals come from an NCB officer of a country (the API takes the country from the token).
    if (user.country) {
      views['ncb-proposals'] = ncbProposalsView();
      byId('tab-ncb-proposals', HTMLButtonElement).hidden = false;
      // The country's seconded officers and their extensions (issue 17, points 1 and 2).
      const secondments = secondmentsView(user);
      views.secondments = secondments;
      byId('tab-secondments', HTMLButtonElement).hidden = false;
      // The country's officers serving now (issue 17, point 4).
      views.roster = roster(user, secondments);
      byId('tab-roster', HTMLButtonElement).hidden = false;
      // Offers to the country's officers waiting for their home administration's confirmation (issue 16, point 7).
      views['ncb-offers'] = ncbOffersView();
      byId('tab-ncb-offers', HTMLButtonElement).hidden = false;
    }
  }
  // The releases (issue 18, point 4): a force approver decides on their own force's officers; HR and
  // admins of a stage that lists forces (a sending unit) read every force's, without deciding.
  if (mayRelease(user) || (mayEdit(user) && stageProfile.forces.length > 0)) {
    views.releases = releasesView(user);
    byId('tab-releases', HTMLButtonElement).hidden = false;
  }
  // The nominations to the mission (issue 18, point 5): HR's and admins', on a stage whose posts are in missions.
  if (mayEdit(user) && stageProfile.postKind === 'mission-post') {
    views.nominations = nominationsView();
    byId('tab-nominations', HTMLButtonElement).hidden = false;
    // The roster of deployable civilian experts and its matching to a call (issue 18, point 7).
    views.experts = expertsView(() => new Date());
    byId('tab-experts', HTMLButtonElement).hidden = false;
  }
  // The deployments of the officers a mission selected (issue 18, point 6): HR's and admins'; a force approver's for their own officers' extensions.
  if ((mayEdit(user) || mayRelease(user)) && stageProfile.postKind === 'mission-post') {
    views.deployments = deploymentsView({ hr: mayEdit(user), force: mayRelease(user) }, () => new Date());
    byId('tab-deployments', HTMLButtonElement).hidden = false;
  }
  if (user.groups.includes('admin')) {
    views.contacts = contactsView();
    byId('tab-contacts', HTMLButtonElement).hidden = false;
  }
  const loaded = new Set<string>();
  for (const tab of tabs.querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      const view = tab.dataset.view ?? 'applications';
      clearMessage();
      for (const other of tabs.querySelectorAll<HTMLButtonElement>('.tab')) other.setAttribute('aria-pressed', String(other === tab));
      for (const name of ['applications', 'vacancies', 'ncb-vacancies', 'ncb-proposals', 'proposals', 'selection', 'written-tests', 'letters', 'interviews', 'offers', 'ncb-offers', 'contacts']) byId(`${name}-view`, HTMLElement).hidden = view !== name;
      if (!loaded.has(view)) {
        loaded.add(view);
        void views[view]?.load();
      }
    });
  }
};

const signedOutPage = () => {
  pageState(t('admin.signedOut'));
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'button';
  again.textContent = t('admin.signInAgain');
  again.addEventListener('click', () => void signIn());
  byId('page-state', HTMLElement).append(' ', again);
};

const start = async () => {
  wireMessages();
  try {
    await completeSignIn();
  } catch (error) {
    if (!(error instanceof SignInFailed)) throw error;
    showMessage(error.message, 'error');
  }
  // Back from the sign-in, whose callback is the bare page (served in the browser's language): the
  // language chosen before it (`?lang=`, kept by signIn) is served again.
  const chosen = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(chosen) && chosen !== language) {
    window.location.reload();
    return;
  }
  const user = currentUser();
  if (!user) {
    if (justSignedOut()) return signedOutPage();
    await signIn();
    return;
  }
  showUser(user);
  wireTabs(user);
  pageState('');
  if (releasesOnly(user)) {
    // A force approver reads no application grid (it would answer 403): their page is the Releases tab.
    byId('tab-applications', HTMLButtonElement).hidden = true;
    byId('tab-releases', HTMLButtonElement).click();
    return;
  }
  if (panelOnly(user)) {
    // A panel member reads no application grid: their page opens on the panels they sit on.
    byId('tab-applications', HTMLButtonElement).hidden = true;
    byId('tab-selection', HTMLButtonElement).click();
    return;
  }
  const view = await applicationsView(user);
  applications = view;
  // For the bench and the browser tests: the grid's API, read-only use.
  (window as unknown as { applicationsGrid: unknown }).applicationsGrid = view.api;
  // A link to one application (a matched proposal's, after the page loaded again on its new vacancy).
  const linked = linkedApplication();
  if (linked) revealApplication(view.api, linked);
};

void start();
