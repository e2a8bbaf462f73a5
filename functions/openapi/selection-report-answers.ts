/**
 * The answers of the selection report's routes (functions/selection-report/), as JSON Schema
 * 2020-12: part of answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const mark: JsonSchema = { type: 'number', minimum: 1, maximum: 5, description: 'To 2 decimals (half up).' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

export const selectionReportAnswerSchemas: Record<string, JsonSchema> = {
  SelectionReport: object(['vacancy', 'generatedAt', 'figures', 'panel', 'tieRule', 'ranking', 'unranked', 'awaitingRecommendation'], {
    vacancy: object(['number', 'title', 'unit', 'location', 'grade', 'posts', 'status', 'timeZone']),
    generatedAt: dateTime,
    figures: object(['applied', 'eligible', 'eligibilityUnknown', 'shortlisted', 'tested', 'interviewed'], {
      applied: { ...count, description: 'Confirmed applications.' },
      eligible: { ...count, description: 'Meeting every requirement of the notice, or overridden by HR.' },
      eligibilityUnknown: count,
      shortlisted: { ...count, description: 'Reached the stage, whatever their status now.' },
      tested: count,
      interviewed: count,
    }),
    panel: object(['chair', 'members', 'spreadThreshold', 'criteria'], {
      chair: { type: 'string' },
      members: list({ type: 'string' }),
      spreadThreshold: { type: 'integer' },
      criteria: list(object(['id', 'label', 'weight'])),
    }),
    tieRule: { type: 'string' },
    ranking: list(
      object(['rank', 'applicationId', 'name', 'combined', 'criteria', 'submissions'], {
        rank: { type: 'integer', minimum: 1 },
        applicationId: { type: 'string', format: 'uuid' },
        name: { type: 'string' },
        combined: mark,
        criteria: list(object(['criterionId', 'label', 'weight', 'mean', 'spread'], { mean: mark, spread: { type: 'boolean' } })),
        submissions: count,
        recommendation: object(['decision', 'by', 'at'], { decision: { enum: ['appoint', 'reserve', 'not-recommended'] }, reasons: { type: 'string' }, by: { type: 'string' }, at: dateTime }),
      }),
    ),
    unranked: count,
    awaitingRecommendation: count,
    signOff: object(['by', 'at'], { by: { type: 'string' }, at: dateTime }),
  }),
};
