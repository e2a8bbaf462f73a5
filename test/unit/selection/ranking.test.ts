import { describe, expect, it } from 'vitest';
import type { Criterion } from '#shared/selection/criteria.js';
import type { Marks } from '#shared/selection/marks.js';
import { rankCandidates, type RankableCandidate } from '#shared/selection/ranking.js';

const criterion = (id: string, weight: number): Criterion => ({ id, kind: 'other', label: id, weight });

/** A submitted mark of `member` for `applicationId`, scores in the criteria's order. */
const mark = (applicationId: string, member: string, scores: Record<string, number>, state: Marks['state'] = 'submitted'): Marks => ({
  vacancy: '1614',
  applicationId,
  member,
  scores: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score }])),
  state,
  revision: 2,
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...(state === 'submitted' ? { submittedAt: '2026-12-01T10:00:00.000Z' } : {}),
});

const candidate = (id: string, submittedAt = '2026-10-01T09:00:00.000Z'): RankableCandidate => ({ id, submittedAt });

describe('the combined mark', () => {
  it.each([
    // [criteria weights, marks per member (scores a, b), expected combined]
    ['equal weights, one member: the plain mean', [1, 1], [[4, 2]], 3],
    ['weights 3 and 1, one member: (3*4 + 1*2) / 4', [3, 1], [[4, 2]], 3.5],
    ['weights 2 and 1, two members: means 4.5 and 3, (2*4.5 + 3) / 3', [2, 1], [[4, 3], [5, 3]], 4],
    ['thirds round half up to 2 decimals: (5 + 5 + 1) / 3 = 3.666…', [1, 1, 1], [[5, 5, 1]], 3.67],
    ['means of three members: (4+4+5)/3 = 4.333… and 2, weights 1 and 2 → 2.78', [1, 2], [[4, 2], [4, 2], [5, 2]], 2.78],
    ['an exact .xx5 rounds up: weights 1,1,1,1,1,1,1,1 over 8 scores summing 33 → 4.125 → 4.13', [1, 1, 1, 1, 1, 1, 1, 1], [[5, 5, 5, 5, 5, 4, 2, 2]], 4.13],
  ])('%s', (_case, weights, memberScores, expected) => {
    // Prepare
    const criteria = weights.map((weight, index) => criterion(`c${index + 1}`, weight));
    const marks = memberScores.map((scores, m) => mark('a', `m${m}@x.org`, Object.fromEntries(scores.map((score, i) => [`c${i + 1}`, score]))));

    // Act
    const { items } = rankCandidates(criteria, [candidate('a')], marks, 2);

    // Assert
    expect(items[0]?.combined).toBe(expected);
    expect(items[0]?.submissions).toBe(memberScores.length);
  });

  it('counts submitted marks only: a draft neither scores nor ranks a candidate', () => {
    const criteria = [criterion('c1', 1)];
    const marks = [mark('a', 'm1@x.org', { c1: 5 }), mark('a', 'm2@x.org', { c1: 1 }, 'draft'), mark('b', 'm1@x.org', { c1: 5 }, 'draft')];

    const { items, unranked } = rankCandidates(criteria, [candidate('a'), candidate('b')], marks, 2);

    expect(items.map((item) => [item.applicationId, item.combined, item.submissions])).toEqual([['a', 5, 1]]);
    expect(unranked).toBe(1);
  });

  it('gives each criterion its mean, lowest and highest score', () => {
    const { items } = rankCandidates([criterion('c1', 1), criterion('c2', 1)], [candidate('a')], [mark('a', 'm1', { c1: 2, c2: 5 }), mark('a', 'm2', { c1: 3, c2: 5 }), mark('a', 'm3', { c1: 3, c2: 4 })], 2);

    expect(items[0]?.criteria).toEqual([
      { criterionId: 'c1', mean: 2.67, lowest: 2, highest: 3, spread: false },
      { criterionId: 'c2', mean: 4.67, lowest: 4, highest: 5, spread: false },
    ]);
  });
});

describe('the spread flag', () => {
  it.each([
    ['scores 3 apart under the default threshold 2: flagged', 2, [1, 4], true],
    ['scores exactly 2 apart under threshold 2: not flagged', 2, [2, 4], false],
    ['scores 2 apart under threshold 1: flagged (one above it)', 1, [3, 5], true],
    ['scores 1 apart under threshold 1: not flagged (at it)', 1, [3, 4], false],
    ['scores 4 apart under threshold 4: not flagged', 4, [1, 5], false],
    ['one member only: no spread', 1, [5], false],
  ])('%s', (_case, threshold, scores, flagged) => {
    const marks = scores.map((score, m) => mark('a', `m${m}`, { c1: score, c2: 3 }));

    const { items } = rankCandidates([criterion('c1', 1), criterion('c2', 1)], [candidate('a')], marks, threshold);

    expect(items[0]?.criteria[0]?.spread).toBe(flagged);
    expect(items[0]?.spreadFlags).toEqual(flagged ? ['c1'] : []);
  });
});

describe('the tie rule, one step at a time', () => {
  const criteria = [criterion('low', 1), criterion('high', 3), criterion('mid', 2)];

  it('1. the higher combined mark first', () => {
    const marks = [mark('a', 'm1', { low: 3, high: 3, mid: 3 }), mark('b', 'm1', { low: 4, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('a'), candidate('b')], marks, 2);

    expect(items.map((item) => [item.rank, item.applicationId, item.separatedBy])).toEqual([
      [1, 'b', undefined],
      [2, 'a', 'combined'],
    ]);
  });

  it('1. compares the exact combined marks: 37/9 = 4.111… ranks below 25/6 = 4.1666…, though both are close', () => {
    const weights = [criterion('x', 1), criterion('y', 1), criterion('z', 1)];
    // a: means 4.5, 4, 4 → 12.5/3 = 4.1666…; b: means 4.333…, 4, 4 → 37/9 = 4.111…
    const a = [mark('a', 'm1', { x: 5, y: 4, z: 4 }), mark('a', 'm2', { x: 4, y: 4, z: 4 })];
    const b = [mark('b', 'm1', { x: 5, y: 4, z: 4 }), mark('b', 'm2', { x: 4, y: 4, z: 4 }), mark('b', 'm3', { x: 4, y: 4, z: 4 })];

    const { items } = rankCandidates(weights, [candidate('b'), candidate('a')], [...a, ...b], 2);

    expect(items.map((item) => [item.applicationId, item.combined, item.separatedBy])).toEqual([
      ['a', 4.17, undefined],
      ['b', 4.11, 'combined'],
    ]);
  });

  it('2. equal combined marks: the higher mean on the highest-weight criterion', () => {
    // Both 20/6: a is stronger on high (weight 3), b on low. a: 2 + 12 + 6; b: 5 + 9 + 6.
    const tied = [mark('a', 'm1', { low: 2, high: 4, mid: 3 }), mark('b', 'm1', { low: 5, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('b'), candidate('a')], tied, 2);

    expect(items.map((item) => [item.applicationId, item.combined, item.separatedBy])).toEqual([
      ['a', 3.33, undefined],
      ['b', 3.33, { criterionId: 'high' }],
    ]);
  });

  it('2. then the next criterion by weight when the highest-weight means are equal', () => {
    // Both: high 3 (9). a: low 1, mid 4 → 1 + 9 + 8 = 18; b: low 3, mid 3 → 3 + 9 + 6 = 18. mid (weight 2) decides for a.
    const tied = [mark('a', 'm1', { low: 1, high: 3, mid: 4 }), mark('b', 'm1', { low: 3, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('b'), candidate('a')], tied, 2);

    expect(items.map((item) => [item.applicationId, item.separatedBy])).toEqual([
      ['a', undefined],
      ['b', { criterionId: 'mid' }],
    ]);
  });

  it('3. then more members’ submitted marks', () => {
    const tied = [mark('a', 'm1', { low: 3, high: 3, mid: 3 }), mark('b', 'm1', { low: 3, high: 3, mid: 3 }), mark('b', 'm2', { low: 3, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('a'), candidate('b')], tied, 2);

    expect(items.map((item) => [item.applicationId, item.submissions, item.separatedBy])).toEqual([
      ['b', 2, undefined],
      ['a', 1, 'submissions'],
    ]);
  });

  it('4. then the application submitted earlier', () => {
    const tied = [mark('a', 'm1', { low: 3, high: 3, mid: 3 }), mark('b', 'm1', { low: 3, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('a', '2026-10-02T09:00:00.000Z'), candidate('b', '2026-10-01T09:00:00.000Z')], tied, 2);

    expect(items.map((item) => [item.applicationId, item.separatedBy])).toEqual([
      ['b', undefined],
      ['a', 'submittedAt'],
    ]);
  });

  it('5. then the reference, in alphabetical order', () => {
    const tied = [mark('b-2', 'm1', { low: 3, high: 3, mid: 3 }), mark('a-1', 'm1', { low: 3, high: 3, mid: 3 })];

    const { items } = rankCandidates(criteria, [candidate('b-2'), candidate('a-1')], tied, 2);

    expect(items.map((item) => [item.rank, item.applicationId, item.separatedBy])).toEqual([
      [1, 'a-1', undefined],
      [2, 'b-2', 'reference'],
    ]);
  });
});
