import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import type { SecondmentView } from '#shared/secondments/view.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient } from '../../support/staff.js';

const clock = settableClock('2026-12-07T09:00:00Z');
let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-demo-secondments-'));
  stack = await startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 3 });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const names = (list: SecondmentView[]) => list.map((secondment) => secondment.officer.familyName);

describe('the demo secondments of npm start', () => {
  it('gives HR serving officers in every state, made through HR’s own steps', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const current = await hr('GET', '/admin/secondments');
    expect(current.status).toBe(200);
    const list = (current.body as unknown as { secondments: SecondmentView[] }).secondments;
    const byName = new Map(list.map((secondment) => [secondment.officer.familyName, secondment]));
    // Ten of the past vacancies' officers and 1690's two (one recalled early is ended and not listed).
    expect(list).toHaveLength(11);
    expect(names(list)).not.toContain('Okafor');
    expect(byName.get('Asante')?.state).toBe('arriving');
    expect(byName.get('Benali')?.state).toBe('ending');
    expect(byName.get('Ferreira')?.state).toBe('extended');
    expect(byName.get('Ferreira')?.extensions[0]?.state).toBe('approved');
    expect(byName.get('Al-Mansouri')?.extensions[0]?.state).toBe('awaiting-home-confirmation');
    expect(byName.get('Tanaka')?.state).toBe('serving');
    expect(new Set(list.map((secondment) => secondment.type))).toEqual(new Set(['regular', 'short-term']));
    const all = await hr('GET', '/admin/secondments?scope=all');
    expect(names((all.body as unknown as { secondments: SecondmentView[] }).secondments)).toContain('Haddad');
  });

  it('shows an NCB its own country’s officers only', async () => {
    const ncb = await staffClient(stack, { email: 'ncb.dz@secondment-hub.local', groups: ['ncb'], country: 'DZ' });
    const answer = await ncb('GET', '/admin/secondments');
    expect(answer.status).toBe(200);
    expect(names((answer.body as unknown as { secondments: SecondmentView[] }).secondments)).toEqual(['Benali']);
  });
});
