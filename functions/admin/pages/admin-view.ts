import { html, type SafeHtml } from '../../pages/html.js';
import { adminLanguageSwitcher, type AdminWords } from './admin-words.js';
import { proposalDialogs, proposalSections } from './proposal-views.js';
import { interviewDialogs, interviewSection } from './interview-views.js';
import { secondmentSection } from './secondment-views.js';
import { rosterSection } from './roster-views.js';
import { releaseDialog, releasesSection } from './release-views.js';
import { nominationDialog, nominationsSection } from './nomination-views.js';
import { expertDialog, expertsSection } from './expert-views.js';
import { deploymentDialogs, deploymentsSection } from './deployment-views.js';
import { selectionDialogs, selectionSection } from './selection-views.js';
import { writtenTestSection } from './written-test-views.js';
import { lettersSection } from './letters-views.js';
import { offerDialog, offerSections } from './offer-views.js';
import { reportsSection } from './report-views.js';

/**
 * The grid page's markup: the frame only. It holds no application data (the page is public, so
 * a browser can open it before signing in); the script fills it from the staff routes. What an NCB
 * officer uses is in the page's language (`words`); HR's screens are English in every language.
 */
export const adminView = (words: AdminWords): SafeHtml => html`
<a class="skip-link" href="#main">${words.t('admin.skipLink')}</a>
<header class="topbar">
  <span class="brand">Secondment Hub <span class="brand-staff">Staff</span></span>
  ${adminLanguageSwitcher(words)}
  <nav class="tabs" aria-label="${words.t('admin.views')}" id="view-tabs" hidden>
    <button type="button" class="tab" id="tab-applications" data-view="applications" aria-pressed="true">${words.t('admin.tab.applications')}</button>
    <button type="button" class="tab" id="tab-vacancies" data-view="vacancies" aria-pressed="false" hidden>Vacancies</button>
    <button type="button" class="tab" id="tab-ncb-vacancies" data-view="ncb-vacancies" aria-pressed="false" hidden>${words.t('admin.tab.vacancies')}</button>
    <button type="button" class="tab" id="tab-ncb-proposals" data-view="ncb-proposals" aria-pressed="false" hidden>${words.t('admin.proposals.tab')}</button>
    <button type="button" class="tab" id="tab-proposals" data-view="proposals" aria-pressed="false" hidden>${words.t('admin.proposals.hr.tab')}</button>
    <button type="button" class="tab" id="tab-selection" data-view="selection" aria-pressed="false" hidden>Selection</button>
    <button type="button" class="tab" id="tab-written-tests" data-view="written-tests" aria-pressed="false" hidden>Written test</button>
    <button type="button" class="tab" id="tab-letters" data-view="letters" aria-pressed="false" hidden>Letters</button>
    <button type="button" class="tab" id="tab-interviews" data-view="interviews" aria-pressed="false" hidden>Interviews</button>
    <button type="button" class="tab" id="tab-secondments" data-view="secondments" aria-pressed="false" hidden>${words.t('admin.secondments.tab')}</button>
    <button type="button" class="tab" id="tab-roster" data-view="roster" aria-pressed="false" hidden>${words.t('admin.roster.tab')}</button>
    <button type="button" class="tab" id="tab-offers" data-view="offers" aria-pressed="false" hidden>Offers</button>
    <button type="button" class="tab" id="tab-ncb-offers" data-view="ncb-offers" aria-pressed="false" hidden>${words.t('admin.offers.ncb.tab')}</button>
    <button type="button" class="tab" id="tab-reports" data-view="reports" aria-pressed="false" hidden>Reports</button>
    <button type="button" class="tab" id="tab-releases" data-view="releases" aria-pressed="false" hidden>${words.t('admin.releases.tab')}</button>
    <button type="button" class="tab" id="tab-nominations" data-view="nominations" aria-pressed="false" hidden>${words.t('admin.nominations.tab')}</button>
    <button type="button" class="tab" id="tab-experts" data-view="experts" aria-pressed="false" hidden>${words.t('admin.experts.tab')}</button>
    <button type="button" class="tab" id="tab-deployments" data-view="deployments" aria-pressed="false" hidden>${words.t('admin.deployments.tab')}</button>
    <button type="button" class="tab" id="tab-contacts" data-view="contacts" aria-pressed="false" hidden>NCB contacts</button>
  </nav>
  <div class="who" id="who" hidden>
    <span class="who-name" id="who-email" dir="ltr"></span>
    <span class="who-role" id="who-role" dir="auto"></span>
    <button type="button" class="button button-quiet" id="sign-out">${words.t('admin.signOut')}</button>
  </div>
</header>

<main id="main" tabindex="-1">
  <p class="notice" id="page-state" role="status">${words.t('admin.signingIn')}</p>
  <div class="message" id="message" role="alert" hidden>
    <p class="message-text" id="message-text" dir="auto"></p>
    <button type="button" class="button button-quiet message-close" id="message-close" aria-label="${words.t('admin.dismiss.label')}">${words.t('admin.dismiss')}</button>
  </div>

  <section class="view" id="applications-view" aria-labelledby="applications-heading" hidden>
    <h1 class="visually-hidden" id="applications-heading">${words.t('admin.grid.heading')}</h1>
    <div class="switcher">
      <label class="field-inline" for="vacancy-select"><span class="label">${words.t('admin.grid.vacancy')}</span>
        <select id="vacancy-select" class="select" dir="auto"></select>
      </label>
      <div class="counts" id="vacancy-counts" role="group" aria-label="${words.t('admin.grid.byStatus')}"></div>
    </div>
    <div class="toolbar" role="toolbar" aria-label="${words.t('admin.grid.tools')}">
      <label class="search" for="quick-search"><span class="visually-hidden">${words.t('admin.grid.search')}</span>
        <input id="quick-search" class="input" type="search" dir="auto" placeholder="${words.t('admin.grid.search.placeholder')}" autocomplete="off" spellcheck="false">
      </label>
      <details class="menu" id="columns-menu">
        <summary class="button button-quiet">${words.t('admin.grid.columns')}</summary>
        <div class="menu-panel" id="columns-list" role="group" aria-label="${words.t('admin.grid.columns.shown')}"></div>
      </details>
      <button type="button" class="button button-quiet" id="reset-layout">${words.t('admin.grid.resetLayout')}</button>
      <span class="toolbar-gap"></span>
      <span class="row-count" id="row-count" aria-live="polite" dir="auto"></span>
      <span class="time-zone" id="grid-time-zone" dir="auto"></span>
      <button type="button" class="button button-quiet" id="export-xlsx">${words.t('admin.grid.export', { format: 'XLSX' })}</button>
      <button type="button" class="button button-quiet" id="export-csv">${words.t('admin.grid.export', { format: 'CSV' })}</button>
      <label class="button button-quiet file-button" for="import-file" id="import-label">Import…
        <input type="file" id="import-file" class="visually-hidden" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
      </label>
    </div>
    <div class="bulk" id="bulk-bar" hidden>
      <span id="bulk-count"></span>
      <label class="field-inline" for="bulk-status"><span class="label">Move to</span>
        <select id="bulk-status" class="select"></select>
      </label>
      <button type="button" class="button" id="bulk-apply">Apply to selected</button>
      <button type="button" class="button button-quiet" id="bulk-export">Export selected</button>
      <button type="button" class="button button-quiet" id="bulk-clear">Clear selection</button>
    </div>
    <div class="grid-frame" dir="ltr"><div id="applications-grid" class="grid"></div></div>
  </section>

  <section class="view" id="vacancies-view" aria-labelledby="vacancies-heading" hidden>
    <div class="view-head">
      <h1 id="vacancies-heading">Vacancies</h1>
      <button type="button" class="button" id="vacancy-new">New vacancy</button>
      <button type="button" class="button button-quiet" id="vacancy-paste">Paste a notice…</button>
    </div>
    <div class="grid-frame" dir="ltr"><div id="vacancies-grid" class="grid grid-short"></div></div>
  </section>

  <section class="view" id="ncb-vacancies-view" aria-labelledby="ncb-vacancies-heading" hidden>
    <div class="view-head">
      <h1 id="ncb-vacancies-heading">${words.t('admin.ncbVacancies.heading')}</h1>
      <p class="view-note">${words.t('admin.ncbVacancies.intro')}</p>
    </div>
    <div class="preview-frame ncb-vacancies-frame" tabindex="0" role="region" aria-labelledby="ncb-vacancies-heading"><table class="preview ncb-vacancies" id="ncb-vacancies-table">
      <thead><tr>
        <th scope="col">${words.t('admin.ncbVacancies.column.vacancy')}</th>
        <th scope="col">${words.t('admin.ncbVacancies.column.deadline')}</th>
        <th scope="col">${words.t('admin.ncbVacancies.column.applications')}</th>
        <th scope="col">${words.t('admin.ncbVacancies.column.waiting')}</th>
        <th scope="col">${words.t('admin.ncbVacancies.column.validated')}</th>
        <th scope="col"><span class="visually-hidden">${words.t('admin.ncbVacancies.column.action')}</span></th>
      </tr></thead>
      <tbody id="ncb-vacancies-rows"></tbody>
    </table></div>
  </section>

${proposalSections(words)}
${selectionSection()}
${writtenTestSection()}
${lettersSection()}
${interviewSection()}
${secondmentSection(words)}
${rosterSection(words)}
${releasesSection(words)}
${nominationsSection(words)}
${expertsSection(words)}
${deploymentsSection(words)}
${offerSections(words)}
${reportsSection()}

  <section class="view" id="contacts-view" aria-labelledby="contacts-heading" hidden>
    <div class="view-head">
      <h1 id="contacts-heading">NCB contacts</h1>
      <p class="view-note">Where each country's NCB digest goes. Double-click or press Enter on an address to change it.</p>
    </div>
    <div class="grid-frame" dir="ltr"><div id="contacts-grid" class="grid"></div></div>
  </section>
</main>

<aside class="drawer" id="history-drawer" aria-labelledby="history-heading" hidden>
  <div class="drawer-head">
    <h2 id="history-heading">${words.t('admin.grid.history')}</h2>
    <button type="button" class="button button-quiet" id="history-close">${words.t('admin.grid.history.close')}</button>
  </div>
  <p class="drawer-sub" id="history-who"></p>
  <ol class="history" id="history-list"></ol>
</aside>

<dialog class="dialog" id="ncb-dialog" aria-labelledby="ncb-heading">
  <form method="dialog" id="ncb-form" class="dialog-form" novalidate>
    <h2 id="ncb-heading">${words.t('admin.ncb.heading')}</h2>
    <p class="drawer-sub" id="ncb-who" dir="auto"></p>
    <fieldset class="fieldset"><legend>${words.t('admin.ncb.decision')}</legend>
      <label class="choice"><input type="radio" name="decision" value="validated" checked> ${words.t('admin.ncb.validate')}</label>
      <label class="choice"><input type="radio" name="decision" value="declined"> ${words.t('admin.ncb.decline')}</label>
    </fieldset>
    <fieldset class="fieldset" id="ncb-screening"><legend>${words.t('admin.ncb.screening')}</legend>
      <label class="choice"><input type="checkbox" name="screeningAttested" id="ncb-attest"> <span id="ncb-attest-text">${words.t('admin.ncb.attest.any')}</span></label>
      <label class="label" for="ncb-screened-on">${words.t('admin.ncb.screenedOn')}</label>
      <input type="date" id="ncb-screened-on" name="screenedOn" class="input">
    </fieldset>
    <label class="label" for="ncb-note">${words.t('admin.ncb.note')}</label>
    <textarea id="ncb-note" name="note" class="input" rows="3" maxlength="2000" dir="auto"></textarea>
    <div class="letter-copy" id="ncb-letter-copy" hidden>
      <p id="ncb-letter-copy-text">${words.t('admin.ncb.letterCopy')}</p>
      <button type="button" class="button button-secondary" id="ncb-confirm-letter">${words.t('admin.ncb.confirmCopy')}</button>
    </div>
    <div id="ncb-letter-upload">
      <label class="label" for="ncb-letter">${words.t('admin.ncb.letter')}</label>
      <input type="file" id="ncb-letter" name="letter" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
    </div>
    <p class="hint" id="ncb-letter-closed" hidden>${words.t('admin.ncb.letterClosed')}</p>
    <p class="form-error" id="ncb-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" value="save" id="ncb-save">${words.t('admin.ncb.save')}</button>
      <button type="button" class="button button-quiet" id="ncb-cancel">${words.t('admin.ncb.cancel')}</button>
    </div>
  </form>
</dialog>

<dialog class="dialog dialog-wide" id="import-dialog" aria-labelledby="import-heading">
  <div class="dialog-form">
    <h2 id="import-heading">Import</h2>
    <p id="import-summary" role="status"></p>
    <div class="preview-frame" id="import-preview-frame" tabindex="0" role="region" aria-label="Rows of the import"><table class="preview" id="import-preview">
      <thead><tr><th scope="col">Row</th><th scope="col">Candidate</th><th scope="col">Outcome</th><th scope="col">Detail</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <div class="dialog-actions">
      <button type="button" class="button" id="import-apply">Apply</button>
      <button type="button" class="button button-quiet" id="import-cancel">Close</button>
    </div>
  </div>
</dialog>

<dialog class="dialog" id="paste-dialog" aria-labelledby="paste-heading">
  <form method="dialog" class="dialog-form" id="paste-form" novalidate>
    <h2 id="paste-heading">Paste a vacancy notice</h2>
    <label class="label" for="paste-text">The notice's text, as copied from the PDF or Word file</label>
    <textarea id="paste-text" class="input" rows="14" required></textarea>
    <p class="form-error" id="paste-error" role="alert" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="paste-read">Read the notice</button>
      <button type="button" class="button button-quiet" id="paste-cancel">Cancel</button>
    </div>
  </form>
</dialog>

<dialog class="dialog dialog-wide" id="vacancy-dialog" aria-labelledby="vacancy-heading">
  <form method="dialog" class="dialog-form" id="vacancy-form" novalidate>
    <h2 id="vacancy-heading">Vacancy</h2>
    <div class="notice notice-warn" id="vacancy-unread" role="status" hidden></div>
    <div class="form-grid" id="vacancy-fields"></div>
    <p class="form-error" id="vacancy-error" role="alert" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="vacancy-save">Save</button>
      <button type="button" class="button button-quiet" id="vacancy-cancel">Cancel</button>
    </div>
  </form>
</dialog>
${proposalDialogs(words)}
${selectionDialogs()}
${interviewDialogs()}
${offerDialog()}
${releaseDialog(words)}
${nominationDialog(words)}
${expertDialog(words)}
${deploymentDialogs(words)}
<noscript><p class="notice">${words.t('admin.noScript')}</p></noscript>`;
