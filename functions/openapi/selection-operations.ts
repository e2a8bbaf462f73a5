/**
 * What the OpenAPI document says of the selection's routes (functions/selection/; issue 16, points
 * 1 and 4; docs/selection.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { marksDraftSchema, marksSubmitSchema } from '#shared/selection/marks.js';
import { panelBodySchema, selectionCandidatePathSchema, selectionPathSchema } from '#shared/selection/panel.js';
import { TIE_RULE } from '#shared/selection/ranking.js';
import { recommendationBodySchema } from '#shared/selection/recommendation.js';

const marks = { schema: 'SelectionMarksAnswer', description: 'The member’s marks as stored now.' } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const selectionOperations = {
  listSelectionPanels: {
    summary: 'The selection panels the caller may see: every one for HR, the ones naming them for a panel member',
    answers: { 200: { schema: 'SelectionPanelList', description: 'The panels, by vacancy, each with the caller’s seat and the scale’s anchors.' } },
  },
  getSelectionPanel: {
    summary: 'A vacancy’s selection panel',
    description: 'A panel member whom the panel does not name gets the same 404 as for a vacancy without a panel.',
    path: selectionPathSchema,
    answers: { 200: { schema: 'SelectionPanelAnswer', description: 'The panel, the caller’s seat (hr, chair, member) and the scale’s anchors.' } },
    problems: ['not-found'],
  },
  setSelectionPanel: {
    summary: 'HR names or changes a vacancy’s panel: members, the chair among them, the criteria from its notice with their weights',
    description:
      'The whole panel each time. `revision` is absent when creating it and the one read when changing it (409 when stale). Criteria are ids of the criteria options, or `other` with a label of HR’s own. Once a member has submitted marks, the criteria, weights and spread threshold can no longer change and no member may leave (409 saying why); members may still be added and the chair moved among them.',
    path: selectionPathSchema,
    body: panelBodySchema,
    bodyExample: {
      members: ['panel.chair@secondment-hub.local', 'panel.member1@secondment-hub.local', 'panel.member2@secondment-hub.local'],
      chair: 'panel.chair@secondment-hub.local',
      criteria: [
        { id: 'experience', weight: 3 },
        { id: 'duty-1', weight: 2 },
        { id: 'language-en', weight: 1 },
        { id: 'other', label: 'Presentation', weight: 1 },
      ],
      spreadThreshold: 2,
    },
    answers: { 200: { schema: 'SelectionPanelSaved', description: 'The panel as stored.' } },
    problems: ['not-found', 'conflict'],
  },
  selectionCriteriaOptions: {
    summary: 'What a vacancy’s notice offers its panel to mark',
    description: 'Experience, each titled duty, each required language (alternatives as one), the abilities and aptitudes; plus `other`, one criterion of HR’s own.',
    path: selectionPathSchema,
    answers: { 200: { schema: 'SelectionCriteriaOptions', description: 'The options, the scale’s anchors and the default spread threshold.' } },
    problems: ['not-found'],
  },
  listSelectionCandidates: {
    summary: 'The candidates before the panel (shortlisted or further) and the marks the caller may read',
    description:
      'Only what the assessment needs: never HR’s score or note, the NCB’s history or the candidate’s contact details. A member reads their own marks (a draft too) and, for a candidate they have submitted marks for, every submitted mark; HR reads every submitted mark; nobody reads another member’s draft.',
    path: selectionPathSchema,
    answers: { 200: { schema: 'SelectionCandidates', description: 'The candidates, oldest application first.' } },
    problems: ['not-found'],
  },
  downloadSelectionCv: {
    summary: 'A 5-minute download link to the CV of a candidate before the panel',
    description: 'The CV only. 404 when the caller may not read the panel, the candidate is not before it, or no CV was received.',
    path: selectionCandidatePathSchema,
    answers: { 200: { schema: 'DownloadLink', description: 'The link.' } },
    problems: ['not-found'],
  },
  saveSelectionMarks: {
    summary: 'A panel member saves their marks of a candidate as a draft',
    description: '`revision` is absent on the first save and the one read after it: a save from another tab in between is a 409. Scores are 1 to 5 by criterion id; a draft may leave criteria out. After the submission, 409.',
    path: selectionCandidatePathSchema,
    body: marksDraftSchema,
    bodyExample: { revision: 1, scores: { experience: { score: 4, comment: 'Twelve years leading investigations.' }, 'duty-1': { score: 3 } }, overallComment: 'Strong on operations.' },
    answers: { 200: marks },
    problems: ['not-found', 'forbidden', 'conflict'],
  },
  submitSelectionMarks: {
    summary: 'A panel member submits their marks of a candidate: final',
    description: 'The draft at `revision`, with every criterion of the panel scored (400 naming the missing ones). The first submission of a panel locks its criteria.',
    path: selectionCandidatePathSchema,
    body: marksSubmitSchema,
    answers: { 200: marks },
    problems: ['not-found', 'forbidden', 'conflict'],
  },
  getSelectionRanking: {
    summary: 'The panel’s ranking: combined marks, spread flags, recommendations',
    description: `HR at any time; a member, the chair included, once they have submitted marks for every candidate (403 before, saying how many are left). Only candidates with at least one submitted mark are ranked. The combined mark: for each criterion the mean of the submitted scores, weighted by the criterion’s weight, over the sum of the weights; computed exactly, shown to 2 decimals (half up). A criterion is flagged when members’ scores differ by more than the panel’s threshold. Tie rule: ${TIE_RULE}`,
    path: selectionPathSchema,
    answers: { 200: { schema: 'SelectionRanking', description: 'The ranked candidates, best first, with the tie rule.' } },
    problems: ['not-found', 'forbidden'],
  },
  recommendSelectionCandidate: {
    summary: 'The panel’s chair records its recommendation for a ranked candidate',
    description: 'appoint, reserve or not-recommended (reasons required). The chair only (403 for another member); a candidate without a submitted mark is a 409; revising names the revision read.',
    path: selectionCandidatePathSchema,
    body: recommendationBodySchema,
    bodyExample: { decision: 'reserve', reasons: 'Strong, but the first-ranked candidate covers the post’s languages better.' },
    answers: { 200: { schema: 'SelectionRecommendationAnswer', description: 'The recommendation as stored.' } },
    problems: ['not-found', 'forbidden', 'conflict'],
  },
  selectionHistory: {
    summary: 'A selection’s audit trail: the panel’s changes, marks saved and submitted, recommendations',
    path: selectionPathSchema,
    answers: { 200: { schema: 'SelectionHistory', description: 'The entries, oldest first.' } },
    problems: ['not-found'],
  },
} as const;
