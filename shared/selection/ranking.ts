/**
 * The panel's ranking (issue 16, point 4). A candidate's combined mark is, for each criterion,
 * the mean of the members' submitted scores, weighted by the criterion's weight, over the sum of
 * the weights. It is computed as an exact fraction of integers and rounded (half up, to 2
 * decimals) only for display; candidates are compared on the exact values, so two combined
 * marks that show the same can still be ordered by the first rule.
 */
import type { Criterion } from './criteria.js';
import type { Marks } from './marks.js';

/** The tie rule, as the answer and docs/selection.md state it. */
export const TIE_RULE =
  'Higher combined mark first (compared exactly, before rounding); then the higher mean on the criterion of highest weight, then on the next (equal weights in the panel’s order); then more members’ submitted marks; then the application submitted earlier; then the application’s reference (its id), in alphabetical order.';

/** A fraction of integers: exact means and combined marks. */
interface Fraction {
  num: bigint;
  den: bigint;
}

const compareFractions = (a: Fraction, b: Fraction): number => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left > right ? 1 : -1;
};

/** Half up, to 2 decimals: what the answer shows. */
const rounded = ({ num, den }: Fraction): number => Number((200n * num + den) / (2n * den)) / 100;

export interface RankableCandidate {
  id: string;
  /** When the application was submitted (ISO): the earlier wins a tie that reaches it. */
  submittedAt: string;
}

export interface CriterionResult {
  criterionId: string;
  /** The mean of the submitted scores, to 2 decimals. */
  mean: number;
  lowest: number;
  highest: number;
  /** The scores differ by more than the panel's threshold: for the panel to discuss. */
  spread: boolean;
}

/** What separated a candidate from the one ranked just above. */
export type Separation = 'combined' | { criterionId: string } | 'submissions' | 'submittedAt' | 'reference';

export interface RankedCandidate {
  rank: number;
  applicationId: string;
  /** To 2 decimals, on the 1 to 5 scale. */
  combined: number;
  criteria: CriterionResult[];
  /** How many members have submitted marks for this candidate. */
  submissions: number;
  /** The criteria flagged for a spread between members. */
  spreadFlags: string[];
  /** Absent for the first. */
  separatedBy?: Separation;
}

interface Scored {
  candidate: RankableCandidate;
  combined: Fraction;
  means: Map<string, Fraction>;
  results: CriterionResult[];
  submissions: number;
}

const score = (candidate: RankableCandidate, criteria: readonly Criterion[], marks: readonly Marks[], threshold: number): Scored => {
  const totalWeight = BigInt(criteria.reduce((sum, criterion) => sum + criterion.weight, 0));
  // Each mean S/n weighted by w, over W: (sum of w*S*L/n) / (L*W), with L a common multiple of the counts.
  const perCriterion = criteria.map((criterion) => {
    const scores = marks.map((mark) => mark.scores[criterion.id]?.score).filter((value): value is number => value !== undefined);
    return { criterion, scores, sum: BigInt(scores.reduce((sum, value) => sum + value, 0)), count: BigInt(scores.length) };
  });
  const common = perCriterion.reduce((product, { count }) => (count === 0n ? product : product * count), 1n);
  const num = perCriterion.reduce((sum, { criterion, sum: total, count }) => (count === 0n ? sum : sum + BigInt(criterion.weight) * total * (common / count)), 0n);
  const means = new Map<string, Fraction>();
  const results = perCriterion.map(({ criterion, scores, sum, count }) => {
    const mean = { num: sum, den: count === 0n ? 1n : count };
    means.set(criterion.id, mean);
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    return { criterionId: criterion.id, mean: rounded(mean), lowest, highest, spread: highest - lowest > threshold };
  });
  return { candidate, combined: { num, den: common * totalWeight }, means, results, submissions: marks.length };
};

/** Criteria by weight, highest first; equal weights keep the panel's order (sort is stable). */
const byWeight = (criteria: readonly Criterion[]) => [...criteria].sort((a, b) => b.weight - a.weight);

/** Orders a before b (negative) by the tie rule, and says which step decided. */
const decide = (a: Scored, b: Scored, criteria: readonly Criterion[]): { order: number; by: Separation } => {
  const combined = compareFractions(b.combined, a.combined);
  if (combined !== 0) return { order: combined, by: 'combined' };
  for (const criterion of byWeight(criteria)) {
    const order = compareFractions(b.means.get(criterion.id) as Fraction, a.means.get(criterion.id) as Fraction);
    if (order !== 0) return { order, by: { criterionId: criterion.id } };
  }
  if (a.submissions !== b.submissions) return { order: b.submissions - a.submissions, by: 'submissions' };
  if (a.candidate.submittedAt !== b.candidate.submittedAt) return { order: a.candidate.submittedAt < b.candidate.submittedAt ? -1 : 1, by: 'submittedAt' };
  return { order: a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0, by: 'reference' };
};

/**
 * The ranking of the candidates with at least one submitted mark (drafts never count), by the
 * tie rule; `unranked` counts the candidates no member has submitted marks for yet.
 */
export const rankCandidates = (
  criteria: readonly Criterion[],
  candidates: readonly RankableCandidate[],
  marks: readonly Marks[],
  spreadThreshold: number,
): { items: RankedCandidate[]; unranked: number } => {
  const submitted = marks.filter((mark) => mark.state === 'submitted');
  const scored = candidates
    .map((candidate) => ({ candidate, marks: submitted.filter((mark) => mark.applicationId === candidate.id) }))
    .filter(({ marks: own }) => own.length > 0)
    .map(({ candidate, marks: own }) => score(candidate, criteria, own, spreadThreshold));
  const ordered = [...scored].sort((a, b) => decide(a, b, criteria).order);
  const items = ordered.map((entry, index): RankedCandidate => {
    const above = ordered[index - 1];
    return {
      rank: index + 1,
      applicationId: entry.candidate.id,
      combined: rounded(entry.combined),
      criteria: entry.results,
      submissions: entry.submissions,
      spreadFlags: entry.results.filter((result) => result.spread).map((result) => result.criterionId),
      ...(above ? { separatedBy: decide(above, entry, criteria).by } : {}),
    };
  });
  return { items, unranked: candidates.length - scored.length };
};
