import { html, type SafeHtml } from '../../pages/html.js';

/**
 * HR's interview screens' markup (issue 16, point 3): the Interviews tab (a vacancy's slots, its
 * candidates with their invitation and booking) and its dialogs (a slot set or moved, a slot
 * cancelled). Staff-only, English as HR's other tools; frames only, filled by
 * client/interview-view.ts and its parts from the interviews' routes.
 */
export const interviewSection = (): SafeHtml => html`
  <section class="view" id="interviews-view" aria-labelledby="interviews-heading" hidden>
    <div class="view-head">
      <h1 id="interviews-heading">Interviews</h1>
      <label class="field-inline" for="interviews-vacancy"><span class="label">Vacancy</span>
        <select id="interviews-vacancy" class="select" dir="auto"></select>
      </label>
      <button type="button" class="button" id="interviews-new-slot" hidden>New slot…</button>
    </div>
    <p class="view-note" id="interviews-summary" aria-live="polite" dir="auto"></p>
    <h2 class="selection-subhead" id="interviews-slots-heading">Slots</h2>
    <p class="view-note" id="interviews-slots-note" dir="auto"></p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="interviews-slots-heading" id="interviews-slots-frame" hidden><table class="preview interview-table" id="interviews-slots">
      <thead><tr>
        <th scope="col">When (the slot's zone)</th>
        <th scope="col">Length</th>
        <th scope="col">Where</th>
        <th scope="col">Panel</th>
        <th scope="col">Booked by</th>
        <th scope="col">Actions</th>
      </tr></thead>
      <tbody></tbody>
    </table></div>
    <h2 class="selection-subhead" id="interviews-candidates-heading">Candidates</h2>
    <p class="view-note" id="interviews-candidates-note" dir="auto">Shortlisted and tested candidates may be invited: each gets an email (in their language) and picks a time on their status page. HR may assign a time to an invited candidate, even after the candidates' 24-hour cut-off.</p>
    <div class="preview-frame" tabindex="0" role="region" aria-labelledby="interviews-candidates-heading" id="interviews-candidates-frame" hidden><table class="preview interview-table" id="interviews-candidates">
      <thead><tr>
        <th scope="col">Invite</th>
        <th scope="col">Candidate</th>
        <th scope="col">Status</th>
        <th scope="col">Invitation</th>
        <th scope="col">Interview</th>
        <th scope="col">Assign a time</th>
      </tr></thead>
      <tbody></tbody>
    </table></div>
    <div class="interview-actions">
      <button type="button" class="button" id="interviews-invite" hidden>Invite the chosen candidates</button>
    </div>
  </section>`;

export const interviewDialogs = (): SafeHtml => html`
<dialog class="dialog dialog-wide" id="slot-dialog" aria-labelledby="slot-heading">
  <form method="dialog" class="dialog-form" id="slot-form" novalidate>
    <h2 id="slot-heading">New interview slot</h2>
    <p class="notice" id="slot-booked" role="status" hidden></p>
    <div class="slot-when">
      <label class="field-inline" for="slot-date"><span class="label">Date</span>
        <input type="date" id="slot-date" class="input" required aria-describedby="slot-startsAt-error">
      </label>
      <label class="field-inline" for="slot-time"><span class="label">Start</span>
        <input type="time" id="slot-time" class="input" required step="300" aria-describedby="slot-startsAt-error">
      </label>
      <label class="field-inline" for="slot-length"><span class="label">Length (minutes)</span>
        <input type="number" id="slot-length" class="input input-short" min="10" max="480" step="5" value="45" aria-describedby="slot-durationMinutes-error">
      </label>
    </div>
    <p class="field-error" id="slot-startsAt-error" aria-live="polite" hidden></p>
    <p class="field-error" id="slot-durationMinutes-error" aria-live="polite" hidden></p>
    <label class="label" for="slot-zone">Time zone (IANA, the place's, or the panel's for a video call)</label>
    <input type="text" id="slot-zone" class="input" list="slot-zones" autocomplete="off" spellcheck="false" dir="ltr" aria-describedby="slot-zone-hint slot-timeZone-error">
    <datalist id="slot-zones"></datalist>
    <p class="hint" id="slot-zone-hint">Such as Europe/Paris. The candidate sees the time in this zone and in their own.</p>
    <p class="field-error" id="slot-timeZone-error" aria-live="polite" hidden></p>
    <label class="label" for="slot-place">Place (address and room)</label>
    <input type="text" id="slot-place" class="input" maxlength="300" dir="auto" aria-describedby="slot-place-error">
    <p class="field-error" id="slot-place-error" aria-live="polite" hidden></p>
    <label class="label" for="slot-video">Video link (https://), instead of or beside a place</label>
    <input type="url" id="slot-video" class="input" maxlength="500" dir="ltr" aria-describedby="slot-videoLink-error">
    <p class="field-error" id="slot-videoLink-error" aria-live="polite" hidden></p>
    <fieldset class="fieldset" aria-describedby="slot-panelMembers-error"><legend>Panel members in this interview (from the vacancy's panel)</legend>
      <div id="slot-members" class="slot-members"></div>
      <p class="field-error" id="slot-panelMembers-error" aria-live="polite" hidden></p>
    </fieldset>
    <p class="form-error" id="slot-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="slot-save">Save the slot</button>
      <button type="button" class="button button-quiet" id="slot-close">Close</button>
    </div>
  </form>
</dialog>

<dialog class="dialog" id="slot-cancel-dialog" aria-labelledby="slot-cancel-heading">
  <form method="dialog" class="dialog-form" id="slot-cancel-form" novalidate>
    <h2 id="slot-cancel-heading">Cancel this slot?</h2>
    <p id="slot-cancel-what" dir="auto"></p>
    <p class="form-error" id="slot-cancel-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="slot-cancel-confirm">Cancel the slot</button>
      <button type="button" class="button button-quiet" id="slot-cancel-keep">Keep it</button>
    </div>
  </form>
</dialog>`;
