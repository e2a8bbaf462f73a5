/**
 * The form's optional gender question (issue 17, point 5) in a real browser against the local
 * stack: left at "prefer not to say" it sends nothing, a chosen answer is stored, and in Arabic the
 * question reads right to left, with no WCAG A/AA violation axe can find.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, describeViolations } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { pdfBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { storeOf } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let store: ReturnType<typeof storeOf>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  store = storeOf(stack);
});
afterAll(async () => {
  store?.close();
  await browser?.close();
  await stack?.stop();
});

const openPage = async (url: string): Promise<{ page: Page; problems: string[] }> => {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(url);
  return { page, problems };
};

/** Every required field, found by its English label, as a candidate fills them. */
const fillRequired = async (page: Page, email: string) => {
  await page.getByRole('radio', { name: /Vacancy 1701/ }).check();
  await page.getByLabel('Given name').fill('Awa');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Nationality').selectOption({ label: 'Senegal' });
  await page.getByLabel('Serving law-enforcement officer').check();
  await page.getByLabel('Current job title').fill('Commissaire de police');
  await page.getByLabel('Home administration', { exact: true }).fill('Police nationale');
  await page.getByLabel('Years of professional experience').fill('9');
  await page.getByLabel('Highest education completed').selectOption({ label: 'Master’s degree or equivalent' });
  await page.getByRole('checkbox', { name: 'French', exact: true }).check();
  await page.getByRole('combobox', { name: 'French', exact: true }).selectOption('C1');
  await page.getByLabel('I have read how my personal data is used').check();
  await page.setInputFiles('#cv', { name: 'awa-cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Awa')) });
};

/** Submits and answers the body the page posted, once the receipt shows. */
const submit = async (page: Page): Promise<Record<string, unknown>> => {
  const posted = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/applications');
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/applications');
  await page.getByRole('button', { name: 'Submit application' }).click();
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  expect((await answered).status()).toBe(201);
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');
  return body;
};

const storedAnswer = async (body: Record<string, unknown>) => {
  const page = await store.applications.list({ vacancy: '1701' }, { limit: 100 });
  return page.items.find((application) => application.email === body.email);
};

describe('the gender question in the browser', () => {
  it('is a group of its own, optional, “prefer not to say” already chosen, and then sends nothing', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    const group = page.getByRole('group', { name: 'Gender (optional)' });

    expect(await group.getByRole('radio').count()).toBe(4);
    expect(await group.getByRole('radio', { name: 'Prefer not to say' }).isChecked()).toBe(true);
    expect(await group.getByText(/never shown to the selection panel, to NCBs or in any list of candidates/).isVisible()).toBe(true);
    await fillRequired(page, 'awa.unsaid@police.sn.example');

    const body = await submit(page);

    expect('gender' in body).toBe(false);
    const stored = await storedAnswer(body);
    expect(stored).toBeDefined();
    expect(stored && 'gender' in stored).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sends and stores the answer a candidate chooses, from the keyboard too', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    await fillRequired(page, 'awa.woman@police.sn.example');
    const group = page.getByRole('group', { name: 'Gender (optional)' });
    await group.getByRole('radio', { name: 'Man', exact: true }).check();
    // Arrow keys move within the group, as in any radio group: from Man back to Woman.
    await group.getByRole('radio', { name: 'Man', exact: true }).focus();
    await page.keyboard.press('ArrowUp');
    expect(await group.getByRole('radio', { name: 'Woman', exact: true }).isChecked()).toBe(true);

    const body = await submit(page);

    expect(body.gender).toBe('woman');
    expect((await storedAnswer(body))?.gender).toBe('woman');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads right to left in Arabic, in Arabic words, with no WCAG A/AA violation on the form', async () => {
    const { page, problems } = await openPage(`${stack.url}/?lang=ar`);
    const group = page.getByRole('group', { name: 'النوع الاجتماعي (اختياري)' });

    expect(await group.getByRole('radio', { name: 'أفضّل عدم الإجابة' }).isChecked()).toBe(true);
    expect(await group.getByRole('radio', { name: 'امرأة' }).count()).toBe(1);
    const why = page.locator('#gender-why');
    expect(await why.textContent()).toContain('لجنة الاختيار');
    expect(await why.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // The first choice starts at the inline start: the right edge of the group in Arabic.
    const [choice, fieldset] = await Promise.all([
      group.getByRole('radio', { name: 'أفضّل عدم الإجابة' }).boundingBox(),
      page.locator('fieldset[data-field="gender"]').boundingBox(),
    ]);
    expect(choice && fieldset && choice.x + choice.width > fieldset.x + fieldset.width / 2).toBe(true);

    const check = await runAxe(page, 'the form with its gender question');

    expect(check.lang).toBe('ar');
    expect(describeViolations([check])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});
