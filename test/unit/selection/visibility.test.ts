import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { judgeEligibility } from '#shared/eligibility/eligibility.js';
import { Forbidden, NotFound } from '#shared/errors.js';
import type { Marks } from '#shared/selection/marks.js';
import type { Panel } from '#shared/selection/panel.js';
import { candidateView, checkRankingAccess, viewerOf, visibleMarks, visibleSubmissions, type Viewer } from '#shared/selection/visibility.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';

const panel: Panel = {
  vacancy: '1614',
  members: ['ana@x.org', 'ben@x.org', 'chair@x.org'],
  chair: 'chair@x.org',
  criteria: [{ id: 'experience', kind: 'experience', label: 'Experience', weight: 2 }],
  spreadThreshold: 2,
  revision: 1,
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'hr@x.org',
};

const principal = (email: string, groups: StaffPrincipal['groups']): StaffPrincipal => ({ subject: email, email, groups });
const ana = principal('ana@x.org', ['panel']);
const chair = principal('chair@x.org', ['panel']);
const hr = principal('hr@x.org', ['hr']);
const admin = principal('admin@x.org', ['admin']);
const otherPanelMember = principal('zoe@x.org', ['panel']);
// Named on the panel, but not in the panel group: the group is the authority, so no seat.
const namedButNotInGroup = principal('ana@x.org', ['ncb']);

const marks = (member: string, state: Marks['state']): Marks => ({
  vacancy: '1614',
  applicationId: 'app-1',
  member,
  scores: { experience: { score: 4 } },
  state,
  revision: 1,
  updatedAt: '2026-12-02T09:00:00.000Z',
});

describe('who sits where', () => {
  it.each([
    ['a member', ana, { kind: 'member', email: 'ana@x.org', chair: false }],
    ['the chair', chair, { kind: 'member', email: 'chair@x.org', chair: true }],
    ['HR', hr, { kind: 'hr', email: 'hr@x.org' }],
    ['an admin', admin, { kind: 'hr', email: 'admin@x.org' }],
  ])('%s of this vacancy gets a seat', (_who, who, seat) => {
    expect(viewerOf(who, panel, '1614')).toEqual(seat);
  });

  it.each([
    ['a panel member of another vacancy', otherPanelMember, panel],
    ['someone named but not in the panel group', namedButNotInGroup, panel],
    ['a panel member, where the vacancy has no panel', ana, undefined],
    ['HR, where the vacancy has no panel', hr, undefined],
  ])('%s gets a 404, as if the vacancy had no panel', (_who, who, seen) => {
    expect(() => viewerOf(who, seen, '1614')).toThrow(NotFound);
  });
});

describe('whose marks a viewer reads, before and after submitting their own', () => {
  const member = (email: string, isChair = false): Viewer => ({ kind: 'member', email, chair: isChair });
  const hrViewer: Viewer = { kind: 'hr', email: 'hr@x.org' };

  it.each([
    // viewer, the candidate's marks, what the viewer reads (member: state)
    ['a member with nothing yet: nothing, not even submitted marks of others', member('ana@x.org'), [marks('ben@x.org', 'submitted')], []],
    ['a member with a draft: their draft only', member('ana@x.org'), [marks('ana@x.org', 'draft'), marks('ben@x.org', 'submitted'), marks('chair@x.org', 'draft')], ['ana@x.org:draft']],
    ['a member after submitting: every submitted mark, no draft of others', member('ana@x.org'), [marks('ana@x.org', 'submitted'), marks('ben@x.org', 'submitted'), marks('chair@x.org', 'draft')], ['ana@x.org:submitted', 'ben@x.org:submitted']],
    ['the chair before submitting: their draft only', member('chair@x.org', true), [marks('chair@x.org', 'draft'), marks('ben@x.org', 'submitted')], ['chair@x.org:draft']],
    ['the chair after submitting: every submitted mark', member('chair@x.org', true), [marks('chair@x.org', 'submitted'), marks('ben@x.org', 'submitted')], ['chair@x.org:submitted', 'ben@x.org:submitted']],
    ['HR: every submitted mark, never a draft', hrViewer, [marks('ana@x.org', 'draft'), marks('ben@x.org', 'submitted')], ['ben@x.org:submitted']],
    ['HR with none submitted: nothing', hrViewer, [marks('ana@x.org', 'draft')], []],
  ])('%s', (_case, viewer, candidateMarks, expected) => {
    expect(visibleMarks(viewer, candidateMarks).map((mark) => `${mark.member}:${mark.state}`)).toEqual(expected);
  });
});

describe('how many members have submitted, and who is told', () => {
  const others = [marks('ben@x.org', 'submitted'), marks('chair@x.org', 'submitted')];

  it.each([
    ['HR: the count', { kind: 'hr', email: 'hr@x.org' } as Viewer, others, 2],
    ['a member before submitting: nothing, not even how far the others have got', { kind: 'member', email: 'ana@x.org', chair: false } as Viewer, [...others, marks('ana@x.org', 'draft')], undefined],
    ['a member after submitting: the count, theirs included', { kind: 'member', email: 'ana@x.org', chair: false } as Viewer, [...others, marks('ana@x.org', 'submitted')], 3],
  ])('%s', (_case, viewer, candidateMarks, expected) => {
    expect(visibleSubmissions(viewer, candidateMarks)).toBe(expected);
  });
});

describe('what a panel reads of a candidate', () => {
  const application: Application = {
    id: 'app-1',
    vacancy: '1614',
    givenName: 'Amina',
    familyName: 'Diallo',
    email: 'amina.diallo@police.example',
    phone: '+221 33 000 00 00',
    nationality: 'SN',
    category: 'law-enforcement',
    currentTitle: 'Commissaire de police',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 12,
    languages: ['fr', 'en'],
    languageLevels: { fr: 'C2', en: 'B2' },
    education: 'master',
    status: 'shortlisted',
    submittedAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    version: 4,
    privacyConsentAt: '2026-10-01T09:00:00.000Z',
    documents: { cv: { key: 'k', contentType: 'application/pdf', size: 10, sha256: 'x', receivedAt: '2026-10-01T09:00:00.000Z', suppliedBy: 'candidate' } },
    ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-09-01', note: 'NCB note', at: '2026-10-05T09:00:00.000Z', by: 'ncb@x.org' },
    score: 87,
    note: 'HR thinks highly',
    statusTokenHash: 'hash',
  };

  it('gives what the assessment needs and nothing of HR’s, the NCB’s or the candidate’s contact details', () => {
    const view = candidateView(application, judgeEligibility({ clearance: 'Basic', notice: { experience: { minimumYears: 10, items: [{ text: 'Ten years', need: 'required' }] } } }, application));

    expect(view).toEqual({
      applicationId: 'app-1',
      name: 'Amina Diallo',
      status: 'shortlisted',
      nationality: 'SN',
      currentTitle: 'Commissaire de police',
      yearsOfExperience: 12,
      languages: [{ language: 'fr', level: 'C2' }, { language: 'en', level: 'B2' }],
      education: 'master',
      eligibility: {
        verdict: 'met',
        // The NCB's clearance judgement is left out; the rest is the notice's.
        judgements: [
          { requirement: 'experience', verdict: 'met', minimumYears: 10, years: 12 },
          { requirement: 'category', verdict: 'met', category: 'law-enforcement', eligible: ['law-enforcement', 'government-official'] },
        ],
      },
      hasCv: true,
      submittedAt: '2026-10-01T09:00:00.000Z',
    });
    const text = JSON.stringify(view);
    for (const secret of ['87', 'HR thinks highly', 'NCB note', 'ncb@x.org', 'amina.diallo@police.example', '+221', 'hash', 'Police nationale']) expect(text).not.toContain(secret);
  });
});

describe('who reads the ranking', () => {
  const candidates = [{ id: 'app-1' }, { id: 'app-2' }];
  const submitted = (member: string, applicationId: string): Marks => ({ ...marks(member, 'submitted'), applicationId });
  const hrViewer: Viewer = { kind: 'hr', email: 'hr@x.org' };
  const anaViewer: Viewer = { kind: 'member', email: 'ana@x.org', chair: false };
  const chairViewer: Viewer = { kind: 'member', email: 'chair@x.org', chair: true };
  // Ben's submitted marks are in for both: a ranking read now would give his exact scores.
  const ben = [submitted('ben@x.org', 'app-1'), submitted('ben@x.org', 'app-2')];

  it.each([
    ['HR, with nothing submitted', hrViewer, []],
    ['HR, with one member’s marks in', hrViewer, ben],
    ['a member who submitted for every candidate', anaViewer, [...ben, submitted('ana@x.org', 'app-1'), submitted('ana@x.org', 'app-2')]],
    ['the chair who submitted for every candidate', chairViewer, [...ben, submitted('chair@x.org', 'app-1'), submitted('chair@x.org', 'app-2')]],
  ])('%s: yes', (_who, viewer, seen) => {
    expect(() => checkRankingAccess(viewer, candidates, seen)).not.toThrow();
  });

  it.each([
    ['a member with nothing submitted, one other member’s marks in', anaViewer, ben, '2 left'],
    ['a member with one of two submitted', anaViewer, [submitted('ana@x.org', 'app-1'), submitted('ben@x.org', 'app-2')], '1 left'],
    ['a member with drafts only', anaViewer, [{ ...marks('ana@x.org', 'draft') }], '2 left'],
    ['the chair with nothing submitted, one other member’s marks in', chairViewer, ben, '2 left'],
    ['the chair with one of two submitted', chairViewer, [...ben, submitted('chair@x.org', 'app-1')], '1 left'],
    ['the chair with drafts only', chairViewer, [...ben, { ...marks('chair@x.org', 'draft') }], '2 left'],
  ])('%s: 403, saying how many are left', (_who, viewer, seen, left) => {
    expect(() => checkRankingAccess(viewer, candidates, seen)).toThrow(Forbidden);
    expect(() => checkRankingAccess(viewer, candidates, seen)).toThrow(left);
  });
});
