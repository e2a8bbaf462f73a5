import { launchChromium } from '../test/support/browser.js';
import { gridApplications } from '../test/support/grid-applications.js';
import { startTestStack } from '../test/support/local-stack.js';
import { settableClock } from '../test/support/settable-clock.js';
import { seedApplications, storeOf } from '../test/support/staff.js';

const stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
const browser = await launchChromium();
try {
  const store = storeOf(stack);
  await seedApplications(store.applications, gridApplications(40, '1701', 1));
  store.close();
  const page = await browser.context.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/authorize/);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForFunction(() => document.querySelector('#row-count')?.textContent?.endsWith(' rows'));
  await page.locator('#vacancy-select').selectOption('1701');
  await page.waitForTimeout(1500);
  const id = '5b1f4c1e-0000-4000-8000-000000000001';
  await page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="status"]`).click();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  console.log((await page.locator(`.ag-row[row-id="${id}"]`).first().innerHTML()).slice(0, 3000));
  console.log('POPUP', (await page.locator('.ag-popup').innerHTML().catch(() => 'none')).slice(0, 3000));
  await page.screenshot({ path: '.scratch-c/shot.png' });
} finally {
  await browser.close();
  await stack.stop();
}
