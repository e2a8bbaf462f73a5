import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalStack } from '#infra/local/stack.js';
import { toApplicationRow, type ApplicationRow } from '#shared/admin/application-row.js';
import { launchChromium } from '../test/support/browser.js';
import { gridApplications } from '../test/support/grid-applications.js';
import { hrOfficer, staffToken } from '../test/support/staff.js';
import { section, table } from './report.js';
import { numberKnob } from './scale.js';

interface Render {
  /** From the navigation's start to the rows painted: page, script, sign-in check, data, grid. */
  fromNavigation: number;
  /** From the rows in hand to the rows painted: the grid's own work. */
  fromData: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The grid page as served by the local stack, signed in with a real local token, its listing
 * answered from memory (pages of 1,000 as the API pages them) so that the figure is the
 * browser's work, not DynamoDB Local's.
 */
const renderGrid = async (page: Page, url: string, rows: ApplicationRow[]): Promise<Render> => {
  await page.route(/\/admin\/applications\/summary$/, (route) =>
    route.fulfill({
      json: { items: [{ vacancy: '1701', title: 'Criminal Intelligence Officer', vacancyStatus: 'open', deadline: '2026-12-31', counts: { submitted: rows.length }, total: rows.length, incomplete: 0 }] },
    }),
  );
  await page.route(/\/admin\/applications\?/, (route) => {
    const query = new URL(route.request().url()).searchParams;
    const from = Number(query.get('cursor') ?? 0);
    const to = from + Number(query.get('limit') ?? 100);
    return route.fulfill({ json: { items: rows.slice(from, to), ...(to < rows.length ? { nextCursor: String(to) } : {}) } });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('grid-rows-painted').length > 0, undefined, { timeout: 60_000 });
  // No named functions inside evaluate: tsx's name-keeping helper does not exist in the page.
  const [painted, ready] = await page.evaluate(() =>
    ['grid-rows-painted', 'grid-data-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
  );
  const render = { fromNavigation: painted ?? Number.NaN, fromData: (painted ?? Number.NaN) - (ready ?? Number.NaN) };
  await page.unrouteAll();
  return render;
};

/** The same rows as a plain HTML table, built and painted in the same browser: what any page pays for 10,000 rows. */
const renderTable = async (page: Page, rows: ApplicationRow[]): Promise<number> => {
  await page.goto('about:blank');
  return page.evaluate(async (data) => {
    const started = performance.now();
    const table = document.createElement('table');
    for (const row of data) {
      const tr = table.insertRow();
      for (const value of [row.familyName, row.givenName, row.nationality, row.currentTitle, row.yearsOfExperience, row.status, row.submittedAt]) {
        tr.insertCell().textContent = String(value);
      }
    }
    document.body.append(table);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, rows);
};

/** First render of 10,000 rows in the staff grid, against 100 rows and a plain table of 10,000, in one Chromium. */
export const gridRender = async () => {
  const runs = numberKnob('BENCH_GRID_RUNS', 5, 2);
  section(
    'Staff grid first render',
    `The staff grid page served by the local stack in headless Chromium, signed in with a real local token, its listing answered from memory in pages of 1,000 ` +
      `(so the figure is the browser's work, not DynamoDB Local's); median of ${runs} loads, from the performance marks the page sets. ` +
      'Baselines: the same grid with 100 rows, and the same 10,000 rows as a plain HTML table built and painted in the same browser.',
  );
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-bench-grid-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    const token = await staffToken(stack, hrOfficer);
    const terms = { number: '1701', clearance: 'Basic', posts: 2, deadline: '2026-12-31', timeZone: 'Europe/Paris', status: 'open', held: 0, appointed: 0 } as const;
    const rows = (count: number) => gridApplications(count, '1701').map((application) => toApplicationRow(application, undefined, terms, new Date()));
    const [hundred, tenThousand] = [rows(100), rows(10_000)];
    const page = await browser.context.newPage();
    await page.addInitScript((idToken) => sessionStorage.setItem('secondment-hub.staff.id-token', idToken), token);
    // A fresh layout each time: a saved one would change what is rendered.
    await page.addInitScript(() => localStorage.clear());
    await renderGrid(page, `${stack.url}/admin`, hundred);

    const measure = async (count: number, data: ApplicationRow[]) => {
      const all: Render[] = [];
      for (let i = 0; i < runs; i += 1) all.push(await renderGrid(page, `${stack.url}/admin`, data));
      return { count, fromNavigation: median(all.map((r) => r.fromNavigation)), fromData: median(all.map((r) => r.fromData)) };
    };
    const small = await measure(100, hundred);
    const large = await measure(10_000, tenThousand);
    // Still responsive once loaded: a quick search, a sort, as HR does them, each to the next paint.
    const interaction = async (action: 'search' | 'sort') =>
      page.evaluate(async (what) => {
        const grid = (window as unknown as { applicationsGrid: { setGridOption(k: string, v: unknown): void; applyColumnState(s: unknown): void } }).applicationsGrid;
        const started = performance.now();
        if (what === 'search') grid.setGridOption('quickFilterText', 'Diallo');
        else grid.applyColumnState({ state: [{ colId: 'name', sort: 'desc' }] });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const took = performance.now() - started;
        grid.setGridOption('quickFilterText', '');
        grid.applyColumnState({ state: [{ colId: 'name', sort: null }] });
        return took;
      }, action);
    const search: number[] = [];
    const sort: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      search.push(await interaction('search'));
      sort.push(await interaction('sort'));
    }
    const plainTable: number[] = [];
    for (let i = 0; i < runs; i += 1) plainTable.push(await renderTable(page, tenThousand));
    const tableMs = median(plainTable);

    table([
      { case: 'grid, 100 rows (baseline)', 'navigation → painted': +small.fromNavigation.toFixed(0), 'data ready → painted': +small.fromData.toFixed(0) },
      { case: 'grid, 10,000 rows', 'navigation → painted': +large.fromNavigation.toFixed(0), 'data ready → painted': +large.fromData.toFixed(0) },
      { case: 'plain <table>, 10,000 rows (baseline)', 'navigation → painted': '—', 'data ready → painted': +tableMs.toFixed(0) },
    ], `First render, ms (median of ${runs}).`);
    table([
      { 'on 10,000 rows': 'quick search', 'ms to painted': +median(search).toFixed(0) },
      { 'on 10,000 rows': 'sort by name', 'ms to painted': +median(sort).toFixed(0) },
    ], 'Once loaded: a quick search and a sort, as HR does them, each to the next paint.');
  } finally {
    await browser.close();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

if (import.meta.url === `file://${process.argv[1]}`) await gridRender();
