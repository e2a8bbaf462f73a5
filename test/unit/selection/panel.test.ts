import { describe, expect, it } from 'vitest';
import { Conflict, ValidationFailed } from '#shared/errors.js';
import { criterionOptions } from '#shared/selection/criteria.js';
import { checkMarksChange, submittedMarks, type Marks } from '#shared/selection/marks.js';
import { checkPanelChange, lockedCriteria, panelBodySchema, resolveCriteria, selectionCandidatePathSchema, type Panel } from '#shared/selection/panel.js';
import type { VacancyNotice } from '#shared/vacancies/notice-schema.js';

const notice: VacancyNotice = {
  duties: [{ title: 'Coordinate operations', activities: ['Plan'] }, { activities: ['An untitled duty'] }, { title: 'Analyse intelligence', activities: [] }],
  experience: { minimumYears: 10, items: [{ text: 'Ten years in policing', need: 'required' }] },
  languages: [
    { language: 'en', need: 'required', wording: 'Excellent English', either: 1 },
    { language: 'fr', need: 'required', wording: 'or French', either: 1 },
    { language: 'ar', need: 'required', wording: 'Good Arabic', level: 'B2' },
    { language: 'es', need: 'asset', wording: 'Spanish an asset' },
  ],
  abilities: [{ text: 'Leadership' }],
  aptitudes: ['Discretion'],
};

describe('the criteria a notice offers', () => {
  it('offers experience, each titled duty, each required language (alternatives as one) and the competencies', () => {
    expect(criterionOptions(notice)).toEqual([
      { id: 'experience', kind: 'experience', label: 'Experience (at least 10 years)' },
      { id: 'duty-1', kind: 'duty', label: 'Coordinate operations' },
      { id: 'duty-3', kind: 'duty', label: 'Analyse intelligence' },
      { id: 'language-en-fr', kind: 'language', label: 'English or French' },
      { id: 'language-ar', kind: 'language', label: 'Arabic' },
      { id: 'ability-1', kind: 'competency', label: 'Leadership' },
      { id: 'aptitude-1', kind: 'competency', label: 'Discretion' },
    ]);
  });

  it('resolves HR’s choice to the notice’s words and one criterion of HR’s own', () => {
    const criteria = resolveCriteria(notice, { members: ['a@x.org'], chair: 'a@x.org', criteria: [{ id: 'duty-3', weight: 3 }, { id: 'other', label: 'Presentation', weight: 1 }] });

    expect(criteria).toEqual([
      { id: 'duty-3', kind: 'duty', label: 'Analyse intelligence', weight: 3 },
      { id: 'other', kind: 'other', label: 'Presentation', weight: 1 },
    ]);
  });

  it('refuses a criterion the notice does not offer, a label on one it does, an unlabelled own one and a chair who is not a member, each by its path', () => {
    const act = () =>
      resolveCriteria(notice, {
        members: ['a@x.org'],
        chair: 'b@x.org',
        criteria: [{ id: 'duty-2', weight: 1 }, { id: 'experience', weight: 1, label: 'Mine' }, { id: 'other', weight: 1 }],
      });

    expect(act).toThrow(ValidationFailed);
    try {
      act();
    } catch (error) {
      expect((error as ValidationFailed).errors.map((issue) => issue.path)).toEqual(['criteria.0.id', 'criteria.1.label', 'criteria.2.label', 'chair']);
    }
  });

  it.each([
    ['a weight of 0', { criteria: [{ id: 'experience', weight: 0 }] }],
    ['a fractional weight', { criteria: [{ id: 'experience', weight: 1.5 }] }],
    ['a criterion twice', { criteria: [{ id: 'experience', weight: 1 }, { id: 'experience', weight: 2 }] }],
    ['a member twice', { members: ['a@x.org', 'a@x.org'] }],
    ['an unknown field', { quorum: 2 }],
    ['a threshold of 5', { spreadThreshold: 5 }],
  ])('the body refuses %s', (_case, change) => {
    const body = { members: ['a@x.org'], chair: 'a@x.org', criteria: [{ id: 'experience', weight: 1 }], ...change };

    expect(panelBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('a candidate’s path, a rule of shared/selection (not of its handlers)', () => {
  it.each([
    ['a vacancy and an application id', { vacancy: '1614', id: '0b8e2f4a-6c1d-4e2b-9f3a-1d2c3b4a5e6f' }, true],
    ['an id that is not a uuid', { vacancy: '1614', id: 'app-1' }, false],
    ['an unknown field', { vacancy: '1614', id: '0b8e2f4a-6c1d-4e2b-9f3a-1d2c3b4a5e6f', member: 'x' }, false],
  ])('%s', (_case, path, valid) => {
    expect(selectionCandidatePathSchema.safeParse(path).success).toBe(valid);
  });
});

describe('when a panel may change', () => {
  const criteria = [
    { id: 'experience', kind: 'experience' as const, label: 'Experience', weight: 2 },
    { id: 'duty-1', kind: 'duty' as const, label: 'Coordinate operations', weight: 1 },
  ];
  const current: Panel = { vacancy: '1614', members: ['a@x.org', 'b@x.org'], chair: 'a@x.org', criteria, spreadThreshold: 2, revision: 3, updatedAt: 'x', updatedBy: 'hr' };
  const locked: Panel = { ...current, lockedAt: '2026-12-03T10:00:00.000Z' };
  const reweighted = criteria.map((criterion) => (criterion.id === 'experience' ? { ...criterion, weight: 3 } : criterion));

  it.each([
    ['a new panel, without a revision', undefined, { members: ['a@x.org'], criteria, spreadThreshold: 2 }, undefined],
    ['before any submission: new weights, fewer members, another threshold', current, { members: ['a@x.org'], criteria: reweighted, spreadThreshold: 1 }, 3],
    ['after a submission: a member added', locked, { members: ['a@x.org', 'b@x.org', 'c@x.org'], criteria, spreadThreshold: 2 }, 3],
    // A correction of the notice retitled duty 1: its label is words, not what was marked.
    ['after a submission: a member added, a criterion’s label now different', locked, { members: ['a@x.org', 'b@x.org', 'c@x.org'], criteria: criteria.map((criterion) => ({ ...criterion, label: `${criterion.label} (corrected)` })), spreadThreshold: 2 }, 3],
  ])('allows %s', (_case, stored, next, revision) => {
    expect(() => checkPanelChange(stored, next, revision)).not.toThrow();
  });

  it.each([
    ['a creation over an existing panel', current, { members: current.members, criteria, spreadThreshold: 2 }, undefined, 'has a panel already'],
    ['a stale revision', current, { members: current.members, criteria, spreadThreshold: 2 }, 2, 'changed meanwhile'],
    ['a revision for a panel that does not exist', undefined, { members: current.members, criteria, spreadThreshold: 2 }, 1, 'no panel yet'],
    ['after a submission: a weight changed', locked, { members: current.members, criteria: reweighted, spreadThreshold: 2 }, 3, 'can no longer change'],
    ['after a submission: a criterion removed', locked, { members: current.members, criteria: criteria.slice(0, 1), spreadThreshold: 2 }, 3, 'can no longer change'],
    ['after a submission: the criteria reordered', locked, { members: current.members, criteria: [...criteria].reverse(), spreadThreshold: 2 }, 3, 'can no longer change'],
    ['after a submission: the threshold changed', locked, { members: current.members, criteria, spreadThreshold: 3 }, 3, 'can no longer change'],
    ['after a submission: a member removed', locked, { members: ['a@x.org'], criteria, spreadThreshold: 2 }, 3, 'b@x.org'],
  ])('refuses %s with a 409 that says why', (_case, stored, next, revision, why) => {
    expect(() => checkPanelChange(stored, next, revision)).toThrow(Conflict);
    expect(() => checkPanelChange(stored, next, revision)).toThrow(why);
  });
});

describe('the criteria of a locked panel, whatever the notice says now', () => {
  const stored = [
    { id: 'experience', kind: 'experience' as const, label: 'Experience (at least 10 years)', weight: 2 },
    { id: 'duty-1', kind: 'duty' as const, label: 'Coordinate operations', weight: 1 },
  ];
  const body = { members: ['a@x.org', 'b@x.org'], chair: 'a@x.org' };

  it('keeps each stored criterion’s kind and label, with the weight sent', () => {
    expect(lockedCriteria(stored, { ...body, criteria: [{ id: 'experience', weight: 2 }, { id: 'duty-1', weight: 1 }] })).toEqual(stored);
  });

  it('keeps an id the panel does not store, for the change check to refuse', () => {
    const criteria = lockedCriteria(stored, { ...body, criteria: [{ id: 'experience', weight: 2 }, { id: 'duty-2', weight: 1 }] });

    expect(() => checkPanelChange({ vacancy: '1614', members: body.members, chair: 'a@x.org', criteria: stored, spreadThreshold: 2, revision: 1, lockedAt: 'x', updatedAt: 'x', updatedBy: 'hr' }, { members: body.members, criteria, spreadThreshold: 2 }, 1)).toThrow(Conflict);
  });

  it('refuses a chair who is not a member, by its path', () => {
    expect(() => lockedCriteria(stored, { members: ['a@x.org'], chair: 'z@x.org', criteria: [] })).toThrow(ValidationFailed);
  });
});

describe('marks: drafts, revisions and the submission', () => {
  const draft: Marks = { vacancy: '1614', applicationId: 'app-1', member: 'a@x.org', scores: { experience: { score: 4 }, gone: { score: 2 } }, state: 'draft', revision: 2, updatedAt: 'x' };
  const criteria = [
    { id: 'experience', kind: 'experience' as const, label: 'Experience', weight: 2 },
    { id: 'duty-1', kind: 'duty' as const, label: 'Coordinate operations', weight: 1 },
  ];

  it.each([
    ['a save of a draft at another revision (another tab)', draft, 1, 'changed meanwhile'],
    ['a save without a revision over an existing draft', draft, undefined, 'changed meanwhile'],
    ['a save with a revision when there is no draft', undefined, 1, 'no draft'],
    ['any change after the submission', { ...draft, state: 'submitted' as const, submittedAt: '2026-12-04T10:00:00.000Z' }, 2, 'final'],
  ])('refuses %s with a 409', (_case, current, revision, why) => {
    expect(() => checkMarksChange(current, revision)).toThrow(Conflict);
    expect(() => checkMarksChange(current, revision)).toThrow(why);
  });

  it('refuses to submit with a criterion unscored, naming it', () => {
    expect(() => submittedMarks(criteria, draft, '2026-12-04T10:00:00.000Z')).toThrow(ValidationFailed);
  });

  it('submits every criterion of the panel, dropping a score of a criterion it no longer marks', () => {
    const full = { ...draft, scores: { ...draft.scores, 'duty-1': { score: 3, comment: 'Clear plans' } } };

    expect(submittedMarks(criteria, full, '2026-12-04T10:00:00.000Z')).toMatchObject({
      scores: { experience: { score: 4 }, 'duty-1': { score: 3, comment: 'Clear plans' } },
      state: 'submitted',
      revision: 3,
      submittedAt: '2026-12-04T10:00:00.000Z',
    });
  });
});
