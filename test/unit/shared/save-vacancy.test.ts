import { describe, expect, it } from 'vitest';
import { EditConflict } from '#shared/audit/edit-conflict.js';
import { ForbiddenTransition } from '#shared/errors.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { createVacancy, updateVacancy } from '#shared/vacancies/save-vacancy.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { StaleVacancyVersion, VacancyNumberTaken, type ManagedVacancyStore, type StoredVacancy, type VacancyAuditEntry } from '#shared/vacancies/store.js';
import { openVacancy } from '../../support/candidates.js';

const hr: StaffPrincipal = { subject: 'hr-1', email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
// 1701 closes at the end of 13 December 2026 in Lyon.
const beforeDeadline = new Date('2026-12-01T09:00:00Z');
const afterDeadline = new Date('2026-12-14T09:00:00Z');

/** An in-memory store with the DynamoDB store's conditions: the domain's own contract. */
const memoryStore = (initial: Vacancy[]) => {
  const items = new Map<string, StoredVacancy>(initial.map((v) => [v.number, { ...v, version: 1 }]));
  const audit: VacancyAuditEntry[] = [];
  const store: ManagedVacancyStore = {
    get: async (number) => items.get(number),
    listByStatus: async (status) => [...items.values()].filter((v) => v.status === status),
    put: async (vacancy) => void items.set(vacancy.number, { ...vacancy, version: 1 }),
    create: async (vacancy, entry) => {
      if (items.has(vacancy.number)) throw new VacancyNumberTaken();
      items.set(vacancy.number, { ...vacancy, version: 1 });
      audit.push(entry);
      return { ...vacancy, version: 1 };
    },
    update: async (vacancy, expected, entry) => {
      if (items.get(vacancy.number)?.version !== expected) throw new StaleVacancyVersion();
      items.set(vacancy.number, { ...vacancy, version: expected + 1 });
      audit.push(entry);
      return { ...vacancy, version: expected + 1 };
    },
    history: async () => audit,
  };
  return { store, audit, items };
};

/** The post count of 1701 as its applications hold it: one appointment unless a test says otherwise. */
const counted = (count = { held: 1, appointed: 1 }) => async () => count;

const asUpdate = ({ number: _number, ...fields }: Vacancy, version: number, changes: Partial<Vacancy> = {}) => ({ ...fields, ...changes, version });

describe('saving a vacancy', () => {
  it('writes down the close of an open vacancy past its deadline when it is saved as closed', async () => {
    // Prepare
    const { store, audit, items } = memoryStore([openVacancy()]);

    // Act
    const saved = await updateVacancy(store, hr, '1701', asUpdate(openVacancy(), 1, { status: 'closed' }), afterDeadline, counted());

    // Assert
    expect(saved).toMatchObject({ outcome: 'applied', vacancy: { status: 'closed', version: 2 } });
    expect(items.get('1701')?.status).toBe('closed');
    expect(audit).toEqual([
      { at: afterDeadline.toISOString(), by: hr.email, version: 2, action: 'close', changes: { status: { from: 'open', to: 'closed' } } },
    ]);
  });

  it('judges a move from the status as of now: open past its deadline is closed, and may be filled', async () => {
    // Prepare
    const { store, audit } = memoryStore([openVacancy()]);

    // Act
    const saved = await updateVacancy(store, hr, '1701', asUpdate(openVacancy(), 1, { status: 'filled' }), afterDeadline, counted());

    // Assert
    expect(saved.vacancy.status).toBe('filled');
    expect(audit[0]?.action).toBe('fill');
  });

  it('refuses to fill a vacancy with no appointment, and says what it needs', async () => {
    // Prepare
    const { store, audit } = memoryStore([openVacancy()]);

    // Act
    const fill = updateVacancy(store, hr, '1701', asUpdate(openVacancy(), 1, { status: 'filled' }), afterDeadline, counted({ held: 1, appointed: 0 }));

    // Assert
    await expect(fill).rejects.toBeInstanceOf(ForbiddenTransition);
    await expect(fill).rejects.toThrow('has no appointment yet');
    expect(audit).toEqual([]);
  });

  it('refuses fewer posts than the offers outstanding plus appointments hold (409)', async () => {
    // Prepare: two posts, both held
    const { store, audit } = memoryStore([openVacancy({ posts: 2 })]);

    // Act
    const save = updateVacancy(store, hr, '1701', asUpdate(openVacancy({ posts: 2 }), 1, { posts: 1 }), beforeDeadline, counted({ held: 2, appointed: 0 }));

    // Assert
    await expect(save).rejects.toMatchObject({ kind: 'conflict', message: expect.stringContaining('2 posts held') });
    expect(audit).toEqual([]);
  });

  it('refuses to fill a vacancy still taking applications', async () => {
    // Prepare
    const { store, audit } = memoryStore([openVacancy()]);

    // Act
    const fill = updateVacancy(store, hr, '1701', asUpdate(openVacancy(), 1, { status: 'filled' }), beforeDeadline, counted());

    // Assert
    await expect(fill).rejects.toBeInstanceOf(ForbiddenTransition);
    expect(audit).toEqual([]);
  });

  it('writes nothing when nothing changes', async () => {
    // Prepare
    const { store, audit } = memoryStore([openVacancy()]);

    // Act
    const saved = await updateVacancy(store, hr, '1701', asUpdate(openVacancy(), 1), beforeDeadline, counted());

    // Assert
    expect(saved).toMatchObject({ outcome: 'unchanged', vacancy: { version: 1 } });
    expect(audit).toEqual([]);
  });

  it('turns a version another save took meanwhile into a conflict', async () => {
    // Prepare
    const { store } = memoryStore([openVacancy()]);
    const racing: ManagedVacancyStore = { ...store, update: async () => Promise.reject(new StaleVacancyVersion()) };

    // Act
    const save = updateVacancy(racing, hr, '1701', asUpdate(openVacancy(), 1, { posts: 4 }), beforeDeadline, counted());

    // Assert: a 409 carrying the vacancy as stored now
    await expect(save).rejects.toBeInstanceOf(EditConflict);
    await expect(save).rejects.toMatchObject({ kind: 'conflict', current: { number: '1701', version: 1 } });
  });

  it('records every field of a new vacancy as set, from nothing', async () => {
    // Prepare
    const { store, audit } = memoryStore([]);
    const vacancy = openVacancy({ number: '3001', status: 'draft' });

    // Act
    await createVacancy(store, hr, { ...vacancy, status: 'draft' }, beforeDeadline);

    // Assert
    expect(audit[0]).toMatchObject({ action: 'created', version: 1, changes: { number: { from: null, to: '3001' }, status: { from: null, to: 'draft' } } });
    expect(audit[0]?.changes).not.toHaveProperty('endsOn');
  });

  it('does not open a new vacancy whose deadline has passed', async () => {
    // Prepare
    const { store } = memoryStore([]);

    // Act
    const create = createVacancy(store, hr, { ...openVacancy({ number: '3002' }), status: 'open' }, afterDeadline);

    // Assert
    await expect(create).rejects.toBeInstanceOf(ForbiddenTransition);
  });
});
