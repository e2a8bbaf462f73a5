import { describe, expect, it } from 'vitest';
import { purgeExpiredSecondments, type SecondmentPurgeStore } from '#shared/retention/secondments.js';
import type { PurgeClaim } from '#shared/retention/store.js';
import type { Secondment } from '#shared/secondments/secondment.js';

const TEN_YEARS = 3650;
const now = new Date('2027-06-01T03:00:00Z');

const secondment = (n: number, lastDay: string, overrides: Partial<Secondment> = {}): Secondment => ({
  id: `s-${n}`,
  applicationId: `a-${n}`,
  vacancy: '1614',
  officer: { givenName: 'Officer', email: `officer${n}@police.example`, language: 'en' },
  nationality: 'FR',
  homeAdministration: 'Police nationale',
  homeAdministrationCountry: 'FR',
  unit: 'Cybercrime',
  dutyStation: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  type: 'regular',
  firstDay: '2014-01-01',
  lastDay,
  expatriationAllowance: true,
  documents: {},
  extensions: [],
  createdAt: '2013-12-01T09:00:00.000Z',
  createdBy: 'hr@example.org',
  updatedAt: '2013-12-01T09:00:00.000Z',
  version: 1,
  ...overrides,
});

/** The table side in memory: records by id, each `purging` once claimed; `order` says what happened, in order. */
const world = (records: Secondment[]) => {
  const stored = new Map(records.map((one) => [one.id, { ...one, purging: false }]));
  const order: string[] = [];
  const counted: string[] = [];
  const store: SecondmentPurgeStore = {
    // Copies, as a Query answers: a later write does not change what was read.
    listPurging: async () => [...stored.values()].filter((one) => one.purging).map((one) => ({ ...one })),
    listLastServedUpTo: async (upTo) => [...stored.values()].filter((one) => !one.purging && (one.ended?.lastDay ?? one.lastDay) <= upTo).map((one) => ({ ...one })),
    claim: async (one, _at): Promise<PurgeClaim> => {
      const current = stored.get(one.id);
      if (!current) return { kind: 'gone' };
      if (current.version !== one.version) return { kind: 'changed' };
      current.version += 1;
      current.purging = true;
      order.push(`claim:${one.id}`);
      return { kind: 'claimed', version: current.version };
    },
    eraseBeside: async (id) => {
      order.push(`beside:${id}`);
      return 2;
    },
    applicationKept: async () => false,
    openStatistics: async () => {
      order.push('open');
    },
    remove: async (one) => {
      const current = stored.get(one.id);
      if (!current?.purging || current.version !== one.version) return false;
      stored.delete(one.id);
      counted.push(one.id);
      order.push(`remove:${one.id}`);
      return true;
    },
  };
  const documents = { deleteUnder: async (prefix: string) => (order.push(`documents:${prefix}`), 1) };
  return { deps: { secondments: store, documents }, stored, order, counted };
};

describe('purgeExpiredSecondments', () => {
  it('claims, deletes the objects and the items beside, then removes and counts, in that order; leaves one inside retention', async () => {
    const { deps, order, counted, stored } = world([secondment(1, '2017-05-01'), secondment(2, '2017-06-30')]);

    const summary = await purgeExpiredSecondments(deps, TEN_YEARS, now);

    expect(summary).toMatchObject({ secondmentsChecked: 1, secondmentsPurged: 1, secondmentDocumentsDeleted: 2, secondmentItemsDeleted: 3 });
    expect(order).toEqual(['open', 'claim:s-1', 'documents:uploads/s-1/', 'documents:applications/s-1/', 'beside:s-1', 'remove:s-1']);
    expect(counted).toEqual(['s-1']);
    expect([...stored.keys()]).toEqual(['s-2']);
  });

  it('stops cleanly when its time is nearly up and the next run takes the rest, each counted once', async () => {
    const { deps, counted } = world([secondment(1, '2016-01-31'), secondment(2, '2016-02-29'), secondment(3, '2016-03-31')]);
    let asked = 0;

    const first = await purgeExpiredSecondments(deps, TEN_YEARS, now, { shouldStop: () => (asked += 1) > 1 });
    const second = await purgeExpiredSecondments(deps, TEN_YEARS, now);

    expect(first).toMatchObject({ secondmentsPurged: 1, secondmentsStoppedEarly: 1 });
    expect(second).toMatchObject({ secondmentsPurged: 2, secondmentsStoppedEarly: 0 });
    expect(counted).toEqual(['s-1', 's-2', 's-3']);
  });

  it('defers one edited between its read and its claim, and finishes first one a run claimed and did not finish', async () => {
    const { deps, stored, counted, order } = world([secondment(1, '2016-01-31'), secondment(2, '2016-02-29')]);
    // s-2 was claimed by a run that stopped after its claim (fault injected: the run died there).
    Object.assign(stored.get('s-2') ?? {}, { purging: true, version: 2 });
    const listed = deps.secondments.listLastServedUpTo;
    deps.secondments.listLastServedUpTo = async (upTo) => {
      const read = await listed(upTo);
      // HR edits s-1 right after the purge read it.
      const edited = stored.get('s-1');
      if (edited) edited.version += 1;
      return read;
    };

    const summary = await purgeExpiredSecondments(deps, TEN_YEARS, now);

    expect(summary).toMatchObject({ secondmentsPurged: 1, secondmentsDeferred: 1 });
    expect(order.filter((step) => step.startsWith('remove'))).toEqual(['remove:s-2']);
    expect(counted).toEqual(['s-2']);
    expect(stored.get('s-1')?.purging).toBe(false);
  });

  it('does nothing, not even open the counts, when nothing is due', async () => {
    const { deps, order } = world([secondment(1, '2020-01-31')]);

    expect(await purgeExpiredSecondments(deps, TEN_YEARS, now)).toMatchObject({ secondmentsChecked: 0, secondmentsPurged: 0 });
    expect(order).toEqual([]);
  });
});
