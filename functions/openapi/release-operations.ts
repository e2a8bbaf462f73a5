/**
 * What the OpenAPI document says of the releases' routes (functions/release/; issue 18, point 4;
 * docs/sending.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { releaseDecisionSchema } from '#shared/release/schema.js';
import { applicationPathSchema } from '../applications/application-path.js';

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const releaseOperations = {
  listReleases: {
    summary: 'The serving officers whose release is asked: a force approver’s own force’s, HR’s every force’s',
    description: 'For the calls still open or in selection; waiting ones first, then by national deadline. Confirmed, active applications only.',
    answers: { 200: { schema: 'ReleaseList', description: 'One row per officer.' } },
  },
  recordRelease: {
    summary: 'The officer’s force approves their release for a period, or refuses it',
    description:
      'At the version read (`version`). An approval names `from` and `until`; a refusal a `note`. Only the approver of the officer’s own force decides: another force’s officer, or an applicant who needs no release, is a 404. The same decision again changes nothing.',
    path: applicationPathSchema,
    body: releaseDecisionSchema,
    bodyExample: { version: 3, decision: 'approved', from: '2027-02-01', until: '2028-01-31' },
    answers: { 200: { schema: 'ReleaseRow', description: 'The officer’s row with the decision.' } },
    problems: ['not-found', 'conflict'] as const,
  },
};
