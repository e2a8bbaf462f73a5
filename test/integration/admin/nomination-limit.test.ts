import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// Issue 15, point 8: a vacancy may limit the applications each member country's NCB validates.
const clock = settableClock('2026-11-22T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;
let france2: Awaited<ReturnType<typeof staffClient>>;
let senegal: Awaited<ReturnType<typeof staffClient>>;

const idOf = (vacancy: number, n: number) => `9a1f4c1e-0000-4000-8000-${String(vacancy).padStart(6, '0')}${String(n).padStart(6, '0')}`;
const oldValidation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-01T08:00:00.000Z', by: ncbFrance.email };
/** A French (or other) candidate's confirmed application to `vacancy`, with its documents' state irrelevant here. */
const candidate = (vacancy: number, n: number, overrides: Partial<Application> = {}): Application =>
  aminaApplication({
    id: idOf(vacancy, n),
    vacancy: String(vacancy),
    nationality: 'FR',
    email: `nominee.${vacancy}.${n}@police.fr.example`,
    givenName: `Officer${n}`,
    familyName: `Vacancy${vacancy}`,
    submittedAt: `2026-11-20T10:${String(n).padStart(2, '0')}:00.000Z`,
    ...overrides,
  });
const validate = (as: typeof france, id: string, version = 1) => as('POST', `/admin/applications/${id}/ncb`, { version, decision: 'validated', clearance: 'Basic', screenedOn: '2026-10-01' });
const vacancy = (number: number, overrides: Partial<Vacancy> = {}) => openVacancy({ number: String(number), deadline: '2027-01-15', status: 'open', ...overrides });

beforeAll(async () => {
  stack = await startTestStack(clock);
  [hr, france, france2, senegal] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbFrance), staffClient(stack, { ...ncbFrance, email: 'ncb.paris@interpol.fr.example' }), staffClient(stack, ncbSenegal)]);
  for (const created of [vacancy(2101, { maxValidatedPerCountry: 2 }), vacancy(2102, { maxValidatedPerCountry: 1 }), vacancy(2103)]) {
    const { status } = await hr('POST', '/admin/vacancies', created);
    expect(status).toBe(201);
  }
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, [
    ...[1, 2, 3, 4].map((n) => candidate(2101, n)),
    candidate(2101, 5, { nationality: 'SN', email: 'nominee.2101.5@police.sn.example' }),
    // Validated, then withdrawn: its place is free.
    candidate(2101, 6, { status: 'withdrawn', ncbValidation: oldValidation }),
    ...[1, 2, 3, 4, 5, 6].map((n) => candidate(2102, n)),
    // Validated before the vacancy had a limit.
    candidate(2103, 1, { ncbValidation: oldValidation }),
    candidate(2103, 2, { ncbValidation: oldValidation }),
    candidate(2103, 3),
  ]);
  close();
});
afterAll(async () => {
  await stack?.stop();
});

describe('at most so many validated applications per country (issue 15, point 8)', () => {
  it('validates up to the limit, then refuses one more with a 409 that names the ones that count; a withdrawn one does not count', async () => {
    expect((await validate(france, idOf(2101, 1))).status).toBe(200);
    expect((await validate(france, idOf(2101, 2))).status).toBe(200);

    const third = await validate(france, idOf(2101, 3));
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ type: '/problems/conflict' });
    expect(String(third.body.detail)).toContain('at most 2 validated applications per member country');
    expect(String(third.body.detail)).toContain(idOf(2101, 1));
    expect(String(third.body.detail)).toContain(idOf(2101, 2));
    expect(String(third.body.detail)).not.toContain(idOf(2101, 6));
    // Nothing written: the third is still undecided.
    expect((await hr('GET', `/admin/applications/${idOf(2101, 3)}/history`)).body.items).toHaveLength(1);
  });

  it('counts each country apart', async () => {
    expect((await validate(senegal, idOf(2101, 5))).status).toBe(200);
  });

  it('frees a place when the NCB declines one of them', async () => {
    const declined = await france('POST', `/admin/applications/${idOf(2101, 2)}/ncb`, { version: 2, decision: 'declined' });
    expect(declined.status).toBe(200);

    expect((await validate(france, idOf(2101, 3))).status).toBe(200);
    expect((await validate(france, idOf(2101, 4))).status).toBe(409);
  });

  it('counts validations made before the vacancy had a limit', async () => {
    const stored = (await hr('GET', '/admin/vacancies/2103')).body as Vacancy & { version: number };
    const { number: _number, ...fields } = stored;
    expect((await hr('PUT', '/admin/vacancies/2103', { ...fields, maxValidatedPerCountry: 2 })).status).toBe(200);

    const refused = await validate(france, idOf(2103, 3));
    expect(refused.status).toBe(409);
    expect(String(refused.body.detail)).toContain(idOf(2103, 1));
  });

  it('lets exactly the limit through when two NCB officers validate at once', async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => validate(n % 2 === 0 ? france : france2, idOf(2102, n))));

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const rows = (await hr('GET', '/admin/applications?vacancy=2102')).body.items as Array<{ ncbValidation?: { decision: string } }>;
    expect(rows.filter((row) => row.ncbValidation?.decision === 'validated')).toHaveLength(1);
  });
});
