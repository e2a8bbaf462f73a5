import { html, type SafeHtml } from '../../pages/html.js';

/**
 * The Reports tab's markup (issue 17, point 5; docs/reports.md): the key figures, a block per
 * figure set (its chart, the table of the chart's figures, its CSV) and HR's list of
 * under-represented member countries. HR-only, in English as HR's other tools; frames only, filled
 * by client/reports-view.ts from the reports routes.
 */
export const reportsSection = (): SafeHtml => html`
  <section class="view" id="reports-view" aria-labelledby="reports-heading" hidden>
    <div class="view-head">
      <h1 id="reports-heading">Reports</h1>
      <button type="button" class="button button-quiet" id="reports-refresh">Refresh</button>
      <button type="button" class="button button-quiet" id="reports-export-xlsx">Download every table (XLSX)</button>
    </div>
    <p class="view-note" id="reports-state" role="status" dir="auto"></p>
    <p class="view-note">Counts only, never a list of people. Self-declared gender is counted per closed calendar quarter only (UTC: applications by the quarter they were submitted in, appointments by the quarter they were made in), and a quarter is shown once it ended at least 14 days ago, the last 8 at most: a live count would move when someone is appointed and tell that person’s answer. A count under 5 reads "fewer than 5", and so do enough other counts of its quarter that what is hidden cannot be worked out from the total. The gender of a purged application is not kept, so an older quarter shrinks as its applications are purged. Purged applications and secondments count from the counts the purge kept: their stage before a rejection and their eligibility are not kept, so those figures are lower bounds.</p>
    <dl class="report-summary" id="reports-summary"></dl>
    <div id="reports-blocks"></div>

    <section class="report-block" aria-labelledby="under-represented-heading">
      <h2 id="under-represented-heading">Under-represented member countries</h2>
      <p class="view-note">The notices invite "women and nationals of under/unrepresented member countries". Which countries count is yours to keep here; the representation figures above follow this list.</p>
      <p class="view-note" id="under-represented-state" role="status" dir="auto"></p>
      <ul class="report-chips" id="under-represented-list" aria-labelledby="under-represented-heading"></ul>
      <div class="report-edit">
        <label class="field-inline" for="under-represented-add"><span class="label">Member country</span>
          <select id="under-represented-add" class="select"></select>
        </label>
        <button type="button" class="button button-quiet" id="under-represented-add-button">Add to the list</button>
        <button type="button" class="button" id="under-represented-save" disabled>Save the list</button>
      </div>
      <p class="form-error" id="under-represented-error" role="alert" dir="auto" hidden></p>
      <details class="report-history">
        <summary>Changes to the list</summary>
        <ol class="plain-list" id="under-represented-history"></ol>
      </details>
    </section>
  </section>`;
