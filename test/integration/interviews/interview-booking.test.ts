import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { bookingUid } from '#shared/interviews/calendar.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented, expectDocumented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, panelMember, seedApplications, staffClient, storeOf, type StaffIdentity } from '../../support/staff.js';

/**
 * Interviews on the local stack (issue 16, point 3), with DynamoDB Local and the SES emulator:
 * HR sets slots and invites; 50 candidates race for 10 slots at once; a candidate cannot take a
 * slot of another vacancy; a moved slot tells its candidate and panel once; the reminders' job run
 * twice reminds once; the wrong group is refused. Every answer is checked against the OpenAPI document.
 */
const clock = settableClock('2026-12-01T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;

const VACANCY = '1777';
const OTHER = '1778';
const chair: StaffIdentity = { email: 'chair.panel@secondment-hub.local', groups: ['panel'] };
const member: StaffIdentity = { email: 'ana.panel@secondment-hub.local', groups: ['panel'] };
const CANDIDATES = 50;
const SLOTS = 10;

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tokenOf = (n: number) => `status-token-of-candidate-${n}-${'x'.repeat(20)}`;

const candidate = async (n: number, vacancy = VACANCY, overrides: Partial<Application> = {}): Promise<Application> =>
  aminaApplication({
    id: idOf(n),
    vacancy,
    email: `candidate${n}@police.example`,
    givenName: `Candidate${n}`,
    status: 'shortlisted',
    statusTokenHash: await sha256Hex(tokenOf(n)),
    language: 'fr',
    timeZone: 'Africa/Dakar',
    ...overrides,
  });

/** The candidate's side, with their status token, each answer checked against the document. */
const asCandidate = (n: number) =>
  documented(async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokenOf(n)}`, 'Accept-Language': 'fr', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, unknown> };
  });

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};
/** The emails of one subject: a count of these is what "once" means (an SDK retry of an unrelated slow send may land in any window). */
const withSubject = (items: MailItem[], subject: string) => items.filter((email) => email.subject === subject);

type Slot = { id: string; startsAt: string; revision: number; bookedBy?: string; panelMembers: string[] };
const slotBody = (startsAt: string, overrides: Record<string, unknown> = {}) => ({
  startsAt,
  durationMinutes: 45,
  timeZone: 'Europe/Paris',
  place: 'Lyon, 200 quai Charles de Gaulle, salle 3',
  panelMembers: [chair.email, member.email],
  ...overrides,
});

const slots: Slot[] = [];
const notice = {
  duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
  experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' as const }] },
  languages: [{ language: 'en', need: 'required' as const, wording: 'Excellent English', level: 'C1' as const }],
  abilities: [{ text: 'Sound judgement' }],
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  hr = documented(await staffClient(stack, hrOfficer));
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const vacancies = dynamoVacancyStore(createDocumentClient(client), stack.tableName);
  for (const number of [VACANCY, OTHER]) await vacancies.put(openVacancy({ number, status: 'closed', deadline: '2026-11-15', publishedAt: '2026-10-01', notice }));
  client.destroy();
  const seeded = [];
  for (let n = 1; n <= CANDIDATES; n += 1) seeded.push(await candidate(n));
  seeded.push(await candidate(99, OTHER));
  seeded.push(await candidate(98, VACANCY, { status: 'screening', email: 'screening@police.example' }));
  const failedTest = { testId: 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', mark: 29, passMark: 30, maxMark: 50, passed: false, recordedAt: '2026-12-01T09:00:00.000Z', recordedBy: 'hr@secondment-hub.local' };
  seeded.push(await candidate(97, VACANCY, { status: 'tested', email: 'failed.test@police.example', writtenTest: failedTest }));
  await seedApplications(stores.applications, seeded);
  for (const number of [VACANCY, OTHER]) {
    const panel = await hr('PUT', `/admin/selection/panels/${number}`, { members: [chair.email, member.email], chair: chair.email, criteria: [{ id: 'experience', weight: 1 }] });
    expect(panel.status).toBe(200);
  }
  // Ten slots, an hour apart from 9:00 on 12 and 13 January 2027 in Lyon.
  for (let i = 0; i < SLOTS; i += 1) {
    const day = i < 5 ? '2027-01-12' : '2027-01-13';
    const created = await hr('POST', `/admin/interviews/${VACANCY}/slots`, slotBody(`${day}T${String(9 + (i % 5)).padStart(2, '0')}:00:00+01:00`));
    expect(created.status).toBe(201);
    slots.push(created.body.slot as Slot);
  }
}, 180_000);
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('HR invites the shortlisted candidates', () => {
  it('invites each once, in French, and refuses one still in screening and one who failed the written test', async () => {
    const ids = [...Array.from({ length: CANDIDATES }, (_, index) => idOf(index + 1)), idOf(98), idOf(97)];
    let answer: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (answer = await hr('POST', `/admin/interviews/${VACANCY}/invitations`, { applicationIds: ids })));
    const again = await sentDuring(() => hr('POST', `/admin/interviews/${VACANCY}/invitations`, { applicationIds: [idOf(1)] }));

    const items = answer?.body.items as Array<{ applicationId: string; outcome: string; email?: string }>;
    expect(items.filter((item) => item.outcome === 'invited')).toHaveLength(CANDIDATES);
    expect(items.find((item) => item.applicationId === idOf(98))?.outcome).toBe('not-invitable');
    expect(items.find((item) => item.applicationId === idOf(97))).toMatchObject({ outcome: 'not-invitable', reason: expect.stringContaining('did not pass the written test') });
    const invitations = withSubject(sent, `Entretien pour le poste ${VACANCY}, Criminal Intelligence Officer : choisissez votre horaire`);
    expect(new Set(invitations.flatMap((email) => email.to)).size).toBe(CANDIDATES);
    expect(invitations).toHaveLength(CANDIDATES);
    expect(withSubject(again, invitations[0]?.subject ?? '')).toEqual([]);
  });

  it('shows an invited candidate the ten open slots, each with its zone and cut-off, and their own zone', async () => {
    const view = await asCandidate(1)('GET', `/applications/${idOf(1)}/interview`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ invited: true, candidateTimeZone: 'Africa/Dakar' });
    expect((view.body.open as unknown[]).length).toBe(SLOTS);
    expect((view.body.open as Array<{ changeUntil: string; startsAt: string }>)[0]).toMatchObject({ startsAt: '2027-01-12T08:00:00.000Z', changeUntil: '2027-01-11T08:00:00.000Z', timeZone: 'Europe/Paris' });
  });
});

describe('50 candidates book at once for 10 slots', () => {
  it('books exactly 10, never a slot twice, and refuses the other 40 with a 409', async () => {
    // Five candidates on each slot, all fired at once.
    const answers = await Promise.all(
      Array.from({ length: CANDIDATES }, (_, index) => asCandidate(index + 1)('PUT', `/applications/${idOf(index + 1)}/interview`, { slotId: slots[index % SLOTS]?.id })),
    );

    const won = answers.filter((answer) => answer.status === 200);
    const lost = answers.filter((answer) => answer.status === 409);
    expect(won).toHaveLength(SLOTS);
    expect(lost).toHaveLength(CANDIDATES - SLOTS);
    expect(lost[0]?.body).toMatchObject({ detail: 'Ce créneau n’est plus disponible : choisissez-en un autre.' });

    const stored = (await hr('GET', `/admin/interviews/${VACANCY}`)).body as { slots: Slot[]; invitations: Array<{ applicationId: string; slotId?: string }> };
    const holders = stored.slots.map((slot) => slot.bookedBy);
    expect(holders.every((holder) => holder !== undefined)).toBe(true);
    expect(new Set(holders).size).toBe(SLOTS);
    const booked = stored.invitations.filter((invitation) => invitation.slotId !== undefined);
    expect(booked).toHaveLength(SLOTS);
    expect(new Set(booked.map((invitation) => invitation.slotId)).size).toBe(SLOTS);
    for (const invitation of booked) expect(stored.slots.find((slot) => slot.id === invitation.slotId)?.bookedBy).toBe(invitation.applicationId);
  }, 60_000);

  it('sent each winner one confirmation with the interview as an .ics whose UID is the booking’s', async () => {
    const stored = (await hr('GET', `/admin/interviews/${VACANCY}`)).body as { slots: Slot[] };
    const first = stored.slots[0] as Slot;
    const confirmations = withSubject(await mailbox(), `Votre entretien pour le poste ${VACANCY} est réservé`);
    expect(confirmations).toHaveLength(SLOTS);
    const mine = confirmations.find((email) => email.to.includes(`candidate${Number(first.bookedBy?.slice(-12))}@police.example`));
    const ics = Buffer.from(mine?.attachments?.[0]?.content ?? '', 'base64').toString('utf8');
    expect(mine?.attachments?.[0]?.contentType).toBe('text/calendar');
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');

    expect(mine?.attachments?.[0]?.filename).toBe('interview.ics');
    expect(event?.getFirstPropertyValue('uid')).toBe(bookingUid(first.id, first.bookedBy ?? ''));
    expect(event?.getFirstProperty('dtstart')?.toICALString()).toBe('DTSTART:20270112T080000Z');
  });
});

describe('what a candidate may not do', () => {
  it('cannot book a slot of another vacancy (a 404, as for no such slot), nor book with another application’s token', async () => {
    const otherSlot = await hr('POST', `/admin/interviews/${OTHER}/slots`, slotBody('2027-01-14T09:00:00+01:00'));
    await hr('POST', `/admin/interviews/${OTHER}/invitations`, { applicationIds: [idOf(99)] });

    const crossVacancy = await asCandidate(1)('PUT', `/applications/${idOf(1)}/interview`, { slotId: (otherSlot.body.slot as Slot).id });
    const ours = await asCandidate(99)('PUT', `/applications/${idOf(99)}/interview`, { slotId: slots[0]?.id });
    const wrongToken = await asCandidate(2)('PUT', `/applications/${idOf(1)}/interview`, { slotId: (otherSlot.body.slot as Slot).id });

    expect(crossVacancy.status).toBe(404);
    expect(ours.status).toBe(404);
    expect(wrongToken.status).toBe(404);
  });

  it('cannot book when not invited (403), and is not shown any slot', async () => {
    const view = await asCandidate(98)('GET', `/applications/${idOf(98)}/interview`);
    const booking = await asCandidate(98)('PUT', `/applications/${idOf(98)}/interview`, { slotId: slots[0]?.id });
    expect(view.body).toEqual({ invited: false, candidateTimeZone: 'Africa/Dakar', open: [] });
    expect(booking.status).toBe(403);
  });
});

describe('HR moves a booked slot', () => {
  it('emails its candidate and the panel once each, and a repeat of the same move is refused as stale', async () => {
    const stored = (await hr('GET', `/admin/interviews/${VACANCY}`)).body as { slots: Slot[] };
    const slot = stored.slots[1] as Slot;
    let moved: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (moved = await hr('PUT', `/admin/interviews/${VACANCY}/slots/${slot.id}`, { ...slotBody('2027-01-12T15:00:00+01:00'), revision: slot.revision })));
    const stale = await sentDuring(async () => expect((await hr('PUT', `/admin/interviews/${VACANCY}/slots/${slot.id}`, { ...slotBody('2027-01-12T15:00:00+01:00'), revision: slot.revision })).status).toBe(409));

    expect(moved?.status).toBe(200);
    expect(moved?.body).toMatchObject({ emails: { candidate: 'sent', panel: 'sent' }, slot: { startsAt: '2027-01-12T14:00:00.000Z', bookedBy: slot.bookedBy, sequence: 1 } });
    const toCandidates = withSubject(sent, `Votre entretien pour le poste ${VACANCY} a changé`);
    const toPanels = withSubject(sent, `Interview slot changed: vacancy ${VACANCY}`);
    expect(toCandidates).toHaveLength(1);
    expect(toPanels).toHaveLength(1);
    const [toCandidate, toPanel] = [toCandidates[0], toPanels[0]];
    expect(toCandidate?.to).toEqual([`candidate${Number(slot.bookedBy?.slice(-12))}@police.example`]);
    expect(toCandidate?.attachments?.[0]?.filename).toBe('interview.ics');
    expect(toCandidate?.text).toContain('12 janvier 2027, 15:00, heure de Europe/Paris');
    expect(toCandidate?.text).toContain('14:00 à votre heure (Africa/Dakar');
    expect(toPanel?.to.sort()).toEqual([member.email, chair.email].sort());
    expect(withSubject(stale, `Votre entretien pour le poste ${VACANCY} a changé`)).toEqual([]);
    expect(withSubject(stale, `Interview slot changed: vacancy ${VACANCY}`)).toEqual([]);
  });

  it('cancels a booked slot: the candidate keeps the invitation, sees the slot gone, may book another; both told once', async () => {
    const stored = (await hr('GET', `/admin/interviews/${VACANCY}`)).body as { slots: Slot[] };
    const slot = stored.slots.find((each) => each.startsAt === '2027-01-13T08:00:00.000Z') as Slot;
    const holder = Number(slot.bookedBy?.slice(-12));
    const sent = await sentDuring(async () => expect((await hr('DELETE', `/admin/interviews/${VACANCY}/slots/${slot.id}?revision=${slot.revision}`)).status).toBe(200));
    const free = await hr('POST', `/admin/interviews/${VACANCY}/slots`, slotBody('2027-01-14T11:00:00+01:00'));

    const view = await asCandidate(holder)('GET', `/applications/${idOf(holder)}/interview`);
    const rebooked = await asCandidate(holder)('PUT', `/applications/${idOf(holder)}/interview`, { slotId: (free.body.slot as Slot).id });

    expect(withSubject(sent, `Interview slot cancelled: vacancy ${VACANCY}`)).toHaveLength(1);
    expect(withSubject(sent, `Votre horaire d’entretien pour le poste ${VACANCY} est annulé`).map((email) => email.to)).toEqual([[`candidate${holder}@police.example`]]);
    expect(view.body).toMatchObject({ invited: true });
    expect(view.body.booked).toBeUndefined();
    expect(rebooked.status).toBe(200);
    expect(rebooked.body.booked).toMatchObject({ id: (free.body.slot as Slot).id, canChange: true });
  });
});

describe('the interview-reminders job', () => {
  const run = async (now: string) => {
    const response = await fetch(`${stack.url}/_local/jobs/interview-reminders?now=${now}`, { method: 'POST' });
    expect(response.status).toBe(200);
    return ((await response.json()) as { summary: Record<string, number> }).summary;
  };

  it('reminds the day before from 08:00 in the slot’s zone, once however often it runs', async () => {
    const early = await run('2027-01-11T06:30:00.000Z'); // 07:30 in Lyon
    let first: Record<string, number> = {};
    const sent = await sentDuring(async () => (first = await run('2027-01-11T07:05:00.000Z')));
    let second: Record<string, number> = {};
    const resent = await sentDuring(async () => (second = await run('2027-01-11T08:05:00.000Z')));

    expect(early.due).toBe(0);
    // The 12th's slots: five booked, one of them moved later that day (still the 12th).
    expect(first).toMatchObject({ due: 5, sent: 5, failed: 0 });
    expect(withSubject(sent, `Rappel : votre entretien de demain pour le poste ${VACANCY}`)).toHaveLength(5);
    expect(second).toMatchObject({ due: 5, sent: 0, alreadySent: 5 });
    expect(withSubject(resent, `Rappel : votre entretien de demain pour le poste ${VACANCY}`)).toEqual([]);
  });
});

describe('who may call', () => {
  it('refuses an NCB officer and a panel member the staff routes with a 403', async () => {
    const ncb = await staffClient(stack, ncbFrance);
    const panel = await staffClient(stack, panelMember);
    for (const client of [ncb, panel]) {
      const list = await client('GET', `/admin/interviews/${VACANCY}`);
      const create = await client('POST', `/admin/interviews/${VACANCY}/slots`, slotBody('2027-01-20T09:00:00+01:00'));
      expectDocumented({ method: 'GET', path: `/admin/interviews/${VACANCY}`, status: list.status, contentType: list.type, body: list.body });
      expect(list.status).toBe(403);
      expect(create.status).toBe(403);
    }
  });
});
