/**
 * The selection panel in the staff page (issue 16, points 1 and 4), in real headless Chromium
 * against the local stack with npm start's demo selection (vacancy 1614's panel: a chair, two
 * members, three shortlisted candidates, member 1's submitted marks for the first). HR names a
 * panel on another vacancy (a field's error placed, then saved) and meets the frozen criteria of
 * 1614's; member 2 marks the first candidate (a save from another tab refused, then reloaded),
 * sees member 1's marks only after submitting; member 1 sees member 2's; the chair sees the
 * ranking with its spread flag and tie rule and records recommendations; a member never sees the
 * other vacancy. Screenshots: docs/screenshots/selection-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PANEL, DEMO_PANEL_VACANCY } from '#infra/local/seed/demo-panel-members.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient, type StaffIdentity } from '../support/staff.js';

// The real clock: s3rver judges the CV's presigned GET by the machine's time.
const clock = settableClock(new Date());
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const WIDE = { width: 1440, height: 900 };
const [chair, member1, member2] = DEMO_PANEL.map((member): StaffIdentity => ({ email: member.email, groups: ['panel'] })) as [StaffIdentity, StaffIdentity, StaffIdentity];

let stack: LocalStack;
let dataDir: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
/** The candidates before 1614's panel, in the grid's order (the first is the one member 1 marked). */
let candidates: string[] = [];
/** The vacancy HR names a panel on in the first test (a chair only: no demo member sits on it). */
let otherVacancy = '';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'secondment-hub-selection-e2e-'));
  [stack, browser] = await Promise.all([startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 3 }), launchChromium()]);
  context = browser.context;
  const hr = await staffClient(stack, hrOfficer);
  const answer = await hr('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates`);
  candidates = (answer.body.items as Array<{ candidate: { applicationId: string } }>).map((item) => item.candidate.applicationId);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Script errors and CSP violations fail the test that saw them. */
const watch = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/the server responded with a status of (400|403|404|409)/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
};

/** A fresh tab signed in through the local hosted sign-in. */
const signedIn = async (identity: StaffIdentity): Promise<{ page: Page; problems: string[] }> => {
  const page = await context.newPage();
  await page.setViewportSize(WIDE);
  const problems = watch(page);
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${identity.groups[0] ?? ''}"]`).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

const candidateRow = (page: Page, id: string) => page.locator(`#selection-grid .ag-row[row-id="${id}"]`).first();
/** The row ids a grid shows (each row is drawn once per pinned part: counted once). */
const rowIds = async (page: Page, grid: string) => [...new Set(await page.locator(`${grid} .ag-row[row-id]`).evaluateAll((rows) => rows.map((row) => row.getAttribute('row-id') ?? '')))];
const yourMarks = (page: Page, id: string) => page.locator(`#selection-grid .ag-row[row-id="${id}"] .ag-cell[col-id="mine"]`).first();

/** Opens the marking form of a candidate from the Selection tab's grid. */
const openMarking = async (page: Page, id: string) => {
  await page.locator(`#selection-grid button[data-mark="${id}"]`).click();
  await page.locator('#marking-dialog[open]').waitFor();
};

describe('the selection panel in the staff page', () => {
  it('HR names a panel from the Vacancies tab (an error placed beside its field), and is told why 1614’s criteria are frozen', async () => {
    const { page, problems } = await signedIn(hrOfficer);
    await page.locator('#tab-vacancies').click();
    await page.locator('#vacancies-grid .ag-row').first().waitFor({ timeout: 15_000 });
    const numbers = await rowIds(page, '#vacancies-grid');
    otherVacancy = numbers.find((number) => number !== DEMO_PANEL_VACANCY) ?? '';
    expect(otherVacancy).not.toBe('');

    await page.locator(`#vacancies-grid button[data-panel="${otherVacancy}"]`).click();
    await page.locator('#panel-dialog[open]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#tab-selection').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#panel-members').fill(chair.email);
    await page.locator('#panel-chair').selectOption(chair.email);
    // HR's own criterion, with a weight the API refuses: its message lands beside that criterion.
    const own = page.locator('#panel-criteria-rows input[data-criterion="other"]');
    const ownRow = page.locator('#panel-criteria-rows .criterion-row', { has: page.locator('input[data-criterion="other"]') });
    await own.check();
    await ownRow.getByLabel('Its name').fill('Presentation');
    await ownRow.getByLabel('Weight').fill('0');
    await page.locator('#panel-save').click();
    await expect.poll(() => ownRow.locator('.field-error').textContent()).toContain('At least 1');
    expect(await page.locator('#panel-error').isVisible()).toBe(true);
    expect(describeViolations([await runAxe(page, 'panel editor, an error placed')])).toBe('');
    await ownRow.getByLabel('Weight').fill('2');
    await page.locator('#panel-save').click();
    await page.locator('#panel-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('#message-text').textContent()).toContain(`The panel of vacancy ${otherVacancy} is saved.`);
    await expect.poll(() => page.locator('#selection-vacancy').inputValue()).toBe(otherVacancy);

    // 1614's panel has a submitted mark: the editor says the criteria are frozen, and a member cannot leave (the API's 409, explained).
    await page.locator('#selection-vacancy').selectOption(DEMO_PANEL_VACANCY);
    await candidateRow(page, candidates[0] ?? '').waitFor({ timeout: 15_000 });
    await page.locator('#selection-edit-panel').click();
    await page.locator('#panel-dialog[open]').waitFor();
    expect(await page.locator('#panel-locked').textContent()).toContain('frozen');
    expect(await page.locator('#panel-criteria-rows input[type="checkbox"]').first().isDisabled()).toBe(true);
    await page.locator('#panel-members').fill([chair.email, member1.email].join('\n'));
    await page.locator('#panel-chair').selectOption(chair.email);
    await page.locator('#panel-save').click();
    await expect.poll(() => page.locator('#panel-error').textContent()).toContain('no member may leave');
    await page.locator('#panel-cancel').click();

    // The history in the drawer: the seeded panel and member 1's submission.
    await page.locator('#selection-history').click();
    await expect.poll(() => page.locator('#history-list [data-action="marks-submitted"]').count()).toBe(1);
    await page.locator('#history-close').click();
    expect(problems).toEqual([]);
  }, 90_000);

  it('member 2 marks the first candidate: another tab’s save is refused and reloaded; the others’ marks show only once submitted', async () => {
    const first = candidates[0] ?? '';
    const { page, problems } = await signedIn(member2);
    // A panel member's page is the Selection tab, on the vacancies they sit on only.
    expect(await page.locator('#tab-applications').isHidden()).toBe(true);
    expect(await page.locator('#who-role').textContent()).toBe('Selection panel member');
    await candidateRow(page, first).waitFor({ timeout: 15_000 });
    expect(await page.locator('#selection-vacancy option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([DEMO_PANEL_VACANCY]);
    expect(await rowIds(page, '#selection-grid')).toHaveLength(candidates.length);
    expect(await yourMarks(page, first).textContent()).toBe('Not marked');
    await expect.poll(() => page.locator('#selection-ranking-note').textContent()).toContain('once you have submitted marks for every candidate');

    await openMarking(page, first);
    // Before submitting: nothing of member 1's marks.
    expect(await page.locator('#marking-others').isHidden()).toBe(true);
    expect(await page.locator('#marking-dialog').textContent()).not.toContain(member1.email);
    const fieldsets = page.locator('#marking-criteria fieldset');
    const count = await fieldsets.count();
    expect(count).toBe(5);
    // Member 1 gave experience a 4: a 1 is a spread of 3, above the threshold of 2.
    const given = [1, 4, 3, 5, 4];
    for (let index = 0; index < count; index += 1) await fieldsets.nth(index).locator(`input[type="radio"][value="${given[index] ?? 3}"]`).check();
    await fieldsets.first().locator('textarea').fill('Little experience of crisis communication.');
    await page.locator('#marking-save').click();
    await expect.poll(() => page.locator('#marking-state').textContent()).toContain('Draft saved (revision 1)');
    await page.screenshot({ path: screenshotPath('selection-marking.png') });
    expect(describeViolations([await runAxe(page, 'marking form')])).toBe('');

    // Another tab saves meanwhile: this tab's save is a 409, explained, and the form reloads the draft.
    const elsewhere = await staffClient(stack, member2);
    const other = await elsewhere('PUT', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates/${first}/marks`, { revision: 1, scores: { experience: { score: 2 } } });
    expect(other.status).toBe(200);
    await page.locator('#marking-save').click();
    await expect.poll(() => page.locator('#marking-error').textContent()).toContain('another tab');
    await page.locator('#marking-reload').click();
    await expect.poll(() => page.locator('#marking-state').textContent()).toContain('revision 2');
    expect(await fieldsets.first().locator('input[value="2"]').isChecked()).toBe(true);
    // The other tab's draft scored experience only: submitting it is refused, each missing score named beside its criterion.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#marking-submit').click();
    await expect.poll(() => fieldsets.nth(1).locator('.field-error').textContent()).toContain('before submitting');
    expect(await page.locator('#marking-error').textContent()).toContain('Every criterion needs a score');

    // Submitting is final, after a confirmation; then member 1's submitted marks show.
    for (let index = 0; index < count; index += 1) await fieldsets.nth(index).locator(`input[type="radio"][value="${given[index] ?? 3}"]`).check();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#marking-submit').click();
    await expect.poll(() => page.locator('#marking-state').textContent()).toContain('submitted');
    expect(await page.locator('#marking-others').isVisible()).toBe(true);
    expect(await page.locator(`#marking-others [data-member="${member1.email}"]`).count()).toBe(1);
    expect(await page.locator('#marking-criteria input[type="radio"]').first().isDisabled()).toBe(true);
    await page.locator('#marking-close').click();
    await expect.poll(() => yourMarks(page, first).textContent()).toBe('Submitted');

    // The other vacancy's panel is not this member's: the API answers 404, as for no panel.
    expect((await elsewhere('GET', `/admin/selection/panels/${otherVacancy}/candidates`)).status).toBe(404);
    expect(problems).toEqual([]);
  }, 90_000);

  it('member 1 opens a CV through the signed download, and sees member 2’s marks on the candidate both submitted, none on one they have not marked', async () => {
    const { page, problems } = await signedIn(member1);
    await candidateRow(page, candidates[0] ?? '').waitFor({ timeout: 15_000 });
    // The CV opens in a new tab from a 5-minute signed link (the file is an attachment: the browser downloads it).
    const [cv] = await Promise.all([context.waitForEvent('request', (request) => request.url().includes('X-Amz-Signature=')), page.getByRole('button', { name: /^CV of / }).first().click()]);
    expect(new URL(cv.url()).pathname).toContain('/applications/');
    await openMarking(page, candidates[0] ?? '');
    expect(await page.locator(`#marking-others [data-member="${member2.email}"]`).count()).toBe(1);
    await page.locator('#marking-close').click();
    await openMarking(page, candidates[1] ?? '');
    expect(await page.locator('#marking-others').isHidden()).toBe(true);
    expect(await page.locator('#marking-dialog').textContent()).not.toContain(member2.email);
    // Member 1 marks the second candidate too: the ranking then has two, the second below the first by its combined mark.
    const fieldsets = page.locator('#marking-criteria fieldset');
    for (let index = 0; index < (await fieldsets.count()); index += 1) await fieldsets.nth(index).locator('input[value="3"]').check();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#marking-submit').click();
    await expect.poll(() => page.locator('#marking-state').textContent()).toContain('submitted');
    expect(await page.locator('#marking-others').textContent()).toContain('No other member has submitted');
    await page.locator('#marking-close').click();
    expect(problems).toEqual([]);
  }, 60_000);

  it('the chair, once they have marked every candidate, sees the ranking with the spread flagged in words and records recommendations, reasons required for not recommended', async () => {
    const first = candidates[0] ?? '';
    // The chair reads the ranking under a member's rule: their own marks first (through the API here; the form is tested above).
    const marker = await staffClient(stack, chair);
    const criteria = ((await marker('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}`)).body.panel as { criteria: Array<{ id: string }> }).criteria;
    for (const [index, id] of candidates.entries()) {
      const scores = Object.fromEntries(criteria.map((criterion) => [criterion.id, { score: index === 2 ? 2 : 3 }]));
      const draft = await marker('PUT', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates/${id}/marks`, { scores });
      expect((await marker('POST', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates/${id}/marks/submit`, { revision: (draft.body.marks as { revision: number }).revision })).status).toBe(200);
    }
    const { page, problems } = await signedIn(chair);
    const row = page.locator(`#selection-ranking tr[data-application="${first}"]`);
    await expect.poll(() => page.locator('#selection-ranking-note').textContent(), { timeout: 30_000 }).toContain('3 ranked');
    expect(await row.locator('td').first().textContent()).toBe('1');
    expect(await row.locator('td[data-criterion="experience"]').textContent()).toContain('spread 1–4');
    expect(await row.locator('td[data-criterion="duty-1"]').textContent()).not.toContain('spread');
    expect(await page.locator('#selection-tie-rule').textContent()).toContain('Higher combined mark first');
    expect(await page.locator('#selection-ranking-note').textContent()).toContain('3 ranked, 0 not marked by any member yet');
    const second = page.locator(`#selection-ranking tr[data-application="${candidates[1] ?? ''}"]`);
    expect(await second.locator('td').first().textContent()).toBe('2');
    expect(await second.textContent()).toContain('Combined mark');
    expect(await second.locator('td.recommendation').textContent()).toContain('None yet');

    await row.locator(`button[data-recommend="${first}"]`).click();
    await page.locator('#recommend-dialog[open]').waitFor();
    await page.getByRole('radio', { name: 'Not recommended' }).check();
    await page.locator('#recommend-save').click();
    await expect.poll(() => page.locator('#recommend-reasons-error').textContent()).toContain('Say why');
    expect(describeViolations([await runAxe(page, 'recommendation dialog, reasons missing')])).toBe('');
    await page.getByRole('radio', { name: 'Reserve list' }).check();
    await page.locator('#recommend-reasons').fill('Strong on the duties; experience of crises to discuss with the home administration.');
    await page.locator('#recommend-save').click();
    await page.locator('#recommend-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => row.locator('td.recommendation').textContent()).toContain('Reserve list');
    await page.locator('#selection-ranking-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('selection-ranking.png') });
    expect(describeViolations([await runAxe(page, 'selection tab with the ranking')])).toBe('');
    expect(problems).toEqual([]);
  }, 60_000);
});
