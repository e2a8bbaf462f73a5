import * as z from 'zod';
import { Forbidden } from '../errors.js';

export const staffGroups = ['hr', 'ncb', 'admin'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** Who is signed in, as a handler sees it: read from the authorizer's claims, never from a token. */
export interface StaffPrincipal {
  /** Cognito's `sub`: stable across email changes. */
  subject: string;
  email: string;
  groups: StaffGroup[];
  /** ISO 3166-1 alpha-2, from `custom:country`: the only country an NCB officer may see. */
  country?: string;
}

/**
 * `cognito:groups` as it reaches a handler: API Gateway's REST Cognito authorizer flattens it to
 * a comma-separated string ("hr,ncb"), HTTP API's JWT authorizer to "[hr ncb]"; a raw token has an array.
 */
const groupList = z.union([z.array(z.string()), z.string()]).transform((value) =>
  (Array.isArray(value) ? value : value.replace(/^\[|\]$/g, '').split(/[\s,]+/)).filter((group) => group.length > 0),
);

const claimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().min(3),
  'cognito:groups': groupList.optional(),
  'custom:country': z.string().regex(/^[A-Z]{2}$/).optional(),
  token_use: z.literal('id').optional(),
});

/**
 * The principal of a request whose token the authorizer accepted, or undefined when the claims
 * are missing or not a staff member's. Unknown group names are dropped, never trusted.
 */
export const principalFromClaims = (claims: unknown): StaffPrincipal | undefined => {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  const { sub, email, 'cognito:groups': groups = [], 'custom:country': country } = parsed.data;
  return {
    subject: sub,
    email: email.toLowerCase(),
    groups: staffGroups.filter((group) => groups.includes(group)),
    ...(country ? { country } : {}),
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
  if (!principal.country) throw new Forbidden('Your NCB account has no country: ask an administrator to set it.');
  return principal.country;
};

/** Whether the principal may see an application of a national of `nationality`. */
export const maySeeNationality = (principal: StaffPrincipal, nationality: string): boolean => {
  const scope = countryScope(principal);
  return scope === undefined || scope === nationality;
};
