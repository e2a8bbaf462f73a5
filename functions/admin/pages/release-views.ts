import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';

/**
 * The Releases tab's markup (issue 18, point 4; shared/release/), filled by client/releases-view.ts:
 * a sending unit's serving officers who applied to live calls, one row each, with their force's
 * decision on their release. A force approver reads it in the page's language and decides in the
 * dialog below; HR and admins read it without the actions (the API takes the force's decision only).
 */
export const releasesSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="releases-view" aria-labelledby="releases-heading" hidden>
    <div class="view-head">
      <h1 id="releases-heading">${words.t('admin.releases.heading')}</h1>
      <p class="view-note" id="releases-intro"></p>
    </div>
    <p class="row-count" id="releases-count" aria-live="polite" dir="auto"></p>
    <div class="preview-frame releases-frame" tabindex="0" role="region" aria-labelledby="releases-caption"><table class="preview releases" id="releases-table">
      <caption class="visually-hidden" id="releases-caption">${words.t('admin.releases.table')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.releases.column.officer')}</th>
        <th scope="col">${words.t('admin.releases.column.lineManager')}</th>
        <th scope="col">${words.t('admin.releases.column.call')}</th>
        <th scope="col">${words.t('admin.releases.column.deadlines')}</th>
        <th scope="col">${words.t('admin.releases.column.status')}</th>
        <th scope="col">${words.t('admin.releases.column.decision')}</th>
        <th scope="col" id="releases-actions-heading" hidden>${words.t('admin.releases.column.actions')}</th>
      </tr></thead>
      <tbody id="releases-rows"></tbody>
    </table></div>
  </section>`;

/** The force approver's decision: the period released, or the reason for refusing; errors beside their fields. */
export const releaseDialog = (words: AdminWords): SafeHtml => html`
<dialog class="dialog" id="release-dialog" aria-labelledby="release-heading">
  <form method="dialog" id="release-form" class="dialog-form" novalidate>
    <h2 id="release-heading"></h2>
    <p class="drawer-sub" id="release-who" dir="auto"></p>
    <div class="release-fields" id="release-period">
      <p class="hint" id="release-period-hint">${words.t('admin.releases.period.hint')}</p>
      <label class="label" for="release-from">${words.t('admin.releases.from')}</label>
      <input type="date" id="release-from" name="from" class="input" aria-describedby="release-period-hint release-from-error">
      <p class="field-error" id="release-from-error" dir="auto" hidden></p>
      <label class="label" for="release-until">${words.t('admin.releases.until')}</label>
      <input type="date" id="release-until" name="until" class="input" aria-describedby="release-period-hint release-until-error">
      <p class="field-error" id="release-until-error" dir="auto" hidden></p>
    </div>
    <div class="release-fields" id="release-reason">
      <label class="label" for="release-note">${words.t('admin.releases.note')}</label>
      <p class="hint" id="release-note-hint">${words.t('admin.releases.note.hint')}</p>
      <textarea id="release-note" name="note" class="input" rows="3" maxlength="2000" dir="auto" aria-describedby="release-note-hint release-note-error"></textarea>
      <p class="field-error" id="release-note-error" dir="auto" hidden></p>
    </div>
    <p class="form-error" id="release-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="release-save"></button>
      <button type="button" class="button button-quiet" id="release-cancel">${words.t('admin.releases.cancel')}</button>
    </div>
  </form>
</dialog>`;
