import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import type { Eligibility } from '#shared/eligibility/eligibility.js';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// The demo data: 1701 (Basic) carries a written notice asking 8 years, English at C1 (required),
// French and Arabic at B2 (assets), open to both categories; 1704 carries no notice body, as a
// vacancy stored before notices had one.
const clock = settableClock('2026-11-22T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const idOf = (n: number) => `7e1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const applicant = (n: number, vacancy: string, overrides: Partial<Application>): Application =>
  aminaApplication({ id: idOf(n), vacancy, nationality: 'FR', email: `eligible.${n}@police.fr.example`, ...overrides });

const seeded = {
  experienced: applicant(1, '1701', { yearsOfExperience: 12, languages: ['en', 'fr'], ncbValidation: validation }),
  junior: applicant(2, '1701', { yearsOfExperience: 3, languages: ['en'], ncbValidation: validation }),
  noEnglish: applicant(3, '1701', { yearsOfExperience: 20, languages: ['es'] }),
  beforeNotices: applicant(4, '1704', { yearsOfExperience: 1, languages: ['pt'], ncbValidation: validation }),
} satisfies Record<string, Application>;

type Row = { id: string; version: number; eligibility?: Eligibility; eligibilityOverride?: { reason: string; by: string; at: string } };
const rowOf = async (vacancy: string, id: string, as = hr) => ((await as('GET', `/admin/applications?vacancy=${vacancy}`)).body.items as Row[]).find((row) => row.id === id);
const verdictsOf = (eligibility: Eligibility | undefined) =>
  eligibility?.judgements.map((one) => `${one.requirement}${one.requirement === 'language' ? `:${one.language}` : ''}=${one.verdict}`);

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, Object.values(seeded));
  close();
  [hr, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('each row says whether it meets the notice (issue 15, point 4)', () => {
  it('judges each requirement of the stored notice: an application without language levels is unknown on them, not refused', async () => {
    const row = await rowOf('1701', idOf(1));

    expect(verdictsOf(row?.eligibility)).toEqual(['experience=met', 'language:en=unknown', 'language:fr=unknown', 'language:ar=unmet', 'category=met', 'clearance=met']);
    // The Arabic asset is unmet and decides nothing; English's level is not known yet.
    expect(row?.eligibility?.verdict).toBe('unknown');
  });

  it('is unmet when the experience is under the minimum or a required language is not spoken, and unknown while the NCB has not attested', async () => {
    const junior = await rowOf('1701', idOf(2));
    const noEnglish = await rowOf('1701', idOf(3));

    expect(junior?.eligibility?.verdict).toBe('unmet');
    expect(junior?.eligibility?.judgements[0]).toEqual({ requirement: 'experience', verdict: 'unmet', minimumYears: 8, years: 3 });
    expect(noEnglish?.eligibility?.verdict).toBe('unmet');
    expect(verdictsOf(noEnglish?.eligibility)).toContain('language:en=unmet');
    expect(verdictsOf(noEnglish?.eligibility)).toContain('clearance=unknown');
  });

  it('judges a vacancy stored before notices had a body on its category and clearance only', async () => {
    const row = await rowOf('1704', idOf(4));

    expect(verdictsOf(row?.eligibility)).toEqual(['category=met', 'clearance=met']);
    expect(row?.eligibility?.verdict).toBe('met');
  });

  it('shows the NCB the same judgement as HR', async () => {
    expect((await rowOf('1701', idOf(2), france))?.eligibility).toEqual((await rowOf('1701', idOf(2)))?.eligibility);
  });
});

describe('HR overrides a flag, with a reason, audited (issue 15, point 4)', () => {
  const historyOf = async (id: string) => (await hr('GET', `/admin/applications/${id}/history`)).body.items as Array<{ action: string; by: string; changes?: Record<string, { from: unknown; to: unknown }> }>;

  it('records the reason, who and when on an unmet application, in the audit trail, shown to HR and not to the NCB', async () => {
    const before = await rowOf('1701', idOf(2));
    const reason = 'Twenty years in a national police academy count as the experience asked.';
    const { status, body } = await hr('PATCH', `/admin/applications/${idOf(2)}`, { version: before?.version, eligibilityOverride: { reason } });

    expect(status).toBe(200);
    expect(body).toMatchObject({ eligibilityOverride: { reason, by: hrOfficer.email, at: expect.any(String) }, eligibility: { verdict: 'unmet' } });
    expect((await historyOf(idOf(2))).at(-1)).toMatchObject({ action: 'edited', by: hrOfficer.email, changes: { eligibilityOverride: { from: null, to: reason } } });
    expect((await rowOf('1701', idOf(2), france))?.eligibilityOverride).toBeUndefined();
    // Nor in the history an NCB officer reads: HR's reason is HR's assessment, as the score and the note.
    const seenByNcb = (await france('GET', `/admin/applications/${idOf(2)}/history`)).body.items as Array<{ changes?: Record<string, unknown> }>;
    expect(seenByNcb.some((entry) => entry.changes && 'eligibilityOverride' in entry.changes)).toBe(false);

    // The same reason again changes nothing and writes nothing.
    const again = await hr('PATCH', `/admin/applications/${idOf(2)}`, { version: (body as Row).version, eligibilityOverride: { reason } });
    expect(again.status).toBe(200);
    expect((again.body as Row).version).toBe((body as Row).version);
  });

  it('refuses an override where nothing is flagged (422), one without a reason (400), and one from an NCB (403); nothing written', async () => {
    const met = await rowOf('1704', idOf(4));
    const trail = (await historyOf(idOf(4))).length;

    const nothing = await hr('PATCH', `/admin/applications/${idOf(4)}`, { version: met?.version, eligibilityOverride: { reason: 'Just in case.' } });
    expect(nothing.status).toBe(422);
    expect(nothing.body).toMatchObject({ type: '/problems/nothing-to-override' });
    const blank = await hr('PATCH', `/admin/applications/${idOf(2)}`, { version: 1, eligibilityOverride: { reason: '  ' } });
    expect(blank.status).toBe(400);
    const ncb = await france('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, eligibilityOverride: { reason: 'Our officer is fluent.' } });
    expect(ncb.status).toBe(403);
    // Nor many rows at once: an override is one application's judgement (the bulk edit refuses the field, 400).
    const bulk = await hr('POST', '/admin/applications/bulk', { rows: [{ id: idOf(3), version: 1 }], changes: { eligibilityOverride: { reason: 'All of them.' } } });
    expect(bulk.status).toBe(400);
    expect((await historyOf(idOf(4))).length).toBe(trail);
    expect((await rowOf('1701', idOf(3)))?.eligibilityOverride).toBeUndefined();
  });

  it('clears an override with null, audited', async () => {
    const row = await rowOf('1701', idOf(1));
    const set = await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: row?.version, eligibilityOverride: { reason: 'English tested at interview.' } });
    const cleared = await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: (set.body as Row).version, eligibilityOverride: null });

    expect(cleared.status).toBe(200);
    expect((cleared.body as Row).eligibilityOverride).toBeUndefined();
    expect((await historyOf(idOf(1))).at(-1)?.changes).toEqual({ eligibilityOverride: { from: 'English tested at interview.', to: null } });
  });
});
