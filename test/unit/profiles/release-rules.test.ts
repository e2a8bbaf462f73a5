import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '#shared/staff/principal.js';
import { inReleaseScope, releaseScope } from '#shared/release/scope.js';
import { releaseDecisionSchema } from '#shared/release/schema.js';
import { aminaApplication } from '../../support/candidates.js';

const paths = (input: unknown) => {
  const result = releaseDecisionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

const approver = (force?: string) => principalFromClaims({ sub: 's', email: 'a@force.example', 'cognito:groups': ['force'], ...(force ? { 'custom:force': force } : {}) });
const officerOf = (force: string) => aminaApplication({ category: 'serving-police', applicantStatus: { force, lineManager: 'L', lineManagerEmail: 'l@x.example' } });

describe('a release decision', () => {
  it('names the period of an approval, in order', () => {
    expect(paths({ version: 1, decision: 'approved', from: '2027-01-15', until: '2028-01-14' })).toEqual([]);
    expect(paths({ version: 1, decision: 'approved', from: '2027-01-15' })).toEqual(['until']);
    expect(paths({ version: 1, decision: 'approved', from: '2027-01-15', until: '2027-01-14' })).toEqual(['until']);
    expect(paths({ version: 1, decision: 'approved', from: '2027-01-15', until: '2027-01-15' })).toEqual([]);
  });

  it('gives the reason of a refusal, and no period', () => {
    expect(paths({ version: 1, decision: 'refused', note: 'Needed at home.' })).toEqual([]);
    expect(paths({ version: 1, decision: 'refused', note: '   ' })).toEqual(['note']);
    expect(paths({ version: 1, decision: 'refused', note: 'x', from: '2027-01-15' })).toEqual(['from']);
  });
});

describe("an approver's scope", () => {
  it('reads the force from the token, and reaches its own serving officers only', () => {
    const met = approver('met');
    expect(met?.force).toBe('met');
    expect(met && inReleaseScope(met, officerOf('met'))).toBe(true);
    expect(met && inReleaseScope(met, officerOf('police-scotland'))).toBe(false);
    expect(met && inReleaseScope(met, aminaApplication({ category: 'retired-police', applicantStatus: { retiredOn: '2020-01-01', formerForce: 'met' } }))).toBe(false);
    expect(met && inReleaseScope(met, aminaApplication())).toBe(false);
  });

  it('reaches nothing without a force, and every force for HR', () => {
    const none = approver();
    expect(none && inReleaseScope(none, officerOf('met'))).toBe(false);
    const hr = principalFromClaims({ sub: 'h', email: 'hr@x.example', 'cognito:groups': ['hr'] });
    expect(hr && releaseScope(hr)).toEqual({});
    expect(hr && inReleaseScope(hr, officerOf('police-scotland'))).toBe(true);
  });

  it('reads a force claim that is no force id as no force, without signing its user out of their other groups', () => {
    const mistyped = principalFromClaims({ sub: 's', email: 'a@force.example', 'cognito:groups': ['force', 'hr'], 'custom:force': 'Met Police' });
    expect(mistyped?.force).toBeUndefined();
    expect(mistyped?.groups).toEqual(['hr', 'force']);
  });

  it("reaches no application whose address was never confirmed", () => {
    const met = approver('met');
    expect(met && inReleaseScope(met, { ...officerOf('met'), emailConfirmation: { tokenHash: 'h', expiresAt: '2026-12-01T00:00:00Z' } })).toBe(false);
  });
});
