/**
 * A panel member marks a candidate: drafts saved against the revision read, then one submission,
 * final (issue 16, point 4). Only a member of the vacancy's panel marks, and only a candidate the
 * panel assesses; anyone else learns nothing of the vacancy (404) or is told they do not mark (403).
 */
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { changedParts } from './draft-audit.js';
import { checkDraftScores, checkMarksChange, submittedMarks, type Marks, type MarksDraft } from './marks.js';
import type { Panel } from './panel.js';
import { PanelMoved, StaleSelectionItem, selectionChanges, type SelectionStores } from './store.js';
import { isAssessed, viewerOf } from './visibility.js';

type MarkingStores = Pick<SelectionStores, 'panels' | 'marks' | 'candidates'>;

/** The panel, the member marking and the candidate, or the refusal that fits. */
const seatFor = async (stores: MarkingStores, principal: StaffPrincipal, vacancy: string, applicationId: string): Promise<{ panel: Panel; member: string }> => {
  const panel = await stores.panels.get(vacancy);
  const viewer = viewerOf(principal, panel, vacancy);
  if (viewer.kind !== 'member' || !panel) throw new Forbidden('Only a member of the vacancy’s panel marks its candidates.');
  const application = await stores.candidates.get(applicationId);
  if (!application || application.vacancy !== vacancy || !isAssessed(application.status)) {
    throw new NotFound(`No candidate ${applicationId} of vacancy ${vacancy} is before the panel.`);
  }
  return { panel, member: viewer.email };
};

const stale = (error: unknown): never => {
  if (error instanceof StaleSelectionItem) throw new Conflict('Your marks for this candidate changed meanwhile, perhaps in another tab: read them again.');
  if (error instanceof PanelMoved) throw new Conflict('The panel’s criteria changed while you submitted: read the panel and your draft again.');
  throw error;
};

export const saveDraft = async (stores: MarkingStores, principal: StaffPrincipal, vacancy: string, applicationId: string, body: MarksDraft, now: Date): Promise<Marks> => {
  const { panel, member } = await seatFor(stores, principal, vacancy, applicationId);
  checkDraftScores(panel.criteria, body.scores);
  const current = await stores.marks.get(vacancy, applicationId, member);
  checkMarksChange(current, body.revision);
  const at = now.toISOString();
  const next: Marks = {
    vacancy,
    applicationId,
    member,
    scores: body.scores,
    ...(body.overallComment ? { overallComment: body.overallComment } : {}),
    state: 'draft',
    revision: (current?.revision ?? 0) + 1,
    updatedAt: at,
  };
  // Which criteria changed, never the scores or comments: the history is HR's, and a draft is the member's alone.
  const changed = changedParts(current ?? {}, next);
  if (current && changed.length === 0) return current;
  await stores.marks.save(next, current?.revision, { vacancy, at, by: member, action: 'marks-saved', applicationId, changes: {}, changed }).catch(stale);
  return next;
};

export const submitMarks = async (stores: MarkingStores, principal: StaffPrincipal, vacancy: string, applicationId: string, revision: number, now: Date): Promise<Marks> => {
  const { panel, member } = await seatFor(stores, principal, vacancy, applicationId);
  const current = await stores.marks.get(vacancy, applicationId, member);
  if (!current) throw new Conflict('Save your marks as a draft before submitting them.');
  checkMarksChange(current, revision);
  const at = now.toISOString();
  const submitted = submittedMarks(panel.criteria, current, at);
  const audit = { vacancy, at, by: member, action: 'marks-submitted' as const, applicationId, changes: selectionChanges<keyof Marks>(current, submitted, ['state', 'scores']) };
  await stores.marks.save(submitted, current.revision, audit, { panelRevision: panel.revision }).catch(stale);
  return submitted;
};
