import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmFromReceipt } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { callPublicApi } from '../../support/public-api.js';
import { eulexCall, sendingSetting, servingOfficerSubmission } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, metApprover, ncbFrance, scotlandApprover, staffClient } from '../../support/staff.js';

/**
 * A sending unit's releases (issue 18, point 4) on the local stack: a serving officer's force
 * approves their release for the period, or refuses it; only that force's approver decides, and
 * the officer's application needs nothing more once released.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let met: Client;
let scotland: Client;

interface Row {
  id: string;
  version: number;
  force: { id: string; name: string };
  lineManager?: string;
  call: { number: string; mission?: string; missionDeadline?: string };
  release?: { decision: string; from?: string; until?: string; note?: string; by: string };
}

const applied: Record<string, { applicationId: string; statusToken: string }> = {};

const apply = async (name: string, overrides: Record<string, unknown>) => {
  const answer = await callPublicApi(stack.url, 'POST', '/applications', { body: servingOfficerSubmission(overrides) });
  expect(answer.status).toBe(201);
  const created = answer.body as { applicationId: string; statusToken: string };
  expect((await confirmFromReceipt(stack.url, created.applicationId)).status).toBe(200);
  applied[name] = created;
};

const idOf = (name: string) => applied[name]?.applicationId ?? '';
const rowsOf = async (client: Client) => {
  const answer = await client('GET', '/admin/releases');
  expect(answer.status).toBe(200);
  return (answer.body as unknown as { items: Row[] }).items;
};
const versionOf = async (name: string) => (await rowsOf(hr)).find((row) => row.id === idOf(name))?.version ?? 0;

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  [hr, met, scotland] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, metApprover), staffClient(stack, scotlandApprover)]);
  expect((await hr('POST', '/admin/vacancies', { ...eulexCall(), status: 'open' })).status).toBe(201);
  await apply('grace', {});
  await apply('iain', { email: 'iain.ross@scotland.police.example', givenName: 'Iain', familyName: 'Ross', applicantStatus: { force: 'police-scotland', lineManager: 'Supt Ailsa Grant', lineManagerEmail: 'a.grant@scotland.police.example' } });
  await apply('ruth', { email: 'ruth.ward@retired.example', givenName: 'Ruth', familyName: 'Ward', category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', formerForce: 'met' } });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe("a force approver's releases", () => {
  it("lists the approver's own force's serving officers only, with the call's mission and the line manager", async () => {
    const rows = await rowsOf(met);
    expect(rows.map((row) => row.id)).toEqual([idOf('grace')]);
    expect(rows[0]).toMatchObject({
      force: { id: 'met', name: 'Metropolitan Police Service' },
      lineManager: 'Chief Inspector Dan Reyes',
      call: { number: 'EULEX-26-07', mission: 'EULEX Kosovo', missionDeadline: '2026-12-28' },
    });
    expect(rows[0]?.release).toBeUndefined();
    expect((await rowsOf(scotland)).map((row) => row.id)).toEqual([idOf('iain')]);
  });

  it('lists every force’s serving officers to HR, and no retired officer (who needs no release)', async () => {
    expect((await rowsOf(hr)).map((row) => row.id).sort()).toEqual([idOf('grace'), idOf('iain')].sort());
  });

  it("refuses another force's officer as an unknown id, and a retired officer as one who needs no release", async () => {
    const version = await versionOf('grace');
    const other = await scotland('POST', `/admin/releases/${idOf('grace')}`, { version, decision: 'approved', from: '2027-01-15', until: '2028-01-14' });
    expect(other.status).toBe(404);
    expect(other.type).toMatch(/^application\/problem\+json/);
    expect((await met('POST', `/admin/releases/${idOf('ruth')}`, { version: 2, decision: 'approved', from: '2027-01-15', until: '2028-01-14' })).status).toBe(404);
  });

  it('refuses HR and an NCB officer: only the force decides', async () => {
    const body = { version: await versionOf('grace'), decision: 'approved', from: '2027-01-15', until: '2028-01-14' };
    expect((await hr('POST', `/admin/releases/${idOf('grace')}`, body)).status).toBe(403);
    expect((await (await staffClient(stack, ncbFrance))('POST', `/admin/releases/${idOf('grace')}`, body)).status).toBe(403);
  });

  it('asks an approval for its period and a refusal for its reason, naming the fields, and writes nothing', async () => {
    const version = await versionOf('grace');
    const noPeriod = await met('POST', `/admin/releases/${idOf('grace')}`, { version, decision: 'approved' });
    expect(noPeriod.status).toBe(400);
    expect((noPeriod.body.errors as Array<{ path: string }>).map((error) => error.path)).toEqual(['body.from', 'body.until']);
    const noReason = await met('POST', `/admin/releases/${idOf('grace')}`, { version, decision: 'refused' });
    expect((noReason.body.errors as Array<{ path: string }>).map((error) => error.path)).toEqual(['body.note']);
    expect(await versionOf('grace')).toBe(version);
  });

  it("records the approval for the period, after which the officer's application needs nothing more; the same decision again changes nothing", async () => {
    const version = await versionOf('grace');
    const body = { version, decision: 'approved', from: '2027-01-15', until: '2028-01-14' };
    const approved = await met('POST', `/admin/releases/${idOf('grace')}`, body);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ version: version + 1, release: { decision: 'approved', from: '2027-01-15', until: '2028-01-14', by: 'releases@met.police.example' } });

    const again = await met('POST', `/admin/releases/${idOf('grace')}`, body);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(version + 1);

    const grace = applied.grace ?? { applicationId: '', statusToken: '' };
    const status = await callPublicApi(stack.url, 'GET', `/applications/${grace.applicationId}`, { token: grace.statusToken });
    expect(status.body.missing).toEqual(['cv']);
  });

  it('answers a stale decision 409 with the row as it stands now', async () => {
    const stale = await scotland('POST', `/admin/releases/${idOf('iain')}`, { version: 1, decision: 'refused', note: 'Operational need in the division this year.' });
    expect(stale.status).toBe(409);
    expect((stale.body as { current?: Row }).current?.id).toBe(idOf('iain'));
  });

  it("records a refusal with its reason, and keeps the officer's release missing", async () => {
    const refused = await scotland('POST', `/admin/releases/${idOf('iain')}`, { version: await versionOf('iain'), decision: 'refused', note: 'Operational need in the division this year.' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ release: { decision: 'refused', note: 'Operational need in the division this year.' } });
    const iain = applied.iain ?? { applicationId: '', statusToken: '' };
    const status = await callPublicApi(stack.url, 'GET', `/applications/${iain.applicationId}`, { token: iain.statusToken });
    expect(status.body.missing).toEqual(['cv', 'release']);
  });

  it('keeps each decision in the application’s history, by whom and what', async () => {
    const history = await hr('GET', `/admin/applications/${idOf('grace')}/history`);
    const entries = (history.body as unknown as { items: Array<{ action: string; by: string; changes: Record<string, { to: { decision?: string } }> }> }).items;
    const decision = entries.find((entry) => entry.action === 'release-decision');
    expect(decision?.by).toBe('releases@met.police.example');
    expect(decision?.changes.release?.to.decision).toBe('approved');
  });
});
