/**
 * The Reports tab of the staff page (issue 17, point 5), in real headless Chromium against the
 * local stack: HR opens the reports, every chart is drawn (its canvas holds pixels) beside the
 * table of its figures, a gender count of a closed quarter under 5 reads "fewer than 5", and HR adds Senegal and Kenya
 * to the under-represented countries: the representation figures change. axe-core checks the tab
 * before and after. Screenshots: docs/screenshots/reports-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConfirmed } from '#shared/applications/application.js';
import { genderOf, reportedGenders, type ReportedGender } from '#shared/reports/gender.js';
import { quarterOf } from '#shared/reports/quarters.js';
import { shownCounts } from '#shared/reports/small-cells.js';
import { UNDER_REPRESENTED_MEASURES } from '#shared/reports/tables.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { startTestStack } from '../support/local-stack.js';
import { generateReportData, seedReportData } from '../support/report-data.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer } from '../support/staff.js';

const clock = settableClock('2026-12-07T12:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
const data = generateReportData({ vacancies: 4, applications: 120, secondments: 16, seed: 5 });

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
  await seedReportData(stack, data);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = async (): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = watchPageProblems(page);
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(hrOfficer.email);
  await page.locator('input[name="group"][value="hr"]').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

/** How many pixels of a canvas are drawn on (not transparent). */
const drawnPixels = (page: Page, id: string) =>
  page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return 0;
    const { data: pixels } = context.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if ((pixels[alpha] ?? 0) > 0) drawn += 1;
    return drawn;
  }, id);

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const cellText = (page: Page, table: string, rowHeader: string, measure: string, column: number) =>
  page
    .locator(`#report-${table}-table tbody tr`)
    .filter({ has: page.locator('th', { hasText: exactly(rowHeader) }) })
    .filter({ has: page.locator('td', { hasText: exactly(measure) }) })
    .locator('td')
    .nth(column)
    .textContent();

/** A gender count of a quarter (its row: quarter, from, to, measure, gender, count). */
const genderCount = (page: Page, quarter: string, measure: string, gender: string) =>
  page
    .locator('#report-gender-table tbody tr')
    .filter({ has: page.locator('th', { hasText: exactly(quarter) }) })
    .filter({ has: page.locator('td', { hasText: exactly(measure) }) })
    .filter({ has: page.locator('td', { hasText: exactly(gender) }) })
    .locator('td')
    .nth(4)
    .textContent();

describe('the Reports tab', () => {
  it('HR reads the figures as charts with their tables, edits the under-represented countries and the figures follow', async () => {
    const { page, problems } = await signIn();
    await page.locator('#tab-reports').click();
    await expect.poll(() => page.locator('#reports-state').textContent(), { timeout: 30_000 }).toMatch(/^Figures as stored at/);

    const confirmed = data.applications.filter((one) => isConfirmed(one.application));
    const total = page.locator('#report-pipeline-table tbody tr').last();
    expect(await total.locator('th').textContent()).toBe('All vacancies');
    expect(await total.locator('td').nth(3).textContent()).toBe(String(confirmed.length));
    for (const chart of ['pipeline', 'time-to-appointment', 'countries', 'regions', 'representation', 'gender']) {
      await expect.poll(() => drawnPixels(page, `report-${chart}-chart`), { timeout: 10_000, message: chart }).toBeGreaterThan(500);
    }
    // Gender per closed quarter (the data's applications fall in 2026-Q1 and Q2), each quarter's cells suppressed on their own.
    const inQ1 = confirmed.filter((one) => quarterOf(one.application.submittedAt) === '2026-Q1');
    const q1 = shownCounts(Object.fromEntries(reportedGenders.map((gender) => [gender, inQ1.filter((one) => genderOf(one.application) === gender).length])) as Record<ReportedGender, number>);
    expect(await genderCount(page, '2026-Q1', 'Applications submitted', 'Another gender')).toBe('count' in q1.another ? String(q1.another.count) : 'fewer than 5');
    expect(await genderCount(page, '2026-Q1', 'Applications submitted', 'Women')).toBe('count' in q1.woman ? String(q1.woman.count) : 'fewer than 5');
    const appointedWomen = confirmed.filter((one) => one.application.gender === 'woman' && one.application.status === 'appointed');
    expect(appointedWomen.length).toBeLessThan(5);
    expect(await genderCount(page, quarterOf(appointedWomen[0]?.audit.at ?? ''), 'Appointments made', 'Women')).toBe('fewer than 5');
    expect(await page.locator('#report-gender-table tbody th').allTextContents()).not.toContain('2026-Q4');
    expect(await cellText(page, 'representation', 'Nationals of under-represented countries', UNDER_REPRESENTED_MEASURES.applications, 1)).toBe('0');
    expect(describeViolations([await runAxe(page, 'HR’s reports')])).toBe('');
    await page.screenshot({ path: screenshotPath('reports-hr.png'), fullPage: true });

    // HR lists Senegal and Kenya, saves, and the representation figures follow.
    await page.locator('#under-represented-add').selectOption('SN');
    await page.locator('#under-represented-add-button').click();
    await page.locator('#under-represented-add').selectOption('KE');
    await page.locator('#under-represented-add-button').click();
    expect(await page.locator('#under-represented-list li').allTextContents()).toEqual(['Kenya (KE) Remove', 'Senegal (SN) Remove']);
    await page.locator('#under-represented-save').click();
    const listed = confirmed.filter((one) => one.application.nationality === 'SN' || one.application.nationality === 'KE').length;
    await expect.poll(() => cellText(page, 'representation', 'Nationals of under-represented countries', UNDER_REPRESENTED_MEASURES.applications, 1), { timeout: 15_000 }).toBe(String(listed));
    expect(listed).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#under-represented-state').textContent()).toMatch(new RegExp(`^2 countries, last changed by ${hrOfficer.email.replace(/\./g, '\\.')} on 2026-12-07 \\(revision 1\\)\\.$`));
    await page.locator('.report-history summary').click();
    expect(await page.locator('#under-represented-history li').first().textContent()).toContain('added Kenya (KE), Senegal (SN) (revision 1)');
    await expect.poll(() => drawnPixels(page, 'report-representation-chart'), { timeout: 10_000 }).toBeGreaterThan(500);
    expect(describeViolations([await runAxe(page, 'HR’s reports once the list is saved')])).toBe('');
    await page.locator('#under-represented-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('reports-under-represented.png') });
    expect(problems).toEqual([]);
  }, 180_000);
});
