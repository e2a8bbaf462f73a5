/**
 * What the OpenAPI document says of the expert roster's routes (functions/expert-roster/; issue 18,
 * point 7; docs/sending.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { expertCallPathSchema, expertCreateSchema, expertInvitationSchema, expertPathSchema, expertUpdateSchema } from '#shared/expert-roster/schema.js';

const expertExample = {
  givenName: 'Nino',
  familyName: 'Beridze',
  email: 'nino.beridze@experts.example',
  language: 'en',
  fields: ['border-monitoring', 'human-rights'],
  languages: [
    { language: 'en', level: 'C1' },
    { language: 'ka', level: 'C2' },
  ],
  yearsOfExperience: 9,
  availableFrom: '2027-01-01',
  vettingExpiresOn: '2028-06-30',
};

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const expertRosterOperations = {
  listExperts: {
    summary: 'The roster of deployable civilian experts',
    description: 'Every expert the unit keeps, by family name then given name. A receiving stage’s roster is empty.',
    answers: { 200: { schema: 'ExpertList', description: 'The roster.' } },
  },
  addExpert: {
    summary: 'Add an expert to the roster',
    description: 'One record per email (409 when the address is on the roster already). Audited: who and when.',
    body: expertCreateSchema,
    bodyExample: expertExample,
    answers: { 201: { schema: 'RosterExpert', description: 'The record as stored.' } },
    problems: ['conflict'] as const,
  },
  editExpert: {
    summary: 'Edit an expert’s record',
    description: 'The whole record at the version read: a stale version is 409 with `current`, the record as it stands (an invitation recorded meanwhile moves the version too); an email another expert has is 409. The same values again write nothing. Audited: who, when and which fields.',
    path: expertPathSchema,
    body: expertUpdateSchema,
    bodyExample: { ...expertExample, yearsOfExperience: 10, version: 1 },
    answers: { 200: { schema: 'RosterExpert', description: 'The record as stored now.' } },
    problems: ['not-found', 'conflict'] as const,
  },
  removeExpert: {
    summary: 'Remove an expert who asked to leave the roster',
    description: 'The record goes, and its email may be added again; the audit trail (who, when, which fields, never their values) stays. Idempotent: 204 again for an expert gone.',
    path: expertPathSchema,
    answers: { 204: { empty: 'Removed, or not on the roster: no body.' } },
  },
  listExpertMatches: {
    summary: 'The experts a call could use, with why',
    description:
      'The experts one of whose fields is the call’s role category (a police role lists none), each judged: experience and languages as an application would be, availability (from at most 90 days into the post, until its end), vetting (not expiring before the post ends; none yet is unknown). Met first, then unknown, then unmet, then by name; each says whether they were invited and whether they applied. 404 for a vacancy that names no mission.',
    path: expertCallPathSchema,
    answers: { 200: { schema: 'ExpertMatches', description: 'The call, when its post runs, and the matches.' } },
    problems: ['not-found'] as const,
  },
  inviteExperts: {
    summary: 'Invite experts to apply to a call',
    description:
      'Each expert is written to once per call, in their language, with the link to the call’s form; the invitation is recorded on their record. Each id’s outcome: `sent`, `already-sent` (invited before), `suppressed` (their address bounced), `failed` (try again), `not-found`. 409 when the call no longer takes applications.',
    path: expertCallPathSchema,
    body: expertInvitationSchema,
    bodyExample: { experts: ['4f7b1c2e-8d3a-4e5f-9a6b-1c2d3e4f5a6b'] },
    answers: { 200: { schema: 'ExpertInvitations', description: 'Each expert’s outcome, in the order given.' } },
    problems: ['not-found', 'conflict'] as const,
  },
};
