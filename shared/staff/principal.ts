import * as z from '../zod.js';
import { Forbidden } from '../errors.js';

/**
 * `panel`: members of a vacancy's selection panel, who see only the panels that name them
 * (shared/selection/). `force`: a sending unit's force approvers, who release their own force's
 * officers only (`custom:force`, shared/release/; issue 18).
 */
export const staffGroups = ['hr', 'ncb', 'admin', 'panel', 'force'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** Who is signed in, as a handler sees it: read from the authorizer's claims, never from a token. */
export interface StaffPrincipal {
  /** Cognito's `sub`: stable across email changes. */
  subject: string;
  email: string;
  groups: StaffGroup[];
  /** ISO 3166-1 alpha-2, from `custom:country`: the only country an NCB officer may see. */
  country?: string;
  /** A force's id (shared/profiles/forces.ts), from `custom:force`: the only force an approver releases for. */
  force?: string;
}

/**
 * `cognito:groups` as it reaches a handler. A token (the local issuer's, Cognito's ID token) holds
 * the list as an array. API Gateway's REST Cognito authorizer hands every claim on as a string and
 * flattens a list by joining it with commas ("hr,ncb"); Cognito allows a comma inside a group name,
 * so "x,hr" may be one group or two, and splitting it would let a group named "x,hr" grant `hr`.
 * So a string is read as one group name when it holds no comma, and a string with a comma only
 * through the raw list of the token the authorizer checked (`rawGroups`, see groupsOfIdToken);
 * without it the claim is ambiguous and refused.
 */
const groupClaim = z.union([z.array(z.string()), z.string()]);

/** A force approver's force, when the claim is a force id (shared/profiles/forces.ts); any other value reaches no force. */
const forceOf = (claim: string | undefined): string | undefined => (claim !== undefined && /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(claim) ? claim : undefined);

const claimsSchema = z.object({
  sub: z.string().check(z.minLength(1)),
  email: z.string().check(z.minLength(3)),
  'cognito:groups': z.optional(groupClaim),
  'custom:country': z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  // Read apart (forceOf): a mistyped force in the console must not sign its user out of everything.
  'custom:force': z.optional(z.string()),
  token_use: z.optional(z.literal('id')),
});

/** The group names the claim stands for, or undefined when a flattened claim cannot be read safely. */
const groupNames = (claim: string | string[] | undefined, rawGroups: readonly string[] | undefined): readonly string[] | undefined => {
  if (claim === undefined) return [];
  if (Array.isArray(claim)) return claim;
  if (!claim.includes(',')) return claim === '' ? [] : [claim];
  // The raw list stands for this claim only when the authorizer flattened exactly it.
  return rawGroups !== undefined && rawGroups.join(',') === claim ? rawGroups : undefined;
};

/**
 * The principal of a request whose token the authorizer accepted, or undefined when the claims
 * are missing, not a staff member's, or name groups that cannot be told apart. Unknown group
 * names are dropped, never trusted; a name is matched whole, so "x,hr" is not `hr`.
 */
export const principalFromClaims = (claims: unknown, rawGroups?: readonly string[]): StaffPrincipal | undefined => {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  const { sub, email, 'cognito:groups': claim, 'custom:country': country, 'custom:force': force } = parsed.data;
  const groups = groupNames(claim, rawGroups);
  if (!groups) return undefined;
  return {
    subject: sub,
    email: email.toLowerCase(),
    groups: staffGroups.filter((group) => groups.includes(group)),
    ...(country ? { country } : {}),
    ...(forceOf(force) ? { force: forceOf(force) } : {}),
  };
};

export const isMemberOf = (principal: StaffPrincipal, allowed: readonly StaffGroup[]): boolean =>
  principal.groups.some((group) => allowed.includes(group));

/**
 * The country a principal is limited to: none for HR and admins (they see every country), their
 * own for an NCB officer. An NCB officer without a country sees nothing.
 */
export const countryScope = (principal: StaffPrincipal): string | undefined => {
  if (principal.groups.includes('hr') || principal.groups.includes('admin')) return undefined;
  if (!principal.country) throw new Forbidden('Your NCB account has no country: ask an administrator to set it.', { key: 'problem.forbidden.noCountry' });
  return principal.country;
};

/**
 * Whether the principal may see an application whose NCB is `country`'s: the home
 * administration's country (ncbCountry in shared/applications/application.ts), not the nationality.
 */
export const maySeeCountry = (principal: StaffPrincipal, country: string): boolean => {
  const scope = countryScope(principal);
  return scope === undefined || scope === country;
};

const decodeSegment = (segment: string): unknown => {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
};

/**
 * The raw `cognito:groups` list of the ID token in the request's one Authorization header, when
 * that token is the one whose claims the authorizer passed on: every string claim of the token
 * equals the authorizer's (sub, iss, aud, jti, token_use...). The signature is not checked here:
 * the authorizer checked exactly this header's token; the comparison makes sure it is that one.
 * Undefined for anything else (no token, two headers, an unreadable or different token).
 */
export const groupsOfIdToken = (authorization: readonly string[], claims: unknown): string[] | undefined => {
  if (authorization.length !== 1 || typeof claims !== 'object' || claims === null) return undefined;
  const token = /^(?:Bearer\s+)?([\w-]+\.([\w-]+)\.[\w-]+)$/i.exec((authorization[0] ?? '').trim());
  if (!token?.[2]) return undefined;
  let payload: unknown;
  try {
    payload = decodeSegment(token[2]);
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const passed = claims as Record<string, unknown>;
  const strings = Object.entries(payload).filter(([, value]) => typeof value === 'string');
  if (typeof (payload as Record<string, unknown>).sub !== 'string' || strings.some(([name, value]) => passed[name] !== value)) return undefined;
  const groups = (payload as Record<string, unknown>)['cognito:groups'];
  return Array.isArray(groups) && groups.every((group) => typeof group === 'string') ? groups : undefined;
};
