/**
 * Counts of a personal trait (self-declared gender) are shown only from 5 up: a smaller cell could
 * point at a person, so it reads "fewer than 5" (zero too, or an absence would show). The set's
 * total is shown, so the hidden cells' sum can always be worked out (total minus the shown cells):
 * hiding one more cell until that sum is 5 or more keeps it from pointing at anyone, and a set where
 * one cell holds everyone (6 appointees, all women) ends all hidden, since that cell would tell
 * each person's answer (complementary suppression).
 */
export const SMALLEST_SHOWN = 5;

export type ShownCount = { count: number } | { fewerThan: number };

export const isShown = (cell: ShownCount): cell is { count: number } => 'count' in cell;

export const shownCount = (count: number): ShownCount => (count >= SMALLEST_SHOWN ? { count } : { fewerThan: SMALLEST_SHOWN });

/**
 * The cells of a set whose total is shown, each shown or hidden so that what is hidden sums to
 * nothing or to 5 or more: every cell under 5 hidden, then the smallest shown cell hidden too while
 * something is hidden and the hidden cells sum to fewer than 5.
 */
export const shownCounts = <K extends string>(counts: Readonly<Record<K, number>>): Record<K, ShownCount> => {
  const keys = Object.keys(counts) as K[];
  const hidden = new Set(keys.filter((key) => counts[key] < SMALLEST_SHOWN));
  const hiddenSum = () => [...hidden].reduce((sum, key) => sum + counts[key], 0);
  const byCount = [...keys].sort((a, b) => counts[a] - counts[b]);
  while (hidden.size > 0 && hiddenSum() < SMALLEST_SHOWN) {
    const next = byCount.find((key) => !hidden.has(key));
    if (next === undefined) break;
    hidden.add(next);
  }
  return Object.fromEntries(keys.map((key) => [key, hidden.has(key) ? { fewerThan: SMALLEST_SHOWN } : { count: counts[key] }])) as Record<K, ShownCount>;
};

/** A share in per cent (to a tenth) of a shown count, else nothing (a share would tell a hidden count). */
export const shareOf = (cell: ShownCount, total: number): number | undefined =>
  isShown(cell) && total > 0 ? Math.round((cell.count / total) * 1000) / 10 : undefined;
