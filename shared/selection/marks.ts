/**
 * A panel member's marks for one candidate (issue 16, point 4): a score per criterion on a 1 to 5
 * scale with anchors, an optional comment per criterion and overall. Saved as a draft as often as
 * the member likes, each save naming the revision it read (two tabs cannot overwrite each other
 * silently), then submitted once: a submitted mark is final.
 */
import * as z from '../zod.js';
import { Conflict, ValidationFailed, type FieldIssue } from '../errors.js';
import { dropDirectionMarks } from '../text.js';
import type { Criterion } from './criteria.js';

/** The scale and what each point means: data the staff page shows beside each score. */
export const scaleAnchors = [
  { score: 1, label: 'Does not meet' },
  { score: 2, label: 'Partly meets' },
  { score: 3, label: 'Meets' },
  { score: 4, label: 'Exceeds' },
  { score: 5, label: 'Far exceeds' },
] as const;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export interface CriterionMark {
  score: number;
  comment?: string;
}

export type MarksState = 'draft' | 'submitted';

export interface Marks {
  vacancy: string;
  applicationId: string;
  /** The member's staff email. */
  member: string;
  /** By criterion id; a draft may leave criteria out, a submitted mark has every criterion of the panel. */
  scores: Record<string, CriterionMark>;
  overallComment?: string;
  state: MarksState;
  /** Bumped by every save: a save or the submission names the revision it read. */
  revision: number;
  updatedAt: string;
  submittedAt?: string;
}

/** Prose a member writes: line breaks allowed, no other control characters. */
const comment = (max: number) =>
  z.string().check(
    dropDirectionMarks(),
    z.trim(),
    z.maxLength(max, `At most ${max} characters.`),
    z.refine((value) => !/[\p{Cc}\u2028\u2029]/u.test(value.replace(/[\n\t]/g, '')), 'Must not contain control characters other than line breaks.'),
  );

const criterionMarkSchema = z.strictObject({
  score: z.int('A whole score.').check(z.minimum(MIN_SCORE, `From ${MIN_SCORE}.`), z.maximum(MAX_SCORE, `To ${MAX_SCORE}.`)),
  comment: z.optional(comment(2_000)),
});

/** `PUT .../candidates/{id}/marks`: the draft as it stands; `revision` is absent on the first save. */
export const marksDraftSchema = z.strictObject({
  revision: z.optional(z.int().check(z.minimum(1))),
  scores: z.record(z.string().check(z.maxLength(64)), criterionMarkSchema),
  overallComment: z.optional(comment(4_000)),
});
export type MarksDraft = z.infer<typeof marksDraftSchema>;

/** `POST .../candidates/{id}/marks/submit`: the revision of the draft being submitted. */
export const marksSubmitSchema = z.strictObject({ revision: z.int().check(z.minimum(1)) });

/** The draft's scores name criteria of the panel only. */
export const checkDraftScores = (criteria: readonly Criterion[], scores: Record<string, CriterionMark>): void => {
  const ids = new Set(criteria.map((criterion) => criterion.id));
  const issues: FieldIssue[] = Object.keys(scores)
    .filter((id) => !ids.has(id))
    .map((id) => ({ path: `scores.${id}`, message: `The panel marks no criterion ${id}.` }));
  if (issues.length > 0) throw new ValidationFailed(issues);
};

/** Whether a save or submission that read `revision` may replace `current`: a submitted mark is final. */
export const checkMarksChange = (current: Marks | undefined, revision: number | undefined): void => {
  if (current?.state === 'submitted') throw new Conflict(`Your marks for this candidate were submitted on ${current.submittedAt ?? current.updatedAt} and are final.`);
  if (!current && revision !== undefined) throw new Conflict('You have no draft for this candidate: save without a revision.');
  if (current && revision !== current.revision) {
    throw new Conflict(`Your draft changed meanwhile, perhaps in another tab (revision ${current.revision}, you read ${revision ?? 'none'}): read it again.`);
  }
};

/**
 * The marks as submitted: every criterion of the panel scored (each missing one named), scores
 * of criteria the panel no longer marks dropped (a draft saved before HR changed them).
 */
export const submittedMarks = (criteria: readonly Criterion[], draft: Marks, at: string): Marks => {
  const missing = criteria.filter((criterion) => draft.scores[criterion.id] === undefined);
  if (missing.length > 0) {
    throw new ValidationFailed(
      missing.map((criterion) => ({ path: `scores.${criterion.id}`, message: `Score ${criterion.label} before submitting.` })),
      'Every criterion needs a score before the marks are submitted.',
    );
  }
  const scores = Object.fromEntries(criteria.map((criterion) => [criterion.id, draft.scores[criterion.id] as CriterionMark]));
  return { ...draft, scores, state: 'submitted', revision: draft.revision + 1, updatedAt: at, submittedAt: at };
};
