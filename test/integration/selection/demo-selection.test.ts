import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CLIENT_ID } from '#infra/local/auth/local-issuer.js';
import { DEMO_PANEL, DEMO_PANEL_VACANCY } from '#infra/local/seed/demo-panel-members.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient } from '../../support/staff.js';

const clock = settableClock('2026-12-07T09:00:00Z');
let stack: LocalStack;
let dataDir: string;
const [chair, member1, member2] = DEMO_PANEL.map((member) => ({ email: member.email, groups: ['panel' as const] }));

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-demo-selection-'));
  // A few demo applications are enough: the selection's demo is its own three candidates.
  stack = await startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 3 });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the demo selection panel of npm start', () => {
  it('offers a panel member on the local sign-in page and signs one in with the panel group', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const params = {
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: `${stack.url}/admin`,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    };
    const page = await (await fetch(`${stack.url}/_local/auth/oauth2/authorize?${new URLSearchParams(params)}`)).text();
    expect(page).toContain('name="group" value="panel"');
    for (const member of DEMO_PANEL) expect(page).toContain(member.email);

    const redirect = await fetch(`${stack.url}/_local/auth/oauth2/authorize`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...params, email: member1?.email ?? '', group: 'panel' }).toString(),
    });
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokens = (await (
      await fetch(`${stack.url}/_local/auth/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: LOCAL_CLIENT_ID, code, redirect_uri: `${stack.url}/admin`, code_verifier: verifier }).toString(),
      })
    ).json()) as { id_token: string };
    const panels = await fetch(`${stack.url}/admin/selection/panels`, { headers: { Authorization: `Bearer ${tokens.id_token}` } });
    expect(panels.status).toBe(200);
    expect(((await panels.json()) as { items: Array<{ panel: { vacancy: string } }> }).items.map((item) => item.panel.vacancy)).toEqual([DEMO_PANEL_VACANCY]);
  });

  it('seeds a panel with a chair and two members, three candidates before it, one marked and submitted by one member', async () => {
    const first = await staffClient(stack, member1 as { email: string; groups: ['panel'] });
    const second = await staffClient(stack, member2 as { email: string; groups: ['panel'] });
    const hr = await staffClient(stack, hrOfficer);

    const panel = (await hr('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}`)).body.panel as { members: string[]; chair: string; criteria: unknown[]; lockedAt?: string };
    const seenByFirst = (await first('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates`)).body.items as Array<{ mine: string; marks: unknown[] }>;
    const seenBySecond = (await second('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates`)).body.items as Array<{ mine: string; marks: unknown[]; submissions?: number }>;
    const seenByHr = (await hr('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/candidates`)).body.items as Array<{ submissions?: number }>;
    const ranking = await hr('GET', `/admin/selection/panels/${DEMO_PANEL_VACANCY}/ranking`);

    expect(panel).toMatchObject({ members: DEMO_PANEL.map((member) => member.email), chair: chair?.email });
    expect(panel.criteria).toHaveLength(5);
    expect(panel.lockedAt).toBeDefined();
    expect(seenByFirst.map((item) => item.mine)).toEqual(['submitted', 'none', 'none']);
    expect(seenBySecond.map((item) => [item.mine, item.marks.length, item.submissions])).toEqual([
      ['none', 0, undefined],
      ['none', 0, undefined],
      ['none', 0, undefined],
    ]);
    expect(seenByHr.map((item) => item.submissions)).toEqual([1, 0, 0]);
    expect(ranking.body).toMatchObject({ unranked: 2, items: [expect.objectContaining({ rank: 1, submissions: 1 })] });
  });
});
