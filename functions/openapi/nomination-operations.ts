/**
 * What the OpenAPI document says of the nominations' routes (functions/nomination/; issue 18,
 * point 5; docs/sending.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { missionAnswerBodySchema, nominateBodySchema, nominationCallPathSchema, nominationPathSchema, nominationSentBodySchema, withdrawNominationBodySchema } from '#shared/nomination/schema.js';

const change = { 200: { schema: 'NominationChange', description: 'The candidate’s row as stored now.' } } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const nominationOperations = {
  listNominations: {
    summary: 'A call’s nomination board: its interviewed and nominated candidates',
    description: 'The call’s mission, how many it lets the unit nominate and how many are nominated; each candidate with whether it can be nominated now and, if not, why. Nominated first, in the order nominated, then by name. 404 for a vacancy that is not a call for a post in a mission.',
    path: nominationCallPathSchema,
    answers: { 200: { schema: 'NominationBoard', description: 'The board.' } },
    problems: ['not-found'] as const,
  },
  nominate: {
    summary: 'Nominate a candidate to the mission',
    description:
      'At the version read, to a published call (a draft or cancelled one: 409). Only an interviewed candidate, complete (the CV; a serving officer’s release by their force), once the national deadline has passed in the duty station (else 422), and within the call’s `nominationsAllowed` (else 409 naming the nominated, also when two nominations race). Already nominated: 200 `unchanged`.',
    path: nominationPathSchema,
    body: nominateBodySchema,
    bodyExample: { version: 5 },
    answers: { 201: { schema: 'NominationChange', description: 'Nominated.' }, 200: { schema: 'NominationChange', description: 'Already nominated: nothing written.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition'] as const,
  },
  withdrawNomination: {
    summary: 'Withdraw a nomination before it goes to the mission',
    description: 'With a reason, audited; its place is free again. Once sent, 409.',
    path: nominationPathSchema,
    body: withdrawNominationBodySchema,
    bodyExample: { version: 6, reason: 'The officer is needed for an operation at home until the spring.' },
    answers: change,
    problems: ['not-found', 'conflict'] as const,
  },
  recordNominationSent: {
    summary: 'Record the day the nomination’s package went to the mission',
    description: 'Not after today in the duty station, nor before the nomination. It may be corrected until the mission answers. A candidate who withdrew or was rejected: 409.',
    path: nominationPathSchema,
    body: nominationSentBodySchema,
    bodyExample: { version: 6, sentOn: '2027-03-02' },
    answers: change,
    problems: ['not-found', 'conflict'] as const,
  },
  recordMissionAnswer: {
    summary: 'Record the mission’s answer: selected, reserve or not selected',
    description:
      'Once the package went; the candidate is told in their language and, for a serving officer, the approver of their force who released them, once each. A reserve may later become selected; any other answer stands (409). The same answer again writes nothing and sends only what failed before.',
    path: nominationPathSchema,
    body: missionAnswerBodySchema,
    bodyExample: { version: 7, outcome: 'selected', answeredOn: '2027-03-20' },
    answers: { 200: { schema: 'MissionAnswerRecorded', description: 'The row, and whether each was told.' } },
    problems: ['not-found', 'conflict'] as const,
  },
  downloadNominationPackage: {
    summary: 'The nomination’s package: one ZIP with the CV, the application form and, for a serving officer, the release approval',
    description:
      'A 5-minute link to the file, made anew on each request from the application as it stands. Only for a nominated candidate still in the running (409 otherwise); 422 when the CV, or a serving officer’s approved release, has gone since the nomination.',
    path: nominationPathSchema,
    answers: { 200: { schema: 'NominationPackage', description: 'The link and what the ZIP holds.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition'] as const,
  },
};
