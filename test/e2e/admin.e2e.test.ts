/**
 * The staff grid in a real browser: headless Chromium against the whole local stack. HR signs in
 * through the local hosted sign-in (authorization code + PKCE), works the grid (switch vacancy,
 * filter, edit inline, history), meets a conflicting edit made meanwhile through the API with
 * another token, exports XLSX and imports it back; an NCB officer then sees only their country.
 * Screenshots go to docs/screenshots/admin-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { applicationId, gridApplications } from '../support/grid-applications.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { administrator, seedApplications, staffClient, storeOf } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const WIDE = { width: 1440, height: 900 };

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let downloads: string;

// Vacancy 1701: 40 applications from many countries; 1702: 6. Application 1 is edited along the way.
const ON_1701 = gridApplications(40, '1701', 1);
const ON_1702 = gridApplications(6, '1702', 101);
const FRENCH_ON_1701 = ON_1701.filter((application) => application.nationality === 'FR').length;
const edited = ON_1701[0];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  const store = storeOf(stack);
  await seedApplications(store.applications, [...ON_1701, ...ON_1702]);
  store.close();
  downloads = await mkdtemp(path.join(tmpdir(), 'secondment-hub-downloads-'));
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** Script errors and CSP violations (Chromium logs both as console errors) fail the test that saw them. */
const watch = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
};

const cell = (page: Page, id: string, column: string) => page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${column}"]`).first();
const shownRowIds = (page: Page) =>
  page.evaluate(() => {
    const grid = (window as unknown as { applicationsGrid: { forEachNodeAfterFilter(f: (node: { data?: { id: string; nationality: string } }) => void): void } }).applicationsGrid;
    const rows: Array<{ id: string; nationality: string }> = [];
    grid.forEachNodeAfterFilter((node) => node.data && rows.push(node.data));
    return rows;
  });

/** Through the local hosted sign-in page, as a person picks a role there. */
const signInAs = async (page: Page, role: 'hr' | 'ncb', email: string, country?: string) => {
  await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
  await page.getByLabel('Email').fill(email);
  await page.locator(`input[name="group"][value="${role}"]`).check();
  if (country) await page.locator('select[name="country"]').selectOption(country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('#who-email').textContent(), { timeout: 15_000 }).toBe(email);
};

const waitForRows = (page: Page, count: number) =>
  expect.poll(() => page.locator('#row-count').textContent(), { timeout: 15_000 }).toBe(`${count} rows`);

describe('the staff grid in the browser', () => {
  let page: Page;
  let problems: string[];

  it('signs HR in through the hosted sign-in and shows the open vacancy with the most applications', async () => {
    page = await context.newPage();
    await page.setViewportSize(WIDE);
    problems = watch(page);

    await page.goto(`${stack.url}/admin`);
    await signInAs(page, 'hr', 'hr.officer@secondment-hub.local');

    await waitForRows(page, ON_1701.length);
    expect(await page.locator('#who-role').textContent()).toBe('HR');
    expect(await page.locator('#vacancy-select').inputValue()).toBe('1701');
    // The code was used once and left the address bar.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#vacancy-counts').textContent()).toContain(`All ${ON_1701.length}`);
    expect(await page.locator('#vacancy-counts').textContent()).toContain(`Shortlisted ${ON_1701.filter((one) => one.status === 'shortlisted').length}`);
    await page.screenshot({ path: screenshotPath('admin-grid.png') });
    expect(problems).toEqual([]);
  });

  it('switches vacancy, and filters by a quick search and by a status chip', async () => {
    await page.locator('#vacancy-select').selectOption('1702');
    await waitForRows(page, ON_1702.length);

    await page.locator('#vacancy-select').selectOption('1701');
    await waitForRows(page, ON_1701.length);
    await page.getByLabel('Search the grid').fill(edited?.email ?? '');
    // The quick search looks at every column's text: only one candidate has that email... and it is not a column.
    await page.getByLabel('Search the grid').fill(`${edited?.familyName}`);
    const byName = await shownRowIds(page);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((row) => ON_1701.find((one) => one.id === row.id)?.familyName === edited?.familyName)).toBe(true);
    await page.getByLabel('Search the grid').fill('');

    await page.getByRole('button', { name: /^Submitted: \d+/ }).click();
    await expect.poll(async () => (await shownRowIds(page)).length).toBe(ON_1701.filter((one) => one.status === 'submitted').length);
    await page.getByRole('button', { name: /^All: \d+/ }).click();
    expect(problems).toEqual([]);
  });

  it('edits a status inline from the keyboard, offering only the moves the status machine allows', async () => {
    const id = edited?.id ?? '';
    const status = cell(page, id, 'status');
    await status.click();
    await page.keyboard.press('Enter');
    const options = page.locator('.ag-select-list .ag-list-item');
    await expect.poll(async () => (await options.allTextContents()).map((text) => text.trim())).toEqual(['Submitted', 'Screening', 'Rejected', 'Withdrawn']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect.poll(() => status.textContent()).toContain('Screening');
    await expect.poll(() => cell(page, id, 'version').textContent()).toBe('2');
    expect(problems).toEqual([]);
  });

  it('shows the change and its author in the history drawer', async () => {
    await cell(page, edited?.id ?? '', 'history').getByRole('button').click();

    const drawer = page.locator('#history-drawer');
    await expect.poll(() => drawer.locator('.history-entry').count()).toBe(2);
    const newest = await drawer.locator('.history-entry').first().textContent();
    expect(newest).toContain('hr.officer@secondment-hub.local');
    expect(newest).toContain('Submitted → Screening');
    await page.screenshot({ path: screenshotPath('admin-history.png') });
    await page.keyboard.press('Escape');
    expect(await drawer.isHidden()).toBe(true);
  });

  it('on a conflicting edit, shows the row as saved by the other session and says what happened', async () => {
    const id = edited?.id ?? '';
    const admin = await staffClient(stack, administrator);
    const meanwhile = await admin('PATCH', `/admin/applications/${id}`, { version: 2, note: 'Called the NCB: letter on its way.' });
    expect(meanwhile.status).toBe(200);

    // This page still holds version 2: its score edit is refused, not applied over the note.
    await cell(page, id, 'score').dblclick();
    await page.keyboard.type('87');
    await page.keyboard.press('Enter');

    const message = page.locator('#message');
    await expect.poll(() => message.textContent()).toContain('changed by someone else');
    expect(await message.textContent()).toContain('score to 87');
    await expect.poll(() => cell(page, id, 'note').textContent()).toBe('Called the NCB: letter on its way.');
    expect(await cell(page, id, 'version').textContent()).toBe('3');
    expect((await cell(page, id, 'score').textContent())?.trim()).toBe('');
    await page.screenshot({ path: screenshotPath('admin-conflict.png') });
  });

  it('exports XLSX, and imports it back edited: a dry-run preview per row, then apply', async () => {
    const id = edited?.id ?? '';
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    const file = path.join(downloads, 'export.xlsx');
    await (await downloaded).saveAs(file);

    // HR scores the first candidate in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The export has no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? '').toLowerCase());
    const idColumn = header.findIndex((name) => name === 'id');
    const scoreColumn = header.findIndex((name) => name === 'score');
    expect(idColumn).toBeGreaterThan(0);
    sheet.eachRow((row) => {
      if (row.getCell(idColumn).value === id) row.getCell(scoreColumn).value = 72;
    });
    const editedFile = path.join(downloads, 'edited.xlsx');
    await workbook.xlsx.writeFile(editedFile);

    await page.setInputFiles('#import-file', editedFile);
    const summary = page.locator('#import-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('Dry run');
    expect(await summary.textContent()).toContain('1 to apply');
    expect(await page.locator('#import-preview tbody tr.outcome-applied').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('admin-import.png') });

    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => summary.textContent()).toContain('1 applied');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => cell(page, id, 'score').textContent()).toBe('72');
    expect(problems).toEqual([]);
  });

  it('signs out, and an NCB officer then sees only the applications of their country', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('#page-state').textContent()).toContain('You are signed out');
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await signInAs(page, 'ncb', 'ncb.lyon@interpol.fr.example', 'FR');

    expect(await page.locator('#who-role').textContent()).toBe('NCB officer, France');
    await page.locator('#vacancy-select').selectOption('1701');
    await waitForRows(page, FRENCH_ON_1701);
    const rows = await shownRowIds(page);
    expect(rows.every((row) => row.nationality === 'FR')).toBe(true);
    expect(await page.locator('#tab-vacancies').isHidden()).toBe(true);
    await page.screenshot({ path: screenshotPath('admin-ncb.png') });
    expect(problems).toEqual([]);
  });
});

describe('the grid page over HTTP', () => {
  it('is public HTML with no data in it, whose CSP allows its script and style by hash and the grid styles by a fresh nonce', async () => {
    const [first, second] = await Promise.all([fetch(`${stack.url}/admin`), fetch(`${stack.url}/admin`)]);
    const policy = first.headers.get('content-security-policy') ?? '';
    const html = await first.text();

    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[^' ]+'; style-src 'sha256-[^' ]+' 'nonce-[^' ]+';/);
    expect(policy).not.toContain('unsafe');
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    expect(html).not.toContain(applicationId(1));
  });
});
