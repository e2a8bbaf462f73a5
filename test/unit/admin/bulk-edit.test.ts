import { describe, expect, it } from 'vitest';
import { bulkEdit } from '#shared/admin/bulk-edit.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const hr: StaffPrincipal = { subject: 'h', email: 'hr@secondment-hub.local', groups: ['hr'] };

describe('a bulk edit', () => {
  it('answers a result per row in the order asked, applying the rows that can be', async () => {
    const memory = memoryApplicationStore([
      aminaApplication({ id: 'ok' }),
      aminaApplication({ id: 'stale', version: 2 }),
      aminaApplication({ id: 'same', status: 'screening' }),
      aminaApplication({ id: 'final', status: 'withdrawn' }),
    ]);

    const { results } = await bulkEdit(
      memory.store,
      hr,
      { rows: ['ok', 'stale', 'same', 'final', 'gone'].map((id) => ({ id, version: 1 })), changes: { status: 'screening' } },
      NOW,
    );

    expect(results.map(({ id, outcome }) => `${id}:${outcome}`)).toEqual(['ok:applied', 'stale:conflict', 'same:unchanged', 'final:invalid', 'gone:not-found']);
    expect(results[1]?.row?.version).toBe(2);
    expect(memory.current('ok')).toMatchObject({ status: 'screening', version: 2 });
    expect(memory.auditOf('ok')).toEqual([{ at: NOW.toISOString(), by: hr.email, action: 'status-changed', changes: { status: { from: 'submitted', to: 'screening' } } }]);
    expect(memory.current('final')?.version).toBe(1);
    // The rows are written as one batch: the vacancy's counter takes their sum once, not a write per row.
    expect(memory.batches).toEqual([NOW.toISOString()]);
  });

  it('offers no more than the posts: the rows beyond them are refused with the count, and come back as they stand', async () => {
    // Prepare: three complete candidates interviewed for a vacancy of one post.
    const ready = (id: string) =>
      aminaApplication({
        id,
        status: 'interviewed',
        documents: {
          cv: { key: `k/${id}`, contentType: 'application/pdf', size: 1, sha256: '0'.repeat(64), receivedAt: NOW.toISOString(), suppliedBy: 'candidate' },
          confirmationLetter: { key: `l/${id}`, contentType: 'application/pdf', size: 1, sha256: '0'.repeat(64), receivedAt: NOW.toISOString(), suppliedBy: 'ncb' },
        },
        ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-11-01', at: NOW.toISOString(), by: 'ncb@police.sn.example' },
      });
    const memory = memoryApplicationStore([ready('a'), ready('b'), ready('c')]);
    memory.setTerms('1701', { posts: 1 });

    // Act
    const { results } = await bulkEdit(memory.store, hr, { rows: ['a', 'b', 'c'].map((id) => ({ id, version: 1 })), changes: { status: 'offered' } }, NOW);

    // Assert
    expect(results.map((result) => result.outcome).sort()).toEqual(['applied', 'invalid', 'invalid']);
    for (const refused of results.filter((result) => result.outcome === 'invalid')) {
      expect(refused.detail).toContain('(1 of 1');
      expect(refused.row).toMatchObject({ status: 'interviewed', nextStatuses: ['rejected', 'withdrawn'] });
    }
  });

  it('fails the request, not one row, when the store itself fails', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: 'ok' })]);
    memory.failNextUpdate(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));

    await expect(bulkEdit(memory.store, hr, { rows: [{ id: 'ok', version: 1 }], changes: { score: 10 } }, NOW)).rejects.toThrow('throttled');
  });
});

describe('a bulk edit retried after it failed half-way', () => {
  it('finds the rows it had already applied unchanged, not in conflict, and applies the rest', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: 'first' }), aminaApplication({ id: 'second' })]);
    const body = { rows: ['first', 'second'].map((id) => ({ id, version: 1 })), changes: { status: 'screening' as const, score: 70 } };
    await bulkEdit(memory.store, hr, { ...body, rows: body.rows.slice(0, 1) }, NOW);

    const { results } = await bulkEdit(memory.store, hr, body, NOW);

    expect(results.map(({ id, outcome }) => `${id}:${outcome}`)).toEqual(['first:unchanged', 'second:applied']);
    expect(memory.auditOf('first')).toHaveLength(1);
  });

  it('still calls a stale row a conflict when what it asks differs from what is stored', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: 'moved', status: 'screening', version: 2 })]);

    const { results } = await bulkEdit(memory.store, hr, { rows: [{ id: 'moved', version: 1 }], changes: { status: 'rejected' } }, NOW);

    expect(results[0]).toMatchObject({ outcome: 'conflict', row: { status: 'screening', version: 2 } });
  });
});
