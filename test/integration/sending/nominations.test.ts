import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxOf } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { applyToCall, eulexCall, sendingSetting, uploadCv, type Applied } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, metApprover, scotlandApprover, staffClient } from '../../support/staff.js';

/**
 * A sending unit's national selection ends in nominations (issue 18, point 5), on the local stack:
 * only interviewed, complete candidates, after the national deadline, at most the call's number
 * (also when two are nominated at once); each nomination's package holds exactly the documents the
 * mission asks; the day it went and the mission's answer are recorded, and the candidate and their
 * force are told once. Every answer is checked against the OpenAPI document.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
const CALL = 'EULEX-26-07';
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let met: Client;
let scotland: Client;

interface Row {
  id: string;
  version: number;
  name: string;
  status: string;
  missing: string[];
  canNominate: boolean;
  blockedBy?: string;
  why?: string;
  nomination?: { nominatedAt: string; sent?: { on: string }; answer?: { outcome: string; on: string } };
}
interface Board {
  allowed: number;
  nominated: number;
  candidates: Row[];
}

const applied: Record<string, Applied> = {};
const idOf = (name: string) => applied[name]?.applicationId ?? '';
const path = (name: string, step = '') => `/admin/nominations/${CALL}/applications/${idOf(name)}${step}`;

const board = async (): Promise<Board> => {
  const answer = await hr('GET', `/admin/nominations/${CALL}`);
  expect(answer.status).toBe(200);
  return answer.body as unknown as Board;
};
const rowOf = async (name: string) => (await board()).candidates.find((row) => row.id === idOf(name));
const versionOf = async (name: string) => {
  const answer = await hr('GET', `/admin/applications?vacancy=${CALL}`);
  return (answer.body.items as Array<{ id: string; version: number }>).find((row) => row.id === idOf(name))?.version ?? 0;
};

/** Moves an application through the statuses, as HR does in the grid. */
const moveTo = async (name: string, statuses: string[]) => {
  for (const status of statuses) {
    const moved = await hr('PATCH', `/admin/applications/${idOf(name)}`, { version: await versionOf(name), status });
    expect(moved.status, `${name} to ${status}: ${JSON.stringify(moved.body)}`).toBe(200);
  }
};

const release = async (approver: Client, name: string, decision: 'approved' | 'refused') => {
  const body = decision === 'approved' ? { decision, from: '2027-02-01', until: '2028-01-31' } : { decision, note: 'Needed for an operation at home.' };
  expect((await approver('POST', `/admin/releases/${idOf(name)}`, { version: await versionOf(name), ...body })).status).toBe(200);
};

/** Signs staff in at the clock's time: a token lives an hour, and the suite moves the clock by days. */
const signIn = async () => {
  hr = documented(await staffClient(stack, hrOfficer));
  met = documented(await staffClient(stack, metApprover));
  scotland = documented(await staffClient(stack, scotlandApprover));
};
const setClock = async (at: string) => {
  clock.set(at);
  await signIn();
};

beforeAll(async () => {
  stack = await startTestStack(clock, { profile: sendingSetting });
  await signIn();
  expect((await hr('POST', '/admin/vacancies', { ...eulexCall({}, { nominationsAllowed: 2 }), status: 'open' })).status).toBe(201);
  const people: Record<string, Record<string, unknown>> = {
    grace: {},
    iain: { email: 'iain.ross@scotland.police.example', givenName: 'Iain', familyName: 'Ross', applicantStatus: { force: 'police-scotland', lineManager: 'Supt Ailsa Grant', lineManagerEmail: 'a.grant@scotland.police.example' } },
    ruth: { email: 'ruth.ward@retired.example', givenName: 'Ruth', familyName: 'Ward', category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', formerForce: 'met' } },
    layla: { email: 'layla.haddad@experts.example', givenName: 'Layla', familyName: 'Haddad', language: 'ar', category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true } },
    tom: { email: 'tom.price@experts.example', givenName: 'Tom', familyName: 'Price', category: 'civilian-expert', applicantStatus: { expertise: 'human-rights', onExpertRoster: false } },
  };
  for (const [name, overrides] of Object.entries(people)) {
    applied[name] = await applyToCall(stack.url, overrides);
    await uploadCv(stack.url, applied[name] as Applied);
  }
  await release(met, 'grace', 'approved');
  await release(scotland, 'iain', 'approved');
  for (const name of ['grace', 'iain', 'ruth', 'layla']) await moveTo(name, ['screening', 'shortlisted', 'interviewed']);
  await moveTo('tom', ['screening', 'shortlisted']);
  // The force changes its mind after the interview: the officer cannot be nominated without it.
  await release(scotland, 'iain', 'refused');
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe("a sending unit's nominations to the mission", () => {
  it('waits for the national deadline in the duty station, and says so', async () => {
    const early = await hr('POST', path('grace'), { version: await versionOf('grace') });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/national deadline \(2026-12-13 in Europe\/Belgrade\)/);
    expect((await rowOf('grace'))?.blockedBy).toBe('national-deadline-open');
  });

  it('lists the interviewed candidates with what holds each back, and the call’s number', async () => {
    // 13 December ends at 23:00 UTC in Belgrade.
    await setClock('2026-12-13T22:59:00Z');
    expect((await rowOf('grace'))?.blockedBy).toBe('national-deadline-open');
    await setClock('2026-12-14T09:00:00Z');
    const { allowed, nominated, candidates } = await board();
    expect({ allowed, nominated }).toEqual({ allowed: 2, nominated: 0 });
    expect(candidates.map((row) => row.name).sort()).toEqual(['Grace Okafor', 'Iain Ross', 'Layla Haddad', 'Ruth Ward']);
    expect(candidates.find((row) => row.id === idOf('iain'))).toMatchObject({ canNominate: false, blockedBy: 'incomplete', missing: ['release'] });
    expect(candidates.filter((row) => row.canNominate).map((row) => row.name).sort()).toEqual(['Grace Okafor', 'Layla Haddad', 'Ruth Ward']);
  });

  it('refuses a candidate not interviewed, and a serving officer their force did not release, writing nothing', async () => {
    const tomVersion = await versionOf('tom');
    const tom = await hr('POST', path('tom'), { version: tomVersion });
    expect(tom.status).toBe(422);
    expect(tom.body.detail).toBe('Only an interviewed candidate can be nominated; this application is shortlisted.');
    const iain = await hr('POST', path('iain'), { version: await versionOf('iain') });
    expect(iain.status).toBe(422);
    expect(iain.body.detail).toMatch(/the force's release is still missing/);
    expect(await versionOf('tom')).toBe(tomVersion);
  });

  it('nominates, and a retry changes nothing', async () => {
    const version = await versionOf('grace');
    const made = await hr('POST', path('grace'), { version });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ outcome: 'nominated', row: { version: version + 1, canNominate: false, nomination: { nominatedAt: '2026-12-14T09:00:00.000Z' } } });
    const again = await hr('POST', path('grace'), { version });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ outcome: 'unchanged', row: { version: version + 1 } });
  });

  it('never passes the call’s number, even when two are nominated at once, and names who holds the places', async () => {
    // Both versions read first, so the two nominations are in flight together: one is judged on the claims the other wrote.
    const [ruthVersion, laylaVersion] = [await versionOf('ruth'), await versionOf('layla')];
    const [ruth, layla] = await Promise.all([hr('POST', path('ruth'), { version: ruthVersion }), hr('POST', path('layla'), { version: laylaVersion })]);
    expect([ruth.status, layla.status].sort()).toEqual([201, 409]);
    const refused = ruth.status === 409 ? ruth : layla;
    expect(refused.body.detail).toMatch(/takes at most 2 nominations, and the unit has nominated 2: Grace Okafor/);
    const current = await board();
    expect(current.nominated).toBe(2);
    expect(current.candidates.slice(0, 2).every((row) => row.nomination)).toBe(true);
    expect(current.candidates.find((row) => !row.nomination && row.name !== 'Iain Ross')).toMatchObject({ canNominate: false, blockedBy: 'full' });
  });

  it('frees a place when a nomination is withdrawn with its reason', async () => {
    const holder = (await rowOf('ruth'))?.nomination ? 'ruth' : 'layla';
    const other = holder === 'ruth' ? 'layla' : 'ruth';
    const noReason = await hr('POST', path(holder, '/withdraw'), { version: await versionOf(holder), reason: ' ' });
    expect(noReason.status).toBe(400);
    const withdrawn = await hr('POST', path(holder, '/withdraw'), { version: await versionOf(holder), reason: 'Her vetting lapses before the start.' });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.body.row as Row).nomination).toBeUndefined();
    expect((await hr('POST', path(other), { version: await versionOf(other) })).status).toBe(201);
    // Put back as the rest of the suite expects: Grace and Ruth nominated.
    if (other !== 'ruth') {
      await hr('POST', path('layla', '/withdraw'), { version: await versionOf('layla'), reason: 'The mission prefers a police background.' });
      expect((await hr('POST', path('ruth'), { version: await versionOf('ruth') })).status).toBe(201);
    }
  });

  it('makes each package of exactly the documents the mission asks, as one ZIP behind a short-lived link', async () => {
    const filesOf = async (name: string) => {
      const answer = await hr('GET', path(name, '/package'));
      expect(answer.status).toBe(200);
      const link = answer.body as { url: string; fileName: string; files: string[]; expiresAt: string };
      expect(Date.parse(link.expiresAt) - clock.now().getTime()).toBeLessThanOrEqual(5 * 60 * 1000);
      const zip = await JSZip.loadAsync(new Uint8Array(await (await fetch(link.url)).arrayBuffer()));
      const names = Object.keys(zip.files).sort();
      expect(names).toEqual([...link.files].sort());
      return { names, fileName: link.fileName, zip };
    };
    const grace = await filesOf('grace');
    expect(grace.names).toEqual(['application-form.pdf', 'cv.pdf', 'release-approval.pdf']);
    expect(grace.fileName).toMatch(/^nomination-EULEX-26-07-okafor.*\.zip$/i);
    expect((await grace.zip.file('cv.pdf')?.async('uint8array'))?.subarray(0, 5)).toEqual(new TextEncoder().encode('%PDF-'));
    expect((await filesOf('ruth')).names).toEqual(['application-form.pdf', 'cv.pdf']);
    const notNominated = await hr('GET', path('iain', '/package'));
    expect(notNominated.status).toBe(409);
  });

  it('records the day the package went, never a day to come, and then no withdrawal', async () => {
    const answerEarly = await hr('POST', path('grace', '/answer'), { version: await versionOf('grace'), outcome: 'selected', answeredOn: '2026-12-14' });
    expect(answerEarly.status).toBe(409);
    const future = await hr('POST', path('grace', '/sent'), { version: await versionOf('grace'), sentOn: '2026-12-15' });
    expect(future.status).toBe(400);
    const sent = await hr('POST', path('grace', '/sent'), { version: await versionOf('grace'), sentOn: '2026-12-14' });
    expect(sent.status).toBe(200);
    expect((sent.body.row as Row).nomination?.sent?.on).toBe('2026-12-14');
    const withdraw = await hr('POST', path('grace', '/withdraw'), { version: await versionOf('grace'), reason: 'Changed our mind.' });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.detail).toMatch(/went to the mission on 2026-12-14/);
  });

  it('records the mission’s answer and tells the candidate and the force that released them, once', async () => {
    await setClock('2026-12-20T10:00:00Z');
    const before = (await mailboxOf(stack.url)).length;
    const body = { version: await versionOf('grace'), outcome: 'selected', answeredOn: '2026-12-19', note: 'Panel ranked her first of nine.' };
    const answered = await hr('POST', path('grace', '/answer'), body);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ outcome: 'applied', told: { candidate: 'sent', force: 'sent' }, row: { nomination: { answer: { outcome: 'selected', on: '2026-12-19' } } } });
    const mails = (await mailboxOf(stack.url)).slice(before);
    const to = mails.flatMap((mail) => mail.to);
    expect(to.sort()).toEqual(['grace.okafor@met.police.example', 'releases@met.police.example']);
    expect(JSON.stringify(mails)).not.toContain('ranked her first');

    const again = await hr('POST', path('grace', '/answer'), body);
    expect(again.body).toMatchObject({ outcome: 'unchanged', told: { candidate: 'already-sent', force: 'already-sent' } });
    expect((await mailboxOf(stack.url)).length).toBe(before + mails.length);

    const changed = await hr('POST', path('grace', '/answer'), { ...body, outcome: 'not-selected' });
    expect(changed.status).toBe(409);
  });

  it('lets a reserve be selected later, and tells a retired officer alone (no force releases them)', async () => {
    await hr('POST', path('ruth', '/sent'), { version: await versionOf('ruth'), sentOn: '2026-12-15' });
    const reserve = await hr('POST', path('ruth', '/answer'), { version: await versionOf('ruth'), outcome: 'reserve', answeredOn: '2026-12-19' });
    expect(reserve.body).toMatchObject({ told: { candidate: 'sent' } });
    expect((reserve.body.told as Record<string, unknown>).force).toBeUndefined();
    const selected = await hr('POST', path('ruth', '/answer'), { version: await versionOf('ruth'), outcome: 'selected', answeredOn: '2026-12-20' });
    expect(selected.status).toBe(200);
    expect((selected.body.row as Row).nomination?.answer?.outcome).toBe('selected');
  });

  it('keeps every step in the application’s history, by whom', async () => {
    const history = await hr('GET', `/admin/applications/${idOf('grace')}/history`);
    const actions = (history.body as unknown as { items: Array<{ action: string; by: string }> }).items.filter((entry) => entry.by === hrOfficer.email).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['nominated', 'nomination-sent', 'mission-answered']));
  });

  it('is HR’s: a force approver cannot read the board or nominate', async () => {
    expect((await met('GET', `/admin/nominations/${CALL}`)).status).toBe(403);
    expect((await met('POST', path('grace'), { version: 1 })).status).toBe(403);
    expect((await hr('GET', '/admin/nominations/NOPE-1')).status).toBe(404);
  });
});
