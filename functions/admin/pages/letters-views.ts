import { html, type SafeHtml } from '../../pages/html.js';

/**
 * The Letters tab's markup (issue 16, point 6): per vacancy, every letter kind with whether the job
 * sends it by itself and how many are due, a preview of who is due one and of the letter in their
 * language before HR's bulk send, and the close-out. HR-only, in English as HR's other tools;
 * frames only, filled by client/letters-view.ts from the letters routes.
 */
export const lettersSection = (): SafeHtml => html`
  <section class="view" id="letters-view" aria-labelledby="letters-heading" hidden>
    <div class="view-head">
      <h1 id="letters-heading">Letters</h1>
      <label class="field-inline" for="letters-vacancy"><span class="label">Vacancy</span>
        <select id="letters-vacancy" class="select" dir="auto"></select>
      </label>
    </div>
    <p class="view-note" id="letters-summary" aria-live="polite" dir="auto"></p>
    <form id="letters-setting-form" novalidate>
      <div class="preview-frame" tabindex="0" role="region" aria-labelledby="letters-kinds-caption"><table class="preview letters-kinds" id="letters-kinds">
        <caption id="letters-kinds-caption">Letters of this vacancy: a letter the job does not send by itself goes only when you send it here</caption>
        <thead><tr><th scope="col">Letter</th><th scope="col">Sent by the job</th><th scope="col">Due now</th><th scope="col">Actions</th></tr></thead>
        <tbody></tbody>
      </table></div>
      <p class="form-error" id="letters-setting-error" role="alert" dir="auto" hidden></p>
      <div class="dialog-actions"><button type="submit" class="button" id="letters-save">Save which letters the job sends</button></div>
    </form>

    <section class="letters-preview" id="letters-preview" aria-labelledby="letters-preview-heading" hidden>
      <h2 id="letters-preview-heading">Preview</h2>
      <p class="view-note" id="letters-preview-summary" dir="auto"></p>
      <div class="preview-frame" tabindex="0" role="region" aria-labelledby="letters-recipients-caption"><table class="preview" id="letters-recipients">
        <caption id="letters-recipients-caption">Who is due this letter</caption>
        <thead><tr><th scope="col">Candidate</th><th scope="col">Language</th><th scope="col">Copy to the NCB</th><th scope="col">Letter</th></tr></thead>
        <tbody></tbody>
      </table></div>
      <h3 id="letters-letter-heading">The letter as <span id="letters-letter-who" dir="auto"></span> reads it</h3>
      <p class="letter-subject" id="letters-letter-subject" dir="auto"></p>
      <pre class="letter-text" id="letters-letter-text" tabindex="0" aria-labelledby="letters-letter-heading"></pre>
      <div class="dialog-actions">
        <button type="button" class="button" id="letters-send">Send</button>
        <button type="button" class="button button-quiet" id="letters-preview-close">Close the preview</button>
      </div>
    </section>

    <section class="letters-close-out" aria-labelledby="letters-close-out-heading">
      <h2 id="letters-close-out-heading">Close-out</h2>
      <p class="hint">When the vacancy is filled or closed: everyone still open (submitted, screening, shortlisted, tested, interviewed, the reserve list) becomes rejected and gets the not-retained letter of the stage they reached. An outstanding offer is left alone.</p>
      <button type="button" class="button button-quiet" id="letters-close-out-preview">Preview the close-out…</button>
      <div id="letters-close-out-summary" hidden>
        <ul id="letters-close-out-counts"></ul>
        <button type="button" class="button" id="letters-close-out-run">Close out the vacancy</button>
      </div>
    </section>
  </section>`;
