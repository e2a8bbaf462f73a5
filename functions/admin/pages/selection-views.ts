import { html, type SafeHtml } from '../../pages/html.js';
import { selectionReportBar, selectionReportDialog } from './selection-report-views.js';

/**
 * The selection panel's markup (issue 16, points 1 and 4): the Selection tab (a vacancy's panel,
 * its candidates, the ranking) and its dialogs (HR's panel editor, a member's marking form, the
 * chair's recommendation). Staff-only screens, English as HR's other tools; frames only, filled by
 * client/selection-view.ts and its parts from the selection routes.
 */
export const selectionSection = (): SafeHtml => html`
  <section class="view" id="selection-view" aria-labelledby="selection-heading" hidden>
    <div class="view-head">
      <h1 id="selection-heading">Selection</h1>
      <label class="field-inline" for="selection-vacancy"><span class="label">Vacancy</span>
        <select id="selection-vacancy" class="select" dir="auto"></select>
      </label>
      <button type="button" class="button button-quiet" id="selection-edit-panel" hidden>Edit the panel…</button>
      <button type="button" class="button button-quiet" id="selection-history" hidden>History</button>
    </div>
    <p class="view-note" id="selection-summary" aria-live="polite" dir="auto"></p>
    <h2 class="selection-subhead" id="selection-candidates-heading">Shortlisted candidates</h2>
    <div class="grid-frame" dir="ltr"><div id="selection-grid" class="grid" role="region" aria-labelledby="selection-candidates-heading"></div></div>
    <h2 class="selection-subhead" id="selection-ranking-heading">Ranking</h2>
    <p class="view-note" id="selection-ranking-note" aria-live="polite" dir="auto"></p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="selection-ranking-heading" id="selection-ranking-frame" hidden><table class="preview ranking" id="selection-ranking">
      <thead></thead>
      <tbody></tbody>
    </table></div>
    <p class="hint" id="selection-tie-rule" dir="auto"></p>
${selectionReportBar()}
  </section>`;

export const selectionDialogs = (): SafeHtml => html`
${selectionReportDialog()}
<dialog class="dialog dialog-wide" id="panel-dialog" aria-labelledby="panel-heading">
  <form method="dialog" class="dialog-form" id="panel-form" novalidate>
    <h2 id="panel-heading">Selection panel</h2>
    <p class="notice notice-warn" id="panel-locked" role="status" hidden></p>
    <label class="label" for="panel-members">Members: staff emails, one a line</label>
    <textarea id="panel-members" class="input" rows="4" spellcheck="false" aria-describedby="panel-members-error" dir="ltr"></textarea>
    <p class="field-error" id="panel-members-error" aria-live="polite" hidden></p>
    <label class="label" for="panel-chair">Chair</label>
    <select id="panel-chair" class="select" aria-describedby="panel-chair-error"></select>
    <p class="field-error" id="panel-chair-error" aria-live="polite" hidden></p>
    <fieldset class="fieldset" id="panel-criteria" aria-describedby="panel-criteria-error"><legend>Criteria the panel marks, each with a weight (1 to 100)</legend>
      <div id="panel-criteria-rows" class="criteria-rows"></div>
      <p class="field-error" id="panel-criteria-error" aria-live="polite" hidden></p>
    </fieldset>
    <label class="label" for="panel-spread">Spread threshold: scores further apart than this on one criterion are flagged (1 to 4)</label>
    <input type="number" id="panel-spread" class="input input-short" min="1" max="4" step="1" aria-describedby="panel-spread-error">
    <p class="field-error" id="panel-spread-error" aria-live="polite" hidden></p>
    <p class="form-error" id="panel-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="panel-save">Save the panel</button>
      <button type="button" class="button button-quiet" id="panel-cancel">Cancel</button>
    </div>
  </form>
</dialog>

<dialog class="dialog dialog-wide" id="marking-dialog" aria-labelledby="marking-heading">
  <form method="dialog" class="dialog-form" id="marking-form" novalidate>
    <h2 id="marking-heading">Marks</h2>
    <p class="drawer-sub" id="marking-who" dir="auto"></p>
    <p class="notice" id="marking-state" role="status"></p>
    <div id="marking-criteria" class="marking-criteria"></div>
    <label class="label" for="marking-overall">Overall comment (optional)</label>
    <textarea id="marking-overall" class="input" rows="3" maxlength="4000" dir="auto"></textarea>
    <section id="marking-others" class="marking-others" aria-labelledby="marking-others-heading" hidden>
      <h3 id="marking-others-heading">The other members' submitted marks</h3>
      <div id="marking-others-list"></div>
    </section>
    <div class="form-error" id="marking-error" role="alert" dir="auto" hidden></div>
    <div class="dialog-actions">
      <button type="button" class="button button-secondary" id="marking-save">Save draft</button>
      <button type="button" class="button" id="marking-submit">Submit (final)</button>
      <button type="button" class="button button-quiet" id="marking-close">Close</button>
    </div>
  </form>
</dialog>

<dialog class="dialog" id="recommend-dialog" aria-labelledby="recommend-heading">
  <form method="dialog" class="dialog-form" id="recommend-form" novalidate>
    <h2 id="recommend-heading">The panel's recommendation</h2>
    <p class="drawer-sub" id="recommend-who" dir="auto"></p>
    <fieldset class="fieldset" aria-describedby="recommend-decision-error"><legend>Recommendation</legend>
      <label class="choice"><input type="radio" name="decision" value="appoint"> Appoint</label>
      <label class="choice"><input type="radio" name="decision" value="reserve"> Reserve list</label>
      <label class="choice"><input type="radio" name="decision" value="not-recommended"> Not recommended</label>
    </fieldset>
    <p class="field-error" id="recommend-decision-error" aria-live="polite" hidden></p>
    <label class="label" for="recommend-reasons">Reasons (required when not recommended)</label>
    <textarea id="recommend-reasons" class="input" rows="4" maxlength="4000" dir="auto" aria-describedby="recommend-reasons-error"></textarea>
    <p class="field-error" id="recommend-reasons-error" aria-live="polite" hidden></p>
    <p class="form-error" id="recommend-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="recommend-save">Record</button>
      <button type="button" class="button button-quiet" id="recommend-cancel">Cancel</button>
    </div>
  </form>
</dialog>`;
