import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { nextOnReserve, reserveList } from '#shared/offers/reserve.js';
import type { RankingAnswer } from '#shared/selection/reading.js';

const item = (applicationId: string, rank: number, decision?: 'appoint' | 'reserve' | 'not-recommended') =>
  ({
    applicationId,
    rank,
    name: `Candidate ${applicationId}`,
    ...(decision ? { recommendation: { vacancy: '1701', applicationId, decision, by: 'chair@x', at: '2027-01-10T09:00:00.000Z', revision: 1 } } : {}),
  }) as unknown as RankingAnswer['items'][number];

const ranking = { items: [item('a', 1, 'appoint'), item('b', 2, 'reserve'), item('c', 3, 'not-recommended'), item('d', 4, 'reserve'), item('e', 5), item('f', 6, 'reserve')] };
const statuses = (map: Record<string, ApplicationStatus>) => (id: string) => (map[id] ? { status: map[id], version: 3 } : undefined);

describe('the reserve list', () => {
  it('holds the candidates recommended reserve, in the panel’s ranking order, each with its status now', () => {
    const reserve = reserveList(ranking, statuses({ b: 'interviewed', d: 'interviewed', f: 'interviewed' }));

    expect(reserve.map((entry) => [entry.applicationId, entry.rank, entry.status])).toEqual([
      ['b', 2, 'interviewed'],
      ['d', 4, 'interviewed'],
      ['f', 6, 'interviewed'],
    ]);
  });

  it('names as next the first still interviewed: past one offered, one withdrawn and one purged', () => {
    const reserve = reserveList({ items: [item('b', 2, 'reserve'), item('d', 3, 'reserve'), item('g', 4, 'reserve'), item('f', 5, 'reserve')] }, statuses({ b: 'offered', d: 'withdrawn', f: 'interviewed' }));

    expect(nextOnReserve(reserve)).toMatchObject({ applicationId: 'f', version: 3 });
    expect(reserve.find((entry) => entry.applicationId === 'g')?.status).toBe('gone');
  });

  it('is empty without a panel, and has no next when everyone on it has moved on', () => {
    expect(reserveList(undefined, statuses({}))).toEqual([]);
    expect(nextOnReserve(reserveList(ranking, statuses({ b: 'appointed', d: 'rejected', f: 'offered' })))).toBeUndefined();
  });
});
