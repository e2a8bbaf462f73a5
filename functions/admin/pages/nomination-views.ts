import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';

/**
 * The Nominations tab's markup (issue 18, point 5; shared/nomination/), filled by
 * client/nominations-view.ts: HR and admins of a sending unit choose a call, read its mission, its
 * two deadlines and how many of the allowed nominations are made, and act on each candidate
 * interviewed or nominated. Every word is in the page's language (the unit may work in any of four).
 */
export const nominationsSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="nominations-view" aria-labelledby="nominations-heading" hidden>
    <div class="view-head">
      <h1 id="nominations-heading">${words.t('admin.nominations.heading')}</h1>
      <label class="field-inline" for="nominations-call"><span class="label">${words.t('admin.nominations.call')}</span>
        <select id="nominations-call" class="select" dir="auto"></select>
      </label>
    </div>
    <p class="view-note">${words.t('admin.nominations.intro')}</p>
    <div class="nominations-call" id="nominations-summary" hidden>
      <p id="nominations-mission"></p>
      <p class="hint" id="nominations-role"></p>
      <p class="hint" id="nominations-duty-station"></p>
      <p id="nominations-deadline-national"></p>
      <p id="nominations-deadline-mission"></p>
    </div>
    <p class="row-count" id="nominations-count" aria-live="polite" dir="auto"></p>
    <div class="preview-frame nominations-frame" tabindex="0" role="region" aria-labelledby="nominations-caption"><table class="preview nominations" id="nominations-table">
      <caption class="visually-hidden" id="nominations-caption">${words.t('admin.nominations.table')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.nominations.column.candidate')}</th>
        <th scope="col">${words.t('admin.nominations.column.status')}</th>
        <th scope="col">${words.t('admin.nominations.column.release')}</th>
        <th scope="col">${words.t('admin.nominations.column.missing')}</th>
        <th scope="col">${words.t('admin.nominations.column.nomination')}</th>
        <th scope="col">${words.t('admin.nominations.column.actions')}</th>
      </tr></thead>
      <tbody id="nominations-rows"></tbody>
    </table></div>
  </section>`;

/**
 * One dialog for the three steps after a nomination that ask something: its withdrawal (the reason),
 * the package sent (the day) and the mission's answer (which, the day, an internal note). The
 * client shows the fields of the step asked; each problem is said beside its field.
 */
export const nominationDialog = (words: AdminWords): SafeHtml => html`
<dialog class="dialog" id="nomination-dialog" aria-labelledby="nomination-heading">
  <form method="dialog" id="nomination-form" class="dialog-form" novalidate>
    <h2 id="nomination-heading"></h2>
    <p class="drawer-sub" id="nomination-who" dir="auto"></p>
    <div class="nomination-fields" id="nomination-withdraw-fields">
      <label class="label" for="nomination-reason">${words.t('admin.nominations.reason')}</label>
      <p class="hint" id="nomination-reason-hint">${words.t('admin.nominations.reason.hint')}</p>
      <textarea id="nomination-reason" name="reason" class="input" rows="3" maxlength="2000" dir="auto" aria-describedby="nomination-reason-hint nomination-reason-error"></textarea>
      <p class="field-error" id="nomination-reason-error" dir="auto" hidden></p>
    </div>
    <div class="nomination-fields" id="nomination-sent-fields">
      <label class="label" for="nomination-sentOn">${words.t('admin.nominations.sentOn')}</label>
      <p class="hint" id="nomination-sentOn-hint">${words.t('admin.nominations.sentOn.hint')}</p>
      <input type="date" id="nomination-sentOn" name="sentOn" class="input" aria-describedby="nomination-sentOn-hint nomination-sentOn-error">
      <p class="field-error" id="nomination-sentOn-error" dir="auto" hidden></p>
    </div>
    <div class="nomination-fields" id="nomination-answer-fields">
      <fieldset class="fieldset" id="nomination-outcome" aria-describedby="nomination-outcome-error"><legend>${words.t('admin.nominations.outcome')}</legend>
        <label class="choice"><input type="radio" name="outcome" value="selected"> ${words.t('admin.nominations.outcome.option', { outcome: 'selected' })}</label>
        <label class="choice"><input type="radio" name="outcome" value="reserve"> ${words.t('admin.nominations.outcome.option', { outcome: 'reserve' })}</label>
        <label class="choice"><input type="radio" name="outcome" value="not-selected"> ${words.t('admin.nominations.outcome.option', { outcome: 'notSelected' })}</label>
      </fieldset>
      <p class="field-error" id="nomination-outcome-error" dir="auto" hidden></p>
      <label class="label" for="nomination-answeredOn">${words.t('admin.nominations.answeredOn')}</label>
      <input type="date" id="nomination-answeredOn" name="answeredOn" class="input" aria-describedby="nomination-answeredOn-error">
      <p class="field-error" id="nomination-answeredOn-error" dir="auto" hidden></p>
      <label class="label" for="nomination-note">${words.t('admin.nominations.note')}</label>
      <p class="hint" id="nomination-note-hint">${words.t('admin.nominations.note.hint')}</p>
      <textarea id="nomination-note" name="note" class="input" rows="3" maxlength="2000" dir="auto" aria-describedby="nomination-note-hint nomination-note-error"></textarea>
      <p class="field-error" id="nomination-note-error" dir="auto" hidden></p>
    </div>
    <p class="form-error" id="nomination-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="nomination-save"></button>
      <button type="button" class="button button-quiet" id="nomination-cancel">${words.t('admin.nominations.cancel')}</button>
    </div>
  </form>
</dialog>`;
