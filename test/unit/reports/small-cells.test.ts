import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALLEST_SHOWN, shownCounts } from '#shared/reports/small-cells.js';

/** The cells as the table writes them: a number shown, `-` hidden. */
const written = (counts: [number, number, number, number]) => {
  const cells = shownCounts({ woman: counts[0], man: counts[1], another: counts[2], notStated: counts[3] });
  return [cells.woman, cells.man, cells.another, cells.notStated].map((cell) => ('count' in cell ? cell.count : '-'));
};

describe('complementary suppression of a set whose total is shown', () => {
  it.each([
    // Two hidden cells summing to 4 (4 + 0): the total minus the shown cells would tell them, so the next smallest goes too.
    [[4, 0, 20, 30], ['-', '-', '-', 30]],
    // One person in a cell: the 9 is hidden with it, so the hidden 10 cannot be split.
    [[1, 0, 0, 9], ['-', '-', '-', '-']],
    // Six appointees, all women: the 6 equal to the total would tell each one's answer.
    [[6, 0, 0, 0], ['-', '-', '-', '-']],
    [[5, 5, 5, 5], [5, 5, 5, 5]],
    [[0, 0, 0, 0], ['-', '-', '-', '-']],
    [[4, 4, 4, 4], ['-', '-', '-', '-']],
    // One cell alone under 5 (the old rule hid one more; this one too, since the hidden sum is 3 + 5 = 8).
    [[3, 5, 20, 9], ['-', '-', 20, 9]],
    // Hidden cells already summing to 5 or more: nothing more hidden.
    [[3, 2, 20, 9], ['-', '-', 20, 9]],
    [[4, 1, 5, 5], ['-', '-', 5, 5]],
    [[0, 0, 5, 7], ['-', '-', '-', 7]],
    [[12, 30, 0, 0], ['-', 30, '-', '-']],
    [[5, 20, 5, 9], [5, 20, 5, 9]],
  ] as Array<[[number, number, number, number], Array<number | string>]>)('%j reads %j', (counts, expected) => {
    expect(written(counts)).toEqual(expected);
  });

  it('property: for any counts, nothing hidden, or the hidden cells sum to 5 or more, or everything is hidden; no shown cell is under 5 or equal to a total above 0; no cell hidden beyond need', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 6 }), (values) => {
        const counts = Object.fromEntries(values.map((value, index) => [`c${index}`, value]));
        const cells = shownCounts(counts);
        const total = values.reduce((sum, value) => sum + value, 0);
        const hidden = Object.keys(counts).filter((key) => 'fewerThan' in (cells[key] ?? {}));
        const hiddenSum = hidden.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
        const shown = Object.values(cells).flatMap((cell) => ('count' in cell ? [cell.count] : []));
        // All hidden: only the total is known, and it says no one's answer.
        expect(hidden.length === 0 || hiddenSum >= SMALLEST_SHOWN || hidden.length === values.length).toBe(true);
        expect(shown.every((count) => count >= SMALLEST_SHOWN && !(total > 0 && count === total))).toBe(true);
        // And no more than needed: the largest cell hidden though 5 or more (the last one hidden for another's sake) was needed,
        // the others hidden summing under 5 without it; and no shown cell is smaller than it.
        const complementary = hidden.map((key) => counts[key] ?? 0).filter((count) => count >= SMALLEST_SHOWN);
        if (complementary.length > 0) {
          const last = Math.max(...complementary);
          expect(hiddenSum - last).toBeLessThan(SMALLEST_SHOWN);
          expect(shown.every((count) => count >= last)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
