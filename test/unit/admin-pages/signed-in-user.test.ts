import { describe, expect, it } from 'vitest';
import { mayDecideAsNcb, mayEdit, mayRelease, releasesOnly, roleOf, userFromIdToken } from '#functions/admin/pages/client/signed-in-user.js';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const idToken = (claims: Record<string, unknown>) => `${part({ alg: 'RS256' })}.${part(claims)}.signature`;

describe('who the page shows as signed in', () => {
  it('reads the email, the known groups and the NCB country from the ID token', () => {
    const user = userFromIdToken(idToken({ email: 'ncb.lyon@interpol.fr.example', 'cognito:groups': ['ncb', 'superuser'], 'custom:country': 'FR', exp: 2_000_000_000 }));

    expect(user).toEqual({ email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR', expiresAt: 2_000_000_000 });
    // The top bar says it in the page's words (admin.role): an NCB officer of France.
    expect(user && roleOf(user)).toEqual({ role: 'ncbOf', country: 'FR' });
    expect(user && mayEdit(user)).toBe(false);
    expect(user && mayDecideAsNcb(user)).toBe(true);
  });

  it("reads a force approver's force from the ID token: the Releases tab is all their page holds", () => {
    const user = userFromIdToken(idToken({ email: 'releases@met.police.example', 'cognito:groups': ['force'], 'custom:force': 'met', exp: 2_000_000_000 }));
    expect(user).toEqual({ email: 'releases@met.police.example', groups: ['force'], force: 'met', expiresAt: 2_000_000_000 });
    expect(user && [mayRelease(user), releasesOnly(user), mayEdit(user)]).toEqual([true, true, false]);
    const hrAndForce = userFromIdToken(idToken({ email: 'x@met.police.example', 'cognito:groups': ['hr', 'force'], 'custom:force': 'met', exp: 2_000_000_000 }));
    expect(hrAndForce && releasesOnly(hrAndForce)).toBe(false);
  });

  it('reads accented text in the claims as UTF-8', () => {
    expect(userFromIdToken(idToken({ email: 'chloé@police.example', 'cognito:groups': ['hr'], exp: 1 }))?.email).toBe('chloé@police.example');
  });

  it('names HR and administrators, who may both edit', () => {
    const hr = userFromIdToken(idToken({ email: 'hr@x.example', 'cognito:groups': ['hr'], exp: 1 }));
    const admin = userFromIdToken(idToken({ email: 'admin@x.example', 'cognito:groups': ['admin'], exp: 1 }));

    expect(hr && [roleOf(hr).role, mayEdit(hr)]).toEqual(['hr', true]);
    expect(admin && [roleOf(admin).role, mayEdit(admin), mayDecideAsNcb(admin)]).toEqual(['admin', true, true]);
  });

  it.each([
    ['not a JWT', 'garbage'],
    ['no staff group', idToken({ email: 'a@x.example', 'cognito:groups': ['guests'], exp: 1 })],
    ['no email', idToken({ 'cognito:groups': ['hr'], exp: 1 })],
    ['claims that are not JSON', 'a.bm90IGpzb24.c'],
  ])('takes nobody from a token with %s', (_case, token) => {
    expect(userFromIdToken(token)).toBeUndefined();
  });
});
