/**
 * The staff grid in a real browser: headless Chromium against the whole local stack. HR signs in
 * through the local hosted sign-in (authorization code + PKCE), works the grid (switch vacancy,
 * filter, edit inline, history), meets a conflicting edit made meanwhile through the API with
 * another token, exports XLSX and imports it back; an NCB officer then sees only their country.
 * Screenshots go to docs/screenshots/admin-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVacancyNotice } from '../../shared/vacancies/notice-parser.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { pdfBytes } from '../support/documents.js';
import { applicationId, gridApplication, gridApplications } from '../support/grid-applications.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { administrator, hrOfficer, seedApplications, staffClient, storeOf } from '../support/staff.js';

// The stack's clock is the real one here: s3rver judges a presigned GET's expiry (the export's
// download) by the machine's time, so a stack living in another day could not download.
const clock = settableClock(new Date());
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const WIDE = { width: 1440, height: 900 };
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'notices');

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

const watch = watchPageProblems;

/** A cell, scrolled into view first: the grid renders only the columns and rows on screen. */
const cell = (page: Page, id: string, column: string) => {
  const locator = page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${column}"]`).first();
  return Object.assign(locator, {
    show: () =>
      page.evaluate(
        ([rowId, colId]) => {
          const grid = (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void; ensureNodeVisible(n: unknown): void; getRowNode(id: string): unknown } }).applicationsGrid;
          grid.ensureColumnVisible(colId ?? '');
          grid.ensureNodeVisible(grid.getRowNode(rowId ?? ''));
        },
        [id, column],
      ),
  });
};
const shownRowIds = (page: Page) =>
  page.evaluate(() => {
    const grid = (window as unknown as { applicationsGrid: { forEachNodeAfterFilter(f: (node: { data?: { id: string; nationality: string } }) => void): void } }).applicationsGrid;
    const rows: Array<{ id: string; nationality: string }> = [];
    grid.forEachNodeAfterFilter((node) => node.data && rows.push(node.data));
    return rows;
  });

/** A row as the grid holds it now (some columns, such as version, are hidden by default). */
const rowOf = (page: Page, id: string) =>
  page.evaluate((rowId) => {
    const grid = (window as unknown as { applicationsGrid: { getRowNode(id: string): { data?: Record<string, unknown> } | undefined } }).applicationsGrid;
    return grid.getRowNode(rowId)?.data ?? {};
  }, id);

/** Through the local hosted sign-in page, as a person picks a role there. */
const signInAs = async (page: Page, role: 'hr' | 'ncb' | 'admin', email: string, country?: string) => {
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

    // The nationality column's set-like filter: tick one country.
    await page.locator('#applications-view .ag-header-cell[col-id="nationality"] .ag-header-cell-filter-button').click();
    const senegal = page.locator('.value-filter label').filter({ hasText: 'Senegal' });
    await expect.poll(() => senegal.textContent()).toContain(String(ON_1701.filter((one) => one.nationality === 'SN').length));
    await senegal.locator('input').check();
    await expect.poll(async () => (await shownRowIds(page)).map((row) => row.nationality)).toEqual(
      ON_1701.filter((one) => one.nationality === 'SN').map(() => 'SN'),
    );
    await page.screenshot({ path: screenshotPath('admin-filter.png') });
    await page.locator('.value-filter').getByRole('button', { name: 'Show all' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shownRowIds(page)).length).toBe(ON_1701.length);

    await page.getByRole('button', { name: /^Submitted: \d+/ }).click();
    await expect.poll(async () => (await shownRowIds(page)).length).toBe(ON_1701.filter((one) => one.status === 'submitted').length);
    await page.getByRole('button', { name: /^All: \d+/ }).click();
    expect(problems).toEqual([]);
  });


  it('opens the vacancy a link names (the HR digest\'s #vacancy=), through the sign-in and back', async () => {
    const linked = await context.newPage();
    await linked.setViewportSize(WIDE);

    await linked.goto(`${stack.url}/admin#vacancy=1702`);
    await signInAs(linked, 'hr', 'hr.officer@secondment-hub.local');

    await waitForRows(linked, ON_1702.length);
    expect(await linked.locator('#vacancy-select').inputValue()).toBe('1702');
    expect(new URL(linked.url()).hash).toBe('#vacancy=1702');
    await linked.close();
  });
  it('keeps each user\'s columns: one hidden stays hidden after a reload, until the layout is reset', async () => {
    // The Roster tab has a Columns menu of its own: this one is the applications grid's.
    await page.locator('#applications-view').getByText('Columns', { exact: true }).click();
    await page.locator('#columns-list label').filter({ hasText: 'Category' }).locator('input').uncheck();
    await page.keyboard.press('Escape');
    expect(await page.locator('.ag-header-cell[col-id="category"]').count()).toBe(0);

    await page.reload();
    await waitForRows(page, ON_1701.length);
    expect(await page.locator('.ag-header-cell[col-id="category"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await expect.poll(() => page.locator('.ag-header-cell[col-id="category"]').count()).toBe(1);
  });

  it('edits a status inline from the keyboard, offering only the moves the status machine allows', async () => {
    const id = edited?.id ?? '';
    const status = cell(page, id, 'status');
    // Arrow keys walk the grid like a sheet.
    await cell(page, id, 'years').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('status');
    await page.keyboard.press('Enter');
    const options = page.locator('.ag-select-list .ag-list-item');
    await expect.poll(async () => (await options.allTextContents()).map((text) => text.trim())).toEqual(['Submitted', 'Screening', 'Rejected', 'Withdrawn']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect.poll(() => status.textContent()).toContain('Screening');
    await expect.poll(async () => (await rowOf(page, id)).version).toBe(2);
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
    await cell(page, id, 'score').show();
    await cell(page, id, 'score').dblclick();
    await page.keyboard.type('87');
    await page.keyboard.press('Enter');

    const message = page.locator('#message');
    await expect.poll(() => message.textContent()).toContain('changed by someone else');
    expect(await message.textContent()).toContain('score to 87');
    await cell(page, id, 'note').show();
    await expect.poll(() => cell(page, id, 'note').textContent()).toBe('Called the NCB: letter on its way.');
    expect((await rowOf(page, id)).version).toBe(3);
    expect((await cell(page, id, 'score').textContent())?.trim()).toBe('');
    await page.screenshot({ path: screenshotPath('admin-conflict.png') });
    // The one error logged is the refused PATCH itself.
    expect(problems.splice(0)).toEqual([expect.stringContaining('status of 409 (Conflict)')]);
  });

  it('moves ticked rows together, with a result per row', async () => {
    const [first, second] = ON_1701.filter((one) => one.status === 'submitted' && one.id !== edited?.id);
    if (!first || !second) throw new Error('the seed has too few submitted applications');
    for (const one of [first, second]) await cell(page, one.id, 'ag-Grid-SelectionColumn').locator('input').check();

    await expect.poll(() => page.locator('#bulk-count').textContent()).toBe('2 selected');
    await page.getByLabel('Move to').selectOption('screening');
    await page.getByRole('button', { name: 'Apply to selected' }).click();

    await expect.poll(() => page.locator('#message').textContent()).toContain('Move to Screening: 2 changed.');
    for (const one of [first, second]) expect((await rowOf(page, one.id)).status).toBe('screening');
    await page.screenshot({ path: screenshotPath('admin-bulk.png') });
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.locator('#bulk-bar').isHidden()).toBe(true);
  });

  it('judges each row against the notice: the chips count what the API says, a chip filters, the reasons show on hover, and HR overrides a flag with a reason', async () => {
    // 1701's notice asks 8 years and English at C1; the seeded applications give no language levels.
    const api = await staffClient(stack, hrOfficer);
    type Judged = { id: string; emailConfirmed?: boolean; eligibility?: { verdict: string }; eligibilityOverride?: unknown };
    const received = ((await api('GET', '/admin/applications?vacancy=1701&limit=1000')).body.items as Judged[]).filter((row) => row.emailConfirmed !== false);
    const flagged = received.filter((row) => row.eligibility?.verdict === 'unmet' && !row.eligibilityOverride);
    const unknown = received.filter((row) => row.eligibility?.verdict === 'unknown' && !row.eligibilityOverride);
    expect(flagged.length).toBeGreaterThan(1);

    await expect.poll(() => page.getByRole('button', { name: `Flagged: ${flagged.length}` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: `Not known yet: ${unknown.length}` }).count()).toBe(unknown.length > 0 ? 1 : 0);
    await page.getByRole('button', { name: /^Flagged: \d+/ }).click();
    await expect.poll(async () => (await shownRowIds(page)).map((row) => row.id).sort()).toEqual(flagged.map((row) => row.id).sort());

    const target = flagged[0]?.id ?? '';
    await cell(page, target, 'eligibility').show();
    expect(await cell(page, target, 'eligibility').textContent()).toBe('Flagged');
    expect(await cell(page, target, 'eligibility').locator('.badge').getAttribute('title')).toContain('the notice asks at least 8.');
    await page.screenshot({ path: screenshotPath('admin-eligibility.png') });

    await cell(page, target, 'eligibilityOverride').show();
    await cell(page, target, 'eligibilityOverride').dblclick();
    await page.keyboard.type('Ten years as a police trainer abroad count as the experience asked.');
    await page.keyboard.press('Tab');
    await expect.poll(async () => ((await rowOf(page, target)).eligibilityOverride as { reason?: string } | undefined)?.reason).toBe('Ten years as a police trainer abroad count as the experience asked.');
    await expect.poll(() => page.getByRole('button', { name: `Flagged: ${flagged.length - 1}` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Flag overridden: 1' }).count()).toBe(1);

    await page.getByRole('button', { name: /^All: \d+/ }).click();
    await expect.poll(async () => (await shownRowIds(page)).length).toBe(ON_1701.length);
    expect(problems).toEqual([]);
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
    await cell(page, id, 'score').show();
    await expect.poll(() => cell(page, id, 'score').textContent()).toBe('72');
    expect(problems).toEqual([]);
  });

  it('reads a pasted notice into a vacancy form, marks what it could not read, saves it as a draft, then publishes it', async () => {
    await page.getByRole('button', { name: 'Vacancies' }).click();
    const grid = page.locator('#vacancies-grid');
    await expect.poll(() => grid.locator('.ag-row[row-id="1701"]').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Paste a notice…' }).click();
    // A notice as pasted, its grade and clearance lost in the copy, still open for applications.
    const notice = (await readFile(path.join(fixtures, 'short-term-value-on-next-line.txt'), 'utf8'))
      .replace(/Grade:\n5\.00\n/, '')
      .replace(/Clearance:\nBasic\n/, '')
      .replace('31/08/2025', '31/01/2027')
      .replace('2026-08-04', '2027-08-04');
    await page.getByLabel('The notice\'s text').fill(notice);
    await page.getByRole('button', { name: 'Read the notice' }).click();

    const form = page.locator('#vacancy-dialog');
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.getByLabel('Vacancy number').inputValue()).toBe('ST-0457');
    const unread = await form.locator('#vacancy-fields .field-unread').evaluateAll((fields) => fields.map((field) => (field as HTMLElement).dataset.field));
    expect(unread.length).toBeGreaterThan(0);
    // This notice is a header only: every part of its body is marked as not read, yet none is needed to save.
    const unreadParts = await form.locator('#notice-editor .field-unread').evaluateAll((parts) => parts.map((part) => (part as HTMLElement).dataset.noticePart));
    expect(unreadParts).toEqual(['summary', 'duties', 'education', 'experience', 'languages', 'abilities', 'audience', 'conditions', 'costs', 'diversity']);
    expect(await page.locator('#vacancy-unread').textContent()).toContain('10 parts of the notice could not be read');
    await page.screenshot({ path: screenshotPath('admin-vacancy-parsed.png') });

    // The page checks with the shared schema first: an unread field left empty is named beside it.
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await form.locator('.field-error:not([hidden])').count()).toBeGreaterThan(0);
    expect(unread).toEqual(['grade', 'clearance']);
    await form.getByLabel('Grade').fill('5');
    await form.getByLabel('Security clearance').selectOption('Basic');
    expect(await form.locator('#vacancy-fields .field-unread').count()).toBe(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
    const row = grid.locator('.ag-row[row-id="ST-0457"]');
    await expect.poll(() => row.locator('[col-id="status"]').textContent()).toBe('draft');
    expect((await (await staffClient(stack, hrOfficer))('GET', '/admin/vacancies/ST-0457')).body).not.toHaveProperty('notice');
    await row.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => row.locator('[col-id="status"]').textContent()).toBe('open');
    await page.screenshot({ path: screenshotPath('admin-vacancies.png') });
    await page.getByRole('button', { name: 'Applications' }).click();
    expect(problems).toEqual([]);
  });

  it('keeps a pasted notice’s body when the vacancy is saved, edits a duty and a language’s level, adds and removes language rows, removes the notice once every part is cleared, and the form passes axe', async () => {
    await page.getByRole('button', { name: 'Vacancies' }).click();
    const grid = page.locator('#vacancies-grid');
    await expect.poll(() => grid.locator('.ag-row[row-id="1701"]').count()).toBeGreaterThan(0);
    const text = (await readFile(path.join(fixtures, 'written-1703-regional-liaison.txt'), 'utf8')).replace('VACANCY NOTICE 1703', 'VACANCY NOTICE 1799');
    const parsed = parseVacancyNotice(text).draft.notice;

    // Prepare: the notice pasted and read; its body fills the notice editor.
    await page.getByRole('button', { name: 'Paste a notice…' }).click();
    await page.getByLabel('The notice\'s text').fill(text);
    await page.getByRole('button', { name: 'Read the notice' }).click();
    const form = page.locator('#vacancy-dialog');
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await page.getByLabel('Duties', { exact: true }).inputValue()).toMatch(/^Liaise with the National Central Bureaus of the region\n- Follow up requests/);
    const spanish = form.getByRole('group', { name: 'Language 1' });
    expect(await spanish.getByLabel('Language', { exact: true }).inputValue()).toBe('es');
    expect(await spanish.getByLabel('CEFR level').inputValue()).toBe('C1');
    const axe = [await runAxe(page, 'vacancy form with a pasted notice')];
    expect(describeViolations(axe)).toBe('');
    await page.screenshot({ path: screenshotPath('admin-vacancy-notice.png') });

    // Act: saved as read.
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);

    // Assert: the stored vacancy has the whole notice.
    const api = await staffClient(stack, hrOfficer);
    const saved = await api('GET', '/admin/vacancies/1799');
    expect(saved.status).toBe(200);
    expect(saved.body.notice).toEqual(parsed);

    // Act: HR edits one duty's activity and Spanish's level; a detail without its ability is refused beside the field first.
    const row = grid.locator('.ag-row[row-id="1799"]');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => form.isVisible()).toBe(true);
    const duties = page.getByLabel('Duties', { exact: true });
    await duties.fill((await duties.inputValue()).replace('- Organise regional meetings of NCB heads.', '- Organise the yearly meeting of the region’s NCB heads.'));
    await spanish.getByLabel('CEFR level').selectOption('C2');
    const abilities = page.getByLabel('Abilities required');
    const abilitiesAsRead = await abilities.inputValue();
    await abilities.fill(`- a detail without its ability\n${abilitiesAsRead}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#notice-field-abilities-error').textContent()).toContain('comes under the ability it belongs to');
    expect(await abilities.getAttribute('aria-invalid')).not.toBeNull();
    axe.push(await runAxe(page, 'vacancy form, a notice field in error'));
    expect(describeViolations(axe)).toBe('');
    await abilities.fill(abilitiesAsRead);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);

    // Assert: both edits are stored, nothing else of the notice changed.
    await expect.poll(async () => (await api('GET', '/admin/vacancies/1799')).body.version).toBe(2);
    const edited = (await api('GET', '/admin/vacancies/1799')).body.notice as typeof parsed;
    expect(edited?.duties?.[0]?.activities[2]).toBe('Organise the yearly meeting of the region’s NCB heads.');
    expect(edited?.languages?.[0]).toMatchObject({ language: 'es', level: 'C2' });
    expect({ ...edited, duties: parsed?.duties, languages: parsed?.languages }).toEqual(parsed);

    // Act: every part cleared and the language rows removed but one added afresh, then that one removed too.
    const editAgain = async () => {
      await row.getByRole('button', { name: 'Edit' }).click();
      await expect.poll(() => form.isVisible()).toBe(true);
    };
    const save = async (version: number) => {
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => form.isVisible()).toBe(false);
      await expect.poll(async () => (await api('GET', '/admin/vacancies/1799')).body.version).toBe(version);
      return (await api('GET', '/admin/vacancies/1799')).body;
    };
    await editAgain();
    for (const area of await form.locator('#notice-editor textarea').all()) await area.fill('');
    await form.locator('#notice-field-minimumYears').fill('');
    while ((await form.getByRole('button', { name: /^Remove language/ }).count()) > 0) await form.getByRole('button', { name: 'Remove language 1' }).click();
    await form.getByRole('button', { name: 'Add a language' }).click();
    const french = form.getByRole('group', { name: 'Language 1' });
    await french.getByLabel('Language', { exact: true }).selectOption('fr');
    await french.getByLabel('CEFR level').selectOption('B2');
    await french.getByLabel('Need').selectOption('asset');
    await french.getByLabel('The notice’s words').fill('Working knowledge of French would be an asset.');
    expect((await save(3)).notice).toEqual({ languages: [{ language: 'fr', level: 'B2', need: 'asset', wording: 'Working knowledge of French would be an asset.' }] });
    await editAgain();
    await form.getByRole('button', { name: 'Remove language 1' }).click();
    // Assert: an edit with nothing left sends notice {}, which removes it.
    expect(await save(4)).not.toHaveProperty('notice');
    await page.getByRole('button', { name: 'Applications' }).click();
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

  it('lets the NCB officer validate with the screening attestation and attach the confirmation letter', async () => {
    const pending = ON_1701.find((one) => one.nationality === 'FR' && !one.ncbValidation && !one.documents.confirmationLetter);
    if (!pending) throw new Error('the seed has no French application waiting for its NCB');
    await cell(page, pending.id, 'ncb').show();
    await cell(page, pending.id, 'ncb').getByRole('button', { name: 'Decide…' }).click();

    const dialog = page.locator('#ncb-dialog');
    await page.getByLabel('Validate the application').check();
    await page.getByRole('button', { name: 'Save' }).click();
    // Validating needs the attestation: the dialog says so and stays open.
    await expect.poll(() => page.locator('#ncb-error').textContent()).toContain('attest that Basic security screening was done');
    await page.getByLabel('I attest that Basic security screening was done, as this vacancy requires.').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#ncb-error').textContent()).toContain('date of the security screening');
    await page.locator('#ncb-screened-on').fill('2026-10-15');
    await page.setInputFiles('#ncb-letter', { name: 'confirmation-letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Police nationale')) });
    await page.screenshot({ path: screenshotPath('admin-ncb-decision.png') });
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => cell(page, pending.id, 'ncb').textContent()).toContain('Validated: Basic screening');
    expect((await rowOf(page, pending.id)).ncbValidation).toMatchObject({ clearance: 'Basic', screenedOn: '2026-10-15' });
    await cell(page, pending.id, 'documents').show();
    expect(await cell(page, pending.id, 'documents').textContent()).toContain('Letter ✓');
    expect(problems).toEqual([]);
  });

  it("shows the French NCB a candidate's copy of the letter as awaiting it, and counts it once confirmed in the NCB dialog", async () => {
    // Prepare: a Senegalese national whose administration is French, with a copy of the letter uploaded by the candidate.
    const copy = gridApplication(900, '1701');
    const store = storeOf(stack);
    await seedApplications(store.applications, [
      {
        ...copy,
        nationality: 'SN',
        homeAdministrationCountry: 'FR',
        status: 'submitted',
        ncbValidation: undefined,
        documents: { confirmationLetter: { key: `applications/${copy.id}/confirmationLetter/copy`, contentType: 'application/pdf', size: 2048, sha256: '1'.repeat(64), receivedAt: copy.submittedAt, suppliedBy: 'candidate' } },
      },
    ]);
    store.close();
    // A dialog an earlier case left open would hold the page's focus: this case starts from the grid.
    await page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()));
    await page.locator('#vacancy-select').selectOption('1702');
    await page.locator('#vacancy-select').selectOption('1701');
    await waitForRows(page, FRENCH_ON_1701 + 1);
    await cell(page, copy.id, 'documents').show();
    expect(await cell(page, copy.id, 'documents').textContent()).toContain('Letter copy, awaiting NCB');
    await cell(page, copy.id, 'ncbCountry').show();
    expect(await cell(page, copy.id, 'ncbCountry').textContent()).toBe('France');

    // Act: one action in the NCB dialog.
    await cell(page, copy.id, 'ncb').show();
    await cell(page, copy.id, 'ncb').getByRole('button', { name: 'Decide…' }).click();
    expect(await page.locator('#ncb-letter-copy').isVisible()).toBe(true);
    expect(await page.locator('#ncb-who').textContent()).toContain('awaiting NCB confirmation');
    await page.screenshot({ path: screenshotPath('admin-ncb-letter-copy.png') });
    await page.getByRole('button', { name: 'Confirm the candidate’s copy' }).click();

    // Assert: the copy counts, the dialog says so and offers the action no more; the history names the officer.
    await expect.poll(() => page.locator('#ncb-letter-copy').isHidden(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#ncb-who').textContent()).toContain('confirmed by the NCB');
    await page.locator('#ncb-cancel').click();
    await cell(page, copy.id, 'documents').show();
    await expect.poll(() => cell(page, copy.id, 'documents').textContent()).toContain('Letter ✓');
    expect((await rowOf(page, copy.id)).missing).toEqual(['cv', 'ncbValidation']);
    expect(problems).toEqual([]);
  });

  it('offers the NCB no decision on a withdrawn application, shows a decline after shortlisting plainly, and asks for the Enhanced level where the vacancy requires it', async () => {
    // Prepare: on 1701 (Basic) a French application withdrawn and one shortlisted then declined; on 1702 (Enhanced) one waiting.
    const [withdrawn, declined, enhanced] = [gridApplication(901, '1701'), gridApplication(902, '1701'), gridApplication(903, '1702')];
    const store = storeOf(stack);
    const french = { nationality: 'FR', homeAdministrationCountry: 'FR' } as const;
    await seedApplications(store.applications, [
      { ...withdrawn, ...french, status: 'withdrawn', ncbValidation: undefined },
      { ...declined, ...french, status: 'shortlisted', ncbValidation: { decision: 'declined', screeningAttested: false, at: declined.submittedAt, by: 'ncb.lyon@interpol.fr.example' } },
      { ...enhanced, ...french, status: 'screening', ncbValidation: undefined },
    ]);
    store.close();
    await page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()));
    await page.locator('#vacancy-select').selectOption('1702');
    await page.locator('#vacancy-select').selectOption('1701');
    await waitForRows(page, FRENCH_ON_1701 + 3);

    // Assert: what the API would refuse is not offered.
    await cell(page, withdrawn.id, 'ncb').show();
    expect(await cell(page, withdrawn.id, 'ncb').getByRole('button').count()).toBe(0);
    await cell(page, declined.id, 'status').show();
    expect(await cell(page, declined.id, 'status').textContent()).toContain('NCB declined');
    expect((await rowOf(page, declined.id)).nextStatuses).toEqual(['rejected', 'withdrawn']);
    await cell(page, declined.id, 'ncb').show();
    expect(await cell(page, declined.id, 'ncb').getByRole('button', { name: 'Change…' }).count()).toBe(1);

    // Act: the Enhanced vacancy's dialog attests Enhanced screening.
    await page.locator('#vacancy-select').selectOption('1702');
    // The switch loads 1702's rows: wait for the row rather than read it at once.
    await expect.poll(async () => (await shownRowIds(page)).some((row) => row.id === enhanced.id), { timeout: 15_000 }).toBe(true);
    await cell(page, enhanced.id, 'ncb').show();
    await expect.poll(() => cell(page, enhanced.id, 'ncb').textContent()).toContain('Awaiting NCB (Enhanced screening)');
    await cell(page, enhanced.id, 'ncb').getByRole('button', { name: 'Decide…' }).click();
    await page.getByLabel('Validate the application').check();
    await page.getByLabel('I attest that Enhanced security screening was done, as this vacancy requires.').check();
    await page.locator('#ncb-screened-on').fill('2026-09-30');
    await page.getByRole('button', { name: 'Save' }).click();

    // Assert
    await expect.poll(() => page.locator('#ncb-dialog').isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => cell(page, enhanced.id, 'ncb').textContent()).toContain('Validated: Enhanced screening');
    expect((await rowOf(page, enhanced.id)).ncbValidation).toMatchObject({ clearance: 'Enhanced', screenedOn: '2026-09-30' });
    expect(problems).toEqual([]);
  });

  it('shows an application whose address is not confirmed as such, and counts it apart from the received ones', async () => {
    // Prepare: a French application on 1701 whose candidate has not followed the receipt's link yet.
    const unconfirmed = gridApplication(904, '1701');
    const store = storeOf(stack);
    await seedApplications(store.applications, [
      { ...unconfirmed, nationality: 'FR', homeAdministrationCountry: 'FR', ncbValidation: undefined, emailConfirmation: { tokenHash: 'f'.repeat(64), expiresAt: new Date(Date.now() + 3_600_000).toISOString() } },
    ]);
    store.close();

    // Act
    await page.locator('#vacancy-select').selectOption('1702');
    await page.locator('#vacancy-select').selectOption('1701');

    // Assert: in the grid, marked; in the counts, apart.
    await waitForRows(page, FRENCH_ON_1701 + 4);
    await cell(page, unconfirmed.id, 'status').show();
    expect(await cell(page, unconfirmed.id, 'status').textContent()).toContain('unconfirmed');
    expect(await page.locator('.chip-unconfirmed').textContent()).toBe('Unconfirmed 1');
    expect(await page.locator('.chip', { hasText: 'All' }).first().textContent()).toBe(`All ${FRENCH_ON_1701 + 3}`);
    expect(problems).toEqual([]);
  });

  it('sends a user whose token the API refuses back to the sign-in', async () => {
    // A token whose signature no longer matches, as after a key rotation or a tampering.
    await page.evaluate(() => {
      const token = sessionStorage.getItem('secondment-hub.staff.id-token') ?? '';
      sessionStorage.setItem('secondment-hub.staff.id-token', `${token.slice(0, -4)}AAAA`);
      sessionStorage.removeItem('secondment-hub.staff.signed-in-at');
    });

    await page.reload();

    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    expect(new URL(page.url()).searchParams.get('code_challenge_method')).toBe('S256');
    expect(problems.splice(0).every((problem) => problem.includes('status of 401'))).toBe(true);
  });
});

describe('the NCB contacts an administrator keeps', () => {
  it('shows every member country, and saves an address edited in the grid, refusing one that is not', async () => {
    const admin = await context.newPage();
    await admin.setViewportSize(WIDE);
    const seen = watch(admin);
    await admin.goto(`${stack.url}/admin`);
    await signInAs(admin, 'admin', 'admin@secondment-hub.local');

    await admin.locator('#tab-contacts').click();
    // Afghanistan sorts first: its row is drawn without scrolling (the grid draws only what is in view).
    const afghanistan = admin.locator('#contacts-grid .ag-row[row-id="AF"] [col-id="email"]');
    await expect.poll(() => afghanistan.textContent(), { timeout: 15_000 }).toBe('ncb.af@ncb.secondment-hub.local');
    expect(await admin.locator('#contacts-grid .ag-row').count()).toBeGreaterThan(5);
    await afghanistan.dblclick();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type('recruitment@ncb.af.example');
    await admin.keyboard.press('Enter');

    await expect.poll(() => admin.locator('#message-text').textContent(), { timeout: 15_000 }).toContain('recruitment@ncb.af.example');
    expect(await afghanistan.textContent()).toBe('recruitment@ncb.af.example');
    await afghanistan.dblclick();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type('not an address');
    await admin.keyboard.press('Enter');
    await expect.poll(() => admin.locator('#message-text').textContent()).toContain('Nothing was saved');
    expect(await afghanistan.textContent()).toBe('recruitment@ncb.af.example');
    await admin.screenshot({ path: screenshotPath('admin-ncb-contacts.png') });
    expect(seen).toEqual([]);
    await admin.close();
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
