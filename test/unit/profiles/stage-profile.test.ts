import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '#functions/config.js';
import { stageProfile } from '#functions/profile.js';
import { receivingProfile } from '#shared/profiles/profile.js';

describe("a function's organisation profile", () => {
  it('is the receiving organisation when the stage sets none, as every stage deployed before', () => {
    expect(stageProfile({})).toBe(receivingProfile);
    expect(stageProfile({ ORGANISATION_PROFILE: 'receiving' })).toBe(receivingProfile);
  });

  it("is a sending unit with the stage's forces", () => {
    const profile = stageProfile({ ORGANISATION_PROFILE: 'sending', RELEASING_FORCES: 'met=Metropolitan Police Service;psni=Police Service of Northern Ireland' });
    expect(profile.name).toBe('sending');
    expect(profile.forces).toEqual([
      { id: 'met', name: 'Metropolitan Police Service' },
      { id: 'psni', name: 'Police Service of Northern Ireland' },
    ]);
  });

  it('stops the function at start-up, naming the variable, when a sending unit has no forces or a bad one', () => {
    expect(() => stageProfile({ ORGANISATION_PROFILE: 'sending' })).toThrow(new ConfigurationError('Invalid configuration: RELEASING_FORCES.forces: A sending unit names at least one force.'));
    expect(() => stageProfile({ ORGANISATION_PROFILE: 'sending', RELEASING_FORCES: 'Met Police=Metropolitan' })).toThrow(/RELEASING_FORCES\.forces\.0\.id: A force id is/);
    expect(() => stageProfile({ ORGANISATION_PROFILE: 'exporting' })).toThrow(/ORGANISATION_PROFILE/);
  });
});
