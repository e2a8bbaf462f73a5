/**
 * The answers of the selection's routes (functions/selection/), as JSON Schema 2020-12: part of
 * answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */
import { educationLevels } from '#shared/applications/schema.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { verdicts } from '#shared/eligibility/eligibility.js';
import { criterionKinds } from '#shared/selection/criteria.js';
import { recommendationDecisions } from '#shared/selection/recommendation.js';
import { cefrLevels } from '#shared/vacancies/notice-schema.js';

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const seat: JsonSchema = { enum: ['hr', 'chair', 'member'], description: 'How the caller sits on the panel.' };

const criterionOption = { id: { type: 'string' }, kind: { enum: [...criterionKinds] }, label: { type: 'string' } };
const criteria = list(object(['id', 'kind', 'label', 'weight'], { ...criterionOption, weight: { type: 'integer', minimum: 1 } }));
const anchors = list(object(['score', 'label'], { score: { type: 'integer', minimum: 1, maximum: 5 }, label: { type: 'string' } }));

export const selectionAnswerSchemas: Record<string, JsonSchema> = {
  SelectionPanel: object(['vacancy', 'members', 'chair', 'criteria', 'spreadThreshold', 'revision', 'updatedAt', 'updatedBy'], {
    vacancy: { type: 'string' },
    members: list({ type: 'string', format: 'email' }),
    chair: { type: 'string', format: 'email' },
    criteria,
    spreadThreshold: { type: 'integer', minimum: 1, maximum: 4 },
    revision: { type: 'integer', minimum: 1 },
    lockedAt: { ...dateTime, description: 'When the first mark was submitted: the criteria no longer change.' },
    updatedAt: dateTime,
    updatedBy: { type: 'string' },
  }),
  SelectionPanelAnswer: object(['panel', 'seat', 'anchors'], { panel: ref('SelectionPanel'), title: { type: 'string' }, seat, anchors }),
  SelectionPanelList: object(['items'], { items: list(ref('SelectionPanelAnswer')) }),
  SelectionPanelSaved: object(['panel'], { panel: ref('SelectionPanel') }),
  SelectionCriteriaOptions: object(['vacancy', 'options', 'other', 'anchors', 'defaultSpreadThreshold'], {
    vacancy: { type: 'string' },
    options: list(object(['id', 'kind', 'label'], criterionOption)),
    other: { const: 'other', description: 'The id of the one criterion of HR’s own (with a label).' },
    anchors,
    defaultSpreadThreshold: { type: 'integer' },
  }),
  SelectionMarks: object(['vacancy', 'applicationId', 'member', 'scores', 'state', 'revision', 'updatedAt'], {
    vacancy: { type: 'string' },
    applicationId: { type: 'string', format: 'uuid' },
    member: { type: 'string', format: 'email' },
    scores: {
      type: 'object',
      additionalProperties: object(['score'], { score: { type: 'integer', minimum: 1, maximum: 5 }, comment: { type: 'string' } }),
      description: 'By criterion id.',
    },
    overallComment: { type: 'string' },
    state: { enum: ['draft', 'submitted'] },
    revision: { type: 'integer', minimum: 1 },
    updatedAt: dateTime,
    submittedAt: dateTime,
  }),
  SelectionMarksAnswer: object(['marks'], { marks: ref('SelectionMarks') }),
  SelectionCandidate: object(['applicationId', 'name', 'status', 'nationality', 'currentTitle', 'yearsOfExperience', 'languages', 'eligibility', 'hasCv', 'submittedAt'], {
    applicationId: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    status: { enum: [...applicationStatuses] },
    nationality: { type: 'string' },
    currentTitle: { type: 'string' },
    yearsOfExperience: { type: 'integer' },
    languages: list(object(['language'], { language: { type: 'string' }, level: { enum: [...cefrLevels] } })),
    education: { enum: [...educationLevels] },
    eligibility: object(['verdict', 'judgements'], {
      verdict: { enum: [...verdicts] },
      judgements: list(object(['requirement', 'verdict'], { requirement: { enum: ['experience', 'language', 'category'] }, verdict: { enum: [...verdicts] } })),
    }),
    hasCv: { type: 'boolean', description: 'A CV was received: GET .../candidates/{id}/cv gives a link to it.' },
    submittedAt: dateTime,
  }),
  SelectionCandidates: object(['vacancy', 'seat', 'items'], {
    vacancy: { type: 'string' },
    seat,
    items: list(
      object(['candidate', 'marks'], {
        candidate: ref('SelectionCandidate'),
        marks: list(ref('SelectionMarks')),
        mine: { enum: ['none', 'draft', 'submitted'], description: 'A member’s own marks’ state.' },
        submissions: { type: 'integer', description: 'How many members have submitted marks for this candidate: for HR, and for a member once their own is submitted.' },
      }),
    ),
  }),
  SelectionRecommendation: object(['vacancy', 'applicationId', 'decision', 'by', 'at', 'revision'], {
    vacancy: { type: 'string' },
    applicationId: { type: 'string', format: 'uuid' },
    decision: { enum: [...recommendationDecisions] },
    reasons: { type: 'string' },
    by: { type: 'string', format: 'email' },
    at: dateTime,
    revision: { type: 'integer', minimum: 1 },
  }),
  SelectionRecommendationAnswer: object(['recommendation'], { recommendation: ref('SelectionRecommendation') }),
  SelectionRanking: object(['vacancy', 'tieRule', 'criteria', 'spreadThreshold', 'members', 'items', 'unranked'], {
    vacancy: { type: 'string' },
    tieRule: { type: 'string' },
    criteria,
    spreadThreshold: { type: 'integer' },
    members: { type: 'integer', description: 'How many members the panel has.' },
    items: list(
      object(['rank', 'applicationId', 'name', 'combined', 'criteria', 'submissions', 'spreadFlags'], {
        rank: { type: 'integer', minimum: 1 },
        applicationId: { type: 'string', format: 'uuid' },
        name: { type: 'string' },
        combined: { type: 'number', description: 'To 2 decimals, on the 1 to 5 scale.' },
        criteria: list(
          object(['criterionId', 'mean', 'lowest', 'highest', 'spread'], {
            criterionId: { type: 'string' },
            mean: { type: 'number' },
            lowest: { type: 'integer' },
            highest: { type: 'integer' },
            spread: { type: 'boolean' },
          }),
        ),
        submissions: { type: 'integer', description: 'How many members have submitted marks for this candidate.' },
        spreadFlags: list({ type: 'string' }),
        separatedBy: {
          description: 'The step of the tie rule that put the candidate below the one above.',
          oneOf: [{ enum: ['combined', 'submissions', 'submittedAt', 'reference'] }, object(['criterionId'], { criterionId: { type: 'string' } })],
        },
        recommendation: ref('SelectionRecommendation'),
      }),
    ),
    unranked: { type: 'integer', description: 'Candidates before the panel with no submitted mark yet.' },
  }),
  SelectionHistory: object(['vacancy', 'items'], {
    vacancy: { type: 'string' },
    items: list(
      object(['vacancy', 'at', 'by', 'action', 'changes'], {
        vacancy: { type: 'string' },
        at: dateTime,
        by: { type: 'string' },
        action: { enum: ['panel-created', 'panel-changed', 'marks-saved', 'marks-submitted', 'recommended', 'report-signed'] },
        applicationId: { type: 'string', format: 'uuid' },
        changes: { type: 'object', description: 'What changed, from and to; empty for a saved draft (marks-saved), whose scores and comments the history never shows.' },
        changed: { ...list({ type: 'string' }), description: 'A saved draft (marks-saved): the criterion ids whose score or comment changed, and overallComment if it did.' },
      }),
    ),
  }),
};
