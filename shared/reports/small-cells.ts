/**
 * Counts of a personal trait (self-declared gender) are shown only from 5 up: a smaller cell could
 * point at a person, so it reads "fewer than 5" (zero too, or an absence would show). When a set
 * of cells adds up to a total shown elsewhere, one hidden cell could be worked out from the others,
 * so the smallest shown cell is hidden with it (complementary suppression).
 */
export const SMALLEST_SHOWN = 5;

export type ShownCount = { count: number } | { fewerThan: number };

export const isShown = (cell: ShownCount): cell is { count: number } => 'count' in cell;

export const shownCount = (count: number): ShownCount => (count >= SMALLEST_SHOWN ? { count } : { fewerThan: SMALLEST_SHOWN });

/** The cells of a set whose sum is shown elsewhere, each shown or hidden so that no hidden one can be derived. */
export const shownCounts = <K extends string>(counts: Readonly<Record<K, number>>): Record<K, ShownCount> => {
  const keys = Object.keys(counts) as K[];
  const hidden = new Set(keys.filter((key) => counts[key] < SMALLEST_SHOWN));
  if (hidden.size === 1) {
    const next = keys.filter((key) => !hidden.has(key)).sort((a, b) => counts[a] - counts[b])[0];
    if (next !== undefined) hidden.add(next);
  }
  return Object.fromEntries(keys.map((key) => [key, hidden.has(key) ? { fewerThan: SMALLEST_SHOWN } : { count: counts[key] }])) as Record<K, ShownCount>;
};

/** A share in per cent (to a tenth) of a shown count, else nothing (a share would tell a hidden count). */
export const shareOf = (cell: ShownCount, total: number): number | undefined =>
  isShown(cell) && total > 0 ? Math.round((cell.count / total) * 1000) / 10 : undefined;
