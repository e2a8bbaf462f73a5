import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';

/**
 * The Secondments tab's markup (issue 17, points 1 and 2; docs/secondments.md), a frame filled by
 * client/secondments-view.ts and client/secondment-record.ts: the list, one record (details,
 * documents, extensions, end). An NCB officer reads it too (its country's), so what both see is in
 * the page's language; HR's own forms (making a record, the end) are English, as HR's other tools.
 */
export const secondmentSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="secondments-view" aria-labelledby="secondments-heading" hidden>
    <div class="view-head">
      <h1 id="secondments-heading">${words.t('admin.secondments.heading')}</h1>
      <p class="view-note" id="secondments-ncb-intro" hidden>${words.t('admin.secondments.ncbIntro')}</p>
    </div>
    <form class="dialog-form" id="secondment-create" novalidate hidden>
      <h2 id="secondment-create-heading">Record a secondment</h2>
      <p class="hint">From an appointed application: an accepted offer gives the first day and the months; give them only for an application appointed before offers.</p>
      <label class="label" for="secondment-create-application">Application id</label>
      <input type="text" id="secondment-create-application" class="input" required spellcheck="false" autocomplete="off">
      <label class="label" for="secondment-create-first-day">First day (no offer only)</label>
      <input type="date" id="secondment-create-first-day" class="input">
      <label class="label" for="secondment-create-months">Months (no offer only)</label>
      <input type="number" id="secondment-create-months" class="input input-short" min="1" max="72" step="1">
      <div class="dialog-actions"><button type="submit" class="button" id="secondment-create-save">Record the secondment</button></div>
    </form>
    <p class="view-note" id="secondments-state" aria-live="polite" dir="auto"></p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="secondments-caption" id="secondments-list"><table class="preview" id="secondments-table">
      <caption id="secondments-caption">${words.t('admin.secondments.caption')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.secondments.officer')}</th>
        <th scope="col">${words.t('admin.secondments.vacancy')}</th>
        <th scope="col">${words.t('admin.secondments.post')}</th>
        <th scope="col">${words.t('admin.secondments.typeHeading')}</th>
        <th scope="col">${words.t('admin.secondments.run')}</th>
        <th scope="col">${words.t('admin.secondments.state')}</th>
        <th scope="col">${words.t('admin.secondments.room')}</th>
        <th scope="col">${words.t('admin.secondments.open')}</th>
      </tr></thead>
      <tbody id="secondments-rows"></tbody>
    </table></div>
    <div id="secondment-record" hidden></div>
  </section>`;
