import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUnconfirmedApplications } from '#infra/local/seed/demo-unconfirmed.js';
import { demoVacancies } from '#infra/local/seed/seed-demo-data.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient, storeOf } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

beforeAll(async () => {
  stack = await startTestStack(clock);
});
afterAll(async () => {
  await stack?.stop();
});

describe('the demo data’s unconfirmed applications (infra/local/seed/demo-unconfirmed.ts)', () => {
  it('show as unconfirmed in the grid and on their status page, and count in none of HR’s counts', async () => {
    const { applications, close } = storeOf(stack);
    const vacancies = await demoVacancies('2026-11-22');
    expect(await seedUnconfirmedApplications(applications, vacancies, clock.now())).toBe(2);
    close();

    const hr = await staffClient(stack, hrOfficer);
    const rows = (await hr('GET', '/admin/applications?vacancy=1701')).body.items as Array<Record<string, unknown>>;
    expect(rows.find((row) => row.email === 'lucia.morales@policia.example')).toMatchObject({ emailConfirmed: false, status: 'submitted' });
    const summary = ((await hr('GET', '/admin/applications/summary')).body.items as Array<Record<string, unknown>>).find((item) => item.vacancy === '1701');
    expect(summary).toMatchObject({ total: 0, unconfirmed: 1, incomplete: 0 });

    const status = await fetch(`${stack.url}/applications/0c0ffee0-0000-4000-8000-000000000001`, { headers: { Authorization: 'Bearer demo-unconfirmed-token-1' } });
    expect(await status.json()).toMatchObject({ confirmation: 'pending', confirmBy: '2026-11-25T08:00:00.000Z' });
  });
});
