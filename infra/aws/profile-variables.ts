import type { ConfigName } from '#functions/config.js';
import { formatForces } from '#shared/profiles/forces.js';
import type { ProfileSetting } from '#shared/profiles/profile.js';

/**
 * The stage's organisation profile as every function carries it (a receiving stage's needs no
 * forces), written as functions/profile.ts reads it back. Apart from the stage's settings, which
 * check with it that the functions would read the forces as written (stages.ts).
 */
export const profileVariables = (stage: { organisation: ProfileSetting }): Partial<Record<ConfigName, string>> => ({
  ORGANISATION_PROFILE: stage.organisation.profile,
  ...(stage.organisation.profile === 'sending' ? { RELEASING_FORCES: formatForces(stage.organisation.forces) } : {}),
});
