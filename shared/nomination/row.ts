import { missingItems, type Application, type MissingItem } from '../applications/application.js';
import type { ApplicantCategory } from '../applications/schema.js';
import { personName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import type { MissionCall } from './call.js';
import type { MissionNomination } from './nomination.js';
import { blockText, nominationBlock, type NominationBlock } from './readiness.js';

/**
 * One candidate on HR's nomination board: who, where they stand, what they lack, and their
 * nomination so far. Nothing of the panel's marks or HR's notes: the board decides on the mission's
 * list, the ranking is the selection's (shared/selection/).
 */
export interface NominationRow {
  id: string;
  version: number;
  name: string;
  category: ApplicantCategory;
  force?: { id: string; name: string };
  status: Application['status'];
  missing: MissingItem[];
  release?: { decision: 'approved' | 'refused'; from?: string; until?: string };
  nomination?: MissionNomination;
  canNominate: boolean;
  /** Why not, when `canNominate` is false and the candidate is not nominated: the reason as data, and in HR's words. */
  blockedBy?: NominationBlock['reason'];
  why?: string;
}

export const nominationRow = (application: Application, call: MissionCall, forces: readonly Force[], holding: number, now: Date): NominationRow => {
  const forceId = application.applicantStatus?.force;
  const block = application.nomination ? undefined : nominationBlock(application, call, holding, now);
  const release = application.release;
  return {
    id: application.id,
    version: application.version,
    name: personName(application),
    category: application.category,
    // A force since taken off the stage's list keeps its id, so the row still says whose it is.
    ...(forceId ? { force: { id: forceId, name: forces.find((force) => force.id === forceId)?.name ?? forceId } } : {}),
    status: application.status,
    missing: missingItems(application),
    ...(release
      ? { release: { decision: release.decision, ...(release.from ? { from: release.from } : {}), ...(release.until ? { until: release.until } : {}) } }
      : {}),
    ...(application.nomination ? { nomination: application.nomination } : {}),
    canNominate: application.nomination === undefined && block === undefined,
    ...(block ? { blockedBy: block.reason, why: blockText(block) } : {}),
  };
};
