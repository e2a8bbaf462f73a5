import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPageProblems } from './browser.js';
import type { StaffIdentity } from './staff.js';

/** Where a browser test writes its screenshot: docs/screenshots/ with UPDATE_SCREENSHOTS=1, else nowhere. */
export const screenshotPath = (name: string): string | undefined =>
  process.env.UPDATE_SCREENSHOTS === '1' ? path.join(path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots'), name) : undefined;

export interface StaffPage {
  page: Page;
  /** Console errors and page errors (browser.ts). */
  problems: string[];
  /** Every request the page made that failed or was answered 400 or more. */
  refused: string[];
}

/**
 * Opens the staff page in a new tab at 1280 x 900 and signs in through the local hosted sign-in as
 * `identity` (its first group; an approver's force), as the page sends a user there. A download's
 * navigation, which the browser cuts short, is no refusal.
 */
export const signInToStaffPage = async (context: BrowserContext, stackUrl: string, identity: StaffIdentity, language?: 'ar' | 'fr' | 'es'): Promise<StaffPage> => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = watchPageProblems(page);
  const refused: string[] = [];
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') refused.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) refused.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
  });
  await page.goto(`${stackUrl}/admin${language ? `?lang=${language}` : ''}`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${identity.groups[0] ?? 'hr'}"]`).check();
  if (identity.force) await page.locator('input[name="force"]').fill(identity.force);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
  return { page, problems, refused };
};
