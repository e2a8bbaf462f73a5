import { checklistItems, deploymentStates } from '#shared/deployment/deployment.js';
import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';
import { stateOption } from './client/deployment-types.js';

/**
 * The Deployments tab's markup (issue 18, point 6; shared/deployment/), filled by
 * client/deployments-view.ts: the roster of a sending unit's deployments (a table filtered by state
 * and call), HR's "Start a deployment" from a selected nomination, and HR's report of the counts.
 * A force approver sees the roster of their force's officers only (the client hides the rest).
 * Every word is in the page's language.
 */
export const deploymentsSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="deployments-view" aria-labelledby="deployments-heading" hidden>
    <div class="view-head">
      <h1 id="deployments-heading">${words.t('admin.deployments.heading')}</h1>
      <button type="button" class="button" id="deployments-start" hidden>${words.t('admin.deployments.start')}</button>
    </div>
    <p class="view-note" id="deployments-intro">${words.t('admin.deployments.intro')}</p>
    <p class="view-note" id="deployments-intro-force" hidden>${words.t('admin.deployments.intro.force')}</p>
    <div class="toolbar" role="toolbar" aria-label="${words.t('admin.grid.tools')}">
      <label class="field-inline" for="deployments-state"><span class="label">${words.t('admin.deployments.filter.state')}</span>
        <select id="deployments-state" class="select">
          <option value="">${words.t('admin.deployments.filter.allStates')}</option>
          ${deploymentStates.map((state) => html`<option value="${state}">${words.t('admin.deployments.state', { state: stateOption(state) })}</option>`)}
        </select>
      </label>
      <label class="field-inline" for="deployments-call"><span class="label">${words.t('admin.deployments.filter.call')}</span>
        <select id="deployments-call" class="select" dir="auto">
          <option value="">${words.t('admin.deployments.filter.allCalls')}</option>
        </select>
      </label>
      <span class="toolbar-gap"></span>
      <span class="row-count" id="deployments-count" aria-live="polite" dir="auto"></span>
    </div>
    <div class="preview-frame deployments-frame" tabindex="0" role="region" aria-labelledby="deployments-caption"><table class="preview deployments" id="deployments-table">
      <caption class="visually-hidden" id="deployments-caption">${words.t('admin.deployments.table')}</caption>
      <thead><tr>
        <th scope="col">${words.t('admin.deployments.column.officer')}</th>
        <th scope="col">${words.t('admin.deployments.column.mission')}</th>
        <th scope="col">${words.t('admin.deployments.column.role')}</th>
        <th scope="col">${words.t('admin.deployments.column.force')}</th>
        <th scope="col">${words.t('admin.deployments.column.deploymentDay')}</th>
        <th scope="col">${words.t('admin.deployments.column.rotationDay')}</th>
        <th scope="col">${words.t('admin.deployments.column.state')}</th>
        <th scope="col">${words.t('admin.deployments.column.checklist')}</th>
        <th scope="col">${words.t('admin.deployments.column.extension')}</th>
        <th scope="col">${words.t('admin.deployments.column.actions')}</th>
      </tr></thead>
      <tbody id="deployments-rows"></tbody>
    </table></div>

    <div id="deployments-report" hidden>
      <h2 id="deployments-report-heading">${words.t('admin.deployments.report.heading')}</h2>
      <p class="view-note">${words.t('admin.deployments.report.intro')}</p>
      <form class="toolbar" id="deployments-report-form" aria-labelledby="deployments-report-heading" novalidate>
        <label class="field-inline" for="deployments-report-from"><span class="label">${words.t('admin.deployments.report.from')}</span>
          <input type="date" id="deployments-report-from" name="from" class="input">
        </label>
        <label class="field-inline" for="deployments-report-until"><span class="label">${words.t('admin.deployments.report.until')}</span>
          <input type="date" id="deployments-report-until" name="until" class="input">
        </label>
        <button type="submit" class="button button-quiet" id="deployments-report-show">${words.t('admin.deployments.report.show')}</button>
      </form>
      <p id="deployments-report-totals" aria-live="polite" dir="auto"></p>
      <div class="deployments-report-tables" id="deployments-report-tables"></div>
    </div>
  </section>`;

/** A date field with its label, an optional hint, and its error, each id derived from `id`. */
const dateField = (id: string, name: string, label: string, hint?: string): SafeHtml => html`
      <label class="label" for="${id}">${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
      <input type="date" id="${id}" name="${name}" class="input" aria-describedby="${hint ? `${id}-hint ` : ''}${id}-error">
      <p class="field-error" id="${id}-error" dir="auto" hidden></p>`;

/** A text field (or a textarea) with its label, an optional hint, and its error. */
const textField = (id: string, name: string, label: string, options: { hint?: string; type?: 'text' | 'email' | 'tel'; area?: boolean; dir?: 'auto' | 'ltr' } = {}): SafeHtml => {
  const described = `${options.hint ? `${id}-hint ` : ''}${id}-error`;
  return html`
      <label class="label" for="${id}">${label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
      ${
        options.area
          ? html`<textarea id="${id}" name="${name}" class="input" rows="3" maxlength="4000" dir="auto" aria-describedby="${described}"></textarea>`
          : html`<input type="${options.type ?? 'text'}" id="${id}" name="${name}" class="input" maxlength="200" dir="${options.dir ?? 'auto'}" autocomplete="off" aria-describedby="${described}">`
      }
      <p class="field-error" id="${id}-error" dir="auto" hidden></p>`;
};

/** The end of each small form of a dialog: its problem (an alert) and its button. */
const formEnd = (prefix: string, save: string): SafeHtml => html`
      <p class="form-error" id="${prefix}-error" role="alert" dir="auto" hidden></p>
      <div class="dialog-actions"><button type="submit" class="button" id="${prefix}-save">${save}</button></div>`;

/**
 * The two dialogs: starting a deployment (the call, its selected officer, the two days), and one
 * deployment's record, each part of it a small form of its own (the checklist, the days, the contact,
 * the extensions, the return, the debrief), shown as the user's role and the deployment's state allow.
 */
export const deploymentDialogs = (words: AdminWords): SafeHtml => html`
<dialog class="dialog" id="deployment-start-dialog" aria-labelledby="deployment-start-heading">
  <form method="dialog" id="deployment-start-form" class="dialog-form" novalidate>
    <h2 id="deployment-start-heading">${words.t('admin.deployments.start.heading')}</h2>
    <label class="label" for="deployment-start-call">${words.t('admin.deployments.start.call')}</label>
    <select id="deployment-start-call" name="call" class="select" dir="auto" aria-describedby="deployment-start-call-error"></select>
    <p class="field-error" id="deployment-start-call-error" dir="auto" hidden></p>
    <label class="label" for="deployment-start-candidate">${words.t('admin.deployments.start.candidate')}</label>
    <p class="hint" id="deployment-start-candidate-hint">${words.t('admin.deployments.start.candidate.hint')}</p>
    <select id="deployment-start-candidate" name="candidate" class="select" dir="auto" aria-describedby="deployment-start-candidate-hint deployment-start-candidate-error"></select>
    <p class="field-error" id="deployment-start-candidate-error" dir="auto" hidden></p>
    ${dateField('deployment-start-deploymentDay', 'deploymentDay', words.t('admin.deployments.deploymentDay'), words.t('admin.deployments.days.hint'))}
    ${dateField('deployment-start-rotationDay', 'rotationDay', words.t('admin.deployments.rotationDay'))}
    <p class="form-error" id="deployment-start-error" role="alert" dir="auto" hidden></p>
    <div class="dialog-actions">
      <button type="submit" class="button" id="deployment-start-save">${words.t('admin.deployments.start.save')}</button>
      <button type="button" class="button button-quiet" id="deployment-start-cancel">${words.t('admin.deployments.cancel')}</button>
    </div>
  </form>
</dialog>
<dialog class="dialog dialog-wide" id="deployment-dialog" aria-labelledby="deployment-heading">
  <div class="dialog-form deployment-record">
    <h2 id="deployment-heading"></h2>
    <p class="drawer-sub" id="deployment-summary" dir="auto"></p>
    <p class="form-error" id="deployment-error" role="alert" dir="auto" hidden></p>

    <section class="deployment-part" aria-labelledby="deployment-checklist-heading">
      <h3 id="deployment-checklist-heading">${words.t('admin.deployments.checklist')}</h3>
      <ul class="deployment-list" id="deployment-checklist-list"></ul>
      <form id="deployment-checklist-form" class="deployment-form" aria-labelledby="deployment-checklist-heading" novalidate hidden>
        <label class="label" for="deployment-checklist-item">${words.t('admin.deployments.checklist.item')}</label>
        <select id="deployment-checklist-item" name="item" class="select">
          ${checklistItems.map((item) => html`<option value="${item}">${words.t('admin.deployments.item', { item })}</option>`)}
        </select>
        ${dateField('deployment-checklist-on', 'on', words.t('admin.deployments.checklist.on'))}
        ${dateField('deployment-checklist-expiresOn', 'expiresOn', words.t('admin.deployments.checklist.expiresOn'), words.t('admin.deployments.checklist.expiresOn.hint'))}
        ${textField('deployment-checklist-reference', 'reference', words.t('admin.deployments.checklist.referenceField'), { hint: words.t('admin.deployments.checklist.referenceField.hint') })}
        ${formEnd('deployment-checklist', words.t('admin.deployments.checklist.save'))}
      </form>
    </section>

    <section class="deployment-part" aria-labelledby="deployment-days-heading">
      <h3 id="deployment-days-heading">${words.t('admin.deployments.days')}</h3>
      <p id="deployment-days-text"></p>
      <p class="hint" id="deployment-days-underway" hidden>${words.t('admin.deployments.days.underWay')}</p>
      <form id="deployment-days-form" class="deployment-form" aria-labelledby="deployment-days-heading" novalidate hidden>
        ${dateField('deployment-days-deploymentDay', 'deploymentDay', words.t('admin.deployments.deploymentDay'), words.t('admin.deployments.days.hint'))}
        ${dateField('deployment-days-rotationDay', 'rotationDay', words.t('admin.deployments.rotationDay'))}
        ${formEnd('deployment-days', words.t('admin.deployments.days.save'))}
      </form>
    </section>

    <section class="deployment-part" aria-labelledby="deployment-contact-heading">
      <h3 id="deployment-contact-heading">${words.t('admin.deployments.contact')}</h3>
      <p id="deployment-contact-text" dir="auto"></p>
      <form id="deployment-contact-form" class="deployment-form" aria-labelledby="deployment-contact-heading" novalidate hidden>
        ${textField('deployment-contact-name', 'name', words.t('admin.deployments.contact.name'))}
        ${textField('deployment-contact-role', 'role', words.t('admin.deployments.contact.role'))}
        ${textField('deployment-contact-email', 'email', words.t('admin.deployments.contact.email'), { type: 'email', dir: 'ltr' })}
        ${textField('deployment-contact-phone', 'phone', words.t('admin.deployments.contact.phone'), { type: 'tel', dir: 'ltr' })}
        ${formEnd('deployment-contact', words.t('admin.deployments.contact.save'))}
      </form>
    </section>

    <section class="deployment-part" aria-labelledby="deployment-extensions-heading">
      <h3 id="deployment-extensions-heading">${words.t('admin.deployments.extensions')}</h3>
      <ul class="deployment-list" id="deployment-extensions-list"></ul>
      <form id="deployment-extension-form" class="deployment-form" aria-labelledby="deployment-extensions-heading" novalidate hidden>
        ${dateField('deployment-extension-until', 'until', words.t('admin.deployments.extensions.until'))}
        ${textField('deployment-extension-reason', 'reason', words.t('admin.deployments.extensions.reason'), { area: true })}
        <p class="hint" id="deployment-extension-force" hidden>${words.t('admin.deployments.extensions.waitsForForce')}</p>
        ${formEnd('deployment-extension', words.t('admin.deployments.extensions.request'))}
      </form>
      <form id="deployment-decision-form" class="deployment-form" aria-labelledby="deployment-decision-legend" novalidate hidden>
        <fieldset class="fieldset" id="deployment-decision-decision" aria-describedby="deployment-decision-decision-error"><legend id="deployment-decision-legend"></legend>
          <label class="choice"><input type="radio" name="decision" value="approved"> ${words.t('admin.deployments.decision.approve')}</label>
          <label class="choice"><input type="radio" name="decision" value="refused"> ${words.t('admin.deployments.decision.refuse')}</label>
        </fieldset>
        <p class="field-error" id="deployment-decision-decision-error" dir="auto" hidden></p>
        ${textField('deployment-decision-note', 'note', words.t('admin.deployments.decision.note'), { area: true })}
        ${formEnd('deployment-decision', words.t('admin.deployments.decision.save'))}
      </form>
    </section>

    <section class="deployment-part" aria-labelledby="deployment-return-heading">
      <h3 id="deployment-return-heading">${words.t('admin.deployments.return')}</h3>
      <p id="deployment-return-text" dir="auto"></p>
      <form id="deployment-return-form" class="deployment-form" aria-labelledby="deployment-return-heading" novalidate hidden>
        ${dateField('deployment-return-on', 'on', words.t('admin.deployments.return.on'))}
        <label class="choice"><input type="checkbox" id="deployment-return-early" name="early"> ${words.t('admin.deployments.return.early')}</label>
        ${textField('deployment-return-reason', 'reason', words.t('admin.deployments.return.reason'), { area: true })}
        ${formEnd('deployment-return', words.t('admin.deployments.return.save'))}
      </form>
    </section>

    <section class="deployment-part" aria-labelledby="deployment-debrief-heading" id="deployment-debrief-part">
      <h3 id="deployment-debrief-heading">${words.t('admin.deployments.debrief')}</h3>
      <p id="deployment-debrief-text" dir="auto"></p>
      <form id="deployment-debrief-form" class="deployment-form" aria-labelledby="deployment-debrief-heading" novalidate hidden>
        ${dateField('deployment-debrief-on', 'on', words.t('admin.deployments.debrief.on'))}
        ${textField('deployment-debrief-notes', 'notes', words.t('admin.deployments.debrief.notes'), { area: true })}
        ${formEnd('deployment-debrief', words.t('admin.deployments.debrief.save'))}
      </form>
    </section>

    <div class="dialog-actions">
      <button type="button" class="button button-quiet" id="deployment-close">${words.t('admin.deployments.close')}</button>
    </div>
  </div>
</dialog>`;
