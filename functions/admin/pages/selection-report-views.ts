import { html, type SafeHtml } from '../../pages/html.js';

/**
 * The selection report's part of the Selection tab (issue 16, point 5), HR's only: whether the
 * report is signed off (by whom, when) or what it waits for, its PDF, and the sign-off, confirmed
 * in a dialog first because it cannot be undone. English, as HR's other tools. Filled by
 * client/selection-report-actions.ts.
 */
export const selectionReportBar = (): SafeHtml => html`
    <section class="selection-report" id="selection-report" aria-labelledby="selection-report-heading" hidden>
      <h2 class="selection-subhead" id="selection-report-heading">Selection report</h2>
      <p class="view-note" id="selection-report-state" aria-live="polite" dir="auto"></p>
      <div class="selection-report-actions">
        <button type="button" class="button button-quiet" id="selection-report-pdf">Download the report (PDF)</button>
        <button type="button" class="button" id="selection-report-sign" hidden>Sign off…</button>
      </div>
    </section>`;

export const selectionReportDialog = (): SafeHtml => html`
<dialog class="dialog" id="report-sign-dialog" aria-labelledby="report-sign-heading">
  <form method="dialog" class="dialog-form" id="report-sign-form" novalidate>
    <h2 id="report-sign-heading">Sign off the selection report?</h2>
    <p id="report-sign-what" dir="auto"></p>
    <p class="form-error" id="report-sign-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="report-sign-confirm">Sign off</button>
      <button type="button" class="button button-quiet" id="report-sign-keep">Not now</button>
    </div>
  </form>
</dialog>`;
