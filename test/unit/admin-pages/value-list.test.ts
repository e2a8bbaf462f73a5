import { describe, expect, it } from 'vitest';
import { distinctValues, isValueListModel, passesValueList, valueListModel } from '#functions/admin/pages/client/value-list.js';

describe('the grid set-like filter', () => {
  it('lets every row through while nothing is ticked', () => {
    expect(valueListModel([])).toBeNull();
    expect(passesValueList(null, 'FR')).toBe(true);
  });

  it('keeps rows whose value is ticked, and rows holding any ticked value among several', () => {
    const model = valueListModel(['SN', 'FR', 'SN']);

    expect(model).toEqual({ filterType: 'valueList', values: ['FR', 'SN'] });
    expect(passesValueList(model, 'FR')).toBe(true);
    expect(passesValueList(model, 'DE')).toBe(false);
    expect(passesValueList(valueListModel(['pt']), ['en', 'pt'])).toBe(true);
    expect(passesValueList(valueListModel(['pt']), ['en', 'fr'])).toBe(false);
  });

  it('lists the values a column holds, the most frequent first, blanks included', () => {
    expect(distinctValues(['FR', 'SN', 'FR', null, ['FR', 'DE']])).toEqual([
      { value: 'FR', count: 3 },
      { value: '', count: 1 },
      { value: 'DE', count: 1 },
      { value: 'SN', count: 1 },
    ]);
  });

  it('accepts a saved model only in its own shape', () => {
    expect(isValueListModel({ filterType: 'valueList', values: ['FR'] })).toBe(true);
    expect(isValueListModel({ filterType: 'text', filter: 'FR' })).toBe(false);
    expect(isValueListModel({ filterType: 'valueList', values: [1] })).toBe(false);
  });
});
