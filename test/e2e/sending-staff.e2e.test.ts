/**
 * The staff page of a sending unit (issue 18, points 2 and 3), in real headless Chromium against a
 * local stack started with the sending profile: HR writes a call for a EULEX Kosovo post in the
 * vacancy editor (the mission's details asked, each one left blank named, the national deadline so
 * called), finds it listed with its mission; a serving officer, a retired one and a civilian expert
 * apply through the public API, and the grid names each one's category and status (force and line
 * manager, retirement, expertise), and HR's CSV export has the same status columns. axe-core checks
 * the editor and the grid.
 * Screenshots: docs/screenshots/sending-call-editor.png and sending-staff-grid.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { confirmFromReceipt } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { callPublicApi } from '../support/public-api.js';
import { sendingSetting, servingOfficerSubmission } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient } from '../support/staff.js';

// The real clock: the call's deadlines are set from today, as HR would.
const clock = settableClock(new Date());
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

const today = dateIn(clock.now(), 'Europe/Belgrade');
const nationalDeadline = addDays(today, 20);
const missionDeadline = addDays(today, 35);
const CALL = 'EULEX-26-07';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock, { profile: sendingSetting }), launchChromium()]);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** An applicant applies as the form would, and confirms the address from the receipt. */
const apply = async (body: Record<string, unknown>): Promise<string> => {
  const answer = await callPublicApi(stack.url, 'POST', '/applications', { body });
  expect(answer.status, answer.text).toBe(201);
  const id = String(answer.body.applicationId);
  expect((await confirmFromReceipt(stack.url, id)).status).toBe(200);
  return id;
};

/** A cell's text as drawn, its column scrolled into view first (the grid draws only the columns in view). */
const cellText = async (id: string, column: string) => {
  await page.evaluate(
    ([rowId, colId]) => {
      const grid = (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void; ensureNodeVisible(n: unknown): void; getRowNode(id: string): unknown } }).applicationsGrid;
      grid.ensureColumnVisible(colId ?? '');
      grid.ensureNodeVisible(grid.getRowNode(rowId ?? ''));
    },
    [id, column],
  );
  return page.locator(`#applications-view .ag-row[row-id="${id}"] .ag-cell[col-id="${column}"]`).first().textContent();
};

describe('the staff page of a sending unit', () => {
  it('lets HR write a call for a mission post in the editor, naming each mission field left blank, and lists it with its mission', async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    problems = watchPageProblems(page);
    await page.goto(`${stack.url}/admin`);
    await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
    await page.getByLabel('Email').fill(hrOfficer.email);
    await page.locator('input[name="group"][value="hr"]').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Vacancies' }).click();
    await page.locator('#vacancy-new').click();
    const form = page.locator('#vacancy-dialog');
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByLabel('Vacancy number').fill(CALL);
    await form.getByLabel('Job title').fill('Police Adviser, Organised Crime');
    await form.getByLabel('Unit', { exact: true }).fill('Strengthening Division');
    await form.getByLabel('Reports to').fill('Head of the Strengthening Division');
    await form.getByLabel('Duty station').fill('Pristina');
    await form.getByLabel('Time zone').fill('Europe/Belgrade');
    await form.getByLabel('Grade', { exact: true }).fill('SMS 2');
    await form.getByLabel('Security clearance').selectOption('Enhanced');
    await form.getByLabel('Duration (months)').fill('12');
    await form.getByLabel('Published on').fill(today);
    await form.getByLabel('National deadline').fill(nationalDeadline);
    await form.getByLabel('Status').selectOption('open');
    // The receiving form's deadline is named the national one here, and its own label is gone.
    expect(await form.getByLabel('Application deadline').count()).toBe(0);

    // Saved without the mission: the page checks with the vacancy schema and names each field missing.
    await page.getByRole('button', { name: 'Save' }).click();
    const errors = await form.locator('#vacancy-mission .field-error:not([hidden])').evaluateAll((shown) => shown.map((one) => one.id));
    expect(errors).toEqual([
      'vacancy-field-mission-mission-error',
      'vacancy-field-mission-organisation-error',
      'vacancy-field-mission-roleCategory-error',
      'vacancy-field-mission-rankSought-error',
      'vacancy-field-mission-missionDeadline-error',
      'vacancy-field-mission-nominationsAllowed-error',
    ]);

    await form.getByLabel('Mission', { exact: true }).fill('EULEX Kosovo');
    await form.getByLabel('Run by').selectOption('EU');
    // The role categories: five police and ten civilian, in two groups.
    const groups = await form.locator('#vacancy-field-mission-roleCategory optgroup').evaluateAll((all) => all.map((group) => [group.getAttribute('label'), group.children.length]));
    expect(groups).toEqual([['Police roles', 5], ['Civilian roles', 10]]);
    await form.getByLabel('Role category').selectOption('mentoring-and-advising');
    await form.getByLabel('Rank or grade sought').fill('Inspector or above');
    await form.getByLabel('Nominations allowed').fill('2');
    // A mission deadline on the national one leaves the unit no time: refused beside the field.
    await form.getByLabel('The mission’s deadline').fill(nationalDeadline);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('#vacancy-field-mission-missionDeadline-error').textContent()).toContain('after the national deadline');
    await form.getByLabel('The mission’s deadline').fill(missionDeadline);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);

    const row = page.locator(`#vacancies-grid .ag-row[row-id="${CALL}"]`);
    await expect.poll(() => row.locator('[col-id="mission"]').textContent(), { timeout: 15_000 }).toBe('EULEX Kosovo');
    expect(await row.locator('[col-id="status"]').textContent()).toBe('open');
    const stored = (await (await fetch(`${stack.url}/vacancies/${CALL}`)).json()) as { deadline: string; mission: Record<string, unknown> };
    expect(stored.deadline).toBe(nationalDeadline);
    expect(stored.mission).toEqual({ mission: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', rankSought: 'Inspector or above', missionDeadline, nominationsAllowed: 2 });

    // Opened again, the call fills the editor with its mission as stored.
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.getByLabel('Mission', { exact: true }).inputValue()).toBe('EULEX Kosovo');
    expect(await form.getByLabel('Role category').inputValue()).toBe('mentoring-and-advising');
    expect(await form.getByLabel('The mission’s deadline').inputValue()).toBe(missionDeadline);
    expect(await form.getByLabel('Nominations allowed').inputValue()).toBe('2');
    expect(describeViolations([await runAxe(page, 'the call editor of a sending unit')])).toBe('');
    await form.locator('#vacancy-mission').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('sending-call-editor.png') });
    await page.locator('#vacancy-cancel').click();
    await expect.poll(() => form.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('shows a serving officer’s force and line manager in the grid, a retired officer’s retirement and a civilian expert’s field, each category by name', async () => {
    const serving = await apply(servingOfficerSubmission({ vacancy: CALL }));
    const retired = await apply(
      servingOfficerSubmission({
        vacancy: CALL,
        givenName: 'Alasdair',
        familyName: 'Reid',
        email: 'alasdair.reid@example.org',
        currentTitle: 'Retired Chief Inspector',
        homeAdministration: 'Police Scotland',
        category: 'retired-police',
        applicantStatus: { retiredOn: '2024-03-31', formerForce: 'police-scotland' },
      }),
    );
    const civilian = await apply(
      servingOfficerSubmission({
        vacancy: CALL,
        givenName: 'Priya',
        familyName: 'Nair',
        email: 'priya.nair@example.org',
        currentTitle: 'Rule of Law Adviser',
        homeAdministration: 'Crown Prosecution Service',
        category: 'civilian-expert',
        applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true },
      }),
    );

    await page.getByRole('button', { name: 'Applications' }).click();
    await page.reload();
    await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#row-count').textContent(), { timeout: 15_000 }).toBe('3 rows');
    // The switcher names the mission beside the call's title.
    expect(await page.locator('#vacancy-select option:checked').textContent()).toContain('Police Adviser, Organised Crime (EULEX Kosovo)');

    expect(await cellText(serving, 'category')).toBe('Serving police officer');
    expect(await cellText(serving, 'force')).toBe('Metropolitan Police Service');
    expect(await cellText(serving, 'lineManager')).toBe('Chief Inspector Dan Reyes');
    expect(await cellText(serving, 'lineManagerEmail')).toBe('dan.reyes@met.police.example');
    expect(await cellText(retired, 'category')).toBe('Retired police officer');
    expect(await cellText(retired, 'retiredOn')).toBe('31 Mar 2024');
    expect(await cellText(retired, 'formerForce')).toBe('Police Scotland');
    expect(await cellText(civilian, 'category')).toBe('Civilian expert');
    expect(await cellText(civilian, 'expertise')).toBe('Rule of law');
    expect(await cellText(civilian, 'onExpertRoster')).toBe('Yes');

    expect(describeViolations([await runAxe(page, 'the grid of a sending unit')])).toBe('');
    // Wide enough for the category and every status column at once.
    await page.setViewportSize({ width: 1920, height: 720 });
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('category'));
    await page.screenshot({ path: screenshotPath('sending-staff-grid.png') });
    expect(problems).toEqual([]);
  });

  it('exports the applicants’ status in HR’s CSV: the force by name, the line manager, the retirement, the expertise', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const answer = await hr('GET', `/admin/applications/export?vacancy=${CALL}&format=csv`);
    expect(answer.status).toBe(200);
    const csv = (await (await fetch(String(answer.body.url))).text()).replace(/^\uFEFF/, '');
    const [header = '', ...lines] = csv.trim().split('\r\n');

    expect(header).toContain('"Home administration","Force","Line manager","Line manager email","Retired on","Former force","Expertise","On expert roster"');
    expect(lines.find((line) => line.includes('Okafor'))).toContain('"Metropolitan Police Service","Chief Inspector Dan Reyes","dan.reyes@met.police.example"');
    expect(lines.find((line) => line.includes('Reid'))).toContain('"2024-03-31","Police Scotland"');
    expect(lines.find((line) => line.includes('Nair'))).toContain('"rule-of-law","yes"');
  });
});
