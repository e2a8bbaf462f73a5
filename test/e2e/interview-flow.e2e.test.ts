/**
 * The whole interview flow of issue 16 in real headless Chromium against the local stack: HR sets
 * interview slots in the staff page's Interviews tab (a field's error placed first), invites the
 * two shortlisted candidates; one books a time from her status page in French; HR assigns the
 * other a time, moves that slot and cancels a free one (the candidate and the panel told), and
 * sees who booked what; two panel members mark both candidates in the Selection tab; the chair
 * records the recommendations; HR signs the selection report off, moves both to interviewed, offers
 * the post to the recommended one (the offers' route) and closes the vacancy out in the Letters
 * tab: the reserve candidate is told, in her language, that she was not retained. Every scene
 * passes axe. Screenshots: docs/screenshots/interviews-*.png with UPDATE_SCREENSHOTS=1.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbSenegal, seedApplications, staffClient, storeOf, type StaffIdentity } from '../support/staff.js';

// The real clock: the page's sign-in judges its token by the browser's time.
const clock = settableClock(new Date());
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const WIDE = { width: 1440, height: 900 };

const VACANCY = '1801';
const AMINA = '7d1f4c1e-0000-4000-8000-000000001801';
const LUCIA = '7d1f4c1e-0000-4000-8000-000000001802';
const TOKEN = `status-token-of-amina-${'z'.repeat(30)}`;
const chair: StaffIdentity = { email: 'chair.panel@secondment-hub.local', groups: ['panel'] };
const member: StaffIdentity = { email: 'ana.panel@secondment-hub.local', groups: ['panel'] };
const notice = {
  duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
  experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' as const }] },
  languages: [{ language: 'en', need: 'required' as const, wording: 'Excellent English', level: 'C1' as const }],
  abilities: [{ text: 'Sound judgement' }],
};
/** The interviews' day: a fortnight ahead, on Lyon's calendar. */
const DAY = addDays(dateIn(new Date(), 'Europe/Paris'), 14);

/** Complete applications (CV, confirmation letter, the NCB's validation), so that HR may take them forward after the interviews. */
const received = (id: string, kind: string): ReceivedDocument => ({
  key: `applications/${id}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const complete = (id: string): Partial<Application> => {
  const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbSenegal.email };
  return { documents: { cv: received(id, 'cv'), confirmationLetter: received(id, 'confirmationLetter') }, ncbValidation: validation };
};

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(
    openVacancy({ number: VACANCY, status: 'closed', deadline: dateIn(new Date(Date.now() - 20 * 86_400_000), 'UTC'), publishedAt: '2026-10-01', notice }),
  );
  client.destroy();
  const stores = storeOf(stack);
  await seedApplications(stores.applications, [
    aminaApplication({ id: AMINA, vacancy: VACANCY, status: 'shortlisted', givenName: 'Amina', familyName: 'Diallo', email: 'amina.diallo@police.example', statusTokenHash: await sha256Hex(TOKEN), language: 'fr', timeZone: 'Africa/Dakar', ...complete(AMINA) }),
    aminaApplication({ id: LUCIA, vacancy: VACANCY, status: 'shortlisted', givenName: 'Lucía', familyName: 'Romero', email: 'lucia.romero@police.example', language: 'es', timeZone: 'America/Bogota', ...complete(LUCIA) }),
  ]);
  stores.close();
  // The panel, named through the API (its editor has its own browser test): two members, two criteria.
  const hr = await staffClient(stack, hrOfficer);
  const panel = await hr('PUT', `/admin/selection/panels/${VACANCY}`, { members: [chair.email, member.email], chair: chair.email, criteria: [{ id: 'experience', weight: 2 }, { id: 'duty-1', weight: 1 }] });
  expect(panel.status, JSON.stringify(panel.body)).toBe(200);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;

/** Script errors and CSP violations; the API's expected 4xx (a slot refused, a panel member's page asking what it may not) are the test's to check. */
const watch = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (entry) => {
    if (entry.type() === 'error' && !/the server responded with a status of (400|403|404|409)/.test(entry.text())) problems.push(`console: ${entry.text()}`);
  });
  return problems;
};

/** A fresh tab signed in through the local hosted sign-in. */
const signedIn = async (identity: StaffIdentity): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
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

/** HR's Interviews tab, on the vacancy. */
const interviewsTab = async () => {
  const signed = await signedIn(hrOfficer);
  await signed.page.locator('#tab-interviews').click();
  await expect.poll(() => signed.page.locator('#interviews-summary').textContent(), { timeout: 15_000 }).toContain(`chair ${chair.email}`);
  return signed;
};

const slotRow = (page: Page, time: string) => page.locator('#interviews-slots tbody tr', { hasText: `, ${time} Europe/Paris` });
const message = (page: Page) => page.locator('#message-text');

/** Fills and saves the slot form; `members` ticked (both by default). */
const setSlot = async (page: Page, time: string, where: { place?: string; videoLink?: string }) => {
  await page.locator('#slot-date').fill(DAY);
  await page.locator('#slot-time').fill(time);
  await page.locator('#slot-zone').fill('Europe/Paris');
  await page.locator('#slot-place').fill(where.place ?? '');
  await page.locator('#slot-video').fill(where.videoLink ?? '');
  await page.locator('#slot-save').click();
};

/** A member marks a candidate in the Selection tab's form: every criterion scored `score`, then submitted (final, after a confirmation). */
const mark = async (page: Page, applicationId: string, score: number) => {
  await page.locator(`#selection-grid button[data-mark="${applicationId}"]`).click();
  await page.locator('#marking-dialog[open]').waitFor();
  const fieldsets = page.locator('#marking-criteria fieldset');
  for (let index = 0; index < (await fieldsets.count()); index += 1) await fieldsets.nth(index).locator(`input[type="radio"][value="${score}"]`).check();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('#marking-submit').click();
  await expect.poll(() => page.locator('#marking-state').textContent()).toContain('submitted');
  await page.locator('#marking-close').click();
};

describe('the interview flow, from HR’s slots to the vacancy’s close-out', () => {
  it('HR sets slots (a missing member said beside the members) and invites both shortlisted candidates, one through an SES outage (fault injected) sent again', async () => {
    const { page, problems } = await interviewsTab();
    expect(await page.locator('#interviews-slots-note').textContent()).toContain('No slot yet');

    await page.locator('#interviews-new-slot').click();
    await page.locator('#slot-dialog[open]').waitFor();
    for (const box of await page.locator('#slot-members input[type="checkbox"]').all()) await box.uncheck();
    await setSlot(page, '09:00', { place: 'Lyon, 200 quai Charles de Gaulle, room 3' });
    await expect.poll(() => page.locator('#slot-panelMembers-error').textContent()).toContain('At least one panel member');
    expect(await page.locator('#slot-error').textContent()).toContain('The slot was not saved.');
    expect(describeViolations([await runAxe(page, 'slot form, an error placed')])).toBe('');
    await page.getByRole('checkbox', { name: chair.email }).check();
    await page.getByRole('checkbox', { name: member.email }).check();
    await page.locator('#slot-save').click();
    await page.locator('#slot-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => message(page).textContent()).toContain('A slot is set for');

    for (const [time, where] of [
      ['10:00', { place: 'Lyon, 200 quai Charles de Gaulle, room 3' }],
      ['11:00', { videoLink: 'https://meet.example/interview-1801' }],
    ] as const) {
      await page.locator('#interviews-new-slot').click();
      await page.locator('#slot-dialog[open]').waitFor();
      await setSlot(page, time, where);
      await page.locator('#slot-dialog').waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.locator('#interviews-slots tbody tr').count()).toBe(3);
    expect(await page.locator('#interviews-slots-note').textContent()).toBe('3 slots, 0 booked, 3 free.');

    // Lucía is invited while SES is down (fault injected: the SES emulator stopped), then Amina.
    const isInvitation = (mail: MailItem) => mail.subject.startsWith(`Entretien pour le poste ${VACANCY}`) || mail.subject.startsWith(`Entrevista para la vacante ${VACANCY}`);
    await stack.emulators.ses.stop();
    try {
      await page.getByRole('checkbox', { name: 'Invite Lucía Romero' }).check();
      await page.locator('#interviews-invite').click();
      await expect.poll(() => message(page).textContent()).toBe('1 invited. The email to Lucía Romero could not be sent: press Send again on their row later.');
    } finally {
      await stack.emulators.ses.start();
    }
    await page.getByRole('checkbox', { name: 'Invite Amina Diallo' }).check();
    await page.locator('#interviews-invite').click();
    await expect.poll(() => message(page).textContent()).toBe('1 invited.');
    await expect.poll(() => page.locator('#interviews-candidates tbody tr', { hasText: 'Amina Diallo' }).textContent()).toContain('No time booked yet');
    expect(await page.locator('#interviews-invite').isHidden()).toBe(true);
    expect((await mailbox()).filter(isInvitation).map((mail) => mail.to[0])).toEqual(['amina.diallo@police.example']);

    // Send again: Lucía's goes now; Amina's went, so nothing goes twice.
    await page.getByRole('button', { name: 'Send again the invitation to Lucía Romero' }).click();
    await expect.poll(() => message(page).textContent()).toBe('The invitation to Lucía Romero is sent now.');
    await page.getByRole('button', { name: 'Send again the invitation to Amina Diallo' }).click();
    await expect.poll(() => message(page).textContent()).toBe('The invitation to Amina Diallo had gone already: nothing was sent again.');
    expect((await mailbox()).filter(isInvitation).map((mail) => mail.to[0]).sort()).toEqual(['amina.diallo@police.example', 'lucia.romero@police.example']);
    expect(problems).toEqual([]);
  }, 120_000);

  it('Amina books the 09:00 time from her status page in French', async () => {
    const page = await browser.context.newPage();
    const problems = watchPageProblems(page);
    await page.goto(`${stack.url}/status?lang=fr#id=${AMINA}&token=${TOKEN}`);
    const section = page.getByRole('region', { name: 'Votre entretien' });
    await section.waitFor({ timeout: 15_000 });
    await section.getByRole('radio').first().check();
    await section.getByRole('button', { name: 'Réserver cet horaire' }).click();
    await page.locator('#interview-booked').waitFor();

    expect(await page.locator('#interview-booked').innerText()).toContain('09:00, heure de Europe/Paris');
    await page.screenshot({ path: screenshotPath('interviews-status-page.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('HR sees who booked what, assigns Lucía the 10:00 time, moves it to 14:00 and cancels the free 11:00 one, each told; the form by keyboard, the tab on a phone', async () => {
    const { page, problems } = await interviewsTab();
    await expect.poll(() => slotRow(page, '09:00').locator('td').nth(4).textContent()).toBe('Amina Diallo');
    expect(await page.locator('#interviews-candidates tbody tr', { hasText: 'Amina Diallo' }).textContent()).toContain('by the candidate');

    const lucia = page.locator('#interviews-candidates tbody tr', { hasText: 'Lucía Romero' });
    const tenOption = await lucia.locator('select option', { hasText: ', 10:00 Europe/Paris' }).getAttribute('value');
    await lucia.getByLabel('Time for Lucía Romero').selectOption(tenOption ?? '');
    await lucia.getByRole('button', { name: 'Assign the chosen time to Lucía Romero' }).click();
    await expect.poll(() => message(page).textContent()).toContain('Lucía Romero is booked for');
    await expect.poll(() => slotRow(page, '10:00').locator('td').nth(4).textContent()).toBe('Lucía Romero');
    expect(await lucia.textContent()).toContain(`by ${hrOfficer.email}`);

    const before = (await mailbox()).length;
    await slotRow(page, '10:00').getByRole('button', { name: /^Move the slot of / }).click();
    await page.locator('#slot-dialog[open]').waitFor();
    expect(await page.locator('#slot-booked').textContent()).toContain('A candidate has booked this slot');
    expect(await page.locator('#slot-time').inputValue()).toBe('10:00');
    await page.locator('#slot-time').fill('14:00');
    await page.locator('#slot-save').click();
    await page.locator('#slot-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => message(page).textContent()).toContain('The candidate’s email was sent. The panel’s email was sent.');
    await expect.poll(() => slotRow(page, '14:00').locator('td').nth(4).textContent()).toBe('Lucía Romero');
    const told = (await mailbox()).slice(before);
    expect(told.find((mail) => mail.to.includes('lucia.romero@police.example'))?.text).toContain('14:00');
    expect(told.find((mail) => mail.subject === `Interview slot changed: vacancy ${VACANCY}`)?.to.sort()).toEqual([member.email, chair.email].sort());

    await slotRow(page, '11:00').getByRole('button', { name: /^Cancel the slot of / }).click();
    await page.locator('#slot-cancel-dialog[open]').waitFor();
    expect(await page.locator('#slot-cancel-what').textContent()).toContain('is free');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slot-cancel-keep');
    expect(describeViolations([await runAxe(page, 'cancel a slot')])).toBe('');
    await page.locator('#slot-cancel-confirm').click();
    await expect.poll(() => message(page).textContent()).toContain('is cancelled. Nobody had booked it.');
    await expect.poll(() => slotRow(page, '11:00').textContent()).toContain('(cancelled)');
    expect(await page.locator('#interviews-slots-note').textContent()).toBe('2 slots, 2 booked, 0 free.');

    await page.screenshot({ path: screenshotPath('interviews-hr.png'), fullPage: true });
    expect(describeViolations([await runAxe(page, 'interviews tab, slots booked')])).toBe('');

    // By keyboard: New slot opens the form on its date, Escape closes it and gives the focus back.
    await page.locator('#interviews-new-slot').focus();
    await page.keyboard.press('Enter');
    await page.locator('#slot-dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slot-date');
    await page.keyboard.press('Escape');
    await page.locator('#slot-dialog').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('interviews-new-slot');

    // On a phone: the tables scroll in their own frames, the page never sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(describeViolations([await runAxe(page, 'interviews tab at 390 px')])).toBe('');
    expect(problems).toEqual([]);
  }, 120_000);

  it('two panel members mark both candidates and the chair recommends', async () => {
    const marker = await signedIn(member);
    await marker.page.locator(`#selection-grid button[data-mark="${AMINA}"]`).waitFor({ timeout: 15_000 });
    await mark(marker.page, AMINA, 4);
    await mark(marker.page, LUCIA, 3);
    expect(marker.problems).toEqual([]);

    const { page, problems } = await signedIn(chair);
    await page.locator(`#selection-grid button[data-mark="${AMINA}"]`).waitFor({ timeout: 15_000 });
    await mark(page, AMINA, 5);
    await mark(page, LUCIA, 3);
    await expect.poll(() => page.locator('#selection-ranking-note').textContent(), { timeout: 30_000 }).toContain('2 ranked');
    const first = page.locator(`#selection-ranking tr[data-application="${AMINA}"]`);
    expect(await first.locator('td').first().textContent()).toBe('1');

    for (const [id, decision] of [
      [AMINA, 'Appoint'],
      [LUCIA, 'Reserve list'],
    ] as const) {
      await page.locator(`#selection-ranking button[data-recommend="${id}"]`).click();
      await page.locator('#recommend-dialog[open]').waitFor();
      await page.getByRole('radio', { name: decision }).check();
      await page.locator('#recommend-reasons').fill(decision === 'Appoint' ? 'Best on every criterion.' : 'Sound; second on experience.');
      await page.locator('#recommend-save').click();
      await page.locator('#recommend-dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator(`#selection-ranking tr[data-application="${id}"] td.recommendation`).textContent()).toContain(decision);
    }
    await page.locator('#selection-ranking-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('interviews-recommendation.png') });
    expect(describeViolations([await runAxe(page, 'the chair’s ranking with both recommendations')])).toBe('');
    expect(problems).toEqual([]);
  }, 180_000);

  it('HR signs the report off, offers Amina the post and closes the vacancy out: Lucía is told in Spanish that she was not retained', async () => {
    const { page, problems } = await signedIn(hrOfficer);
    await page.locator('#tab-selection').click();
    await expect.poll(() => page.locator('#selection-report-state').textContent(), { timeout: 15_000 }).toContain('Ready to sign off');
    await page.getByRole('button', { name: 'Sign off…' }).click();
    await page.locator('#report-sign-dialog[open]').waitFor();
    await page.locator('#report-sign-confirm').click();
    await page.locator('#report-sign-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => message(page).textContent()).toContain(`The selection report of vacancy ${VACANCY} is signed off.`);
    expect(await page.locator('#selection-report-state').textContent()).toContain(`Signed off by ${hrOfficer.email} on `);
    await page.locator('#selection-report-heading').evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: screenshotPath('interviews-signed-off.png') });
    expect(describeViolations([await runAxe(page, 'the selection report, signed off')])).toBe('');
    const hr = await staffClient(stack, hrOfficer);
    expect((await hr('POST', `/admin/selection-report/${VACANCY}/sign-off`, {})).status).toBe(409);

    // The moves to interviewed and the offer through their routes (the grid's and the Offers tab's browser tests cover their screens).
    const stores = storeOf(stack);
    for (const id of [AMINA, LUCIA]) {
      const { version } = (await stores.applications.get(id)) as Application;
      const moved = await hr('PATCH', `/admin/applications/${id}`, { version, status: 'interviewed' });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const { version } = (await stores.applications.get(AMINA)) as Application;
    stores.close();
    const today = dateIn(new Date(), 'Europe/Paris');
    const offered = await hr('POST', `/admin/offers/${VACANCY}/applications/${AMINA}`, {
      version,
      startsOn: addDays(today, 120),
      months: 24,
      homeConfirmation: { by: addDays(today, 90), terms: ['release-for-period', 'salary-and-benefits'] },
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(201);

    await page.locator('#tab-letters').click();
    await page.locator(`#letters-vacancy option[value="${VACANCY}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await page.locator('#letters-vacancy').selectOption(VACANCY);
    await page.locator('#letters-close-out-preview').click();
    await page.locator('#letters-close-out-summary').waitFor();
    await expect.poll(() => page.locator('#letters-close-out-counts').textContent()).toContain('1 application still open will become rejected: 1 interviewed.');
    expect(await page.locator('#letters-close-out-counts').textContent()).toContain('1 not-retained letter after the interview.');
    await page.locator('#letters-close-out-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('interviews-close-out.png') });
    expect(describeViolations([await runAxe(page, 'the close-out, previewed')])).toBe('');

    const before = (await mailbox()).length;
    await page.locator('#letters-close-out-run').click();
    await expect.poll(() => message(page).textContent(), { timeout: 30_000 }).toContain(`Vacancy ${VACANCY} closed out: 1 ended`);
    const letters = (await mailbox()).slice(before);
    expect(letters.map((mail) => [mail.to[0], mail.subject])).toEqual([['lucia.romero@police.example', `Vacante ${VACANCY}, Criminal Intelligence Officer: su candidatura`]]);
    expect(letters[0]?.text).toContain('tras las entrevistas, su candidatura no ha sido seleccionada');

    const after = storeOf(stack);
    expect((await after.applications.get(LUCIA))?.status).toBe('rejected');
    expect((await after.applications.get(AMINA))?.status).toBe('offered');
    after.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
