/**
 * The selection report in the staff page (issue 16, point 5), in real headless Chromium against
 * the local stack with npm start's demo selection (vacancy 1614's panel). Before the chair has
 * recommended, HR sees what the sign-off waits for; once the chair has (through the API, as the
 * selection e2e test does in the page), HR downloads the draft PDF (opened with a PDF parser),
 * signs off after the dialog, sees who signed and when, and downloads the signed PDF. Axe on the
 * tab and on the dialog.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PANEL, DEMO_PANEL_VACANCY } from '#infra/local/seed/demo-panel-members.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient, type StaffIdentity } from '../support/staff.js';

const clock = settableClock(new Date());
const chair: StaffIdentity = { email: DEMO_PANEL[0].email, groups: ['panel'] };

let stack: LocalStack;
let dataDir: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'secondment-hub-report-e2e-'));
  [stack, browser] = await Promise.all([startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 3 }), launchChromium()]);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(hrOfficer.email);
  await page.locator('input[name="group"][value="hr"]').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The chair marks every candidate before the panel and recommends each, as the Selection tab lets them. */
const chairRecommendsEveryone = async () => {
  const client = await staffClient(stack, chair);
  const panelPath = `/admin/selection/panels/${DEMO_PANEL_VACANCY}`;
  const criteria = ((await client('GET', panelPath)).body.panel as { criteria: Array<{ id: string }> }).criteria;
  const ids = ((await client('GET', `${panelPath}/candidates`)).body.items as Array<{ candidate: { applicationId: string } }>).map((item) => item.candidate.applicationId);
  for (const [index, id] of ids.entries()) {
    const scores = Object.fromEntries(criteria.map((criterion) => [criterion.id, { score: 5 - index }]));
    const saved = await client('PUT', `${panelPath}/candidates/${id}/marks`, { scores });
    const submitted = await client('POST', `${panelPath}/candidates/${id}/marks/submit`, { revision: (saved.body.marks as { revision: number }).revision });
    expect(submitted.status).toBe(200);
  }
  for (const [index, id] of ids.entries()) {
    const answer = await client('PUT', `${panelPath}/candidates/${id}/recommendation`, index === 0 ? { decision: 'appoint', reasons: 'Highest combined mark.' } : { decision: 'reserve' });
    expect(answer.status).toBeLessThan(300);
  }
};

const downloadPdf = async (name: RegExp) => {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const download = await downloaded;
  const file = path.join(dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = new Uint8Array(await readFile(file));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { name: download.suggestedFilename(), text: text.replace(/\s+/g, ' ') };
};

const openReport = async () => {
  await page.locator('#tab-selection').click();
  await page.locator('#selection-vacancy').selectOption(DEMO_PANEL_VACANCY);
  await page.locator('#selection-report').waitFor({ timeout: 15_000 });
};

describe('the selection report in the staff page', () => {
  it('says what the sign-off waits for while the chair has not recommended, and keeps the button off', async () => {
    await openReport();

    await expect.poll(() => page.locator('#selection-report-state').textContent(), { timeout: 15_000 }).toMatch(/No candidate is ranked yet|waits? for the chair’s recommendation/);
    expect(await page.locator('#selection-report-sign').isDisabled()).toBe(true);
    expect(describeViolations([await runAxe(page, 'selection report, waiting')])).toBe('');
  });

  it('HR downloads the draft PDF, signs off after the dialog, and then gets the signed PDF', async () => {
    await chairRecommendsEveryone();
    await page.reload();
    await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
    await openReport();
    await expect.poll(() => page.locator('#selection-report-state').textContent(), { timeout: 15_000 }).toContain('Ready to sign off');

    const draft = await downloadPdf(/Download a draft of the report/);
    expect(draft.name).toBe(`selection-report-${DEMO_PANEL_VACANCY}.pdf`);
    expect(draft.text).toContain(`Selection report: vacancy ${DEMO_PANEL_VACANCY}`);
    expect(draft.text).toContain('DRAFT, not signed off');

    await page.getByRole('button', { name: 'Sign off…' }).click();
    await page.locator('#report-sign-dialog[open]').waitFor();
    // Enter keeps the report as it is: the safe choice has the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-sign-keep');
    expect(describeViolations([await runAxe(page, 'selection report, sign-off dialog')])).toBe('');
    await page.locator('#report-sign-confirm').click();
    await page.locator('#report-sign-dialog').waitFor({ state: 'hidden' });

    await expect.poll(() => page.locator('#message-text').textContent()).toContain(`The selection report of vacancy ${DEMO_PANEL_VACANCY} is signed off.`);
    expect(await page.locator('#selection-report-state').textContent()).toContain(`Signed off by ${hrOfficer.email} on `);
    expect(await page.locator('#selection-report-sign').isHidden()).toBe(true);
    const signed = await downloadPdf(/Download the signed report/);
    expect(signed.text).toContain(`Signed off by ${hrOfficer.email}`);
    expect(signed.text).not.toContain('DRAFT');
    expect(describeViolations([await runAxe(page, 'selection report, signed')])).toBe('');

    await page.locator('#selection-history').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Selection report signed off');
    expect(problems).toEqual([]);
  });
});
