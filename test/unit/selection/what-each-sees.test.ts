import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { NotFound } from '#shared/errors.js';
import type { Marks } from '#shared/selection/marks.js';
import type { Panel } from '#shared/selection/panel.js';
import { readCandidates } from '#shared/selection/reading.js';
import type { SelectionStores } from '#shared/selection/store.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

/**
 * The visibility rules end to end through the candidates' read, on a table of every case: who
 * (member, chair, HR, a member of another panel) x their own marks (none yet, a draft, submitted)
 * x which vacancy (theirs, another). The stores are plain maps: the rules are what is tested here;
 * test/integration/selection/ runs the same through the API on the emulators.
 */
const panel = (vacancy: string, members: string[], chair: string): Panel => ({
  vacancy,
  members,
  chair,
  criteria: [{ id: 'experience', kind: 'experience', label: 'Experience', weight: 1 }],
  spreadThreshold: 2,
  revision: 1,
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'hr@x.org',
});
const PANELS = new Map([
  ['100', panel('100', ['ana@x.org', 'ben@x.org', 'chair@x.org'], 'chair@x.org')],
  ['200', panel('200', ['zoe@x.org'], 'zoe@x.org')],
]);

const application = (id: string, vacancy: string): Application =>
  ({
    id,
    vacancy,
    givenName: id,
    nationality: 'FR',
    category: 'law-enforcement',
    currentTitle: 'Inspector',
    homeAdministration: 'Police',
    yearsOfExperience: 9,
    languages: ['en'],
    email: `${id}@police.example`,
    status: 'shortlisted',
    submittedAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    version: 1,
    privacyConsentAt: '2026-10-01T09:00:00.000Z',
    documents: {},
    statusTokenHash: 'x',
  }) as Application;

const submitted = (member: string, applicationId = 'cand-100'): Marks => ({
  vacancy: '100',
  applicationId,
  member,
  scores: { experience: { score: 4 } },
  state: 'submitted',
  revision: 2,
  updatedAt: '2026-12-02T09:00:00.000Z',
  submittedAt: '2026-12-02T09:00:00.000Z',
});

const storesWith = (own: 'none' | 'draft' | 'submitted', who: string): SelectionStores & { vacancies: { get(n: string): Promise<Vacancy | undefined> } } => {
  // Ben has submitted; the chair has a draft; the viewer's own marks as the case says.
  const marks: Marks[] = [submitted('ben@x.org'), { ...submitted('chair@x.org'), state: 'draft' as const, revision: 1 }].filter((mark) => mark.member !== who);
  if (own !== 'none') marks.push(own === 'submitted' ? submitted(who) : { ...submitted(who), state: 'draft', revision: 1 });
  return {
    panels: { get: async (v) => PANELS.get(v), list: async () => [...PANELS.values()], vacanciesOf: async () => [], save: async () => undefined, history: async () => [] },
    marks: { listByVacancy: async (v) => (v === '100' ? marks : []), get: async () => undefined, save: async () => undefined },
    recommendations: { listByVacancy: async () => [], save: async () => undefined },
    candidates: { assessed: async (v) => [application(`cand-${v}`, v)], get: async () => undefined },
    vacancies: { get: async () => undefined },
  };
};

const principal = (email: string, groups: StaffPrincipal['groups']): StaffPrincipal => ({ subject: email, email, groups });
const WHO = {
  member: principal('ana@x.org', ['panel']),
  chair: principal('chair@x.org', ['panel']),
  hr: principal('hr@x.org', ['hr']),
  'member of another panel': principal('zoe@x.org', ['panel']),
} as const;

type Case = [who: keyof typeof WHO, own: 'none' | 'draft' | 'submitted', vacancy: string, sees: string[] | 'not found', submissions: number | undefined];

const cases: Case[] = [
  // Their own vacancy: nothing of the others' before their own submission, every submitted mark after.
  ['member', 'none', '100', [], undefined],
  ['member', 'draft', '100', ['ana@x.org:draft'], undefined],
  ['member', 'submitted', '100', ['ben@x.org:submitted', 'ana@x.org:submitted'], 2],
  ['chair', 'none', '100', [], undefined],
  ['chair', 'draft', '100', ['chair@x.org:draft'], undefined],
  ['chair', 'submitted', '100', ['ben@x.org:submitted', 'chair@x.org:submitted'], 2],
  // HR marks nothing: every submitted mark, never a draft.
  ['hr', 'none', '100', ['ben@x.org:submitted'], 1],
  // Another vacancy: a 404 for a member, whatever they have marked elsewhere; HR sees it.
  ['member', 'none', '200', 'not found', undefined],
  ['member', 'submitted', '200', 'not found', undefined],
  ['chair', 'submitted', '200', 'not found', undefined],
  ['hr', 'none', '200', [], 0],
  ['member of another panel', 'none', '100', 'not found', undefined],
  ['member of another panel', 'none', '200', [], undefined],
];

describe('what each viewer sees of a panel’s candidates', () => {
  it.each(cases)('%s with %s marks, vacancy %s: %j', async (who, own, vacancy, sees, submissions) => {
    // Prepare
    const principalOf = WHO[who];
    const stores = storesWith(own, principalOf.email);

    // Act
    const read = readCandidates(stores, principalOf, vacancy);

    // Assert
    if (sees === 'not found') {
      await expect(read).rejects.toThrow(NotFound);
      return;
    }
    const { items } = await read;
    expect(items[0]?.marks.map((mark) => `${mark.member}:${mark.state}`)).toEqual(sees);
    expect(items[0]?.submissions).toBe(submissions);
    expect(JSON.stringify(items)).not.toContain('@police.example');
  });
});
