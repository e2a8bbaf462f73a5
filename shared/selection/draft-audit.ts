/**
 * What the history keeps of a saved draft: which criteria changed (and whether the overall
 * comment did), never a score or a comment. Nobody reads another member's draft (docs/selection.md),
 * HR included, and the history is HR's: a draft's scores in it would be a draft read.
 */
import type { Marks } from './marks.js';
import type { SelectionAuditEntry } from './store.js';

/** The overall comment's place in `changed`, beside the criterion ids (which are lower-case words and hyphens). */
export const OVERALL_COMMENT = 'overallComment';

type DraftParts = Partial<Pick<Marks, 'scores' | 'overallComment'>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The criterion ids whose score or comment differ between two drafts, in order, then the overall comment if it differs. */
export const changedParts = (before: DraftParts, after: DraftParts): string[] => {
  const ids = [...new Set([...Object.keys(before.scores ?? {}), ...Object.keys(after.scores ?? {})])].sort();
  const changed = ids.filter((id) => !same(before.scores?.[id], after.scores?.[id]));
  return same(before.overallComment, after.overallComment) ? changed : [...changed, OVERALL_COMMENT];
};

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/**
 * A `marks-saved` entry as the history shows it, whatever its age: entries written before this
 * rule carried the draft's scores and comments in `changes`; those are read for which parts
 * changed and dropped. Every other entry is shown as stored.
 */
export const withoutDraftMarks = (entry: SelectionAuditEntry): SelectionAuditEntry => {
  if (entry.action !== 'marks-saved') return entry;
  const { changes, changed, ...rest } = entry;
  const parts =
    changed ??
    changedParts(
      { scores: asRecord(changes.scores?.from) as Marks['scores'], overallComment: changes.overallComment?.from as string | undefined },
      { scores: asRecord(changes.scores?.to) as Marks['scores'], overallComment: changes.overallComment?.to as string | undefined },
    );
  return { ...rest, changes: {}, changed: parts };
};
