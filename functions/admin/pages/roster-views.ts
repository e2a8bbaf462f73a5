import { html, type SafeHtml } from '../../pages/html.js';
import type { AdminWords } from './admin-words.js';

/**
 * The Roster tab's markup (issue 17, point 4; docs/secondments.md), filled by client/roster-view.ts:
 * the counts by nationality, unit and type, the grid's toolbar (the applications grid's words) and
 * the grid. HR and NCB officers read it alike, so every word is in the page's language.
 */
export const rosterSection = (words: AdminWords): SafeHtml => html`
  <section class="view" id="roster-view" aria-labelledby="roster-heading" hidden>
    <div class="view-head">
      <h1 id="roster-heading">${words.t('admin.roster.heading')}</h1>
      <p class="view-note" id="roster-intro"></p>
    </div>
    <div class="roster-counts" id="roster-counts" role="region" aria-labelledby="roster-total">
      <h2 class="roster-total" id="roster-total" aria-live="polite"></h2>
      <div class="roster-count-group"><h3 id="roster-by-nationality-heading">${words.t('admin.roster.byNationality')}</h3><ul class="plain-list" id="roster-by-nationality" aria-labelledby="roster-by-nationality-heading"></ul></div>
      <div class="roster-count-group"><h3 id="roster-by-unit-heading">${words.t('admin.roster.byUnit')}</h3><ul class="plain-list" id="roster-by-unit" aria-labelledby="roster-by-unit-heading"></ul></div>
      <div class="roster-count-group"><h3 id="roster-by-type-heading">${words.t('admin.roster.byType')}</h3><ul class="plain-list" id="roster-by-type" aria-labelledby="roster-by-type-heading"></ul></div>
    </div>
    <div class="toolbar" role="toolbar" aria-label="${words.t('admin.grid.tools')}">
      <label class="search" for="roster-search"><span class="visually-hidden">${words.t('admin.roster.searchLabel')}</span>
        <input id="roster-search" class="input" type="search" dir="auto" placeholder="${words.t('admin.roster.search')}" autocomplete="off" spellcheck="false">
      </label>
      <details class="menu" id="roster-columns-menu">
        <summary class="button button-quiet">${words.t('admin.grid.columns')}</summary>
        <div class="menu-panel" id="roster-columns-list" role="group" aria-label="${words.t('admin.grid.columns.shown')}"></div>
      </details>
      <button type="button" class="button button-quiet" id="roster-reset-layout">${words.t('admin.grid.resetLayout')}</button>
      <span class="toolbar-gap"></span>
      <span class="row-count" id="roster-row-count" aria-live="polite" dir="auto"></span>
      <button type="button" class="button button-quiet" id="roster-export-xlsx">${words.t('admin.grid.export', { format: 'XLSX' })}</button>
      <button type="button" class="button button-quiet" id="roster-export-csv">${words.t('admin.grid.export', { format: 'CSV' })}</button>
    </div>
    <div class="grid-frame"><div id="roster-grid" class="grid" role="region" aria-label="${words.t('admin.roster.grid')}"></div></div>
  </section>`;
