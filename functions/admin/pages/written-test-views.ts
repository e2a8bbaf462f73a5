import { html, type SafeHtml } from '../../pages/html.js';

/**
 * The Written test tab's markup (issue 16, point 2; docs/written-test.md), beside Selection: per
 * vacancy, the form that schedules or corrects a test, its tests, the shortlisted and tested
 * candidates with whom each is invited to, their answer and result (invite, move, record a mark),
 * and the platform's CSV import. HR-only, in English as HR's other tools; frames only, filled by
 * client/written-test-view.ts from the written tests' routes.
 */
export const writtenTestSection = (): SafeHtml => html`
  <section class="view" id="written-tests-view" aria-labelledby="written-tests-heading" hidden>
    <div class="view-head">
      <h1 id="written-tests-heading">Written test</h1>
      <label class="field-inline" for="written-tests-vacancy"><span class="label">Vacancy</span>
        <select id="written-tests-vacancy" class="select" dir="auto"></select>
      </label>
    </div>
    <p class="view-note" id="written-tests-summary" aria-live="polite" dir="auto"></p>

    <h2 class="selection-subhead" id="written-tests-list-heading">Tests</h2>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="written-tests-list-heading"><table class="preview" id="written-tests-table">
      <thead><tr><th scope="col">When</th><th scope="col">Where</th><th scope="col">Marks</th><th scope="col">Invited</th><th scope="col">Actions</th></tr></thead>
      <tbody></tbody>
    </table></div>

    <form id="written-test-form" class="written-test-form" novalidate aria-labelledby="written-test-form-heading">
      <h2 class="selection-subhead" id="written-test-form-heading">Schedule a test</h2>
      <p class="hint">Times are read in the test’s time zone, as its notice gives them. Candidates see them in that zone and in their own. A mark at or above the pass mark passes.</p>
      <fieldset class="fieldset"><legend>Format</legend>
        <label><input type="radio" name="format" value="sitting" checked> One sitting (from its start to its end)</label>
        <label><input type="radio" name="format" value="window"> A window (open from its start to its end; the test takes a set time within it)</label>
      </fieldset>
      <label class="field-inline" for="written-test-starts"><span class="label">Starts (or opens)</span>
        <input type="datetime-local" id="written-test-starts" class="input" required>
      </label>
      <label class="field-inline" for="written-test-ends"><span class="label">Ends (or closes)</span>
        <input type="datetime-local" id="written-test-ends" class="input" required>
      </label>
      <label class="field-inline" for="written-test-duration"><span class="label">Takes (minutes, a window only)</span>
        <input type="number" id="written-test-duration" class="input" min="10" max="600" step="5">
      </label>
      <label class="field-inline" for="written-test-zone"><span class="label">Time zone (IANA)</span>
        <input type="text" id="written-test-zone" class="input" required value="Europe/Paris" autocomplete="off" spellcheck="false">
      </label>
      <fieldset class="fieldset"><legend>Where</legend>
        <label><input type="radio" name="where" value="remote" checked> Remote, on the test platform</label>
        <label><input type="radio" name="where" value="place"> At a place</label>
      </fieldset>
      <label class="field-inline" for="written-test-link"><span class="label">Platform link (https://…)</span>
        <input type="url" id="written-test-link" class="input" maxlength="500" autocomplete="off">
      </label>
      <label class="field-inline" for="written-test-address"><span class="label">Address</span>
        <input type="text" id="written-test-address" class="input" maxlength="300" dir="auto">
      </label>
      <label class="field-inline" for="written-test-max"><span class="label">Maximum mark</span>
        <input type="number" id="written-test-max" class="input" required min="1" max="10000" step="any" value="100">
      </label>
      <label class="field-inline" for="written-test-pass"><span class="label">Pass mark</span>
        <input type="number" id="written-test-pass" class="input" required min="0" max="10000" step="0.01" value="50">
      </label>
      <p class="form-error" id="written-test-form-error" role="alert" dir="auto" hidden></p>
      <div class="dialog-actions">
        <button type="submit" class="button" id="written-test-save">Schedule the test</button>
        <button type="button" class="button button-quiet" id="written-test-new" hidden>Schedule a new test instead</button>
      </div>
    </form>

    <h2 class="selection-subhead" id="written-tests-candidates-heading">Candidates</h2>
    <p class="hint">Shortlisted candidates are invited (one email each, with the test in their calendar). Inviting one already invited to another test moves them to it. A result moves a shortlisted candidate to tested.</p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="written-tests-candidates-heading"><table class="preview" id="written-tests-candidates">
      <thead><tr><th scope="col">Candidate</th><th scope="col">Status</th><th scope="col">Invited to</th><th scope="col">Answer</th><th scope="col">Result</th><th scope="col">Actions</th></tr></thead>
      <tbody></tbody>
    </table></div>

    <form id="written-tests-import" class="written-tests-import" novalidate aria-labelledby="written-tests-import-heading">
      <h2 class="selection-subhead" id="written-tests-import-heading">Import the platform’s results</h2>
      <p class="hint">A CSV with a <code>reference</code> column (the application’s reference) and a <code>mark</code> column; other columns are skipped. All or nothing: one wrong row and nothing is recorded. Importing the same file again changes nothing.</p>
      <label class="field-inline" for="written-tests-file"><span class="label">Results file (.csv)</span>
        <input type="file" id="written-tests-file" class="input" accept=".csv,text/csv">
      </label>
      <button type="submit" class="button" id="written-tests-import-button">Import</button>
      <div id="written-tests-import-errors" role="alert" dir="auto"></div>
    </form>
  </section>`;
