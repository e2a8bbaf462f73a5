import { describe, expect, it } from 'vitest';
import { layoutKey, readLayout, writeLayout } from '#functions/admin/pages/client/column-layout.js';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
};

describe("each user's grid layout", () => {
  it('is kept under the user, whatever the case of their email', () => {
    expect(layoutKey('applications', 'HR.Officer@Example.org')).toBe(layoutKey('applications', 'hr.officer@example.org'));
    expect(layoutKey('applications', 'a@example.org')).not.toBe(layoutKey('applications', 'b@example.org'));
  });

  it('comes back as saved: order, hidden columns, sort and filters', () => {
    const storage = memoryStorage();
    const layout = {
      columns: [{ colId: 'status', hide: false, sort: 'asc' as const }, { colId: 'name', hide: true }],
      filters: { status: { filterType: 'valueList', values: ['screening'] } },
    };

    writeLayout(storage, 'key', layout);

    expect(readLayout(storage, 'key', ['name', 'status'])).toEqual(layout);
  });

  it('drops columns and filters that no longer exist', () => {
    const storage = memoryStorage();
    writeLayout(storage, 'key', { columns: [{ colId: 'status' }, { colId: 'fax' }], filters: { fax: {}, status: {} } });

    expect(readLayout(storage, 'key', ['status'])).toEqual({ columns: [{ colId: 'status' }], filters: { status: {} } });
  });

  it.each([['nothing saved', null], ['not JSON', '{oops'], ['another shape', '{"columns": 3}']])('is absent with %s', (_case, saved) => {
    const storage = memoryStorage();
    if (saved !== null) storage.items.set('key', saved);

    expect(readLayout(storage, 'key', ['status'])).toBeUndefined();
  });

  it('is simply not kept when storage refuses it', () => {
    expect(() => writeLayout({ setItem: () => { throw new Error('QuotaExceededError'); } }, 'key', { columns: [], filters: {} })).not.toThrow();
  });
});
