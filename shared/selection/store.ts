import type { Application } from '../applications/application.js';
import type { FieldChanges } from '../audit/field-changes.js';
import type { Marks } from './marks.js';
import type { Panel } from './panel.js';
import type { Recommendation } from './recommendation.js';

/** One line of a selection's history: who did what, when, to which candidate. */
export interface SelectionAuditEntry {
  vacancy: string;
  at: string;
  /** The staff member's email. */
  by: string;
  /** `report-signed`: HR signed the selection report off (shared/selection-report/sign-off.ts). */
  action: 'panel-created' | 'panel-changed' | 'marks-saved' | 'marks-submitted' | 'recommended' | 'report-signed';
  /** The candidate, for marks and recommendations. */
  applicationId?: string;
  /** What changed, from and to; empty for a saved draft, whose scores and comments the history never holds. */
  changes: FieldChanges;
  /** For a saved draft (`marks-saved`): the criterion ids whose score or comment changed, and `overallComment` if it did. */
  changed?: string[];
}

/**
 * Field by field, what differs between `before` and `after` (lists and objects compared by value,
 * an absent field as null): the `changes` of a selection's audit entry.
 */
export const selectionChanges = <F extends string>(before: Partial<Record<F, unknown>>, after: Partial<Record<F, unknown>>, fields: readonly F[]): FieldChanges => {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
};

/** The panel's write (or the marks' submission) met a panel that changed since it was read. */
export class PanelMoved extends Error {}
/** The marks or recommendation changed since they were read. */
export class StaleSelectionItem extends Error {}

/** Panels and who sits on them (functions/adapters/dynamodb/selection-panels.ts). */
export interface PanelStore {
  get(vacancy: string): Promise<Panel | undefined>;
  /** Every panel, for HR. */
  list(): Promise<Panel[]>;
  /** The vacancies whose panel names this staff email. */
  vacanciesOf(member: string): Promise<string[]>;
  /**
   * Writes the panel, its memberships (those of members who left removed) and the audit entry, all
   * or nothing, if the stored panel is still the one `seen` (its revision, and locked or not: a
   * submission locks it without a new revision); absent `seen`, if none exists yet. Else PanelMoved.
   */
  save(panel: Panel, seen: Pick<Panel, 'revision' | 'lockedAt' | 'members'> | undefined, audit: SelectionAuditEntry): Promise<void>;
  /** The selection's history, oldest first. */
  history(vacancy: string): Promise<SelectionAuditEntry[]>;
}

/** The members' marks (functions/adapters/dynamodb/selection-marks.ts). */
export interface MarksStore {
  /** Every member's marks of a vacancy, drafts too. */
  listByVacancy(vacancy: string): Promise<Marks[]>;
  get(vacancy: string, applicationId: string, member: string): Promise<Marks | undefined>;
  /**
   * Writes the marks if stored at `expectedRevision` (absent: none yet), else StaleSelectionItem;
   * a submission also checks the panel is still at `panelRevision` (else PanelMoved) and locks it
   * (sets its lockedAt, once) without a new revision, so members submitting at once do not collide.
   */
  save(marks: Marks, expectedRevision: number | undefined, audit: SelectionAuditEntry, submission?: { panelRevision: number }): Promise<void>;
}

/** The chair's recommendations (functions/adapters/dynamodb/selection-recommendations.ts). */
export interface RecommendationStore {
  listByVacancy(vacancy: string): Promise<Recommendation[]>;
  /** Writes it if stored at `expectedRevision` (absent: none yet), else StaleSelectionItem. */
  save(recommendation: Recommendation, expectedRevision: number | undefined, audit: SelectionAuditEntry): Promise<void>;
}

/** A vacancy's applications that are shortlisted or further, from the applications' store. */
export interface CandidateSource {
  assessed(vacancy: string): Promise<Application[]>;
  get(id: string): Promise<Application | undefined>;
}

export interface SelectionStores {
  panels: PanelStore;
  marks: MarksStore;
  recommendations: RecommendationStore;
  candidates: CandidateSource;
}
