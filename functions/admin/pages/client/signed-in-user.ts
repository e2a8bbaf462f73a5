import { staffGroups, type StaffGroup } from '#shared/staff/principal.js';
import { t } from '../../../pages/client/words.js';

/** Who the ID token says is signed in: for the page's display and choices only; the API decides. */
export interface SignedInUser {
  email: string;
  groups: StaffGroup[];
  country?: string;
  /** A force approver's force id (`custom:force`, issue 18): whose officers' releases they decide. */
  force?: string;
  /** Seconds since the epoch, from `exp`. */
  expiresAt: number;
}

const decodePart = (part: string): unknown => {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
};

/** The token's claims, unverified (the gateway verifies every call); undefined when it is not a staff ID token. */
export const userFromIdToken = (token: string): SignedInUser | undefined => {
  try {
    const claims = decodePart(token.split('.')[1] ?? '') as Record<string, unknown>;
    const listed = claims['cognito:groups'];
    const groups = staffGroups.filter((group) => Array.isArray(listed) && listed.includes(group));
    const country = claims['custom:country'];
    const force = claims['custom:force'];
    if (typeof claims.email !== 'string' || typeof claims.exp !== 'number' || groups.length === 0) return undefined;
    return { email: claims.email, groups, ...(typeof country === 'string' ? { country } : {}), ...(typeof force === 'string' ? { force } : {}), expiresAt: claims.exp };
  } catch {
    return undefined;
  }
};

export const mayEdit = (user: SignedInUser): boolean => user.groups.includes('hr') || user.groups.includes('admin');
/** A force's approver (issue 18) decides on their own officers' release, and nothing else of the page is theirs. */
export const mayRelease = (user: SignedInUser): boolean => user.groups.includes('force');
/** Someone in the force approvers' group only: the Releases tab is all their page holds (every other view would answer 403). */
export const releasesOnly = (user: SignedInUser): boolean => user.groups.every((group) => group === 'force');
export const mayDecideAsNcb = (user: SignedInUser): boolean => user.groups.includes('ncb') || user.groups.includes('admin');

/** Who the user is to the page, as the top bar names them: an administrator, HR, or an NCB officer (of a country). */
export const roleOf = (user: SignedInUser): { role: 'admin' | 'hr' | 'ncbOf' | 'ncb'; country: string } => {
  if (user.groups.includes('admin')) return { role: 'admin', country: '' };
  if (user.groups.includes('hr')) return { role: 'hr', country: '' };
  return user.country ? { role: 'ncbOf', country: user.country } : { role: 'ncb', country: '' };
};

/** "HR", "Administrator", or "NCB officer, France", in the page's language. */
export const roleText = (user: SignedInUser, countryName: (code: string) => string): string => {
  const { role, country } = roleOf(user);
  return t('admin.role', { role, country: country && countryName(country) });
};
