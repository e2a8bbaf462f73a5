import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { aminaApplication } from '../../support/candidates.js';
import { mailboxOf } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { eulexCall, sendingSetting } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, metApprover, scotlandApprover, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * A selected officer becomes a deployment (issue 18, point 6), on a sending local stack: made only
 * from a selected nomination, its checklist judged against the tour, a serving officer's extension
 * decided by their own force (another force: 404; HR: 403), a civilian's by HR, the return and the
 * debrief, the roster and the report, and two edits at once (one wins). Every answer is checked
 * against the OpenAPI document.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let met: Client;
let scotland: Client;

const ids = { grace: 'd0000000-0000-4000-8000-000000000001', iain: 'd0000000-0000-4000-8000-000000000002', layla: 'd0000000-0000-4000-8000-000000000003', ruth: 'd0000000-0000-4000-8000-000000000004' };
const answered = (outcome: 'selected' | 'reserve') => ({
  nominatedAt: '2026-12-14T09:00:00.000Z',
  nominatedBy: hrOfficer.email,
  sent: { on: '2026-12-14', recordedAt: '2026-12-14T10:00:00.000Z', by: hrOfficer.email },
  answer: { outcome, on: '2026-12-19', recordedAt: '2026-12-19T10:00:00.000Z', by: hrOfficer.email },
});
const released = (by: string) => ({ decision: 'approved' as const, from: '2027-02-01', until: '2028-01-31', at: '2026-11-25T10:00:00.000Z', by });
const candidate = (id: string, overrides: Record<string, unknown>): Application => {
  const { homeAdministrationCountry: _country, ...base } = aminaApplication({ id, vacancy: 'EULEX-26-07', status: 'interviewed' });
  return { ...base, ...overrides } as Application;
};

interface View {
  id: string;
  version: number;
  state: string;
  rotationDay: string;
  ready: boolean;
  checklistVerdicts: Record<string, string>;
  extensions: Array<{ id: string; state: string; until: string }>;
  debrief?: { on: string; notes?: string };
  forceName?: string;
}
const viewOf = (body: Record<string, unknown>) => body.deployment as View;
const versionOf = async (id: string) => viewOf((await hr('GET', `/admin/deployments/${id}`)).body).version;

const signIn = async () => {
  hr = documented(await staffClient(stack, hrOfficer));
  met = documented(await staffClient(stack, metApprover));
  scotland = documented(await staffClient(stack, scotlandApprover));
};
const setClock = async (at: string) => {
  clock.set(at);
  await signIn();
};

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  await signIn();
  // The call is published while it is open; the mission's answer came on 19 December; the suite runs from January.
  expect((await hr('POST', '/admin/vacancies', { ...eulexCall(), status: 'open' })).status).toBe(201);
  await setClock('2027-01-10T09:00:00Z');
  // The nominations' own suite drives these steps through the API; here the selected officers are written as it leaves them.
  const store = storeOf(stack);
  await seedApplications(store.applications, [
    candidate(ids.grace, { givenName: 'Grace', familyName: 'Okafor', email: 'grace.okafor@met.police.example', category: 'serving-police', applicantStatus: { force: 'met' }, release: released(metApprover.email), nomination: answered('selected') }),
    candidate(ids.iain, { givenName: 'Iain', familyName: 'Ross', email: 'iain.ross@scotland.police.example', category: 'serving-police', applicantStatus: { force: 'police-scotland' }, release: released(scotlandApprover.email), nomination: answered('selected') }),
    candidate(ids.layla, { givenName: 'Layla', familyName: 'Haddad', email: 'layla.haddad@experts.example', language: 'ar', category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law' }, nomination: answered('selected') }),
    candidate(ids.ruth, { givenName: 'Ruth', familyName: 'Ward', email: 'ruth.ward@retired.example', category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' }, nomination: answered('reserve') }),
  ]);
  store.close();
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('a sending unit’s deployments', () => {
  it('deploys a selected officer, once, and refuses a reserve or days out of order', async () => {
    const body = { applicationId: ids.grace, deploymentDay: '2027-02-01', rotationDay: '2028-01-31' };
    const made = await hr('POST', '/admin/deployments', body);
    expect(made.status).toBe(201);
    expect(viewOf(made.body)).toMatchObject({ id: ids.grace, version: 1, state: 'preparing', ready: false, forceName: 'Metropolitan Police Service', checklistVerdicts: { vetting: 'missing', insurance: 'missing' } });
    const again = await hr('POST', '/admin/deployments', body);
    expect(again.status).toBe(200);
    const other = await hr('POST', '/admin/deployments', { ...body, rotationDay: '2028-02-28' });
    expect(other.status).toBe(409);
    expect((other.body.current as View).rotationDay).toBe('2028-01-31');
    const reserve = await hr('POST', '/admin/deployments', { ...body, applicationId: ids.ruth });
    expect(reserve.status).toBe(409);
    expect(reserve.body.detail).toMatch(/Only an officer the mission selected/);
    expect((await hr('POST', '/admin/deployments', { applicationId: ids.layla, deploymentDay: '2027-03-01', rotationDay: '2027-03-01' })).status).toBe(422);
    expect((await hr('POST', '/admin/deployments', { applicationId: ids.layla, deploymentDay: '2026-12-18', rotationDay: '2027-06-30' })).status).toBe(422);
    expect((await hr('POST', '/admin/deployments', { applicationId: 'd0000000-0000-4000-8000-00000000ffff', deploymentDay: '2027-03-01', rotationDay: '2027-09-30' })).status).toBe(404);
    expect((await hr('POST', '/admin/deployments', { applicationId: ids.layla, deploymentDay: '2027-03-01', rotationDay: '2027-09-30' })).status).toBe(201);
    expect((await hr('POST', '/admin/deployments', { applicationId: ids.iain, deploymentDay: '2027-02-15', rotationDay: '2027-08-14' })).status).toBe(201);
  });

  it('judges each checklist item against the tour, never on a day to come', async () => {
    const put = async (item: string, body: Record<string, unknown>) => hr('PUT', `/admin/deployments/${ids.grace}/checklist/${item}`, { version: await versionOf(ids.grace), ...body });
    expect((await put('vetting', { on: '2027-01-05', expiresOn: '2027-12-01', reference: 'NPPV3-4411' })).status).toBe(200);
    expect((await put('medical', { on: '2027-01-11' })).status).toBe(422);
    // Asked in French (as the staff page asks in its language), the refusal is said in French, the day in words; its field keeps the rule's English and names its key.
    const french = await hr('PUT', `/admin/deployments/${ids.grace}/checklist/medical`, { version: await versionOf(ids.grace), on: '2027-01-11' }, { 'Accept-Language': 'fr' });
    expect(french.status).toBe(422);
    expect(french.headers.get('content-language')).toBe('fr');
    expect(french.body).toMatchObject({ title: 'Les règles du détachement ne sont pas respectées', detail: 'Cette date est à venir au lieu d’affectation (nous y sommes le 10 janvier 2027, fuseau Europe/Belgrade).' });
    expect(french.body.errors).toEqual([
      { path: 'body.on', message: 'The day is in the future in the duty station (today is 2027-01-10 in Europe/Belgrade).', key: 'problem.secondmentRules.deploymentDayInFuture', values: { today: '2027-01-10', timeZone: 'Europe/Belgrade' } },
    ]);
    expect((await put('medical', { on: '2027-01-08', expiresOn: '2027-01-08' })).status).toBe(422);
    expect((await put('medical', { on: '2027-01-08', expiresOn: '2028-06-30' })).status).toBe(200);
    expect((await put('hostileEnvironmentTraining', { on: '2026-11-20' })).status).toBe(200);
    const insured = await put('insurance', { on: '2027-01-09', expiresOn: '2028-03-31', reference: 'POL-88812' });
    expect(insured.status).toBe(200);
    expect(viewOf(insured.body)).toMatchObject({ ready: false, checklistVerdicts: { vetting: 'expires-during-tour', medical: 'done', hostileEnvironmentTraining: 'done', insurance: 'done' } });
    expect((await hr('PUT', `/admin/deployments/${ids.grace}/checklist/passport`, { version: 1, on: '2027-01-05' })).status).toBe(400);
  });

  it('moves the days before the deployment day, and not after it', async () => {
    const contact = { name: 'Anna Berg', role: 'Head of Personnel', email: 'personnel@eulex.example' };
    const edited = await hr('PATCH', `/admin/deployments/${ids.iain}`, { version: await versionOf(ids.iain), deploymentDay: '2027-02-08', contact });
    expect(edited.status).toBe(200);
    expect(viewOf(edited.body)).toMatchObject({ state: 'preparing', contact });
    await setClock('2027-03-01T09:00:00Z');
    const late = await hr('PATCH', `/admin/deployments/${ids.iain}`, { version: await versionOf(ids.iain), rotationDay: '2027-09-30' });
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/moves through an extension/);
  });

  it('has a serving officer’s extension decided by their own force, and tells the approver and the officer once', async () => {
    const before = (await mailboxOf(stack.url)).length;
    const asked = await hr('POST', `/admin/deployments/${ids.grace}/extensions`, { version: await versionOf(ids.grace), until: '2028-07-31', reason: 'The mandate is renewed.' });
    expect(asked.status).toBe(201);
    expect(asked.body.told).toBe('sent');
    const extension = viewOf(asked.body).extensions[0];
    expect(extension).toMatchObject({ state: 'requested', until: '2028-07-31' });
    const second = await hr('POST', `/admin/deployments/${ids.grace}/extensions`, { version: await versionOf(ids.grace), until: '2028-09-30', reason: 'Again.' });
    expect(second.status).toBe(409);
    const decision = `/admin/deployments/${ids.grace}/extensions/${extension?.id}/decision`;
    const version = await versionOf(ids.grace);
    expect((await scotland('GET', `/admin/deployments/${ids.grace}`)).status).toBe(404);
    expect((await scotland('POST', decision, { version, decision: 'approved' })).status).toBe(404);
    expect((await hr('POST', decision, { version, decision: 'approved' })).status).toBe(403);
    const approved = await met('POST', decision, { version, decision: 'approved' });
    expect(approved.status).toBe(200);
    expect(approved.body.told).toBe('sent');
    expect(viewOf(approved.body)).toMatchObject({ state: 'extended', rotationDay: '2028-07-31' });
    // The same decision again (a retry at the version it was sent with): in place, and the officer is not told twice.
    const retried = await met('POST', decision, { version, decision: 'approved' });
    expect(retried.status).toBe(200);
    expect(retried.body.told).toBe('already-sent');
    const to = (await mailboxOf(stack.url)).slice(before).flatMap((mail) => mail.to);
    expect(to.sort()).toEqual(['grace.okafor@met.police.example', 'releases@met.police.example']);
  });

  it('has a civilian’s extension decided by HR, which no force sees', async () => {
    const asked = await hr('POST', `/admin/deployments/${ids.layla}/extensions`, { version: await versionOf(ids.layla), until: '2027-12-31', reason: 'The project runs on.' });
    expect(asked.status).toBe(201);
    expect(asked.body.told).toBeUndefined();
    const extension = viewOf(asked.body).extensions[0];
    expect((await met('GET', `/admin/deployments/${ids.layla}`)).status).toBe(404);
    const refused = await hr('POST', `/admin/deployments/${ids.layla}/extensions/${extension?.id}/decision`, { version: await versionOf(ids.layla), decision: 'refused', note: 'Budget.' });
    expect(refused.status).toBe(200);
    expect(viewOf(refused.body)).toMatchObject({ state: 'deployed', rotationDay: '2027-09-30', extensions: [{ state: 'refused' }] });
  });

  it('records the return, then the debrief, whose notes the force does not read', async () => {
    expect((await hr('POST', `/admin/deployments/${ids.iain}/debrief`, { version: await versionOf(ids.iain), on: '2027-03-01', notes: 'x' })).status).toBe(409);
    expect((await hr('POST', `/admin/deployments/${ids.iain}/return`, { version: await versionOf(ids.iain), on: '2027-02-20' })).status).toBe(422);
    expect((await hr('POST', `/admin/deployments/${ids.iain}/return`, { version: await versionOf(ids.iain), on: '2027-03-02' })).status).toBe(422);
    const back = await hr('POST', `/admin/deployments/${ids.iain}/return`, { version: await versionOf(ids.iain), on: '2027-02-28', reason: 'A family emergency.' });
    expect(back.status).toBe(200);
    expect(viewOf(back.body)).toMatchObject({ state: 'returned', returned: { on: '2027-02-28', early: true } });
    const early = await hr('POST', `/admin/deployments/${ids.iain}/debrief`, { version: await versionOf(ids.iain), on: '2027-02-27', notes: 'x' });
    expect(early.status).toBe(422);
    const debrief = await hr('POST', `/admin/deployments/${ids.iain}/debrief`, { version: await versionOf(ids.iain), on: '2027-03-01', notes: 'Would serve again.' });
    expect(debrief.status).toBe(200);
    expect(viewOf(debrief.body)).toMatchObject({ state: 'debriefed', debrief: { notes: 'Would serve again.' } });
    const seen = await scotland('GET', `/admin/deployments/${ids.iain}`);
    expect(seen.status).toBe(200);
    expect(viewOf(seen.body).debrief).toEqual({ on: '2027-03-01', recordedAt: '2027-03-01T09:00:00.000Z', by: hrOfficer.email });
  });

  it('shows the roster by mission and day, each force its own, filtered by state', async () => {
    const roster = await hr('GET', '/admin/deployments');
    expect(roster.status).toBe(200);
    const items = roster.body.items as Array<{ id: string; state: string; officer: { name: string } }>;
    expect(items.map((row) => [row.officer.name, row.state])).toEqual([
      ['Grace Okafor', 'extended'],
      ['Iain Ross', 'debriefed'],
      ['Layla Haddad', 'deployed'],
    ]);
    expect(roster.body.today).toMatchObject({ extended: 1, debriefed: 1, deployed: 1, preparing: 0 });
    expect(((await met('GET', '/admin/deployments')).body.items as Array<{ id: string }>).map((row) => row.id)).toEqual([ids.grace]);
    expect(((await hr('GET', '/admin/deployments?state=debriefed')).body.items as Array<{ id: string }>).map((row) => row.id)).toEqual([ids.iain]);
    expect((await hr('GET', '/admin/deployments?state=gone')).status).toBe(400);
    expect((await met('GET', '/admin/deployments/report')).status).toBe(403);
  });

  it('counts the deployments by mission, organisation, category, force and role category', async () => {
    const report = await hr('GET', '/admin/deployments/report');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ period: { from: '2026-03-01', until: '2027-03-01' }, total: 3, deployedNow: 2 });
    expect(report.body.byMission).toEqual([{ key: 'EULEX Kosovo', label: 'EULEX Kosovo', total: 3, deployedNow: 2 }]);
    expect(report.body.byCategory).toEqual([
      { key: 'serving-police', label: 'Serving police officer', total: 2, deployedNow: 1 },
      { key: 'civilian-expert', label: 'Civilian expert', total: 1, deployedNow: 1 },
    ]);
    expect((report.body.byForce as Array<{ key: string; total: number }>).map((count) => [count.key, count.total])).toEqual([['met', 1], ['police-scotland', 1]]);
    expect(report.body.byRoleCategory).toHaveLength(15);
    expect((await hr('GET', '/admin/deployments/report?from=2027-04-01&until=2027-03-01')).status).toBe(400);
  });

  it('lets one of two edits at the same version through, and answers the other with the deployment as it stands', async () => {
    const version = await versionOf(ids.layla);
    const [one, two] = await Promise.all([
      hr('PATCH', `/admin/deployments/${ids.layla}`, { version, contact: { name: 'Ola Nordmann', role: 'Chief of Staff', email: 'cos@eulex.example' } }),
      hr('PATCH', `/admin/deployments/${ids.layla}`, { version, contact: { name: 'Mia Rossi', role: 'Personnel Officer', email: 'po@eulex.example' } }),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const lost = one.status === 409 ? one : two;
    expect((lost.body.current as View).version).toBe(version + 1);
  });
});
