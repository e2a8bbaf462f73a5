import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailItem } from '#infra/local/mailbox.js';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { aminaSubmission } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { circularWorld } from '../circulars/circular-world.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, staffClient, storeOf } from '../../support/staff.js';

/**
 * Issue 15, point 7, on the local stack: an NCB proposes one of its officers for a short-term
 * secondment, sends both documents through presigned POSTs, and HR matches the proposal to a
 * short-term vacancy (existing, or created in the match), which makes it an application like any
 * other; HR declines one (the NCB is told, in French); the job lapses one nobody took, once.
 * Every answer is checked against the OpenAPI document.
 */
const clock = settableClock('2026-11-22T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let france: Client;
let senegal: Client;

const officer = (givenName: string, overrides: Record<string, unknown> = {}) => ({
  givenName,
  familyName: 'Martin',
  email: `${givenName.toLowerCase()}.martin@interieur.gouv.fr`,
  nationality: 'FR',
  rank: 'Commissaire de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: 14,
  education: 'master',
  languages: ['fr', 'en'],
  languageLevels: { fr: 'C2', en: 'C1' },
  preferredLanguage: 'fr',
  ...overrides,
});
const proposalBody = (givenName: string, overrides: Record<string, unknown> = {}) => ({
  officer: officer(givenName, overrides),
  offer: { areas: ['cybercrime', 'financialCrime'], availableFrom: '2027-03-01', durationMonths: 12, note: 'Disponible dès mars.' },
  screening: { clearance: 'Enhanced', screenedOn: '2026-10-01' },
});
const shortTermVacancy = (number: string, overrides: Record<string, unknown> = {}) => ({
  number,
  title: 'Cybercrime Analyst',
  unit: 'Cybercrime Directorate',
  reportingTo: 'Head of Cybercrime Operations',
  location: 'Singapore',
  timeZone: 'Asia/Singapore',
  grade: '5',
  durationMonths: 12,
  posts: 2,
  maxValidatedPerCountry: 1,
  clearance: 'Basic',
  secondmentType: 'short-term',
  publishedAt: '2026-11-22',
  deadline: '2026-12-31',
  status: 'open',
  ...overrides,
});

type Proposal = { id: string; state: string; lapsesAt: string; version: number; documents: Record<string, unknown>; match?: Record<string, unknown> };
const proposalOf = (answer: { body: Record<string, unknown> }) => answer.body.proposal as Proposal;

const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'document.pdf');
  return (await fetch(url, { method: 'POST', body: form })).status;
};

/** The NCB sends one document as the browser does: an offer, the POST to S3, complete. */
const sendDocument = async (client: Client, id: string, kind: 'cv' | 'confirmationLetter') => {
  const offer = await client('POST', `/admin/proposals/${id}/documents/${kind}`, { contentType: PDF });
  expect(offer.status).toBe(201);
  expect(await upload(offer.body as unknown as UploadOffer, pdfBytes(`${kind} of ${id}`))).toBe(204);
  return client('POST', `/admin/proposals/${id}/documents/${kind}/complete`, { key: (offer.body as unknown as UploadOffer).fields.key });
};

/** A proposal of France's NCB with both documents in: open. */
const openProposal = async (givenName: string, overrides: Record<string, unknown> = {}): Promise<Proposal> => {
  const created = await france('POST', '/admin/proposals', proposalBody(givenName, overrides));
  expect(created.status).toBe(201);
  const { id } = proposalOf(created);
  await sendDocument(france, id, 'cv');
  const opened = await sendDocument(france, id, 'confirmationLetter');
  expect(proposalOf(opened).state).toBe('open');
  return proposalOf(opened);
};

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};
const runExpiry = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/proposal-expiry?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, number> }).summary;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  hr = documented(await staffClient(stack, hrOfficer));
  france = documented(await staffClient(stack, ncbFrance));
  senegal = documented(await staffClient(stack, ncbSenegal));
  const created = await hr('POST', '/admin/vacancies', shortTermVacancy('7001'));
  expect(created.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('an NCB proposes, sends both documents, and HR matches the proposal to an existing short-term vacancy', () => {
  let proposal: Proposal;

  it('proposes once, whatever the retries with the same Idempotency-Key, lapsing after the local stage’s 30 days', async () => {
    const key = { 'Idempotency-Key': 'proposal-claire-0001-abcdef' };

    const first = await france('POST', '/admin/proposals', proposalBody('Claire'), key);
    const retry = await france('POST', '/admin/proposals', proposalBody('Claire'), key);
    const other = await france('POST', '/admin/proposals', proposalBody('Claire', { rank: 'Commandant' }), key);

    expect(first.status).toBe(201);
    proposal = proposalOf(first);
    expect(proposal).toMatchObject({ state: 'incomplete', country: 'FR', proposedBy: ncbFrance.email, lapsesAt: '2026-12-22T09:00:00.000Z', documents: {} });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(proposalOf(retry).id).toBe(proposal.id);
    expect(other.status).toBe(422);
    const listed = await france('GET', '/admin/proposals');
    expect((listed.body.proposals as Proposal[]).filter((one) => one.id === proposal.id)).toHaveLength(1);
  });

  it('hides it from another country’s NCB, which can neither see nor touch it (404)', async () => {
    const seen = await senegal('GET', `/admin/proposals/${proposal.id}`);
    const listed = await senegal('GET', '/admin/proposals');
    const offer = await senegal('POST', `/admin/proposals/${proposal.id}/documents/cv`, { contentType: PDF });
    const withdrawn = await senegal('POST', `/admin/proposals/${proposal.id}/withdraw`, { reason: 'Not ours.' });

    expect(seen.status).toBe(404);
    expect((listed.body.proposals as Proposal[]).map((one) => one.id)).not.toContain(proposal.id);
    expect(offer.status).toBe(404);
    expect(withdrawn.status).toBe(404);
  });

  it('opens it to HR once both documents are in, and HR cannot match it before', async () => {
    const early = await hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancyNumber: '7001' });
    const cv = await sendDocument(france, proposal.id, 'cv');
    const letter = await sendDocument(france, proposal.id, 'confirmationLetter');

    expect(early.status).toBe(409);
    expect(proposalOf(cv).state).toBe('incomplete');
    expect(proposalOf(letter)).toMatchObject({ state: 'open', documents: { cv: { contentType: PDF }, confirmationLetter: { contentType: PDF } } });
    const open = await hr('GET', '/admin/proposals?state=open');
    expect((open.body.proposals as Proposal[]).map((one) => one.id)).toContain(proposal.id);
    const history = await hr('GET', `/admin/proposals/${proposal.id}`);
    expect((history.body.history as Array<{ action: string }>).map((entry) => entry.action)).toEqual(['proposed', 'document-received', 'opened']);
  });

  it('matches it once: the application has the proposal’s id, and a retry or a second match makes no second one', async () => {
    const key = { 'Idempotency-Key': 'match-claire-0001-abcdefgh' };

    let matched: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (matched = await hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancyNumber: '7001' }, key)));
    const retry = await hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancyNumber: '7001' }, key);
    const again = await hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancyNumber: '7001' });

    expect(matched?.status).toBe(201);
    expect(matched?.body.application).toEqual({ id: proposal.id, vacancyNumber: '7001' });
    expect(matched && proposalOf(matched)).toMatchObject({ state: 'matched', match: { vacancyNumber: '7001', applicationId: proposal.id, matchedBy: hrOfficer.email } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
    // The officer is told, once, in their language, with their status link.
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual(['claire.martin@interieur.gouv.fr']);
    expect(sent[0]?.subject).toBe('Détachement de courte durée : votre candidature au poste 7001, Cybercrime Analyst');
    const token = new RegExp(`/status#id=${proposal.id}&token=([A-Za-z0-9_-]{20,})`).exec(sent[0]?.text ?? '')?.[1];
    expect(token).toBeDefined();
    // The link opens the officer's status page as a receipt's does.
    const status = await fetch(`${stack.url}/applications/${proposal.id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'submitted', missing: [] });
    // The match wrote the record of the statuses it held, as the form's create does (shared/applications/status-record.ts).
    const store = storeOf(stack);
    try {
      expect(await store.applications.get(proposal.id)).toMatchObject({ status: 'submitted', statusesHeld: ['submitted'] });
    } finally {
      store.close();
    }
  });

  it('puts the application in HR’s grid and in the NCB’s list, validated with its screening, complete, as any application', async () => {
    const grid = await hr('GET', '/admin/applications?vacancy=7001');
    const ncb = await france('GET', '/admin/applications');

    const rows = (grid.body.items as Array<Record<string, unknown>>).filter((row) => row.id === proposal.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      vacancy: '7001',
      status: 'submitted',
      givenName: 'Claire',
      nationality: 'FR',
      complete: true,
      missing: [],
      ncbValidation: { decision: 'validated', clearance: 'Enhanced', screenedOn: '2026-10-01' },
    });
    expect((ncb.body.items as Array<{ id: string }>).map((row) => row.id)).toContain(proposal.id);
    const history = await hr('GET', `/admin/applications/${proposal.id}/history`);
    expect(history.status).toBe(200);
  });
});

describe('the nomination limit, and a vacancy created from the proposal', () => {
  it('refuses a second French officer on 7001 (one per country, 409 naming the one that counts), and takes them on a new short-term vacancy', async () => {
    const second = await openProposal('Julie');

    const refused = await hr('POST', `/admin/proposals/${second.id}/match`, { vacancyNumber: '7001' });
    const draft = await hr('POST', `/admin/proposals/${second.id}/match`, { vacancy: shortTermVacancy('7002', { status: 'draft' }) });
    const created = await hr('POST', `/admin/proposals/${second.id}/match`, { vacancy: shortTermVacancy('7002') });

    expect(refused.status).toBe(409);
    expect(String(refused.body.detail)).toContain('Claire Martin');
    expect(draft.status).toBe(409);
    expect(created.status).toBe(201);
    expect(created.body.application).toEqual({ id: second.id, vacancyNumber: '7002' });
    const vacancy = await hr('GET', '/admin/vacancies/7002');
    expect(vacancy.body).toMatchObject({ number: '7002', secondmentType: 'short-term', status: 'open' });
    const grid = await hr('GET', '/admin/applications?vacancy=7002');
    expect((grid.body.items as Array<{ id: string }>).map((row) => row.id)).toEqual([second.id]);
  });
});

describe('a vacancy created from a proposal is not advertised', () => {
  /**
   * The circular job's run over the stack's table and SES, its pacing on a clock of its own (circular-world.ts), to
   * France's NCB only: each vacancy's circular is one email, not 196 (the demo's vacancies are open too).
   */
  const runCircular = async (now: string) => {
    const world = circularWorld(stack);
    try {
      return (await world.run(now, { countries: ['FR'] })).summary;
    } finally {
      world.close();
    }
  };
  /** A circular's email is the one with the vacancy's acknowledgement link. */
  const circularsOf = async (number: string) => (await mailbox()).filter((mail) => mail.text.includes(`/vacancies/${number}/circular-acknowledgement`));
  const publicNumbers = async () => {
    const answer = await fetch(`${stack.url}/vacancies`);
    return ((await answer.json()) as { items: Array<{ number: string }> }).items.map((vacancy) => vacancy.number);
  };

  it('keeps it off the public list and page and out of the circular, takes a second proposal on it, and advertises it once HR says so', async () => {
    // Arrange: a vacancy made in a match, for two officers of one country.
    const first = await openProposal('Lucie');
    const matched = await hr('POST', `/admin/proposals/${first.id}/match`, { vacancy: shortTermVacancy('7005', { maxValidatedPerCountry: 2 }) });
    expect(matched.status).toBe(201);

    // Act, Assert: not advertised, as HR sees it, and nowhere for the public (7001, stored without the field, is).
    const staff = await hr('GET', '/admin/vacancies/7005');
    expect(staff.body).toMatchObject({ number: '7005', status: 'open', advertised: false });
    expect(await publicNumbers()).toContain('7001');
    expect(await publicNumbers()).not.toContain('7005');
    expect((await fetch(`${stack.url}/vacancies/7005`)).status).toBe(404);
    // Nor can a candidate who knows its number apply to it, as to a draft.
    const direct = await fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(aminaSubmission({ vacancy: '7005' })) });
    expect(direct.status).toBe(404);
    const history = await hr('GET', '/admin/vacancies/7005/history');
    const created = (history.body.items as Array<{ action: string; changes: Record<string, unknown> }>)[0];
    expect(created?.action).toBe('created');
    expect(created?.changes).toMatchObject({ advertised: { from: null, to: false }, proposal: { from: null, to: first.id } });

    const run = await runCircular('2026-11-22T10:00:00Z');
    expect(run.failed).toBe(0);
    expect(await circularsOf('7005')).toEqual([]);
    expect(await circularsOf('7001')).toHaveLength(1);

    const second = await openProposal('Anne');
    const again = await hr('POST', `/admin/proposals/${second.id}/match`, { vacancyNumber: '7005' });
    expect(again.status).toBe(201);
    expect(again.body.application).toEqual({ id: second.id, vacancyNumber: '7005' });

    // HR advertises it through the vacancy form; an edit without the field would have kept it as it was.
    const { version, number: _number, ...fields } = (await hr('GET', '/admin/vacancies/7005')).body as Record<string, unknown>;
    const kept = await hr('PUT', '/admin/vacancies/7005', { ...fields, version, advertised: undefined, title: 'Cybercrime Analyst (Asia)' });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ advertised: false });
    const advertised = await hr('PUT', '/admin/vacancies/7005', { ...fields, version: (kept.body as { version: number }).version, title: 'Cybercrime Analyst (Asia)', advertised: true });
    expect(advertised.status).toBe(200);
    expect(await publicNumbers()).toContain('7005');
    expect((await fetch(`${stack.url}/vacancies/7005`)).status).toBe(200);
    const after = await runCircular('2026-11-22T11:00:00Z');
    expect(after).toMatchObject({ editions: 1, sent: 1, failed: 0 });
    expect((await circularsOf('7005')).map((mail) => mail.to)).toEqual([[expect.stringMatching(/@/)]]);
  }, 120_000);
});

describe('a decline, and a withdrawal', () => {
  it('tells France’s NCB in French, with HR’s reason, once; the proposal then takes no move', async () => {
    const proposal = await openProposal('Marc');

    let declined: Awaited<ReturnType<Client>> | undefined;
    const sent = await sentDuring(async () => (declined = await hr('POST', `/admin/proposals/${proposal.id}/decline`, { reason: 'Aucun besoin opérationnel en cybercriminalité pour le moment.' })));
    const again = await hr('POST', `/admin/proposals/${proposal.id}/decline`, { reason: 'Encore.' });
    const withdrawn = await france('POST', `/admin/proposals/${proposal.id}/withdraw`, { reason: 'Trop tard.' });
    const later = await sentDuring(() => runExpiry('2026-11-23T05:30:00.000Z'));

    expect(declined?.status).toBe(200);
    expect(declined && proposalOf(declined)).toMatchObject({ state: 'declined', closed: { by: hrOfficer.email } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual(['ncb.fr@ncb.secondment-hub.local']);
    expect(sent[0]?.subject).toBe('Proposition de détachement de courte durée déclinée : Marc Martin');
    expect(sent[0]?.text).toContain('Bureau central national – France (FR)');
    expect(sent[0]?.text).toContain('Motif indiqué : Aucun besoin opérationnel en cybercriminalité pour le moment.');
    expect(again.status).toBe(409);
    expect(withdrawn.status).toBe(409);
    expect(String(withdrawn.body.detail)).toBe('This proposal is declined: this is no longer possible.');
    expect(later.filter((mail) => mail.subject.includes('Marc Martin'))).toEqual([]);
  });

  it('lets the NCB withdraw an incomplete proposal of its own', async () => {
    const created = await france('POST', '/admin/proposals', proposalBody('Luc'));

    const withdrawn = await france('POST', `/admin/proposals/${proposalOf(created).id}/withdraw`, { reason: 'L’agent n’est plus disponible.' });

    expect(withdrawn.status).toBe(200);
    expect(proposalOf(withdrawn)).toMatchObject({ state: 'withdrawn', closed: { by: ncbFrance.email, reason: 'L’agent n’est plus disponible.' } });
  });
});

describe('the proposal-expiry job', () => {
  it('lapses a proposal nobody took at its lapsesAt, tells its NCB once, and does nothing more when run again', async () => {
    const created = await france('POST', '/admin/proposals', proposalBody('Paul'));
    const { id, lapsesAt } = proposalOf(created);
    const justBefore = new Date(Date.parse(lapsesAt) - 1).toISOString();

    const before = await runExpiry(justBefore);
    let first: Record<string, number> = {};
    const sent = await sentDuring(async () => (first = await runExpiry(lapsesAt)));
    let second: Record<string, number> = {};
    const resent = await sentDuring(async () => (second = await runExpiry(lapsesAt)));

    expect(before.lapsed).toBe(0);
    expect(first).toMatchObject({ lapsed: 1, sent: 1, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('Proposition de détachement de courte durée close : Paul Martin');
    expect(sent[0]?.text).toContain('dans un délai de 30 jours');
    expect(second).toMatchObject({ lapsed: 0, sent: 0 });
    expect(resent).toEqual([]);
    const lapsed = await france('GET', `/admin/proposals/${id}`);
    expect(proposalOf(lapsed)).toMatchObject({ state: 'lapsed', closed: { by: 'system', at: lapsesAt } });
  });
});

describe('an email a move owes, through an SES outage (the emulator taken down)', () => {
  it('declines all the same, keeps the NCB’s email owed, and the next runs send it once SES is back', async () => {
    const proposal = await openProposal('Anne');

    await stack.emulators.ses.stop();
    let declined: Awaited<ReturnType<Client>> | undefined;
    let whileDown: Response | undefined;
    try {
      declined = await hr('POST', `/admin/proposals/${proposal.id}/decline`, { reason: 'Pas de besoin.' });
      whileDown = await fetch(`${stack.url}/_local/jobs/proposal-expiry?now=2026-11-23T05:30:00.000Z`, { method: 'POST' });
    } finally {
      await stack.emulators.ses.start();
    }
    let first: Record<string, number> = {};
    const sent = await sentDuring(async () => (first = await runExpiry('2026-11-23T05:35:00.000Z')));
    const resent = await sentDuring(() => runExpiry('2026-11-23T05:40:00.000Z'));

    expect(declined?.status).toBe(200);
    // The run that could not send fails, so that Lambda retries it (a dependency away: 503).
    expect(whileDown?.status).toBe(503);
    expect(first).toMatchObject({ sent: 1, failed: 0 });
    expect(sent.map((mail) => mail.subject)).toEqual(['Proposition de détachement de courte durée déclinée : Anne Martin']);
    expect(resent).toEqual([]);
  }, 120_000);
});

describe('two HR officers matching one proposal at once', () => {
  it('makes one application: one match is 201, the other 409', async () => {
    const proposal = await openProposal('Hugo');

    const answers = await Promise.all([
      hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancy: shortTermVacancy('7003') }),
      hr('POST', `/admin/proposals/${proposal.id}/match`, { vacancy: shortTermVacancy('7004') }),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const [won] = answers.filter((answer) => answer.status === 201);
    const number = (won?.body.application as { vacancyNumber: string }).vacancyNumber;
    const lost = number === '7003' ? '7004' : '7003';
    expect((await hr('GET', `/admin/applications?vacancy=${number}`)).body.items).toHaveLength(1);
    // The loser wrote nothing: not even its vacancy.
    expect((await hr('GET', `/admin/vacancies/${lost}`)).status).toBe(404);
  }, 120_000);
});
