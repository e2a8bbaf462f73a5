/**
 * The circular's acknowledgement in a real browser (issue 15, point 5): the email's link opens a
 * page in the NCB's language (Arabic right to left, French) whose button, a plain form with no
 * script, records the acknowledgement; and an NCB officer acknowledges from the Vacancies tab.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { acknowledgedAt, seedCircularSend } from '../support/circular-sends.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';

const clock = settableClock(new Date());
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const watch = watchPageProblems;

describe('the acknowledgement page the circular email opens', () => {
  it('reads right to left in Arabic, and its button records the acknowledgement', async () => {
    // Arrange
    const link = await seedCircularSend(stack, { number: '1701', country: 'MA', language: 'ar' });
    const page = await context.newPage();
    const problems = watch(page);

    // Act
    await page.goto(`${stack.url}${link}`);
    const before = await acknowledgedAt(stack, '1701', 'MA');
    const shown = {
      html: await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      heading: await page.locator('h1').textContent(),
      about: await page.locator('.lead').textContent(),
    };
    await page.getByRole('button', { name: 'الإشعار بالاستلام' }).click();
    await page.locator('[role="status"]').waitFor();

    // Assert
    expect(before).toBeUndefined();
    expect(shown.html).toEqual(['ar', 'rtl']);
    expect(shown.heading).toBe('تعميم الوظيفة الشاغرة 1701');
    expect(shown.about).toContain('المغرب');
    expect(await page.locator('[role="status"]').textContent()).toContain('سُجِّل إشعار مكتبكم المركزي الوطني باستلام هذا التعميم');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await acknowledgedAt(stack, '1701', 'MA')).toEqual(expect.any(String));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('speaks French for a French-speaking NCB, and the link opened again says it is already acknowledged, with no button', async () => {
    // Arrange
    const link = await seedCircularSend(stack, { number: '1701', country: 'BE', language: 'fr' });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${stack.url}${link}`);

    // Act
    const prompt = await page.locator('.panel p').textContent();
    await page.getByRole('button', { name: 'Accuser réception' }).click();
    await page.locator('[role="status"]').waitFor();
    const done = await page.locator('[role="status"]').textContent();
    await page.goto(`${stack.url}${link}`);

    // Assert
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
    expect(prompt).toContain('Veuillez confirmer que votre BCN l’a bien reçue');
    expect(done).toContain('L’accusé de réception de votre BCN pour cette circulaire a été enregistré le');
    expect(await page.locator('[role="status"]').textContent()).toContain('Votre BCN a déjà accusé réception de cette circulaire');
    expect(await page.locator('form').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('an NCB acknowledges in its Vacancies tab', () => {
  it('shows when the circular was sent, and its button acknowledges it for the officer’s own country', async () => {
    // Arrange: France was sent vacancy 1701's circular; the officer signs in in French.
    await seedCircularSend(stack, { number: '1701', country: 'FR', language: 'fr' });
    const page = await context.newPage();
    const problems = watch(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.url}/admin?lang=fr`);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    await page.getByLabel('Email').fill('ncb.lyon@interpol.fr.example');
    await page.locator('input[name="group"][value="ncb"]').check();
    await page.locator('select[name="country"]').selectOption('FR');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#who-email').textContent(), { timeout: 15_000 }).toBe('ncb.lyon@interpol.fr.example');

    // Act
    await page.locator('#tab-ncb-vacancies').click();
    const circular = page.locator('#ncb-vacancies-rows tr[data-vacancy="1701"] [data-circular]');
    await circular.waitFor({ timeout: 15_000 });
    const before = { state: await circular.getAttribute('data-circular'), text: await circular.textContent() };
    await page.getByRole('button', { name: 'Accuser réception de la circulaire relative au poste 1701' }).click();
    await expect.poll(() => circular.getAttribute('data-circular'), { timeout: 15_000 }).toBe('acknowledged');

    // Assert
    expect(before.state).toBe('sent');
    expect(before.text).toMatch(/^Circulaire envoyée le .+ ; réception pas encore accusée/);
    expect(await circular.textContent()).toMatch(/^Circulaire envoyée le .+ ; réception accusée le .+/);
    expect(await acknowledgedAt(stack, '1701', 'FR')).toEqual(expect.any(String));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('HR sees where the circular stands', () => {
  it('shows per published vacancy how many NCBs were sent it, bounced and acknowledged, in the switcher and the vacancies grid', async () => {
    // Arrange: by now vacancy 1701's circular went to Morocco, Belgium and France, all three acknowledged (the tests above).
    const page = await context.newPage();
    const problems = watch(page);
    await page.setViewportSize({ width: 2400, height: 900 });
    await page.goto(`${stack.url}/admin#vacancy=1701`);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    await page.getByLabel('Email').fill('hr.officer@secondment-hub.local');
    await page.locator('input[name="group"][value="hr"]').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#who-email').textContent(), { timeout: 15_000 }).toBe('hr.officer@secondment-hub.local');

    // Act
    const line = page.locator('#vacancy-counts .chip-circular');
    await line.waitFor({ timeout: 15_000 });
    await page.locator('#tab-vacancies').click();
    const cell = page.locator('#vacancies-grid .ag-row[row-id="1701"] [col-id="circular"]');
    await expect.poll(() => cell.textContent(), { timeout: 15_000 }).not.toBe('');

    // Assert
    // The other 193 contacts have not had it: the job sends them on its next runs.
    expect(await line.textContent()).toBe('Sent to 3 NCBs, 0 bounced, 3 acknowledged · 193 NCBs still to be sent the latest edition');
    expect(await cell.textContent()).toBe('Sent to 3 NCBs, 0 bounced, 3 acknowledged');
    expect(problems).toEqual([]);
    await page.close();
  });
});
