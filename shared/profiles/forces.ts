import * as z from '../zod.js';
import { singleLine } from '../text.js';

/**
 * A police force or employer whose approver releases its officers for a mission (issue 18): a
 * sending stage lists its own (infra/aws/stages.ts `organisation.forces`), so the same code serves
 * any country's unit. The id is what an approver's account is scoped to.
 */
export interface Force {
  id: string;
  name: string;
}

export const forceId = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'A force id is 1 to 40 lowercase letters, digits or inner hyphens, such as met.'));

export const forceSchema = z.strictObject({ id: forceId, name: singleLine(120).check(z.refine((name) => !name.includes(';'), 'A force name has no semicolon (it separates forces in the stage setting).')) });

/** The forces of a stage: at least one, each id once. */
export const forceListSchema = z
  .array(forceSchema)
  .check(
    z.minLength(1, 'A sending unit names at least one force.'),
    z.maxLength(100),
    z.refine((forces) => new Set(forces.map((force) => force.id)).size === forces.length, 'Each force id once.'),
  );

/**
 * The list as one environment variable carries it, `id=Name;id=Name`: short enough for Lambda's
 * 4 KB of variables with a country's forty-odd forces (a JSON list would take a third more).
 */
export const formatForces = (forces: readonly Force[]): string => forces.map((force) => `${force.id}=${force.name}`).join(';');

export const parseForces = (value: string): Force[] =>
  value
    .split(';')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? { id: entry.trim(), name: '' } : { id: entry.slice(0, at).trim(), name: entry.slice(at + 1).trim() };
    });
