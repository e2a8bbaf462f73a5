import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import type { NcbVacancy } from '#shared/ncb/ncb-vacancies.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// The demo vacancies 1701 to 1705 are open (dated from the stack's first day); 1152 and 1614 closed.
const clock = settableClock('2026-11-22T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;

const idOf = (n: number) => `6c1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const document = (kind: string, n: number, suppliedBy: ReceivedDocument['suppliedBy'] = 'ncb'): ReceivedDocument => ({
  key: `applications/${idOf(n)}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy,
});
const validated: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const french = (n: number, vacancy: string, overrides: Partial<Application> = {}): Application =>
  aminaApplication({ id: idOf(n), vacancy, nationality: 'FR', email: `ncbview.${n}@police.fr.example`, ...overrides });

const seeded = [
  // 1701 (Basic): one waiting for everything, one validated with its letter in, one whose letter copy awaits the NCB's confirmation.
  french(1, '1701', { documents: { cv: document('cv', 1, 'candidate') } }),
  french(2, '1701', { status: 'screening', ncbValidation: validated, documents: { cv: document('cv', 2, 'candidate'), confirmationLetter: document('confirmationLetter', 2) } }),
  french(3, '1701', { ncbValidation: validated, documents: { cv: document('cv', 3, 'candidate'), confirmationLetter: document('confirmationLetter', 3, 'candidate') } }),
  // A Senegalese officer of a French administration: France's NCB forwards it.
  french(4, '1701', { nationality: 'SN', homeAdministrationCountry: 'FR' }),
  // A French national of a Belgian administration: Belgium's, not France's.
  french(5, '1701', { homeAdministrationCountry: 'BE' }),
  // Not received yet (address unconfirmed): in no count.
  french(6, '1701', { emailConfirmation: { tokenHash: 'x', expiresAt: '2026-11-27T10:00:00.000Z' } }),
  // A closed vacancy with an application still waiting for the NCB.
  french(7, '1152'),
  // A withdrawn one waits for nothing.
  french(8, '1614', { status: 'withdrawn' }),
  // 2201 is stored open; its deadline passes in the last test.
  french(9, '2201'),
  // 2204, not advertised (as a proposal's match makes one), has a French officer: France's, and no other NCB's.
  french(10, '2204'),
];

beforeAll(async () => {
  stack = await startTestStack(clock);
  const hr = await staffClient(stack, hrOfficer);
  for (const vacancy of [
    openVacancy({ number: '2201', deadline: '2026-11-25', publishedAt: '2026-11-01', status: 'open' }),
    // Saved open, but published only in December: not the NCBs' yet.
    openVacancy({ number: '2202', deadline: '2027-01-15', publishedAt: '2026-12-10', status: 'open' }),
    // Not advertised: 2203 with nobody's application, 2204 with France's.
    openVacancy({ number: '2203', deadline: '2027-01-15', publishedAt: '2026-11-01', status: 'open', advertised: false }),
    openVacancy({ number: '2204', deadline: '2027-01-15', publishedAt: '2026-11-01', status: 'open', advertised: false }),
  ]) expect((await hr('POST', '/admin/vacancies', vacancy)).status).toBe(201);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, seeded);
  close();
});
afterAll(async () => {
  await stack?.stop();
});

describe('an NCB officer’s vacancies (issue 15, point 6)', () => {
  it('lists the open vacancies with the country’s received applications by status and what waits for the NCB', async () => {
    const france = await staffClient(stack, ncbFrance);
    const { status, body } = await france('GET', '/admin/ncb-vacancies');

    expect(status).toBe(200);
    const items = body.items as NcbVacancy[];
    expect(body.country).toBe('FR');
    const v1701 = items.find((item) => item.number === '1701');
    expect(v1701).toMatchObject({ total: 4, counts: { submitted: 3, screening: 1 }, validated: 2, waiting: { validation: 2, confirmationLetter: 2, letterConfirmation: 1 } });
    // Every open vacancy, as the public list names them, with nothing of France's on the others.
    const published = ((await (await fetch(`${stack.url}/vacancies`)).json()) as { items: Array<{ number: string }> }).items.map((vacancy) => vacancy.number);
    expect(items.filter((item) => item.status === 'open' && item.number !== '2204').map((item) => item.number).sort()).toEqual(published.sort());
    expect(items.find((item) => item.number === '1702')).toMatchObject({ total: 0, validated: 0, waiting: { validation: 0, confirmationLetter: 0, letterConfirmation: 0 } });
    // A closed vacancy only while something waits for the NCB; soonest deadline first.
    expect(items.find((item) => item.number === '1152')).toMatchObject({ status: 'closed', total: 1, waiting: { validation: 1, confirmationLetter: 1 } });
    expect(items.some((item) => item.number === '1614')).toBe(false);
    expect(items.map((item) => item.deadline)).toEqual([...items.map((item) => item.deadline)].sort());
  });

  it('lists a vacancy not advertised to the NCB whose national it has, and to no other', async () => {
    const france = await staffClient(stack, ncbFrance);
    const senegal = await staffClient(stack, ncbSenegal);

    const french = ((await france('GET', '/admin/ncb-vacancies')).body.items as NcbVacancy[]).map((item) => item.number);
    const senegalese = ((await senegal('GET', '/admin/ncb-vacancies')).body.items as NcbVacancy[]).map((item) => item.number);

    expect(french).toContain('2204');
    expect(french).not.toContain('2203');
    expect(senegalese).not.toContain('2204');
    expect(senegalese).not.toContain('2203');
    expect(senegalese).toContain('1701');
  });

  it('leaves out a vacancy saved open whose publication date has not come, and answers an officer who is also in HR for their own country', async () => {
    const both = await staffClient(stack, { email: 'ncb.hr@interpol.fr.example', groups: ['ncb', 'hr'], country: 'FR' });
    const { status, body } = await both('GET', '/admin/ncb-vacancies');

    expect(status).toBe(200);
    expect(body.country).toBe('FR');
    expect((body.items as NcbVacancy[]).map((item) => item.number)).toContain('2201');
    expect((body.items as NcbVacancy[]).map((item) => item.number)).not.toContain('2202');
  });

  it('reads a vacancy saved open whose deadline has passed as closed, shown only while something still waits for the NCB', async () => {
    clock.set('2026-12-01T09:00:00.000Z');
    const france = await staffClient(stack, ncbFrance);
    const items = (await france('GET', '/admin/ncb-vacancies')).body.items as NcbVacancy[];

    expect(items.find((item) => item.number === '2201')).toMatchObject({ status: 'closed', total: 1, waiting: { validation: 1 } });
    clock.set('2026-11-22T09:00:00.000Z');
  });

  it('is an NCB officer’s only: HR and administrators have the Vacancies tab (403)', async () => {
    for (const identity of [hrOfficer, administrator]) expect((await (await staffClient(stack, identity))('GET', '/admin/ncb-vacancies')).status).toBe(403);
  });
});
