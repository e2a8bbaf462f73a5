/**
 * Short-term secondments through the NCB in a real browser (issue 15, point 7): headless Chromium
 * against the whole local stack. An NCB officer of France signs in through the local hosted sign-in,
 * proposes one of its officers in the "Short-term proposals" tab (the form's own checks first), and
 * attaches the CV and the confirmation letter; HR signs in, finds the proposal in its tab, matches it
 * to a new short-term vacancy drafted from it, and follows the link to the application in the
 * applications grid. The NCB's form also speaks French. Screenshots go to
 * docs/screenshots/admin-proposal-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe, summariseChecks, type AxeCheck } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { pdfBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { seedProposal } from '../support/proposals.js';
import { hrOfficer, ncbFrance, ncbSenegal } from '../support/staff.js';

// The real clock: s3rver judges a presigned POST's expiry by the machine's time.
const clock = settableClock(new Date());
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const WIDE = { width: 1440, height: 900 };
const NEW_VACANCY = '1790';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  // Another NCB's proposals, one open and one still without its documents: HR sees every country's, France only its own.
  await seedProposal(stack, ncbSenegal, { documents: true, givenName: 'Aminata', familyName: 'Diallo' });
  await seedProposal(stack, ncbSenegal, { documents: false, givenName: 'Moussa', familyName: 'Ndiaye' });
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const watch = watchPageProblems;

/** Through the local hosted sign-in page, as a person picks a role (and an NCB its country) there. */
const signIn = async (page: Page, url: string, identity: { email: string; groups: string[]; country?: string }) => {
  await page.goto(url);
  await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/_local/auth/oauth2/authorize');
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${identity.groups[0] ?? ''}"]`).check();
  if (identity.country) await page.locator('select[name="country"]').selectOption(identity.country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('#who-email').textContent(), { timeout: 15_000 }).toBe(identity.email);
};

const today = new Date().toISOString().slice(0, 10);
// Past tomorrow in UTC: no zone is there yet (the API allows tomorrow, some zone's today).
const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
/** The proposal the NCB of France makes in the first suite; the French suite finds it in its list. */
let proposalId = '';

describe('an NCB proposes an officer and HR turns the proposal into an application', () => {
  let ncb: Page;
  let hr: Page;
  let problems: string[];
  const checks: AxeCheck[] = [];

  it('shows the NCB its tab, and says in the form what is missing before anything is sent', async () => {
    ncb = await context.newPage();
    await ncb.setViewportSize(WIDE);
    problems = watch(ncb);
    await signIn(ncb, `${stack.url}/admin`, ncbFrance);

    await ncb.getByRole('button', { name: 'Short-term proposals' }).click();
    await ncb.locator('#ncb-proposals-rows td').first().waitFor({ timeout: 15_000 });
    expect(await ncb.locator('#ncb-proposals-rows').textContent()).toBe('Your NCB has proposed no officer yet.');
    await ncb.getByRole('button', { name: 'Propose the officer' }).click();

    const formError = ncb.getByRole('alert').filter({ hasText: 'The proposal was not sent' });
    await formError.waitFor();
    // Focus goes to the first field in error, which says why and is marked invalid.
    expect(await ncb.evaluate(() => document.activeElement?.id)).toBe('proposal-givenName');
    expect(await ncb.locator('#proposal-givenName').getAttribute('aria-invalid')).toBe('true');
    expect(await ncb.locator('#proposal-givenName-error').textContent()).toBe('Enter the officer’s given name.');
    expect(await ncb.locator('#proposal-areas-error').textContent()).toBe('Tick at least one unit or crime area.');
    checks.push(await runAxe(ncb, 'NCB proposal form, failed submit'));
  });

  it('proposes the officer with languages at their levels, the areas by name, and the screening attested', async () => {
    await ncb.locator('#proposal-form').getByLabel('Given name', { exact: true }).fill('Claire');
    await ncb.locator('#proposal-form').getByLabel('Family name (optional)', { exact: true }).fill('Martin');
    await ncb.locator('#proposal-form').getByLabel('Email address', { exact: true }).fill('claire.martin@interieur.example');
    await ncb.locator('#proposal-form').getByLabel('Nationality', { exact: true }).selectOption('FR');
    await ncb.locator('#proposal-form').getByLabel('Rank', { exact: true }).fill('Commissaire de police');
    await ncb.locator('#proposal-form').getByLabel('Home administration', { exact: true }).fill('Police nationale');
    await ncb.locator('#proposal-form').getByLabel('Years of police experience', { exact: true }).fill('14');
    await ncb.locator('#proposal-form').getByLabel('Highest education completed', { exact: true }).selectOption('master');
    await ncb.locator('#proposal-form').getByLabel('Language of the officer’s emails', { exact: true }).selectOption('fr');
    // The working languages by their boxes, another from the list: each gets its level row.
    await ncb.locator('#proposal-language-fr').check();
    await ncb.locator('#proposal-language-en').check();
    await ncb.locator('#proposal-form').getByLabel('Other language', { exact: true }).selectOption('de');
    await ncb.getByRole('button', { name: 'Add the language' }).click();
    await ncb.locator('#level-de').waitFor();
    await ncb.locator('#level-fr').selectOption('C2');
    await ncb.locator('#level-en').selectOption('B2');
    await ncb.locator('#level-de').selectOption('A2');
    await ncb.locator('#proposal-form').getByLabel('Cybercrime', { exact: true }).check();
    await ncb.locator('#proposal-form').getByLabel('Forensics', { exact: true }).check();
    await ncb.locator('#proposal-form').getByLabel('Available from', { exact: true }).fill('2027-03-01');
    await ncb.locator('#proposal-form').getByLabel('Duration in months', { exact: true }).fill('12');
    await ncb.locator('#proposal-clearance-enhanced').check();
    await ncb.locator('#proposal-screenedOn').fill(today);
    // Every field corrected: the form's line of the failed try is gone too.
    expect(await ncb.locator('#proposal-form-error').isHidden()).toBe(true);
    await ncb.evaluate(() => document.getElementById('proposal-form-heading')?.scrollIntoView());
    await ncb.screenshot({ path: screenshotPath('admin-proposal-form.png') });

    await ncb.getByRole('button', { name: 'Propose the officer' }).click();

    // Recorded: the documents dialog opens at once, and the list holds the proposal, incomplete.
    await ncb.locator('#proposal-documents-dialog[open]').waitFor({ timeout: 15_000 });
    const row = ncb.locator('#ncb-proposals-rows tr[data-proposal]');
    await row.waitFor();
    proposalId = (await row.getAttribute('data-proposal')) ?? '';
    expect(proposalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await row.locator('td').nth(1).textContent()).toBe('Cybercrime and Forensics');
    expect(await row.locator('td').nth(4).textContent()).toBe('Incomplete');
    expect(await row.locator('td').nth(5).textContent()).toBe('Attach the CV and the confirmation letter.');
    checks.push(await runAxe(ncb, 'NCB proposal documents dialog'));
  });

  it('attaches the CV and the confirmation letter through their presigned POSTs, which opens the proposal to HR', async () => {
    await ncb.setInputFiles('#proposal-file-cv', { name: 'cv-claire-martin.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Claire Martin')) });
    await ncb.getByRole('button', { name: 'Attach the CV' }).click();
    await expect.poll(() => ncb.locator('#proposal-documents-status').textContent(), { timeout: 15_000 }).toBe('The CV of Claire Martin is attached.');
    await ncb.setInputFiles('#proposal-file-confirmationLetter', { name: 'lettre.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Police nationale')) });
    await ncb.getByRole('button', { name: 'Attach the confirmation letter' }).click();
    await expect.poll(() => ncb.locator('#proposal-documents-status').textContent(), { timeout: 15_000 }).toBe(
      'Both documents are in: the proposal for Claire Martin is open to HR.',
    );
    await ncb.getByRole('button', { name: 'Close' }).click();

    const row = ncb.locator(`#ncb-proposals-rows tr[data-proposal="${proposalId}"]`);
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('Open');
    expect(await row.locator('td').nth(5).textContent()).toMatch(/^Nothing from you: HR considers it until /);
    // From the list, at a phone's width too, the documents as received.
    await ncb.setViewportSize({ width: 390, height: 844 });
    await ncb.getByRole('button', { name: 'Documents of the proposal for Claire Martin' }).click();
    await ncb.locator('#proposal-documents-dialog[open]').waitFor();
    expect(await ncb.locator('#proposal-file-cv-state').textContent()).toMatch(/^Received on /);
    await ncb.getByRole('button', { name: 'Close' }).click();
    await ncb.setViewportSize(WIDE);
    expect(problems).toEqual([]);
  });

  it('shows HR the proposal in its tab, filterable, with its history', async () => {
    hr = await context.newPage();
    await hr.setViewportSize(WIDE);
    problems = watch(hr);
    await signIn(hr, `${stack.url}/admin`, hrOfficer);

    await hr.locator('#tab-proposals').click();
    const row = hr.locator(`#proposals-grid .ag-row[row-id="${proposalId}"]`).first();
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('.ag-cell[col-id="country"]').textContent()).toBe('France');
    expect(await hr.locator(`#proposals-grid .ag-row[row-id="${proposalId}"] .ag-cell[col-id="officer"]`).first().textContent()).toBe('Claire Martin');
    expect(await row.locator('.ag-cell[col-id="state"]').textContent()).toBe('Open');
    expect(await row.locator('.ag-cell[col-id="documents"]').textContent()).toBe('CV, letter');
    expect(await hr.locator('#proposals-count').textContent()).toBe('3 proposals');
    await hr.getByLabel('Search the proposals').fill('Martin');
    await expect.poll(() => hr.locator('#proposals-count').textContent()).toBe('1 of 3 proposals');
    await hr.getByLabel('Search the proposals').fill('terrorism');
    await expect.poll(() => hr.locator('#proposals-count').textContent()).toBe('0 of 3 proposals');
    await hr.getByLabel('Search the proposals').fill('Incomplete');
    await expect.poll(() => hr.locator('#proposals-count').textContent()).toBe('1 of 3 proposals');
    await hr.getByLabel('Search the proposals').fill('');
    await expect.poll(() => hr.locator('#proposals-count').textContent()).toBe('3 proposals');
    await hr.locator('#proposals-heading').click();
    await hr.screenshot({ path: screenshotPath('admin-proposals.png') });

    await hr.getByRole('button', { name: 'History of the proposal for Claire Martin' }).click();
    await expect.poll(() => hr.locator('#proposal-history-list .history-entry').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await hr.locator('#proposal-history-list').textContent()).toContain(`Proposed by ${ncbFrance.email}`);
    await hr.locator('#proposal-history-close').click();
  });

  it('matches it to a new short-term vacancy drafted from the proposal, checked as the vacancy form checks', async () => {
    await hr.getByRole('button', { name: 'Match the proposal for Claire Martin' }).click();
    await hr.locator('#proposal-match-dialog[open]').waitFor();
    // A new vacancy, drafted from the proposal (found by id: the vacancies tab's form has the same labels).
    await hr.getByLabel('A new short-term vacancy, from the proposal').check();
    await hr.locator('#proposal-match-draft:not([hidden])').waitFor();
    expect(await hr.locator('#proposal-match-field-title').inputValue()).toBe('Short-term secondment: Cybercrime and Forensics');
    expect(await hr.locator('#proposal-match-field-durationMonths').inputValue()).toBe('12');
    expect(await hr.locator('#proposal-match-field-clearance').inputValue()).toBe('Enhanced');
    checks.push(await runAxe(hr, 'HR proposal match dialog'));

    await hr.getByRole('button', { name: 'Match', exact: true }).click();
    await hr.locator('#proposal-match-field-number-error:not([hidden])').waitFor();
    expect(await hr.locator('#proposal-match-error').textContent()).toBe('The vacancy is not valid yet: correct the fields marked.');

    await hr.locator('#proposal-match-field-number').fill(NEW_VACANCY);
    await hr.locator('#proposal-match-field-reportingTo').fill('Director, Cybercrime');
    await hr.locator('#proposal-match-field-grade').fill('P3');
    await hr.getByRole('button', { name: 'Match', exact: true }).click();

    await hr.locator('#proposal-match-dialog').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await hr.locator('#message-text').textContent()).toBe(`Claire Martin is matched to vacancy ${NEW_VACANCY}: their application is in the applications grid.`);
    const row = hr.locator(`#proposals-grid .ag-row[row-id="${proposalId}"]`).first();
    await expect.poll(() => row.locator('.ag-cell[col-id="state"]').textContent()).toBe('Matched');
  });

  it('declines another NCB’s open proposal, with the reason its NCB reads', async () => {
    await hr.locator('#tab-proposals').click();
    // At a phone's width: the grid keeps its actions in reach.
    await hr.setViewportSize({ width: 390, height: 844 });
    // By keyboard: the row's actions cell, Enter to its first button, Tab to the others, Enter to press.
    // The grid redraws its rows after the resize: focus the cell until it keeps it.
    await expect
      .poll(() =>
        hr.evaluate(() => {
          const grid = (window as unknown as { proposalsGrid: { forEachNode(f: (node: { rowIndex: number | null; data?: { officer: { givenName: string } } }) => void): void; setFocusedCell(row: number, column: string): void } }).proposalsGrid;
          grid.forEachNode((node) => node.data?.officer.givenName === 'Aminata' && node.rowIndex !== null && grid.setFocusedCell(node.rowIndex, 'actions'));
          return document.activeElement?.getAttribute('col-id');
        }),
      )
      .toBe('actions');
    await hr.keyboard.press('Enter');
    expect(await hr.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('History of the proposal for Aminata Diallo');
    await hr.keyboard.press('Tab');
    await hr.keyboard.press('Tab');
    expect(await hr.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Decline the proposal for Aminata Diallo');
    await hr.keyboard.press('Enter');
    await hr.locator('#proposal-decline-dialog[open]').waitFor();
    await hr.getByRole('button', { name: 'Decline', exact: true }).click();
    expect(await hr.locator('#proposal-decline-error').textContent()).toBe('Say why the proposal is declined: the NCB reads it.');

    await hr.getByLabel('Reason, for the NCB').fill('No unit needs forensics before 2028.');
    await hr.getByRole('button', { name: 'Decline', exact: true }).click();

    await hr.locator('#proposal-decline-dialog').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await hr.locator('#message-text').textContent()).toBe('The proposal for Aminata Diallo is declined; the NCB is told.');
    // Back to a desk's width, where the grid draws the state's column too.
    await hr.setViewportSize(WIDE);
    await expect.poll(() => hr.locator('#proposals-grid .ag-row', { hasText: 'Aminata Diallo' }).locator('.ag-cell[col-id="state"]').first().textContent()).toBe('Declined');
  });

  it('links to the application in the applications grid, on its new vacancy', async () => {
    await hr.getByRole('button', { name: `Open the application on vacancy ${NEW_VACANCY} in the applications grid` }).click();

    await expect.poll(() => hr.locator('#vacancy-select').inputValue(), { timeout: 15_000 }).toBe(NEW_VACANCY);
    await expect
      .poll(() => hr.evaluate((id) => (window as unknown as { applicationsGrid?: { getRowNode(id: string): { data?: { familyName?: string } } | undefined } }).applicationsGrid?.getRowNode(id)?.data?.familyName, proposalId), {
        timeout: 15_000,
      })
      .toBe('Martin');
    expect(await hr.locator('#tab-applications').getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
  });

  it('finds no WCAG 2.2 A or AA violation in the proposal views checked on the way', () => {
    console.log(summariseChecks(checks));
    expect(checks.map((check) => check.scene)).toEqual(['NCB proposal form, failed submit', 'NCB proposal documents dialog', 'HR proposal match dialog']);
    expect(describeViolations(checks)).toBe('');
  });
});

describe('the NCB’s proposal form in French', () => {
  let page: Page;
  let toWithdraw = '';

  it('speaks French: its tab, its labels, its levels and its own checks', async () => {
    // A proposal still waiting for its documents, for the French NCB to withdraw.
    toWithdraw = await seedProposal(stack, ncbFrance, { documents: false, givenName: 'Luc', familyName: 'Bernard' });
    page = await context.newPage();
    await page.setViewportSize(WIDE);
    const problems = watch(page);
    await signIn(page, `${stack.url}/admin?lang=fr`, ncbFrance);

    await page.getByRole('button', { name: 'Propositions de courte durée' }).click();
    await page.getByRole('heading', { name: 'Proposer un agent' }).waitFor();
    expect(await page.locator('label[for="proposal-area-cybercrime"]').textContent()).toBe('Cybercriminalité');
    await page.locator('#proposal-language-fr').check();
    expect(await page.locator('#level-fr option[value="C1"]').textContent()).toBe('C1 — avancé : usage fluide et efficace au travail');
    await page.getByRole('button', { name: 'Proposer l’agent' }).click();

    await page.getByRole('alert').filter({ hasText: 'La proposition n’a pas été envoyée' }).waitFor();
    expect(await page.locator('#proposal-givenName-error').textContent()).toBe('Saisissez le prénom de l’agent.');
    expect(await page.locator('#languageLevels-error').textContent()).toBe('Choisissez le niveau de l’agent en français.');
    // The list has the proposal made in English above, its state and needs in French.
    const matched = page.locator(`#ncb-proposals-rows tr[data-proposal="${proposalId}"] td`);
    await expect.poll(() => matched.nth(4).textContent(), { timeout: 15_000 }).toBe('Retenue');
    expect(await matched.nth(5).textContent()).toBe(`Rien : retenue pour le poste vacant ${NEW_VACANCY}.`);
    expect(problems).toEqual([]);
  });

  it('shows the API’s refusal beside its field, in French', async () => {
    await page.locator('#proposal-givenName').fill('Luc');
    await page.locator('#proposal-email').fill('luc.bernard@interieur.example');
    await page.locator('#proposal-nationality').selectOption('FR');
    await page.locator('#proposal-rank').fill('Capitaine de police');
    await page.locator('#proposal-homeAdministration').fill('Police nationale');
    await page.locator('#proposal-yearsOfExperience').fill('9');
    await page.locator('#proposal-education').selectOption('bachelor');
    await page.locator('#level-fr').selectOption('C2');
    await page.locator('#proposal-area-criminalIntelligence').check();
    await page.locator('#proposal-availableFrom').fill('2027-06-01');
    await page.locator('#proposal-durationMonths').fill('6');
    await page.locator('#proposal-clearance-basic').check();
    // The form takes the date; the API refuses a screening dated in three days.
    await page.locator('#proposal-screenedOn').fill(inThreeDays);
    await page.getByRole('button', { name: 'Proposer l’agent' }).click();

    await page.locator('#proposal-screenedOn-error:not([hidden])').waitFor({ timeout: 15_000 });
    expect(await page.locator('#proposal-screenedOn-error').textContent()).toBe('La date de l’enquête de sécurité est dans le futur.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proposal-screenedOn');
  });

  it('withdraws a proposal that waits, saying why, in French', async () => {
    const row = page.locator(`#ncb-proposals-rows tr[data-proposal="${toWithdraw}"]`);
    expect(await row.locator('td').nth(5).textContent()).toBe('Joignez le CV et la lettre de confirmation.');
    await row.getByRole('button', { name: 'Retirer la proposition concernant Luc Bernard' }).click();
    await page.locator('#proposal-withdraw-dialog[open]').waitFor();
    await page.getByLabel('Motif', { exact: true }).fill('L’agent a été muté en Guyane.');
    await page.getByRole('button', { name: 'Retirer la proposition', exact: true }).click();

    await page.locator('#proposal-withdraw-dialog').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await page.locator('#message-text').textContent()).toBe('La proposition concernant Luc Bernard est retirée.');
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('Retirée');
    expect(await row.locator('td').nth(5).textContent()).toMatch(/^Rien : close le .*Motif : L’agent a été muté en Guyane\.$/);
    expect(await row.locator('button').count()).toBe(0);
    await page.close();
  });
});
