import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { Recommendation, RecommendationBody } from './recommendation.js';
import { StaleSelectionItem, selectionChanges, type SelectionStores } from './store.js';
import { isAssessed, unsubmittedBy, viewerOf } from './visibility.js';

/**
 * The chair records the panel's recommendation for a ranked candidate (one with at least one
 * submitted mark); the chair only, HR included out, and only once the ranking is open to them:
 * their own marks submitted for every candidate, so the panel's view is never given before the
 * chair's own. Revising it names the revision read.
 */
export const recommend = async (
  stores: SelectionStores,
  principal: StaffPrincipal,
  vacancy: string,
  applicationId: string,
  body: RecommendationBody,
  now: Date,
): Promise<Recommendation> => {
  const panel = await stores.panels.get(vacancy);
  const viewer = viewerOf(principal, panel, vacancy);
  if (viewer.kind !== 'member' || !viewer.chair) throw new Forbidden('Only the panel’s chair records its recommendation.');
  const application = await stores.candidates.get(applicationId);
  if (!application || application.vacancy !== vacancy || !isAssessed(application.status)) {
    throw new NotFound(`No candidate ${applicationId} of vacancy ${vacancy} is before the panel.`);
  }
  const [marks, recommendations, candidates] = await Promise.all([
    stores.marks.listByVacancy(vacancy),
    stores.recommendations.listByVacancy(vacancy),
    stores.candidates.assessed(vacancy),
  ]);
  const left = unsubmittedBy(viewer.email, candidates, marks);
  if (left > 0) throw new Conflict(`Submit your own marks for every candidate first (${left} left): the recommendation is made from the ranking, which opens to you then.`);
  if (!marks.some((mark) => mark.applicationId === applicationId && mark.state === 'submitted')) {
    throw new Conflict('No member has submitted marks for this candidate yet: the panel recommends ranked candidates only.');
  }
  const current = recommendations.find((recommendation) => recommendation.applicationId === applicationId);
  if (!current && body.revision !== undefined) throw new Conflict('This candidate has no recommendation yet: record it without a revision.');
  if (current && body.revision !== current.revision) throw new Conflict(`The recommendation changed meanwhile (revision ${current.revision}, you read ${body.revision ?? 'none'}): read it again.`);
  const at = now.toISOString();
  const next: Recommendation = {
    vacancy,
    applicationId,
    decision: body.decision,
    ...(body.reasons ? { reasons: body.reasons } : {}),
    by: viewer.email,
    at,
    revision: (current?.revision ?? 0) + 1,
  };
  const changes = selectionChanges<keyof Recommendation>(current ?? {}, next, ['decision', 'reasons']);
  if (current && Object.keys(changes).length === 0) return current;
  try {
    await stores.recommendations.save(next, current?.revision, { vacancy, at, by: viewer.email, action: 'recommended', applicationId, changes });
  } catch (error) {
    if (error instanceof StaleSelectionItem) throw new Conflict('The recommendation changed meanwhile: read it again.');
    throw error;
  }
  return next;
};
