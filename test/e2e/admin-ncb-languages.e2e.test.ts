/**
 * The NCB's screens of the staff page in the NCB's language (issue 14, points 1, 3 and 5): a French
 * NCB officer chooses French with the page's switcher, signs in, keeps French across the sign-in,
 * and validates an application in the French dialog; the dialog's own check and the API's problem
 * speak French too. axe-core checks the French page and dialog (WCAG 2.2 A and AA, zero violations).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe, summariseChecks, type AxeCheck } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { gridApplications } from '../support/grid-applications.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { ncbFrance, seedApplications, staffClient, storeOf } from '../support/staff.js';

const clock = settableClock(new Date());
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

const ON_1701 = gridApplications(40, '1701', 1);
// A French candidate with one name (no family name), waiting for the NCB's validation.
const pendingIndex = ON_1701.findIndex((one) => one.nationality === 'FR' && !one.ncbValidation && !one.documents.confirmationLetter);
const waiting = ON_1701[pendingIndex];
if (!waiting) throw new Error('the seed has no French application waiting for its NCB');
const pending = { ...waiting, familyName: undefined, givenName: 'Amina' };
ON_1701[pendingIndex] = pending;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  const store = storeOf(stack);
  await seedApplications(store.applications, ON_1701);
  store.close();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const watch = watchPageProblems;

describe('an NCB validates in French', () => {
  let page: Page;
  let problems: string[];
  const checks: AxeCheck[] = [];

  it('chooses French with the switcher, signs in, and stays in French after the sign-in', async () => {
    page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    problems = watch(page);
    await page.goto(`${stack.url}/admin`);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    // The switcher is on the page before the sign-in leaves it: open it again in French.
    await page.goto(`${stack.url}/admin?lang=fr`);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    await page.getByLabel('Email').fill('ncb.lyon@interpol.fr.example');
    await page.locator('input[name="group"][value="ncb"]').check();
    await page.locator('select[name="country"]').selectOption('FR');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect.poll(() => page.locator('#who-email').textContent(), { timeout: 15_000 }).toBe('ncb.lyon@interpol.fr.example');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).toBe(true);
    expect(await page.locator('#who-role').textContent()).toBe('Agent du BCN, France');
    expect(await page.locator('#export-xlsx').textContent()).toBe('Exporter en XLSX');
    expect(await page.locator('.language-link[aria-current]').textContent()).toBe('français');
    // The grid names the zone its times are in.
    expect(await page.locator('#grid-time-zone').textContent()).toMatch(/^Heures affichées : \u2066[A-Za-z_/]+\u2069 \(\u2066UTC[+-]\d\d:\d\d\u2069\)$/);
    // The row count in French, an ICU plural over the rows the NCB sees (its country's).
    await expect.poll(() => page.locator('#row-count').textContent(), { timeout: 15_000 }).toMatch(/^\d+ lignes$/);
    const rows = await page.evaluate(() => (window as unknown as { applicationsGrid: { getDisplayedRowCount(): number } }).applicationsGrid.getDisplayedRowCount());
    expect(await page.locator('#row-count').textContent()).toBe(`${rows} lignes`);
    checks.push(await runAxe(page, 'staff page, NCB officer'));
  });

  it('shows the grid in French: its column headers, the status, the documents and the vacancy switcher’s counts', async () => {
    const grid = `.ag-row[row-id="${pending.id}"]`;
    const headers = await page.evaluate(() => {
      const api = (window as unknown as { applicationsGrid: { getColumn(id: string): { getColDef(): { headerName?: string } } | null } }).applicationsGrid;
      return ['vacancy', 'name', 'nationality', 'ncbCountry', 'status', 'documents', 'ncb', 'submitted', 'history'].map((id) => api.getColumn(id)?.getColDef().headerName);
    });
    expect(headers).toEqual(['Avis de vacance', 'Nom', 'Nationalité', 'Pays du BCN', 'Statut', 'Documents', 'Validation par le BCN', 'Soumise le', 'Historique']);
    await page.evaluate((rowId) => {
      const api = (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void; ensureNodeVisible(n: unknown): void; getRowNode(id: string): unknown } }).applicationsGrid;
      api.ensureColumnVisible('status');
      api.ensureNodeVisible(api.getRowNode(rowId));
    }, pending.id);
    expect(await page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-text').textContent()).toBe('Statut');
    const inFrench: Record<string, string> = { submitted: 'Soumise', screening: 'Présélection', shortlisted: 'Retenue', rejected: 'Rejetée' };
    expect(await page.locator(`${grid} .ag-cell[col-id="status"] .badge`).first().textContent()).toBe(inFrench[pending.status]);
    expect(await page.locator(`${grid} .ag-cell[col-id="nationality"]`).first().textContent()).toBe('France');
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('documents'));
    expect(await page.locator(`${grid} .ag-cell[col-id="documents"]`).first().textContent()).toContain('Lettre manquante');
    expect(await page.locator('#vacancy-counts .chip').first().textContent()).toMatch(/^Toutes \d+$/);
    expect(await page.locator('#vacancy-counts .chip').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`^${inFrench[pending.status]} \\d+$`)));
  });

  it('validates in the French dialog: its own checks, the attestation and the date, in French; a one-name candidate named without a comma', async () => {
    const grid = `.ag-row[row-id="${pending.id}"]`;
    await page.evaluate((rowId) => {
      const api = (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void; ensureNodeVisible(n: unknown): void; getRowNode(id: string): unknown } }).applicationsGrid;
      api.ensureColumnVisible('ncb');
      api.ensureNodeVisible(api.getRowNode(rowId));
    }, pending.id);
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('name'));
    expect(await page.locator(`${grid} .ag-cell[col-id="name"]`).first().textContent()).toBe('Amina');
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('ncb'));
    expect(await page.locator(`${grid} .ag-cell[col-id="ncb"]`).first().textContent()).toBe('Décider…En attente du BCN (enquête Basic)');
    await page.locator(`${grid} .ag-cell[col-id="ncb"]`).first().getByRole('button', { name: 'Décider…' }).click();

    const dialog = page.locator('#ncb-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator('#ncb-heading').textContent()).toBe('Validation par le BCN');
    expect(await page.locator('#ncb-who').textContent()).toBe(`Amina · France · avis de vacance 1701 · Lettre manquante`);
    checks.push(await runAxe(page, 'NCB dialog'));

    await page.getByLabel('Valider la candidature').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('#ncb-error').textContent()).toBe(
      'Pour valider, veuillez attester qu’une enquête de sécurité de niveau Basic a été effectuée.',
    );
    await page.getByLabel('J’atteste qu’une enquête de sécurité de niveau Basic a été effectuée, comme l’exige ce poste.').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('#ncb-error').textContent()).toBe('Pour valider, veuillez indiquer la date de l’enquête de sécurité.');
    checks.push(await runAxe(page, 'NCB dialog with its error'));
    await page.locator('#ncb-screened-on').fill('2026-10-15');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => page.locator('#message-text').textContent()).toBe('Amina : candidature validée.');
    await expect.poll(() => page.locator(`${grid} .ag-cell[col-id="ncb"]`).first().textContent()).toBe('Modifier…Validée : enquête Basic');
    expect(problems).toEqual([]);
  });

  it('says the history drawer’s actions, fields and authors in French', async () => {
    const grid = `.ag-row[row-id="${pending.id}"]`;
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('history'));
    await page.locator(`${grid} .ag-cell[col-id="history"]`).first().getByRole('button', { name: 'Historique de la candidature de Amina' }).click();

    const drawer = page.locator('#history-drawer');
    await expect.poll(() => drawer.locator('.history-entry').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator('#history-heading').textContent()).toBe('Historique');
    expect(await page.locator('#history-close').textContent()).toBe('Fermer');
    // Newest first: the NCB's decision, by the officer; then the submission, by the candidate.
    const [decision, submission] = await drawer.locator('.history-entry').all();
    expect(await decision?.locator('.history-head strong').textContent()).toBe('Décision du BCN');
    expect(await decision?.locator('.history-by').textContent()).toBe('ncb.lyon@interpol.fr.example');
    expect(await decision?.locator('li[data-field="ncbValidation"]').textContent()).toBe('Validation par le BCN : (aucune valeur) → Validée : enquête Basic · Enquête du 15 octobre 2026');
    expect(await submission?.locator('.history-head strong').textContent()).toBe('Soumise');
    expect(await submission?.locator('.history-by').textContent()).toBe('Le candidat');
    checks.push(await runAxe(page, 'history drawer'));
    await page.keyboard.press('Escape');
    expect(await drawer.isHidden()).toBe(true);
  });

  it('lists the NCB’s vacancies in French, with its country’s applications and what waits for it as the API counts them, and opens one in the grid', async () => {
    const api = (await (await staffClient(stack, ncbFrance))('GET', '/admin/ncb-vacancies')).body as { items: Array<{ number: string; total: number; waiting: { validation: number } }> };
    const expected = api.items.find((item) => item.number === '1701');
    if (!expected) throw new Error('1701 is not among the NCB’s vacancies');

    await page.locator('#tab-ncb-vacancies').click();
    expect(await page.locator('#tab-ncb-vacancies').textContent()).toBe('Postes vacants');
    expect(await page.locator('#ncb-vacancies-heading').textContent()).toBe('Postes vacants publiés');
    const row = page.locator('#ncb-vacancies-rows tr[data-vacancy="1701"]');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('td').nth(2).textContent()).toContain(`${expected.total} candidatures`);
    expect(await row.locator('td').nth(3).textContent()).toContain(`${expected.waiting.validation} validations`);
    expect(await page.locator('#ncb-vacancies-rows tr').count()).toBe(api.items.length);
    checks.push(await runAxe(page, 'NCB vacancies tab'));

    await row.getByRole('button', { name: 'Afficher dans la grille les candidatures au poste 1701' }).click();
    await expect.poll(() => page.locator('#applications-view').isVisible()).toBe(true);
    expect(await page.locator('#vacancy-select').inputValue()).toBe('1701');
    expect(problems).toEqual([]);
  });

  it('keeps a grid filter saved in French after a switch to Spanish, and reads one saved the old way (in English words)', async () => {
    const storageKey = 'secondment-hub.layout.applications.ncb.lyon@interpol.fr.example';
    const api = () => page.evaluate(() => (window as unknown as { applicationsGrid: { getFilterModel(): unknown; getDisplayedRowCount(): number } }).applicationsGrid.getFilterModel());
    const shownRows = () => page.evaluate(() => (window as unknown as { applicationsGrid: { getDisplayedRowCount(): number } }).applicationsGrid.getDisplayedRowCount());
    const total = await shownRows();
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('documents'));

    // AG Grid's own words in French: the name filter's operator and its field.
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('name'));
    await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-filter-button').click();
    await expect.poll(() => page.locator('.ag-filter').textContent()).toContain('Contient');
    expect(await page.locator('.ag-filter input[placeholder="Filtrer…"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible('documents'));

    // Filter the documents column on a missing letter, with its French words.
    await page.locator('.ag-header-cell[col-id="documents"] .ag-header-cell-filter-button').click();
    await page.locator('.value-filter label').filter({ hasText: 'Lettre manquante' }).locator('input').check();
    expect(await page.locator('.value-filter').getByRole('button').textContent()).toBe('Tout afficher');
    await page.keyboard.press('Escape');
    const shown = await shownRows();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect.poll(() => page.locator('#row-count').textContent()).toBe(`${shown} sur ${total} lignes`);
    // What the browser keeps is the code, in no language.
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { filters?: unknown }, storageKey);
    expect(saved.filters).toEqual({ documents: { filterType: 'valueList', values: ['letterMissing'] } });

    // Switch to Spanish with the page's switcher: the same rows, the count in Spanish.
    await page.locator('.language-link[hreflang="es"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('es');
    await expect.poll(() => page.locator('#row-count').textContent(), { timeout: 15_000 }).toBe(`${shown} de ${total} filas`);
    expect(await api()).toEqual({ documents: { filterType: 'valueList', values: ['letterMissing'] } });

    // A layout the previous code saved, with the English words of the time: read as the same filter.
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ columns: [], filters: { documents: { filterType: 'valueList', values: ['Letter missing', 'No such words'] } } })),
      storageKey,
    );
    await page.reload();
    await expect.poll(() => page.locator('#row-count').textContent(), { timeout: 15_000 }).toBe(`${shown} de ${total} filas`);
    expect(await api()).toEqual({ documents: { filterType: 'valueList', values: ['letterMissing'] } });
    expect(problems).toEqual([]);
  });

  it('fits the NCB officer’s top bar, its role now in the page’s words, in a 390 px phone screen in Arabic', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.language-link[hreflang="ar"]').click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), { timeout: 15_000 }).toEqual(['ar', 'rtl']);
    await expect.poll(() => page.locator('#who-role').textContent(), { timeout: 15_000 }).toBe('موظف المكتب المركزي الوطني، فرنسا');

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('#sign-out').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('lets an administrator set the language of an NCB contact in the contacts tab', async () => {
    const admin = await context.newPage();
    await admin.setViewportSize({ width: 1440, height: 900 });
    const seen = watch(admin);
    await admin.goto(`${stack.url}/admin`);
    await expect.poll(() => admin.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
    await admin.getByLabel('Email').fill('admin@secondment-hub.local');
    await admin.locator('input[name="group"][value="admin"]').check();
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => admin.locator('#who-email').textContent(), { timeout: 15_000 }).toBe('admin@secondment-hub.local');

    await admin.locator('#tab-contacts').click();
    // Afghanistan sorts first: its row is drawn without scrolling.
    const language = admin.locator('#contacts-grid .ag-row[row-id="AF"] [col-id="language"]');
    await expect.poll(() => language.textContent(), { timeout: 15_000 }).toBe('English');
    await language.dblclick();
    // The select editor lists the four languages named in themselves (and in English): pick French.
    await admin.locator('#contacts-grid .ag-cell-inline-editing .ag-picker-field-wrapper').click();
    expect((await admin.locator('.ag-select-list .ag-list-item').allTextContents()).map((item) => item.trim())).toEqual([
      'العربية (Arabic)',
      'English',
      'français (French)',
      'español (Spanish)',
    ]);
    await admin.locator('.ag-select-list .ag-list-item', { hasText: 'français (French)' }).click();

    await expect.poll(() => admin.locator('#message-text').textContent(), { timeout: 15_000 }).toContain('in français (French)');
    expect(await language.textContent()).toBe('français (French)');
    expect(seen).toEqual([]);
    await admin.close();
  });

  it('has no accessibility violation on the French page and dialog', () => {
    console.log(summariseChecks(checks));
    expect(checks.length).toBe(5);
    expect(checks.every((check) => check.lang === 'fr')).toBe(true);
    expect(describeViolations(checks)).toBe('');
  });
});
