/**
 * A vacancy's selection panel (issue 16, point 1): its members by staff email, one chair among
 * them, the criteria it marks with their weights, and the spread between members' scores that is
 * flagged for discussion. HR names it; it can change until the first mark is submitted, after
 * which only members may be added (and the chair moved among them), so that every submitted mark
 * was given against the criteria the ranking weighs.
 */
import * as z from '../zod.js';
import { email } from '../applications/schema.js';
import { Conflict, ValidationFailed, type FieldIssue } from '../errors.js';
import { singleLine } from '../text.js';
import { vacancyNumber } from '../vacancies/schema.js';
import { OTHER_CRITERION, criterionOptions, type Criterion } from './criteria.js';
import type { VacancyNotice } from '../vacancies/notice-schema.js';

/** Scores of two members on one criterion that differ by more than this are flagged, unless the panel says otherwise. */
export const DEFAULT_SPREAD_THRESHOLD = 2;

export interface Panel {
  vacancy: string;
  /** Staff emails, lower case, each once; the chair is one of them. */
  members: string[];
  chair: string;
  criteria: Criterion[];
  spreadThreshold: number;
  /** Bumped by every save: a save names the revision it read. */
  revision: number;
  /** When the first mark was submitted: from then on criteria, weights and the threshold stay. */
  lockedAt?: string;
  updatedAt: string;
  updatedBy: string;
}

/** A vacancy's panel: `/admin/selection/panels/{vacancy}/...`. */
export const selectionPathSchema = z.strictObject({ vacancy: vacancyNumber });

/** A candidate before a vacancy's panel: `/admin/selection/panels/{vacancy}/candidates/{id}/...`. */
export const selectionCandidatePathSchema = z.extend(selectionPathSchema, { id: z.uuid('Not an application id.') });

const criterionChoice = z.strictObject({
  /** An id of `GET .../criteria-options`, or `other` with a label of HR's own. */
  id: z.string().check(z.regex(/^[a-z]+(-[a-z0-9]+)*$/, 'A criterion id such as experience, duty-1 or language-en.')),
  weight: z.int('A whole number.').check(z.minimum(1, 'At least 1.'), z.maximum(100, 'At most 100.')),
  label: z.optional(singleLine(200)),
});

/** `PUT /admin/selection/panels/{vacancy}`: the whole panel; `revision` is absent when creating it. */
export const panelBodySchema = z.strictObject({
  revision: z.optional(z.int().check(z.minimum(1))),
  members: z
    .array(email)
    .check(
      z.minLength(1, 'At least one member.'),
      z.maxLength(12, 'At most 12 members.'),
      z.refine((members) => new Set(members).size === members.length, 'Each member once.'),
    ),
  chair: email,
  criteria: z
    .array(criterionChoice)
    .check(
      z.minLength(1, 'At least one criterion.'),
      z.maxLength(30, 'At most 30 criteria.'),
      z.refine((criteria) => new Set(criteria.map((criterion) => criterion.id)).size === criteria.length, 'Each criterion once.'),
    ),
  spreadThreshold: z.optional(z.int().check(z.minimum(1, 'At least 1.'), z.maximum(4, 'At most 4: scores run from 1 to 5.'))),
});
export type PanelBody = z.infer<typeof panelBodySchema>;

/**
 * The criteria HR chose, resolved against what the notice offers: each id one of the notice's
 * (its label is the notice's words), or `other` with HR's label; anything else is named by its path.
 */
export const resolveCriteria = (notice: VacancyNotice | undefined, body: Pick<PanelBody, 'criteria' | 'members' | 'chair'>): Criterion[] => {
  const offered = new Map(criterionOptions(notice).map((option) => [option.id, option]));
  const issues: FieldIssue[] = [];
  const criteria: Criterion[] = [];
  for (const [index, choice] of body.criteria.entries()) {
    const path = `criteria.${index}`;
    if (choice.id === OTHER_CRITERION) {
      if (!choice.label) issues.push({ path: `${path}.label`, message: 'A criterion of your own needs a label.' });
      else criteria.push({ id: OTHER_CRITERION, kind: 'other', label: choice.label, weight: choice.weight });
      continue;
    }
    const option = offered.get(choice.id);
    if (!option) issues.push({ path: `${path}.id`, message: `The vacancy's notice offers no criterion ${choice.id}: see its criteria options.` });
    else if (choice.label !== undefined) issues.push({ path: `${path}.label`, message: 'Only a criterion of your own (other) takes a label: the others are worded by the notice.' });
    else criteria.push({ ...option, weight: choice.weight });
  }
  issues.push(...chairIssues(body));
  if (issues.length > 0) throw new ValidationFailed(issues);
  return criteria;
};

const chairIssues = (body: Pick<PanelBody, 'members' | 'chair'>): FieldIssue[] =>
  body.members.includes(body.chair) ? [] : [{ path: 'chair', message: 'The chair is one of the members.' }];

/**
 * The criteria of a locked panel (one with a submitted mark), as HR's body names them: each one
 * the panel stores keeps its stored kind and label, whatever the notice says now (a duty retitled
 * or removed by a correction of the notice must not block adding a member); an id the panel does
 * not store is kept as sent, for checkPanelChange to refuse as a change.
 */
export const lockedCriteria = (stored: readonly Criterion[], body: Pick<PanelBody, 'criteria' | 'members' | 'chair'>): Criterion[] => {
  const issues = chairIssues(body);
  if (issues.length > 0) throw new ValidationFailed(issues);
  const byId = new Map(stored.map((criterion) => [criterion.id, criterion]));
  return body.criteria.map((choice) => {
    const kept = byId.get(choice.id);
    return kept ? { ...kept, weight: choice.weight } : { id: choice.id, kind: 'other' as const, label: choice.label ?? choice.id, weight: choice.weight };
  });
};

/** Ids, order and weights: labels are words (the notice's, which a correction may change), not what was marked. */
const sameCriteria = (a: readonly Criterion[], b: readonly Criterion[]): boolean =>
  a.length === b.length && a.every((criterion, index) => {
    const other = b[index];
    return other !== undefined && other.id === criterion.id && other.weight === criterion.weight;
  });

/**
 * Whether `next` may replace `current`: the revision read must be the stored one; once a mark is
 * submitted, the criteria (ids, weights, order; their stored labels are kept) and the threshold stay and no member
 * leaves, while members may join and the chair may move to another member. Refusals are 409s
 * that say why.
 */
export const checkPanelChange = (current: Panel | undefined, next: Pick<Panel, 'members' | 'criteria' | 'spreadThreshold'>, revision: number | undefined): void => {
  if (!current) {
    if (revision !== undefined) throw new Conflict('This vacancy has no panel yet: create it without a revision.');
    return;
  }
  if (revision === undefined) throw new Conflict(`This vacancy has a panel already (revision ${current.revision}): send the revision you read to change it.`);
  if (revision !== current.revision) throw new Conflict(`The panel changed meanwhile (revision ${current.revision}, you read ${revision}): read it again.`);
  if (!current.lockedAt) return;
  const why = `A member submitted marks on ${current.lockedAt}, so the criteria, their weights and the spread threshold can no longer change`;
  if (!sameCriteria(current.criteria, next.criteria)) throw new Conflict(`${why}; members may still be added.`);
  if (current.spreadThreshold !== next.spreadThreshold) throw new Conflict(`${why}; members may still be added.`);
  const leaving = current.members.filter((member) => !next.members.includes(member));
  if (leaving.length > 0) throw new Conflict(`${why}, and no member may leave (${leaving.join(', ')}): members may only be added.`);
};
