/**
 * The Letters tab of the staff page (issue 16, point 6), in real headless Chromium against the
 * local stack with npm start's demo selection (vacancy 1614: its shortlisted candidates, no written
 * test, so each confirmed one is due the shortlisted letter). HR opens the tab, previews the letter
 * (who is due it, and the letter as one of them reads it), sends it, and sees nothing left due;
 * the mailbox holds each letter once. Then HR previews the close-out of the closed vacancy and closes
 * it out: each one still open is told once. axe-core checks the tab, the open preview and the close-out's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PANEL_VACANCY } from '#infra/local/seed/demo-panel-members.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient } from '../support/staff.js';

const clock = settableClock(new Date());
let stack: LocalStack;
let dataDir: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
/** The shortlisted letters due on 1614 as the API counts them (the demo's shortlisted, confirmed candidates). */
let due = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'secondment-hub-letters-e2e-'));
  [stack, browser] = await Promise.all([startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 3 }), launchChromium()]);
  const overview = await (await staffClient(stack, hrOfficer))('GET', `/admin/letters/${DEMO_PANEL_VACANCY}`);
  due = (overview.body.kinds as Array<{ kind: string; due?: number }>).find((kind) => kind.kind === 'shortlisted')?.due ?? 0;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

const signedInAsHr = async (): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems: string[] = [];
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
  return { page, problems };
};

describe('the Letters tab', () => {
  it('has shortlisted candidates due their letter in the demo', () => {
    expect(due).toBeGreaterThan(1);
  });

  it('HR previews the shortlisted letter (who, and the letter in the reader’s language), sends it once, and sees nothing left due', async () => {
    const { page, problems } = await signedInAsHr();
    // The tab's first vacancy's overview answers late (a delay injected), after HR chose 1614: it must not overwrite 1614's (CI met it).
    const overviewOfAnother = (url: string | URL) => /\/admin\/letters\/[^/?]+$/.test(new URL(url).pathname) && !new URL(url).pathname.endsWith(`/${DEMO_PANEL_VACANCY}`);
    await page.route(overviewOfAnother, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const late = page.waitForResponse((response) => overviewOfAnother(response.url()));
    await page.locator('#tab-letters').click();
    await page.locator('#letters-vacancy').selectOption(DEMO_PANEL_VACANCY);
    const shortlistedRow = page.locator('#letters-kinds tbody tr[data-kind="shortlisted"]');
    await expect.poll(() => shortlistedRow.locator('td').nth(1).textContent(), { timeout: 15_000 }).toBe(String(due));
    await late;
    await page.waitForTimeout(200);
    expect(await shortlistedRow.locator('td').nth(1).textContent()).toBe(String(due));
    expect(await page.locator('#letters-kinds tbody tr[data-kind="interview-invitation"]').textContent()).toContain('By the interviews');
    expect(describeViolations([await runAxe(page, 'letters tab')])).toBe('');

    await page.locator('button[data-preview="shortlisted"]').click();
    await page.locator('#letters-preview').waitFor();
    expect(await page.locator('#letters-recipients tbody tr').count()).toBe(due);
    await expect.poll(() => page.locator('#letters-letter-subject').textContent()).toContain(DEMO_PANEL_VACANCY);
    const second = page.locator('#letters-recipients tbody tr').nth(1);
    const secondName = (await second.locator('th').textContent()) ?? '';
    await second.getByRole('button', { name: /Show the letter to/ }).click();
    await expect.poll(() => page.locator('#letters-letter-who').textContent()).toContain(secondName);
    expect(await page.locator('#letters-letter-text').textContent()).not.toMatch(/score|rank|note/i);
    expect(await page.locator('#letters-send').textContent()).toBe(`Send ${due} letters`);
    expect(describeViolations([await runAxe(page, 'letters preview')])).toBe('');

    const before = (await mailbox()).length;
    await page.locator('#letters-send').click();
    await expect.poll(() => page.locator('#message-text').textContent(), { timeout: 15_000 }).toContain(`${due} sent`);
    await expect.poll(() => shortlistedRow.locator('td').nth(1).textContent()).toBe('0');
    await expect.poll(() => page.locator('#letters-send').isDisabled()).toBe(true);
    const letters = (await mailbox()).slice(before);
    expect(letters).toHaveLength(due);
    expect(new Set(letters.map((mail) => mail.to[0])).size).toBe(due);
    expect(problems).toEqual([]);
  }, 180_000);

  it('HR previews the close-out of the closed vacancy, closes it out, and each one still open is told once; a second run ends and sends nothing', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const plan = (await hr('GET', `/admin/letters/${DEMO_PANEL_VACANCY}/close-out`)).body as { toEnd: number; letters: Record<string, number> };
    const letters = Object.values(plan.letters).reduce((sum, count) => sum + count, 0);
    expect(plan.toEnd).toBeGreaterThan(0);
    expect(letters).toBeGreaterThan(0);

    const { page, problems } = await signedInAsHr();
    await page.locator('#tab-letters').click();
    await page.locator('#letters-vacancy').selectOption(DEMO_PANEL_VACANCY);
    await page.locator('#letters-close-out-preview').click();
    await page.locator('#letters-close-out-summary').waitFor();
    expect(await page.locator('#letters-close-out-counts').textContent()).toContain(`${plan.toEnd === 1 ? '1 application' : `${plan.toEnd} applications`} still open will become rejected`);
    expect(describeViolations([await runAxe(page, 'letters close-out preview')])).toBe('');

    const before = (await mailbox()).length;
    await page.locator('#letters-close-out-run').click();
    await expect.poll(() => page.locator('#message-text').textContent(), { timeout: 30_000 }).toContain(`closed out: ${plan.toEnd} ended`);
    await expect.poll(() => page.locator('#letters-close-out-summary').isHidden()).toBe(true);
    const sent = (await mailbox()).slice(before);
    expect(sent).toHaveLength(letters);
    expect(new Set(sent.map((mail) => mail.to[0])).size).toBe(letters);
    for (const mail of sent) expect(mail.text).not.toMatch(/score|rank|note/i);

    const again = await hr('POST', `/admin/letters/${DEMO_PANEL_VACANCY}/close-out`);
    expect(again.body).toMatchObject({ ended: 0, letters: { sent: 0 } });
    expect((await mailbox()).length).toBe(before + letters);
    expect(problems).toEqual([]);
  }, 180_000);
});
