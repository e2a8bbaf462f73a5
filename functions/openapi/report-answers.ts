/**
 * The answers of the reports' routes (functions/reports/), as JSON Schema 2020-12: part of
 * answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const count: JsonSchema = { type: 'integer', minimum: 0 };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const stages = ['applied', 'eligible', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'];
const pipeline = object(stages, Object.fromEntries(stages.map((stage) => [stage, count])));
const place = { applications: count, appointments: count, secondments: count, serving: count };
const shown: JsonSchema = {
  oneOf: [object(['count'], { count: { type: 'integer', minimum: 5 } }), object(['fewerThan'], { fewerThan: { const: 5 } })],
  description: 'A count of 5 or more, or fewerThan 5.',
};
const genders = ['woman', 'man', 'another', 'notStated'];
const gender = object(['cells', 'shares', 'total'], {
  cells: object(genders, Object.fromEntries(genders.map((one) => [one, shown]))),
  shares: { type: 'object', description: 'Per cent of the quarter’s total, for shown cells only.' },
  total: count,
});
const date: JsonSchema = { type: 'string', format: 'date' };
const genderQuarter = object(['quarter', 'from', 'to', 'applications', 'appointments'], {
  quarter: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$' },
  from: date,
  to: date,
  applications: { ...gender, description: 'Applications submitted in the quarter (UTC), by self-declared gender.' },
  appointments: { ...gender, description: 'Appointments made in the quarter (UTC), by self-declared gender.' },
});
const share = object(['count', 'of'], { count, of: count, share: { type: 'number', description: 'Per cent, to a tenth.' } });
const underRepresented = object(['countries', 'revision'], {
  countries: list({ type: 'string', pattern: '^[A-Z]{2}$' }),
  revision: count,
  updatedAt: { type: 'string', format: 'date-time' },
  updatedBy: { type: 'string' },
});

export const reportAnswerSchemas: Record<string, JsonSchema> = {
  ReportFigures: object(['generatedAt', 'underRepresented', 'vacancies', 'total', 'countries', 'regions', 'serving', 'representation'], {
    generatedAt: { type: 'string', format: 'date-time' },
    underRepresented,
    vacancies: list(
      object(['vacancy', 'title', 'status', 'publishedAt', 'pipeline', 'purged', 'daysToAppointment'], {
        pipeline,
        purged: { ...count, description: 'Applications counted from the kept counts of the purge.' },
        daysToAppointment: object(['appointments'], { first: count, median: { type: 'number' }, appointments: count }),
      }),
    ),
    total: object(['pipeline', 'purged', 'daysToAppointment'], { pipeline, purged: count }),
    countries: list(object(['country', ...Object.keys(place)], { country: { type: 'string' }, region: { type: 'string' }, ...place })),
    regions: list(object(['region', 'name', ...Object.keys(place)], { region: { enum: ['africa', 'americas', 'asia-south-pacific', 'europe', 'middle-east-north-africa'] }, name: { type: 'string' }, ...place })),
    serving: object(['officers', 'nationalities', 'secondments', 'purgedSecondments'], { officers: count, nationalities: count, secondments: count, purgedSecondments: count }),
    representation: object(['underRepresented', 'gender'], {
      underRepresented: object(['applications', 'appointments', 'serving'], { applications: share, appointments: share, serving: share }),
      gender: {
        ...object(['quarters'], { quarters: list(genderQuarter) }),
        description:
          'Per closed calendar quarter only (UTC), the last 8 that ended at least 14 days ago, oldest first; a quarter with no application and no appointment is left out. No total across quarters. Purged applications’ gender is not kept.',
      },
    }),
  }),
  UnderRepresentedList: {
    ...underRepresented,
    properties: {
      ...(underRepresented.properties as Record<string, JsonSchema>),
      history: list(object(['at', 'by', 'revision', 'added', 'removed'])),
    },
  },
};
