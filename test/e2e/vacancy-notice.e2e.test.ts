/**
 * A candidate reads a vacancy's full notice (issue 15, point 2) in a real browser against the
 * local stack: on the form page under each vacancy, closed until asked, and on the status page
 * under the application; on a phone's 390 px, in the page's language around the notice's English
 * text, with axe's WCAG A and AA rules passing with the notice open.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { callPublicApi } from '../support/public-api.js';
import { settableClock } from '../support/settable-clock.js';

const clock = settableClock('2026-11-22T09:00:00Z');
const PHONE = { width: 390, height: 844 };

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A phone-sized page that fails the test on any script error or CSP violation. */
const openPhonePage = async (url: string): Promise<{ page: Page; problems: string[] }> => {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  const problems = watchPageProblems(page);
  await page.goto(url);
  return { page, problems };
};

/** Whether anything makes the page wider than the phone (text that does not wrap scrolls sideways). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('a candidate reads a vacancy notice', () => {
  it('opens notice 1701 on the form page at 390 px: closed at first, then duties, requirements and languages, the text marked English', async () => {
    // Prepare
    const { page, problems } = await openPhonePage(`${stack.url}/?lang=en`);
    const notice = page.locator('#notice-1701');

    // Act
    const closedAtFirst = await notice.evaluate((details) => (details as HTMLDetailsElement).open);
    await notice.locator('summary').click();

    // Assert
    expect(closedAtFirst).toBe(false);
    await expect.poll(() => notice.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await notice.locator('summary').textContent()).toBe('Read the full notice of vacancy 1701');
    expect(await notice.locator('h3').allTextContents()).toEqual([
      'Summary of duties', 'Duties and activities', 'Education required', 'Experience required', 'Languages', 'Abilities required', 'Conditions of secondment',
    ]);
    expect(await notice.getByText('Analyse information on terrorist networks').isVisible()).toBe(true);
    expect(await notice.getByText('At least 8 years of experience.').isVisible()).toBe(true);
    expect(await notice.locator('li', { hasText: 'Fluent English' }).textContent()).toBe('Fluent English (written and oral). Required: CEFR level C1');
    expect(await notice.locator('ol').getAttribute('lang')).toBe('en');
    expect(await scrollsSideways(page)).toBe(false);
    const check = await runAxe(page, 'form page, notice 1701 open');
    expect(describeViolations([check])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['fr', 'Lire l’avis de vacance 1701 en entier', 'Fonctions et activités', 'Exigée : niveau C1 du CECRL'],
    ['ar', 'اقرأ إعلان الوظيفة الشاغرة 1701 كاملاً', 'المهام والأنشطة', 'مطلوبة: المستوى C1 من الإطار الأوروبي المرجعي المشترك للغات'],
  ])('in %s, says the notice’s headings in the page’s language around its English text, at 390 px, axe passing', async (lang, summary, dutiesHeading, level) => {
    // Prepare
    const { page, problems } = await openPhonePage(`${stack.url}/?lang=${lang}&vacancy=1701`);
    const notice = page.locator('#notice-1701');

    // Act: a link that names the vacancy opens its notice.
    const open = await notice.evaluate((details) => (details as HTMLDetailsElement).open);

    // Assert
    expect(open).toBe(true);
    expect(await notice.locator('summary').textContent()).toBe(summary);
    expect(await notice.locator('h3').nth(1).textContent()).toBe(dutiesHeading);
    expect(await notice.locator('li', { hasText: 'Fluent English' }).locator('.need').textContent()).toBe(level);
    expect(await notice.locator('[lang="en"]').count()).toBeGreaterThan(5);
    expect(await scrollsSideways(page)).toBe(false);
    const check = await runAxe(page, `form page in ${lang}, notice 1701 open`);
    expect(describeViolations([check])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads the notice again from the status page, under the application, in Spanish at 390 px', async () => {
    // Prepare: an application to 1701 through the API, and its status link.
    const submitted = await callPublicApi(stack.url, 'POST', '/applications', { body: aminaSubmission({ email: 'notice.reader@police.example' }) });
    const { applicationId, statusToken } = submitted.body as { applicationId: string; statusToken: string };
    const { page, problems } = await openPhonePage(`${stack.url}/status?lang=es#${new URLSearchParams({ id: applicationId, token: statusToken }).toString()}`);
    const notice = page.locator('#notice-slot #notice-1701');

    // Act
    await notice.locator('summary').click();

    // Assert
    expect(submitted.status).toBe(201);
    expect(await notice.locator('summary').textContent()).toBe('Leer el anuncio de vacante 1701 completo');
    await expect.poll(() => notice.getByText('Draft analytical reports and intelligence notes.').isVisible()).toBe(true);
    expect(await notice.locator('h3').first().textContent()).toBe('Resumen de funciones');
    expect(await page.locator('#application-heading').isVisible()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    const check = await runAxe(page, 'status page in es, notice 1701 open');
    expect(describeViolations([check])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});
