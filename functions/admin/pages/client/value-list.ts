/**
 * The rules of the grid's set-like filter (AG Grid Community has no Set Filter): a row passes when
 * its value is one of those ticked. Kept apart from the DOM so that it is tested alone.
 */
export interface ValueListModel {
  filterType: 'valueList';
  values: string[];
}

export const valueListModel = (values: Iterable<string>): ValueListModel | null => {
  const list = [...new Set(values)].sort();
  return list.length > 0 ? { filterType: 'valueList', values: list } : null;
};

/** A cell may hold several values (languages): it passes when any of them is ticked. */
export const passesValueList = (model: ValueListModel | null, value: string | readonly string[] | null | undefined): boolean => {
  if (!model) return true;
  const values = Array.isArray(value) ? value : [value ?? ''];
  return values.some((one) => model.values.includes(one));
};

/** The values a column holds, most frequent first, so that the common ones head the list. */
export const distinctValues = (cells: Iterable<string | readonly string[] | null | undefined>): Array<{ value: string; count: number }> => {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    for (const one of Array.isArray(cell) ? cell : [cell ?? '']) counts.set(one, (counts.get(one) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
};

export const isValueListModel = (model: unknown): model is ValueListModel =>
  typeof model === 'object' &&
  model !== null &&
  (model as ValueListModel).filterType === 'valueList' &&
  Array.isArray((model as ValueListModel).values) &&
  (model as ValueListModel).values.every((value) => typeof value === 'string');
