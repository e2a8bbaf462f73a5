import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxOf } from '../../support/email-confirmation.js';
import { runLocalJob } from '../../support/local-jobs.js';
import { startTestStack } from '../../support/local-stack.js';
import { callPublicApi } from '../../support/public-api.js';
import { applyToCall, eulexCall, sendingSetting, uploadCv as uploadCvOf, type Applied } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient } from '../../support/staff.js';

/**
 * A sending unit's applicant on the receiving path's scenario: apply, confirm the address, see
 * what is still needed, upload the CV straight to S3, be reminded before the national deadline.
 * What they need is their category's (shared/profiles/requirements.ts): never an NCB or a letter.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

const api = (method: string, path: string, options: { body?: unknown; token?: string } = {}) => callPublicApi(stack.url, method, path, options);
const apply = (overrides: Record<string, unknown>) => applyToCall(stack.url, overrides);
const uploadCv = (applied: Applied) => uploadCvOf(stack.url, applied);

const missingOf = async (applicationId: string, token: string) => (await api('GET', `/applications/${applicationId}`, { token })).body.missing;

let officer: Awaited<ReturnType<typeof apply>>;
let expert: Awaited<ReturnType<typeof apply>>;

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  const hr = await staffClient(stack, hrOfficer);
  expect((await hr('POST', '/admin/vacancies', { ...eulexCall(), status: 'open' })).status).toBe(201);
  officer = await apply({});
  expert = await apply({ email: 'layla.haddad@experts.example', givenName: 'Layla', familyName: 'Haddad', category: 'civilian-expert', applicantStatus: { expertise: 'human-rights', onExpertRoster: true }, language: 'ar' });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe("a sending unit's applicant, from the form to the reminder", () => {
  it("tells a serving officer that their CV and their force's release are still needed, and nothing of an NCB", async () => {
    expect(await missingOf(officer.applicationId, officer.statusToken)).toEqual(['cv', 'release']);
  });

  it('tells a civilian expert only of the CV, and nothing once it is uploaded straight to S3', async () => {
    expect(await missingOf(expert.applicationId, expert.statusToken)).toEqual(['cv']);
    await uploadCv(expert);
    expect(await missingOf(expert.applicationId, expert.statusToken)).toEqual([]);
  });

  it("reminds the serving officer of their force's release a week before the national deadline, once, and not the complete expert", async () => {
    await uploadCv(officer);
    expect(await missingOf(officer.applicationId, officer.statusToken)).toEqual(['release']);
    const before = (await mailboxOf(stack.url)).length;

    await runLocalJob(stack, 'deadline-reminders', '2026-12-06T09:00:00Z');
    await runLocalJob(stack, 'deadline-reminders', '2026-12-06T10:00:00Z');

    const reminders = (await mailboxOf(stack.url)).slice(before);
    expect(reminders.map((mail) => mail.to)).toEqual([['grace.okafor@met.police.example']]);
    expect(reminders[0]?.text).toContain('Your release for the mission by your police force');
    expect(reminders[0]?.text).not.toMatch(/NCB|National Central Bureau|confirmation letter/);
  });
});
