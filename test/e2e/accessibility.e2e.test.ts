/**
 * Accessibility, checked by a real checker: axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every
 * page and dialog (and the emails' HTML), at desktop (1280 px) and phone (390 px) width, in every
 * language the pages offer (found from their language switcher: test/support/axe.ts). Any
 * violation fails, listed by rule, impact and element. axe runs through `page.evaluate`, under the
 * pages' own strict CSP: no context here bypasses it (the first case shows the policy still
 * refuses an injected inline script). The staff page's fixes found by hand are checked after.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeViolations, languagesOffered, runAxe, summariseChecks, type AxeCheck } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { aminaSubmission } from '../support/candidates.js';
import { gridApplications } from '../support/grid-applications.js';
import { startTestStack } from '../support/local-stack.js';
import { seedCircularSend } from '../support/circular-sends.js';
import { callPublicApi } from '../support/public-api.js';
import { settableClock } from '../support/settable-clock.js';
import { seedProposal } from '../support/proposals.js';
import { rosterSecondment, seedSecondments } from '../support/roster-secondments.js';
import { administrator, ncbFrance, seedApplications, staffClient, storeOf, type StaffIdentity } from '../support/staff.js';

// The real clock: s3rver judges the export's presigned GET by the machine's time.
const clock = settableClock(new Date());
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const WIDTHS = [DESKTOP, PHONE];
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let statusLink = '';
let circularLink = '';
let exportCsv: Buffer;

const ON_1701 = gridApplications(30, '1701', 1);

interface Mail {
  to: string[];
  subject: string;
  html: string;
}
const mailbox = async (): Promise<Mail[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Mail[] }).items;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
  const store = storeOf(stack);
  await seedApplications(store.applications, ON_1701);
  store.close();
  // A proposal open to HR, with its documents, for the proposals' views.
  await seedProposal(stack, ncbFrance, { documents: true });
  // A candidate's own application, for the status page and the receipt email.
  const submitted = await callPublicApi(stack.url, 'POST', '/applications', { body: aminaSubmission({ email: 'amina.axe@police.example' }) });
  expect(submitted.status).toBe(201);
  statusLink = `${stack.url}/status#id=${String(submitted.body.applicationId)}&token=${String(submitted.body.statusToken)}`;
  // An export to import back: the import's dry-run preview.
  const admin = await staffClient(stack, administrator);
  const exported = await admin('GET', '/admin/applications/export?format=csv&vacancy=1701');
  exportCsv = Buffer.from(await (await fetch(String(exported.body.url))).arrayBuffer());
  await fetch(`${stack.url}/_local/jobs/hr-digest`, { method: 'POST' });
  await fetch(`${stack.url}/_local/jobs/ncb-digest`, { method: 'POST' });
  // The circular email's acknowledgement link (its page, with its button; the scene never presses it).
  circularLink = await seedCircularSend(stack, { number: '1701', country: 'FR', language: 'en' });
  // Two officers serving for a year more, one of France's, for the roster (after the digests, which would list them).
  const today = clock.now().toISOString().slice(0, 10);
  const lastDay = `${Number(today.slice(0, 4)) + 1}-06-30`;
  await seedSecondments(stack, [rosterSecondment(1, { firstDay: '2026-01-01', lastDay }), rosterSecondment(2, { nationality: 'SN', homeAdministrationCountry: 'SN', type: 'short-term', firstDay: '2026-01-01', lastDay })]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Through the local hosted sign-in page, once per tab (the token then lives in the tab's sessionStorage). */
const signIn = async (page: Page, identity: StaffIdentity = administrator) => {
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${identity.groups[0] ?? ''}"]`).check();
  if (identity.country) await page.locator('select[name="country"]').selectOption(identity.country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
};

/** The grid has its rows (plain waits, not expect.poll: a hook calls this too). */
const gridReady = async (page: Page) => {
  // The count in the page's language ("40 rows", "40 lignes", "40 صفًا"), no longer "Loading…".
  await page.locator('#row-count', { hasText: /^\d+ \S+$/u }).waitFor({ timeout: 15_000 });
  await page.locator('#applications-grid .ag-row').first().waitFor({ timeout: 15_000 });
};

/** The grid draws only the columns in view: this one is brought into view first. */
const showColumn = (page: Page, column: string) =>
  page.evaluate((colId) => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible(colId), column);

interface Scene {
  name: string;
  /** The page the scene starts from; its language switcher gives the other languages. */
  path: () => string;
  /** Signed in as an administrator (true), or as an NCB officer of France ('ncb'). */
  staff?: boolean | 'ncb';
  /** Brings the page, freshly loaded in the language, to the state to check. */
  prepare?: (page: Page) => Promise<unknown>;
}

const openVacancies = async (page: Page) => {
  await gridReady(page);
  await page.locator('#tab-vacancies').click();
  await page.locator('#vacancies-grid .ag-row').first().waitFor({ timeout: 15_000 });
};

const openRoster = async (page: Page) => {
  await gridReady(page);
  await page.locator('#tab-roster').click();
  await page.locator('#roster-grid .ag-row').first().waitFor({ timeout: 15_000 });
};

/** The short-term proposals' views (issue 15, point 7): the NCB's form, dialogs and list, HR's tab and dialogs, on the proposal seeded open. */
const openNcbProposals = async (page: Page) => {
  await gridReady(page);
  await page.locator('#tab-ncb-proposals').click();
  await page.locator('#ncb-proposals-rows tr[data-proposal]').first().waitFor({ timeout: 15_000 });
};
const openHrProposals = async (page: Page) => {
  await gridReady(page);
  await page.locator('#tab-proposals').click();
  await page.locator('#proposals-grid .ag-row').first().waitFor({ timeout: 15_000 });
};
const proposalScenes: Scene[] = [
  {
    name: 'NCB proposal form, failed submit',
    path: () => '/admin',
    staff: 'ncb',
    prepare: async (page) => {
      await openNcbProposals(page);
      await page.locator('#proposal-submit').click();
      await page.locator('#proposal-form-error:not([hidden])').waitFor();
    },
  },
  {
    name: 'NCB proposal documents dialog',
    path: () => '/admin',
    staff: 'ncb',
    prepare: async (page) => {
      await openNcbProposals(page);
      await page.locator('#ncb-proposals-rows tr[data-proposal] td:last-child button').first().click();
      await page.locator('#proposal-documents-dialog[open]').waitFor();
    },
  },
  {
    name: 'NCB proposal withdrawal dialog, no reason given',
    path: () => '/admin',
    staff: 'ncb',
    prepare: async (page) => {
      await openNcbProposals(page);
      await page.locator('#ncb-proposals-rows tr[data-proposal] td:last-child button').nth(1).click();
      await page.locator('#proposal-withdraw-dialog[open]').waitFor();
      await page.locator('#proposal-withdraw-confirm').click();
      await page.locator('#proposal-withdraw-error:not([hidden])').waitFor();
    },
  },
  { name: 'HR proposals tab', path: () => '/admin', staff: true, prepare: openHrProposals },
  {
    name: 'HR proposal match dialog, a new vacancy',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await openHrProposals(page);
      await page.locator('#proposals-grid button[aria-label^="Match the proposal"]').first().click();
      await page.locator('#proposal-match-dialog[open]').waitFor({ timeout: 15_000 });
      await page.locator('#proposal-match-new').check();
      await page.locator('#proposal-match-draft:not([hidden])').waitFor();
    },
  },
  {
    name: 'HR proposal decline dialog',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await openHrProposals(page);
      await page.locator('#proposals-grid button[aria-label^="Decline the proposal"]').first().click();
      await page.locator('#proposal-decline-dialog[open]').waitFor();
    },
  },
];

const scenes: Scene[] = [
  { name: 'candidate form', path: () => '/', prepare: (page) => page.locator('#application-form').waitFor() },
  {
    name: 'candidate form, failed submit',
    path: () => '/',
    prepare: async (page) => {
      // Found by id, not by name: the scene runs in every language the switcher offers.
      await page.locator('#submit-button').click();
      await page.locator('#error-summary').waitFor();
    },
  },
  {
    name: 'candidate form, a level per language',
    path: () => '/',
    prepare: async (page) => {
      // Two working languages chosen (by id: the scene runs in every language), one left without its level.
      await page.locator('#language-fr').check();
      await page.locator('#language-ar').check();
      await page.locator('#level-fr').selectOption('B2');
      await page.locator('#submit-button').click();
      await page.locator('#languageLevels-error:not([hidden])').waitFor();
    },
  },
  { name: 'status page', path: () => statusLink.replace(stack.url, ''), prepare: (page) => page.locator('#application-heading').waitFor({ timeout: 15_000 }) },
  { name: 'circular acknowledgement page', path: () => circularLink, prepare: (page) => page.locator('form button[type="submit"]').waitFor() },
  {
    name: 'status page, withdrawal question',
    path: () => statusLink.replace(stack.url, ''),
    prepare: async (page) => {
      await page.locator('button[aria-controls="withdraw-confirm"]').click({ timeout: 15_000 });
      await page.locator('#withdraw-confirm[role="group"]').waitFor();
    },
  },
  { name: 'status page, incomplete link', path: () => '/status', prepare: (page) => page.locator('.panel-heading').waitFor({ timeout: 15_000 }) },
  { name: 'API reference (/docs)', path: () => '/docs' },
  { name: 'staff grid', path: () => '/admin', staff: true, prepare: gridReady },
  {
    name: 'history drawer',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await gridReady(page);
      await showColumn(page, 'history');
      await page.locator('#applications-grid .ag-row .ag-cell[col-id="history"] button').first().click();
      await expect.poll(() => page.locator('#history-drawer .history-entry').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  },
  {
    name: 'NCB dialog',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await gridReady(page);
      await showColumn(page, 'ncb');
      await page.locator('#applications-grid .ag-cell[col-id="ncb"] button').first().click();
      await page.locator('#ncb-dialog[open]').waitFor();
    },
  },
  {
    name: 'import preview',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await gridReady(page);
      await page.setInputFiles('#import-file', { name: 'export.csv', mimeType: 'text/csv', buffer: exportCsv });
      await expect.poll(() => page.locator('#import-summary').textContent(), { timeout: 15_000 }).toContain('Dry run');
    },
  },
  { name: 'vacancies tab', path: () => '/admin', staff: true, prepare: openVacancies },
  {
    name: 'vacancy form',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await openVacancies(page);
      await page.locator('#vacancy-new').click();
      await page.locator('#vacancy-dialog[open]').waitFor();
    },
  },
  {
    name: 'paste-a-notice dialog',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await openVacancies(page);
      await page.locator('#vacancy-paste').click();
      await page.locator('#paste-dialog[open]').waitFor();
    },
  },
  ...proposalScenes,
  // The roster (issue 17, point 4): HR's every officer serving, France's NCB its own.
  { name: 'roster tab', path: () => '/admin', staff: true, prepare: openRoster },
  { name: 'NCB roster tab', path: () => '/admin', staff: 'ncb', prepare: openRoster },
  {
    name: 'contacts tab',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await gridReady(page);
      await page.locator('#tab-contacts').click();
      await expect.poll(() => page.locator('#contacts-grid .ag-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  },
  {
    // The reports (issue 17, point 5): each chart beside the table of its figures, and HR's list of under-represented countries.
    name: 'reports tab',
    path: () => '/admin',
    staff: true,
    prepare: async (page) => {
      await gridReady(page);
      await page.locator('#tab-reports').click();
      await expect.poll(() => page.locator('#reports-state').textContent(), { timeout: 30_000 }).toMatch(/^Figures as stored at/);
    },
  },
];

/**
 * The emails' HTML parts, each laid in a blank page as a mail client would show it: of each kind,
 * one email per language it was sent in (its `<html lang>`), so a new language is checked too.
 * Found by recipient, not by subject: the subjects are to be translated.
 */
const emails: Array<{ name: string; of: (mail: Mail) => boolean }> = [
  { name: 'receipt email', of: (mail) => mail.to.some((to) => to.includes('amina.axe@')) },
  { name: 'HR digest email', of: (mail) => mail.to.includes('hr@secondment-hub.local') },
  { name: 'NCB digest email', of: (mail) => mail.to.some((to) => to.endsWith('@ncb.secondment-hub.local')) },
];
const oneByLanguage = (mails: Mail[]): Mail[] => [...new Map(mails.map((mail) => [/<html[^>]* lang="([^"]*)"/.exec(mail.html)?.[1] ?? '', mail])).values()];

describe('axe-core on every page and dialog', () => {
  it('runs under the pages\' own CSP, which still refuses an injected inline script', async () => {
    const page = await context.newPage();
    await page.goto(`${stack.url}/`);

    const injected = await page.addScriptTag({ content: 'window.injected = true;' }).then(
      () => 'ran',
      (error: unknown) => String(error),
    );

    expect(injected).toContain('Content Security Policy');
    expect((await runAxe(page, 'candidate form')).rules.length).toBeGreaterThan(50);
    await page.close();
  });

});

/**
 * One test per scene and per email kind, in order, on the same three tabs: a slow machine slows
 * each a little rather than one test running past its limit, and a failure names its scene.
 */
describe('axe-core finds no WCAG 2.2 A or AA violation, at 1280 and 390 px, in every language offered', () => {
  const checks: AxeCheck[] = [];
  let candidate: Page;
  let staff: Page;
  let ncb: Page;
  beforeAll(async () => {
    [candidate, staff, ncb] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
    await signIn(staff);
    await signIn(ncb, ncbFrance);
  }, 60_000);
  afterAll(async () => {
    console.log(summariseChecks(checks));
    await Promise.all([candidate?.close(), staff?.close(), ncb?.close()]);
  });

  for (const scene of scenes) {
    it(`on the ${scene.name}`, async () => {
      const page = scene.staff === 'ncb' ? ncb : scene.staff ? staff : candidate;
      const own: AxeCheck[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize(width);
        await page.goto(`${stack.url}${scene.path()}`);
        for (const { url } of await languagesOffered(page)) {
          if (url !== page.url()) await page.goto(url);
          await scene.prepare?.(page);
          own.push(await runAxe(page, scene.name));
        }
      }
      checks.push(...own);
      // Both widths, and every language the page offers (four today), at each.
      expect(own.length).toBeGreaterThanOrEqual(WIDTHS.length);
      expect(describeViolations(own)).toBe('');
    }, 180_000);
  }

  for (const email of emails) {
    it(`on the ${email.name}, in each language it was sent in`, async () => {
      const sent = oneByLanguage((await mailbox()).filter(email.of));
      expect(sent.length, email.name).toBeGreaterThan(0);
      const own: AxeCheck[] = [];
      for (const mail of sent) {
        for (const width of WIDTHS) {
          await candidate.setViewportSize(width);
          await candidate.setContent(mail.html);
          own.push(await runAxe(candidate, email.name));
        }
      }
      checks.push(...own);
      expect(describeViolations(own)).toBe('');
    }, 120_000);
  }
});

describe('the staff page, fixed by hand', () => {
  let page: Page;

  beforeAll(async () => {
    page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await signIn(page);
    await gridReady(page);
  }, 60_000);
  afterAll(() => page?.close());
  // Each case starts from the grid: a dialog a failed case left open would hold the page.
  beforeEach(() => page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close())));

  it('names the status counts as a group (an aria-label needs a role)', async () => {
    const counts = page.getByRole('group', { name: 'Applications by status' });

    expect(await counts.getAttribute('id', { timeout: 5_000 })).toBe('vacancy-counts');
    expect(await counts.getByRole('button').count()).toBeGreaterThan(1);
  });

  it("draws a dark ring around the amber focus ring, so that focus shows on white (3:1 or more)", async () => {
    await page.locator('#quick-search').focus();
    await page.keyboard.press('Shift+Tab');

    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineColor, shadow: style.boxShadow };
    });
    expect(ring.outline).toBe('rgb(255, 191, 71)');
    expect(ring.shadow).toContain('rgb(27, 39, 51)');
  });

  it('lets the keyboard reach and scroll the import preview, which says what it holds', async () => {
    await page.setInputFiles('#import-file', { name: 'export.csv', mimeType: 'text/csv', buffer: exportCsv });
    await expect.poll(() => page.locator('#import-summary').textContent(), { timeout: 15_000 }).toContain('Dry run');
    const frame = page.getByRole('region', { name: 'Rows of the import' });

    expect(await frame.getAttribute('tabindex', { timeout: 5_000 })).toBe('0');
    expect(await frame.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await frame.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => frame.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await page.locator('#import-cancel').click();
  });

  it("gives the vacancy grid's row buttons targets of 24 px or more (WCAG 2.5.8)", async () => {
    await openVacancies(page);

    const sizes = await page.locator('#vacancies-grid .cell-action').evaluateAll((buttons) =>
      buttons.filter((button) => button.getClientRects().length > 0).map((button) => ({ width: button.getBoundingClientRect().width, height: button.getBoundingClientRect().height })),
    );
    expect(sizes.length).toBeGreaterThan(2);
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
    }
    await page.locator('#tab-applications').click();
  });

  it('fits the top bar in a 390 px phone screen: nothing overflows sideways', async () => {
    await page.setViewportSize(PHONE);
    await page.reload();
    await gridReady(page);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('#sign-out').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('admin-phone.png') });
    await page.setViewportSize(DESKTOP);
  });
});

/**
 * The selection panel's views (issue 16, points 1 and 4; test/e2e/selection.e2e.test.ts works
 * them): HR's Selection tab and panel editor, a member's tab, marking form and, as the chair, the
 * ranking's recommendation dialog, on a panel of vacancy 1701 named here (one member, who chairs it).
 */
describe('axe-core on the selection panel views', () => {
  const member = { email: 'panel.member@secondment-hub.local', groups: ['panel' as const] };
  const signInAs = async (page: Page, identity: { email: string; groups: readonly string[] }) => {
    await page.goto(`${stack.url}/admin`);
    await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
    await page.getByLabel('Email').fill(identity.email);
    await page.locator(`input[name="group"][value="${identity.groups[0] ?? ''}"]`).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
  };

  it('finds no WCAG 2.2 A or AA violation on the selection views, at 1280 and 390 px, in every language offered', async () => {
    const admin = await staffClient(stack, administrator);
    const named = await admin('PUT', '/admin/selection/panels/1701', { members: [member.email], chair: member.email, criteria: [{ id: 'other', label: 'Presentation', weight: 1 }] });
    expect(named.status).toBe(200);
    const before = (await admin('GET', '/admin/selection/panels/1701/candidates')).body.items as Array<{ candidate: { applicationId: string } }>;
    const first = before[0]?.candidate.applicationId ?? '';
    // The member (who chairs) marks every candidate: the ranking opens to them then.
    const marker = await staffClient(stack, member);
    for (const { candidate } of before) {
      const draft = await marker('PUT', `/admin/selection/panels/1701/candidates/${candidate.applicationId}/marks`, { scores: { other: { score: 4, comment: 'Clear and well organised.' } } });
      const revision = (draft.body.marks as { revision: number }).revision;
      expect((await marker('POST', `/admin/selection/panels/1701/candidates/${candidate.applicationId}/marks/submit`, { revision })).status).toBe(200);
    }

    const hr = await context.newPage();
    const panel = await context.newPage();
    await signInAs(hr, administrator);
    await signInAs(panel, member);
    const openTab = async (page: Page) => {
      if (await page.locator('#tab-applications').isVisible()) await page.locator('#tab-selection').click();
      await page.locator(`#selection-ranking tr[data-application="${first}"]`).waitFor({ timeout: 15_000 });
    };
    const selectionScenes: Array<{ name: string; page: Page; prepare: (page: Page) => Promise<unknown> }> = [
      { name: 'HR selection tab, with the ranking', page: hr, prepare: openTab },
      {
        name: 'HR panel editor, criteria frozen',
        page: hr,
        prepare: async (page) => {
          await openTab(page);
          await page.locator('#selection-edit-panel').click();
          await page.locator('#panel-dialog[open] #panel-locked:not([hidden])').waitFor({ timeout: 15_000 });
        },
      },
      { name: 'panel member selection tab', page: panel, prepare: openTab },
      {
        name: 'panel member marking form, submitted',
        page: panel,
        prepare: async (page) => {
          await openTab(page);
          await page.locator(`#selection-grid button[data-mark="${first}"]`).click();
          await page.locator('#marking-dialog[open] #marking-others:not([hidden])').waitFor();
        },
      },
      {
        name: 'chair recommendation dialog, reasons missing',
        page: panel,
        prepare: async (page) => {
          await openTab(page);
          await page.locator(`#selection-ranking button[data-recommend="${first}"]`).click();
          await page.locator('#recommend-dialog[open] input[value="not-recommended"]').check();
          await page.locator('#recommend-save').click();
          await page.locator('#recommend-reasons-error:not([hidden])').waitFor();
        },
      },
    ];

    const checks: AxeCheck[] = [];
    for (const scene of selectionScenes) {
      for (const width of WIDTHS) {
        await scene.page.setViewportSize(width);
        await scene.page.goto(`${stack.url}/admin`);
        for (const { url } of await languagesOffered(scene.page)) {
          if (url !== scene.page.url()) await scene.page.goto(url);
          await scene.prepare(scene.page);
          checks.push(await runAxe(scene.page, scene.name));
        }
      }
    }
    console.log(summariseChecks(checks));
    expect(new Set(checks.map((check) => check.scene)).size).toBe(selectionScenes.length);
    expect(describeViolations(checks)).toBe('');
    await Promise.all([hr.close(), panel.close()]);
  }, 600_000);
});
