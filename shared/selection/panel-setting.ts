import { Conflict, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { criterionOptions, type CriterionOption } from './criteria.js';
import { scaleAnchors } from './marks.js';
import { DEFAULT_SPREAD_THRESHOLD, checkPanelChange, lockedCriteria, resolveCriteria, type Panel, type PanelBody } from './panel.js';
import { PanelMoved, selectionChanges, type PanelStore } from './store.js';

const vacancyOrNotFound = async (vacancies: Pick<VacancyStore, 'get'>, number: string) => {
  const vacancy = await vacancies.get(number);
  if (!vacancy) throw new NotFound(`No vacancy ${number}.`);
  return vacancy;
};

/** What HR may choose a panel's criteria from: the notice's parts, and the scale members mark on. */
export const criteriaChoices = async (
  vacancies: Pick<VacancyStore, 'get'>,
  number: string,
): Promise<{ vacancy: string; options: CriterionOption[]; other: string; anchors: typeof scaleAnchors; defaultSpreadThreshold: number }> => {
  const vacancy = await vacancyOrNotFound(vacancies, number);
  return { vacancy: number, options: criterionOptions(vacancy.notice), other: 'other', anchors: scaleAnchors, defaultSpreadThreshold: DEFAULT_SPREAD_THRESHOLD };
};

/**
 * HR names or changes a vacancy's panel: criteria from its notice, the revision read, and after
 * the first submitted mark only additions of members (checkPanelChange). Saving what is stored
 * writes nothing; a save meeting another one is a 409.
 */
export const setPanel = async (
  stores: { panels: PanelStore; vacancies: Pick<VacancyStore, 'get'> },
  principal: StaffPrincipal,
  number: string,
  body: PanelBody,
  now: Date,
): Promise<Panel> => {
  const vacancy = await vacancyOrNotFound(stores.vacancies, number);
  const current = await stores.panels.get(number);
  // Locked by a submitted mark: the stored criteria stay as they were marked, whatever the notice says now.
  const criteria = current?.lockedAt ? lockedCriteria(current.criteria, body) : resolveCriteria(vacancy.notice, body);
  const spreadThreshold = body.spreadThreshold ?? current?.spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD;
  checkPanelChange(current, { members: body.members, criteria, spreadThreshold }, body.revision);
  const at = now.toISOString();
  const next: Panel = {
    vacancy: number,
    members: body.members,
    chair: body.chair,
    criteria,
    spreadThreshold,
    revision: (current?.revision ?? 0) + 1,
    ...(current?.lockedAt ? { lockedAt: current.lockedAt } : {}),
    updatedAt: at,
    updatedBy: principal.email,
  };
  const changes = selectionChanges<keyof Panel>(current ?? {}, next, ['members', 'chair', 'criteria', 'spreadThreshold']);
  if (current && Object.keys(changes).length === 0) return current;
  try {
    await stores.panels.save(next, current, {
      vacancy: number,
      at,
      by: principal.email,
      action: current ? 'panel-changed' : 'panel-created',
      changes,
    });
  } catch (error) {
    if (error instanceof PanelMoved) throw new Conflict('The panel changed meanwhile (or a member submitted marks): read it again.');
    throw error;
  }
  return next;
};
