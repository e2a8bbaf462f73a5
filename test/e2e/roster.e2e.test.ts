/**
 * The Roster tab of the staff page (issue 17, point 4), in real headless Chromium against the local
 * stack: HR sees every serving secondee with the counts above the grid, sorts by months left, filters
 * by the search, exports the rows shown as XLSX (read back with exceljs: those rows, in that order,
 * no email or gender) and finds the sort kept after reloading; France's NCB, in French, sees its own
 * officers only; Senegal's, in Arabic, reads the grid from the right. axe-core checks each.
 * Screenshots: docs/screenshots/roster-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, lastDayOf } from '#shared/secondments/months.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { startTestStack } from '../support/local-stack.js';
import { rosterSecondment, seedSecondments } from '../support/roster-secondments.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, type StaffIdentity } from '../support/staff.js';

// The stack's clock is the real one: s3rver judges the export's presigned GET by the machine's time.
const clock = settableClock(new Date());
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let downloads: string;

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

const today = dateIn(clock.now(), 'Europe/Paris');
const officer = (givenName: string, familyName: string, language: 'fr' | 'es' | 'en' | 'ar' = 'fr') => ({ givenName, familyName, email: `${givenName.toLowerCase()}@police.example`, language });
const seeded = [
  rosterSecondment(1, { officer: officer('Camille', 'Martin'), firstDay: addMonths(today, -6), lastDay: addMonths(today, 30) }),
  rosterSecondment(2, {
    officer: officer('Julien', 'Bernard'),
    unit: 'Counter-Terrorism Directorate',
    type: 'short-term',
    grade: 'P2',
    firstDay: addMonths(today, -20),
    lastDay: addMonths(today, 1),
    extensions: [
      { id: 'e2', months: 6, fromLastDay: addMonths(today, 1), toLastDay: lastDayOf(addDays(addMonths(today, 1), 1), 6), requestedBy: { email: ncbFrance.email, as: 'ncb' }, requestedAt: clock.now().toISOString(), state: 'awaiting-approval' },
    ],
  }),
  rosterSecondment(3, { officer: officer('Awa', 'Diop'), nationality: 'SN', homeAdministrationCountry: 'SN', homeAdministration: 'Police nationale du Sénégal', dutyStation: 'Dakar', timeZone: 'Africa/Dakar', firstDay: addDays(today, 20), lastDay: lastDayOf(addDays(today, 20), 24) }),
  rosterSecondment(4, { officer: officer('Moussa', 'Ndiaye'), nationality: 'SN', homeAdministrationCountry: 'SN', homeAdministration: 'Police nationale du Sénégal', unit: 'Counter-Terrorism Directorate', firstDay: addMonths(today, -12), lastDay: addMonths(today, 12) }),
  rosterSecondment(5, { officer: officer('Lucía', 'Ortega', 'es'), nationality: 'ES', homeAdministrationCountry: 'ES', homeAdministration: 'Policía Nacional', firstDay: addMonths(today, -40), lastDay: addMonths(today, 8) }),
  // Ended ten days ago: on no roster.
  rosterSecondment(6, { officer: officer('Paul', 'Leroy'), firstDay: addMonths(today, -36), lastDay: addDays(today, -10) }),
];
const idOf = (n: number) => seeded[n - 1]?.id ?? '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  downloads = await mkdtemp(path.join(tmpdir(), 'roster-downloads-'));
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
  await seedSecondments(stack, seeded);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

const signIn = async (identity: StaffIdentity, as: 'hr' | 'ncb', language?: 'fr' | 'ar'): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = watchPageProblems(page);
  await page.goto(`${stack.url}/admin${language ? `?lang=${language}` : ''}`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${as}"]`).check();
  if (identity.country) await page.locator('select[name="country"]').selectOption(identity.country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

/** The rows' ids as the grid shows them, in its order. */
const shownIds = (page: Page) =>
  page.evaluate(() => {
    const grid = (window as unknown as { rosterGrid: { forEachNodeAfterFilterAndSort(each: (node: { data?: { id: string } }) => void): void } }).rosterGrid;
    const ids: string[] = [];
    grid.forEachNodeAfterFilterAndSort((node) => node.data && ids.push(node.data.id));
    return ids;
  });

const openRoster = async (page: Page, rows: number) => {
  await page.locator('#tab-roster').click();
  await expect.poll(() => shownIds(page), { timeout: 15_000 }).toHaveLength(rows);
  await page.locator('#roster-grid .ag-row').first().waitFor({ timeout: 15_000 });
};

/** A cell's text as drawn (the grid draws only the columns in view: the column is scrolled to first). */
const cellText = async (page: Page, id: string, column: string) => {
  await page.evaluate((colId) => (window as unknown as { rosterGrid: { ensureColumnVisible(c: string): void } }).rosterGrid.ensureColumnVisible(colId), column);
  return page.locator(`#roster-grid .ag-row[row-id="${id}"] [col-id="${column}"]`).textContent();
};

const countsOf = (page: Page, list: string) => page.locator(`#${list} li`).allTextContents();

describe('the Roster tab', () => {
  it('shows HR every serving secondee with the counts; HR sorts, filters, exports the rows shown and finds the sort kept', async () => {
    const { page, problems } = await signIn(hrOfficer, 'hr');
    await openRoster(page, 5);

    expect(await page.locator('#roster-heading').textContent()).toBe('Roster');
    expect(await page.locator('#roster-total').textContent()).toBe('5 officers serving');
    expect(await countsOf(page, 'roster-by-nationality')).toEqual(['France: 2', 'Senegal: 2', 'Spain: 1']);
    expect(await countsOf(page, 'roster-by-unit')).toEqual(['Cybercrime Directorate: 3', 'Counter-Terrorism Directorate: 2']);
    expect(await countsOf(page, 'roster-by-type')).toEqual(['Regular: 4', 'Short-term: 1']);
    // By last day at first; Paul Leroy, whose secondment ended, is on no row.
    expect(await shownIds(page)).toEqual([idOf(2), idOf(5), idOf(4), idOf(3), idOf(1)]);
    expect(await cellText(page, idOf(2), 'officer')).toBe('Bernard, Julien');
    expect(await cellText(page, idOf(2), 'monthsLeft')).toBe('1');
    expect(await cellText(page, idOf(2), 'state')).toBe('Serving');
    await page.evaluate(() => (window as unknown as { rosterGrid: { ensureColumnVisible(c: string): void } }).rosterGrid.ensureColumnVisible('nationality'));
    expect(describeViolations([await runAxe(page, 'HR’s roster')])).toBe('');
    await page.screenshot({ path: screenshotPath('roster-hr.png'), fullPage: true });

    // Sort by months left, most first: a click for ascending, another for descending.
    await page.evaluate(() => (window as unknown as { rosterGrid: { ensureColumnVisible(c: string): void } }).rosterGrid.ensureColumnVisible('monthsLeft'));
    const monthsHeader = page.locator('#roster-grid .ag-header-cell[col-id="monthsLeft"] .ag-header-cell-label');
    await monthsHeader.click();
    await monthsHeader.click();
    await expect.poll(() => shownIds(page)).toEqual([idOf(1), idOf(3), idOf(4), idOf(5), idOf(2)]);

    // Filter: the search finds the Directorate's officers, in the sorted order.
    await page.locator('#roster-search').fill('Counter-Terrorism');
    await expect.poll(() => shownIds(page)).toEqual([idOf(4), idOf(2)]);
    expect(await page.locator('#roster-row-count').textContent()).toBe('2 of 5 rows');

    const downloaded = page.waitForEvent('download');
    await page.locator('#roster-export-xlsx').click();
    const file = path.join(downloads, 'roster.xlsx');
    await (await downloaded).saveAs(file);
    await expect.poll(() => page.locator('#message-text').textContent()).toContain('Exported 2 rows as XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Roster');
    if (!sheet) throw new Error('The export has no Roster sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.join(' ')).not.toMatch(/gender|email/i);
    const column = (name: string) => header.indexOf(name) + 1;
    const exported = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(exported.map((row) => [row.getCell(column('Id')).value, row.getCell(column('Family name')).value, row.getCell(column('Months left')).value])).toEqual([
      [idOf(4), 'Ndiaye', 12],
      [idOf(2), 'Bernard', 1],
    ]);
    expect(exported[1]?.getCell(column('Extension state')).value).toBe('awaiting-approval');

    // The layout (the sort) is the user's own and kept: the page loaded again sorts as they left it.
    await page.reload();
    await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
    await openRoster(page, 5);
    expect(await shownIds(page)).toEqual([idOf(1), idOf(3), idOf(4), idOf(5), idOf(2)]);

    // Enter on a row opens its secondment's record in the Secondments tab.
    await page.locator(`#roster-grid .ag-row[row-id="${idOf(2)}"] [col-id="officer"]`).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#secondment-heading').textContent(), { timeout: 15_000 }).toBe('Secondment of Julien Bernard');
    expect(await page.locator('#roster-view').isHidden()).toBe(true);
    expect(await page.locator('#tab-secondments').getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
  }, 180_000);

  it('shows France’s NCB, in French, its own officers only', async () => {
    const { page, problems } = await signIn(ncbFrance, 'ncb', 'fr');
    await openRoster(page, 2);

    expect(await page.locator('#roster-heading').textContent()).toBe('Effectif des détachés');
    expect(await page.locator('#roster-total').textContent()).toBe('2 fonctionnaires en détachement');
    expect(await countsOf(page, 'roster-by-nationality')).toEqual(['France : 2']);
    expect((await shownIds(page)).sort()).toEqual([idOf(1), idOf(2)].sort());
    expect(await cellText(page, idOf(2), 'type')).toBe('Courte durée');
    expect(await cellText(page, idOf(2), 'extension')).toContain('6 mois de plus');
    await page.evaluate(() => (window as unknown as { rosterGrid: { ensureColumnVisible(c: string): void } }).rosterGrid.ensureColumnVisible('nationality'));
    expect(describeViolations([await runAxe(page, 'the NCB’s roster, in French')])).toBe('');
    await page.screenshot({ path: screenshotPath('roster-ncb-fr.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 180_000);

  it('reads from the right in Arabic for Senegal’s NCB, its own officers only', async () => {
    const { page, problems } = await signIn(ncbSenegal, 'ncb', 'ar');
    await openRoster(page, 2);

    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#roster-grid .ag-rtl').count()).toBeGreaterThan(0);
    expect(await page.locator('#roster-heading').textContent()).toBe('قائمة المُعارين');
    expect((await shownIds(page)).sort()).toEqual([idOf(3), idOf(4)].sort());
    expect(describeViolations([await runAxe(page, 'the NCB’s roster, in Arabic')])).toBe('');
    await page.screenshot({ path: screenshotPath('roster-ncb-ar.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 180_000);
});
