/**
 * The Reports tab (issue 17, point 5; docs/reports.md): HR's figures from GET /admin/reports, each
 * figure set as a chart with the table of its figures (the same rows as the exports, tables.ts)
 * and a CSV of it; every table at once as XLSX; the list of under-represented countries.
 */
import type { ReportFigures } from '#shared/reports/figures.js';
import { reportTables, type FigureTable, type ReportTableId } from '#shared/reports/tables.js';
import { apiUrl } from '../../../pages/client/api.js';
import { byId, h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { chartOf, drawChart } from './report-charts.js';
import { currentToken, signIn } from './session.js';
import { describeProblem, StaffApiError, staffApi } from './staff-api.js';
import { underRepresentedEditor } from './under-represented-editor.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file through fetch (the route wants the bearer token), saved by the browser under the API's file name. */
const download = async (query: string, accept: string, fallbackName: string) => {
  const token = currentToken();
  if (!token) return signIn();
  const response = await fetch(apiUrl(`admin/reports/export?${query}`), { headers: { Accept: accept, Authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
  if (response.status === 401) return signIn();
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
    throw new StaffApiError(response.status, problem.title ?? `The API answered ${response.status}.`, problem.detail ?? '', [], problem);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser: the object URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

const tableOf = (table: FigureTable) =>
  h(
    'div',
    { class: 'preview-frame', tabindex: '0', role: 'region', 'aria-labelledby': `report-${table.id}-caption` },
    h(
      'table',
      { class: 'preview report-table', id: `report-${table.id}-table` },
      h('caption', { id: `report-${table.id}-caption` }, `${table.title}: the figures`),
      h('thead', {}, h('tr', {}, ...table.columns.map((column) => h('th', { scope: 'col' }, column)))),
      h(
        'tbody',
        {},
        ...(table.rows.length === 0
          ? [h('tr', {}, h('td', { colspan: String(table.columns.length) }, 'Nothing to count yet.'))]
          : table.rows.map((row) => h('tr', {}, ...row.map((cell, index) => (index === 0 ? h('th', { scope: 'row', dir: 'auto' }, String(cell)) : h('td', { dir: 'auto' }, String(cell))))))),
      ),
    ),
  );

const summaryOf = (figures: ReportFigures): Array<[string, string]> => [
  ['Applications', String(figures.total.pipeline.applied)],
  ['Appointments', String(figures.total.pipeline.appointed)],
  ['Median days to appointment', figures.total.daysToAppointment.median === undefined ? '–' : String(figures.total.daysToAppointment.median)],
  ['Officers serving', String(figures.serving.officers)],
  ['Nationalities serving', String(figures.serving.nationalities)],
  ['From under-represented countries', figures.representation.underRepresented.applications.share === undefined ? '–' : `${figures.representation.underRepresented.applications.share}% of applications to date (purged ones included)`],
];

export const reportsView = () => {
  const section = byId('reports-view', HTMLElement);
  const state = byId('reports-state', HTMLElement);
  const summary = byId('reports-summary', HTMLElement);
  const blocks = byId('reports-blocks', HTMLElement);
  const refresh = byId('reports-refresh', HTMLButtonElement);
  const workbook = byId('reports-export-xlsx', HTMLButtonElement);

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'reports';
    });
  }

  const csvButton = (id: ReportTableId, title: string) => {
    const button = h('button', { type: 'button', class: 'button button-quiet button-small' }, `Download “${title}” (CSV)`);
    button.addEventListener('click', () => {
      button.disabled = true;
      void download(`format=csv&table=${id}`, 'text/csv', `reports-${id}.csv`)
        .catch((problem: unknown) => showMessage(`The CSV could not be downloaded: ${describeProblem(problem)}`, 'error'))
        .finally(() => {
          button.disabled = false;
        });
    });
    return button;
  };

  const render = (figures: ReportFigures) => {
    summary.replaceChildren(...summaryOf(figures).flatMap(([term, value]) => [h('div', { class: 'report-figure' }, h('dt', {}, term), h('dd', {}, value))]));
    blocks.replaceChildren();
    for (const table of reportTables(figures)) {
      const chart = chartOf(table.id, figures);
      const canvas = chart ? h('canvas', { id: `report-${table.id}-chart`, role: 'img', 'aria-label': chart.label }) : undefined;
      blocks.append(
        h(
          'section',
          { class: 'report-block', id: `report-${table.id}`, 'aria-labelledby': `report-${table.id}-heading` },
          h('h2', { id: `report-${table.id}-heading` }, table.title),
          canvas ? h('div', { class: 'report-chart' }, canvas) : undefined,
          tableOf(table),
          h('div', { class: 'dialog-actions' }, csvButton(table.id, table.title)),
        ),
      );
      // Drawn once its canvas is in the page, so Chart.js can size it to its frame.
      if (chart && canvas) drawChart(canvas, chart.config);
    }
    state.textContent = `Figures as stored at ${figures.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`;
  };

  const loadFigures = async () => {
    refresh.disabled = true;
    state.textContent = 'Counting…';
    try {
      render(await staffApi<ReportFigures>('GET', 'admin/reports'));
    } catch (problem) {
      state.textContent = `The figures could not be read: ${describeProblem(problem)}`;
    } finally {
      refresh.disabled = false;
    }
  };

  const editor = underRepresentedEditor(loadFigures);
  refresh.addEventListener('click', () => void loadFigures());
  workbook.addEventListener('click', () => {
    workbook.disabled = true;
    void download('format=xlsx', XLSX, 'reports.xlsx')
      .catch((problem: unknown) => showMessage(`The workbook could not be downloaded: ${describeProblem(problem)}`, 'error'))
      .finally(() => {
        workbook.disabled = false;
      });
  });

  return {
    load: async () => {
      await Promise.all([loadFigures(), editor.load()]);
    },
  };
};
