import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Eleven applications to 1701: French and Senegalese, in three statuses, a minute apart. */
const seeded = Array.from({ length: 11 }, (_, i) =>
  aminaApplication({
    id: idOf(i + 1),
    nationality: i % 2 === 0 ? 'FR' : 'SN',
    email: `officer.${i}@police.example`,
    status: (['submitted', 'screening', 'rejected'] as ApplicationStatus[])[i % 3] ?? 'submitted',
    submittedAt: new Date(Date.UTC(2026, 10, 20, 10, i)).toISOString(),
  }),
);

type Page = { items: Array<{ id: string; nationality: string; status: string }>; nextCursor?: string };

/** Every page of a listing, following nextCursor. */
const allPages = async (as: typeof hr, query: string): Promise<Page['items'][]> => {
  const pages: Page['items'][] = [];
  let cursor: string | undefined;
  do {
    const { status, body } = await as('GET', `/admin/applications?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(status).toBe(200);
    const page = body as unknown as Page;
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, seeded);
  close();
  [hr, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('paging through the grid with cursors', () => {
  it('hands HR every application of a vacancy once, in pages of the size asked', async () => {
    const pages = await allPages(hr, 'vacancy=1701&limit=4');

    expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
    expect(pages.flat().map((row) => row.id).sort()).toEqual(seeded.map((application) => application.id).sort());
  });

  it('fills full pages even where a status filter on a country skips items', async () => {
    const pages = await allPages(france, 'status=screening&limit=1');

    const expected = seeded.filter((a) => a.nationality === 'FR' && a.status === 'screening').map((a) => a.id);
    expect(pages.flat().map((row) => row.id).sort()).toEqual(expected.sort());
    expect(pages.slice(0, -1).every((page) => page.length === 1)).toBe(true);
  });

  it('refuses, with a 400 naming the cursor, a cursor brought to another listing', async () => {
    const first = (await hr('GET', '/admin/applications?vacancy=1701&limit=2')).body as unknown as Page;
    const byCountry = (await france('GET', '/admin/applications?vacancy=1701&limit=2')).body as unknown as Page;
    expect(first.nextCursor).toBeDefined();

    const cases = [
      // The same partition, narrowed otherwise: DynamoDB would refuse a start key outside the range (a 500).
      await hr('GET', `/admin/applications?vacancy=1701&status=rejected&cursor=${first.nextCursor}`),
      await france('GET', `/admin/applications?vacancy=1701&status=screening&cursor=${byCountry.nextCursor}`),
      // Another index or partition.
      await france('GET', `/admin/applications?vacancy=1701&cursor=${first.nextCursor}`),
      await hr('GET', `/admin/applications?vacancy=1702&cursor=${first.nextCursor}`),
      // Not a cursor at all.
      await hr('GET', '/admin/applications?vacancy=1701&cursor=bm90LWpzb24'),
    ];

    for (const answer of cases) {
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(answer.body.errors).toEqual([{ path: 'query.cursor', message: expect.stringContaining('start again') }]);
    }
  });
});
