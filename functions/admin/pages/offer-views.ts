import { html, type SafeHtml } from '../../pages/html.js';
import { homeConfirmationTerms } from '#shared/offers/offer.js';
import type { AdminWords } from './admin-words.js';

/**
 * The offers' screens (issue 16, point 7; docs/offers.md), frames only, filled by
 * client/offers-view.ts and client/ncb-offers-view.ts. HR's Offers tab (a vacancy's posts, its
 * offers and their state, the interviewed candidates and the reserve list) and its offer dialog
 * are in English, as HR's other tools; the NCB's "Offers to confirm" tab is in the page's language.
 */
export const offerSections = (words: AdminWords): SafeHtml => html`
  <section class="view" id="offers-view" aria-labelledby="offers-heading" hidden>
    <div class="view-head">
      <h1 id="offers-heading">Offers</h1>
      <label class="field-inline" for="offers-vacancy"><span class="label">Vacancy</span>
        <select id="offers-vacancy" class="select" dir="auto"></select>
      </label>
    </div>
    <p class="view-note" id="offers-summary" aria-live="polite" dir="auto"></p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="offers-caption"><table class="preview" id="offers-table">
      <caption id="offers-caption">Offers of this vacancy, by answer-by date</caption>
      <thead><tr><th scope="col">Candidate</th><th scope="col">State</th><th scope="col">Answer by</th><th scope="col">Secondment</th><th scope="col">Home confirmation</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <h2 id="offers-candidates-heading">Interviewed candidates</h2>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="offers-candidates-heading"><table class="preview" id="offers-candidates">
      <thead><tr><th scope="col">Rank</th><th scope="col">Candidate</th><th scope="col">Chair’s recommendation</th><th scope="col">Action</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <h2 id="offers-reserve-heading">Reserve list</h2>
    <p class="view-note" id="offers-next" dir="auto"></p>
    <ol class="offers-reserve" id="offers-reserve" aria-labelledby="offers-reserve-heading"></ol>
  </section>

  <section class="view" id="ncb-offers-view" aria-labelledby="ncb-offers-heading" hidden>
    <div class="view-head">
      <h1 id="ncb-offers-heading">${words.t('admin.offers.ncb.heading')}</h1>
      <p class="view-note">${words.t('admin.offers.ncb.intro')}</p>
    </div>
    <p class="view-note" id="ncb-offers-state" aria-live="polite" dir="auto"></p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="ncb-offers-heading"><table class="preview" id="ncb-offers-table">
      <thead><tr>
        <th scope="col">${words.t('admin.offers.ncb.officer')}</th>
        <th scope="col">${words.t('admin.offers.ncb.vacancy')}</th>
        <th scope="col">${words.t('admin.offers.ncb.secondment')}</th>
        <th scope="col">${words.t('admin.offers.ncb.terms')}</th>
        <th scope="col">${words.t('admin.offers.ncb.by')}</th>
        <th scope="col">${words.t('admin.offers.ncb.answer')}</th>
        <th scope="col">${words.t('admin.offers.ncb.record')}</th>
      </tr></thead>
      <tbody id="ncb-offers-rows"></tbody>
    </table></div>
  </section>`;

const termText: Readonly<Record<(typeof homeConfirmationTerms)[number], string>> = {
  'release-for-period': 'Release for the whole period',
  'salary-and-benefits': 'Salary, social insurance, pension and benefits',
  'travel-and-removal': 'Travel and removal costs',
  'duty-station-conditions': 'Conditions of service at the duty station',
};

/** HR's offer dialog: the terms of one offer (an interviewed candidate's, or the next on the reserve list's). */
export const offerDialog = (): SafeHtml => html`
<dialog class="dialog dialog-wide" id="offer-dialog" aria-labelledby="offer-heading">
  <form method="dialog" class="dialog-form" id="offer-form" novalidate>
    <h2 id="offer-heading" dir="auto">Offer the post</h2>
    <p class="hint" id="offer-zone" dir="auto"></p>
    <label class="label" for="offer-answerBy">Answer by (the end of this day at the duty station)</label>
    <input type="date" id="offer-answerBy" class="input" required aria-describedby="offer-answerBy-error">
    <p class="field-error" id="offer-answerBy-error" aria-live="polite" hidden></p>
    <label class="label" for="offer-startsOn">Secondment starts on</label>
    <input type="date" id="offer-startsOn" class="input" required aria-describedby="offer-startsOn-error">
    <p class="field-error" id="offer-startsOn-error" aria-live="polite" hidden></p>
    <label class="label" for="offer-months">Months</label>
    <input type="number" id="offer-months" class="input input-short" min="1" max="72" step="1" value="24" required aria-describedby="offer-months-error">
    <p class="field-error" id="offer-months-error" aria-live="polite" hidden></p>
    <fieldset class="fieldset" aria-describedby="offer-homeConfirmation-terms-error"><legend>The home administration confirms</legend>
      ${homeConfirmationTerms.map(
        (term) => html`<label class="check"><input type="checkbox" name="offer-term" value="${term}" checked> ${termText[term]}</label>`,
      )}
      <p class="field-error" id="offer-homeConfirmation-terms-error" aria-live="polite" hidden></p>
    </fieldset>
    <label class="label" for="offer-confirmBy">Home administration confirms by</label>
    <input type="date" id="offer-confirmBy" class="input" required aria-describedby="offer-homeConfirmation-by-error">
    <p class="field-error" id="offer-homeConfirmation-by-error" aria-live="polite" hidden></p>
    <p class="form-error" id="offer-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="offer-save">Make the offer</button>
      <button type="button" class="button button-quiet" id="offer-close">Close</button>
    </div>
  </form>
</dialog>`;
