/**
 * The pipeline of a vacancy as the reports count it (issue 17, point 5): how many applications
 * reached each stage, whatever their status now. The selection report's rules say the stages up to
 * the interview (shared/selection-report/: the status, a recorded written test, the statuses the
 * item records it held or, on an item stored before that record, the history); the offer and the
 * appointment are read the same way.
 */
import { isConfirmed, type Application } from '../applications/application.js';
import type { AuditEntry } from '../applications/store.js';
import { judgeEligibility } from '../eligibility/eligibility.js';
import { needsHistory, stagesReached, statusesHeld } from '../selection-report/stages.js';
import type { Vacancy } from '../vacancies/schema.js';
import { hasStatusRecord } from '../applications/status-record.js';

export const pipelineStages = ['applied', 'eligible', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'] as const;
export type PipelineStage = (typeof pipelineStages)[number];
export type PipelineCounts = Record<PipelineStage, number>;

export const emptyPipeline = (): PipelineCounts => ({ applied: 0, eligible: 0, shortlisted: 0, tested: 0, interviewed: 0, offered: 0, appointed: 0 });

/**
 * Whether the report must read the application's history: for the stages the status cannot say,
 * and for the day of an appointment, on an item stored before it recorded the statuses it held
 * and its appointment (shared/applications/status-record.ts). A newer item says both itself.
 */
export const reportNeedsHistory = (application: Pick<Application, 'status' | 'writtenTest' | 'statusesHeld' | 'appointedAt'>): boolean =>
  needsHistory(application) || (application.status === 'appointed' && !hasStatusRecord(application));

const statusMoves = (history: readonly AuditEntry[]) => history.filter((entry) => entry.action === 'status-changed' || entry.action === 'withdrawn');
const movedTo = (history: readonly AuditEntry[], status: string) => statusMoves(history).filter((entry) => entry.changes.status?.to === status);

/**
 * When the application was appointed: the time its item records, or, on an item stored before
 * that record, its history's move into `appointed` (the last, should there be two).
 */
export const appointedAt = (application: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>, history: readonly AuditEntry[]): string | undefined =>
  hasStatusRecord(application)
    ? application.appointedAt
    : movedTo(history, 'appointed')
        .map((entry) => entry.at)
        .sort()
        .at(-1);

/**
 * The stages a confirmed application reached (an unconfirmed one reached none: it was never made
 * by the address's owner). Eligible is the selection report's: every requirement of the notice
 * met, or HR's override of a flag.
 */
export const stagesOf = (
  vacancy: Pick<Vacancy, 'clearance' | 'notice'>,
  application: Application,
  history: readonly AuditEntry[] = [],
): Set<PipelineStage> => {
  const stages = new Set<PipelineStage>();
  if (!isConfirmed(application)) return stages;
  stages.add('applied');
  const verdict = judgeEligibility(vacancy, {
    yearsOfExperience: application.yearsOfExperience,
    category: application.category,
    ncbValidation: application.ncbValidation,
    languageLevels: application.languageLevels,
    languages: application.languages,
  }).verdict;
  if (verdict === 'met' || application.eligibilityOverride !== undefined) stages.add('eligible');
  for (const stage of stagesReached(application, history)) stages.add(stage);
  const offered = statusesHeld(application, history).has('offered') || application.status === 'appointed' || application.offer !== undefined;
  if (offered) {
    stages.add('offered');
    // An offer comes after the interview (the status machine has no other way to it).
    stages.add('interviewed');
    stages.add('shortlisted');
  }
  if (application.status === 'appointed') stages.add('appointed');
  return stages;
};

/**
 * What kept counts of purged applications (shared/retention/statistics.ts: their status when
 * purged) still say of the pipeline: each reached at least the stages its last status implies.
 * A rejected or withdrawn one is counted as applied only (the stage it left from is not kept), and
 * eligibility is not kept at all: these figures are lower bounds, said so on the page.
 */
export const keptPipeline = (byStatus: Readonly<Record<string, number>>, total: number): PipelineCounts => {
  const count = (...statuses: string[]) => statuses.reduce((sum, status) => sum + (byStatus[status] ?? 0), 0);
  return {
    applied: total,
    eligible: 0,
    shortlisted: count('shortlisted', 'tested', 'interviewed', 'offered', 'appointed'),
    tested: count('tested'),
    interviewed: count('interviewed', 'offered', 'appointed'),
    offered: count('offered', 'appointed'),
    appointed: count('appointed'),
  };
};

export const addPipelines = (a: PipelineCounts, b: PipelineCounts): PipelineCounts =>
  Object.fromEntries(pipelineStages.map((stage) => [stage, a[stage] + b[stage]])) as PipelineCounts;
