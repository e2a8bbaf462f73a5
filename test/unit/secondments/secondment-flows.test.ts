import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { Conflict, DocumentRejected, Forbidden, ForbiddenTransition, NotFound, SecondmentRulesBroken, ValidationFailed } from '#shared/errors.js';
import type { Offer } from '#shared/offers/offer.js';
import { recordEnd } from '#shared/secondments/end.js';
import { askExtension, decideExtension, withdrawExtension } from '#shared/secondments/extension-steps.js';
import { confirmExtension } from '#shared/secondments/extension-letter.js';
import { makeSecondment } from '#shared/secondments/make.js';
import { lastDayOf } from '#shared/secondments/months.js';
import { ExtensionBeyondLimit } from '#shared/secondments/problems.js';
import { extensionDecisionSchema } from '#shared/secondments/schema.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import { ApplicationAlreadySeconded, StaleSecondment, type SecondmentAuditEntry, type SecondmentStore } from '#shared/secondments/store.js';
import { secondmentView } from '#shared/secondments/view.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

/*
 * Issue 17, points 1 and 2, as rules: the secondment an accepted offer becomes, and each step of
 * an extension, over a store kept in memory that behaves as the table's (versions, the guard).
 * The same cases run on the emulators in test/integration/secondments/.
 */

const hr: StaffPrincipal = { subject: 'hr', email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
const ncbSenegal: StaffPrincipal = { subject: 'sn', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
const ncbFrance: StaffPrincipal = { subject: 'fr', email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR' };

/** A store as the table keeps one: the guard per application, writes at the version read. */
const memoryStore = () => {
  const items = new Map<string, Secondment>();
  const guards = new Map<string, string>();
  const audits: SecondmentAuditEntry[] = [];
  const store: SecondmentStore = {
    get: async (id) => structuredClone(items.get(id)),
    ofApplication: async (applicationId) => structuredClone(items.get(guards.get(applicationId) ?? '')),
    history: async () => audits,
    listNotEnded: async () => [...items.values()].filter((one) => !one.ended),
    listEndingFrom: async (from) => [...items.values()].filter((one) => one.ended !== undefined && one.ended.lastDay >= from),
    listByCountry: async (country) => [...items.values()].filter((one) => one.homeAdministrationCountry === country),
    create: async (secondment, audit) => {
      const holder = guards.get(secondment.applicationId);
      if (holder) throw new ApplicationAlreadySeconded(holder);
      guards.set(secondment.applicationId, secondment.id);
      items.set(secondment.id, structuredClone(secondment));
      audits.push(audit);
    },
    update: async (next, expectedVersion, audit) => {
      if (items.get(next.id)?.version !== expectedVersion) throw new StaleSecondment();
      items.set(next.id, structuredClone(next));
      audits.push(audit);
    },
  };
  return { store, items, audits };
};

const acceptedOffer: Offer = {
  madeAt: '2026-12-01T09:00:00.000Z',
  madeBy: hr.email,
  answerBy: '2026-12-15',
  startsOn: '2027-03-01',
  months: 36,
  homeConfirmation: { by: '2027-01-31', terms: ['release-for-period'], confirmedAt: '2026-12-20T09:00:00.000Z', confirmedBy: ncbSenegal.email },
  answer: { decision: 'accepted', at: '2026-12-05T09:00:00.000Z' },
};

const appointed = (overrides: Partial<Application> = {}): Application =>
  aminaApplication({ status: 'appointed', offer: acceptedOffer, homeAdministrationCountry: 'SN', language: 'fr', ...overrides });

const world = (application: Application, vacancy: Vacancy = openVacancy()) => {
  const memory = memoryStore();
  let ids = 0;
  const deps = {
    secondments: memory.store,
    applications: { get: async (id: string) => (id === application.id ? application : undefined) },
    vacancies: { get: async (number: string) => (number === vacancy.number ? vacancy : undefined) },
    newSecondmentId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
  };
  return { ...memory, deps };
};

const now = new Date('2027-06-01T08:00:00Z');

/** A secondment stored as made, with the run given. */
const seconded = async (type: 'regular' | 'short-term', firstDay: string, months: number) => {
  const application = appointed({ offer: undefined });
  const { deps, store, items, audits } = world(application, openVacancy({ secondmentType: type }));
  // An application appointed before offers: HR gives the dates (within the initial limits), then the last day is set as the case needs.
  const { secondment } = await makeSecondment(deps, hr, { applicationId: application.id, firstDay, months: Math.min(months, 36) }, now);
  const stored = { ...secondment, lastDay: lastDayOf(firstDay, months) };
  items.set(stored.id, stored);
  let extensionIds = 0;
  return { secondment: stored, store, items, audits, newExtensionId: () => `e0000000-0000-4000-8000-${String((extensionIds += 1)).padStart(12, '0')}` };
};

describe('an accepted offer becomes a secondment (issue 17, point 1)', () => {
  it('takes the offer’s first day and months, the vacancy’s unit, station, zone, grade and type, and the allowance a regular one carries', async () => {
    const application = appointed({ documents: { confirmationLetter: { key: 'applications/a/confirmationLetter/x', contentType: 'application/pdf', size: 10, sha256: 'ab', receivedAt: '2026-11-25T10:00:00.000Z', suppliedBy: 'ncb' } } });
    const { deps, audits } = world(application);

    const { outcome, secondment } = await makeSecondment(deps, hr, { applicationId: application.id }, now);

    expect(outcome).toBe('created');
    expect(secondment).toMatchObject({
      applicationId: application.id,
      vacancy: '1701',
      officer: { givenName: 'Amina', familyName: 'Diallo', email: 'amina.diallo@police.example', language: 'fr' },
      nationality: 'SN',
      homeAdministration: 'Police nationale',
      homeAdministrationCountry: 'SN',
      unit: 'Counter-Terrorism Directorate',
      dutyStation: 'Lyon',
      timeZone: 'Europe/Paris',
      grade: '4',
      type: 'regular',
      firstDay: '2027-03-01',
      lastDay: '2030-02-28',
      expatriationAllowance: true,
      documents: { confirmationLetter: { key: 'applications/a/confirmationLetter/x', sha256: 'ab' } },
      extensions: [],
      version: 1,
      createdBy: hr.email,
    });
    expect(audits).toEqual([expect.objectContaining({ action: 'created', by: hr.email })]);
  });

  it('answers the same secondment to a second call, and to the loser of two at once', async () => {
    const application = appointed();
    const { deps, items } = world(application);

    const [first, second] = await Promise.all([makeSecondment(deps, hr, { applicationId: application.id }, now), makeSecondment(deps, hr, { applicationId: application.id }, now)]);
    const third = await makeSecondment(deps, hr, { applicationId: application.id }, now);

    expect(items.size).toBe(1);
    expect(new Set([first.secondment.id, second.secondment.id, third.secondment.id]).size).toBe(1);
    expect([first.outcome, second.outcome].sort()).toEqual(['created', 'existing']);
    expect(third.outcome).toBe('existing');
  });

  it('makes a short-term one without the allowance, unless HR says otherwise', async () => {
    const application = appointed({ offer: { ...acceptedOffer, months: 12 } });
    const shortTerm = openVacancy({ secondmentType: 'short-term' });

    expect((await makeSecondment(world(application, shortTerm).deps, hr, { applicationId: application.id }, now)).secondment.expatriationAllowance).toBe(false);
    expect((await makeSecondment(world(application, shortTerm).deps, hr, { applicationId: application.id, expatriationAllowance: true }, now)).secondment.expatriationAllowance).toBe(true);
  });

  it('refuses an application not appointed, an offer not accepted, and dates beside an offer', async () => {
    await expect(makeSecondment(world(appointed({ status: 'offered' })).deps, hr, { applicationId: aminaApplication().id }, now)).rejects.toThrow(ForbiddenTransition);
    const declined = appointed({ offer: { ...acceptedOffer, answer: { decision: 'declined', at: '2026-12-05T09:00:00.000Z' } } });
    await expect(makeSecondment(world(declined).deps, hr, { applicationId: declined.id }, now)).rejects.toThrow(ForbiddenTransition);
    await expect(makeSecondment(world(appointed()).deps, hr, { applicationId: aminaApplication().id, firstDay: '2027-04-01' }, now)).rejects.toThrow(ValidationFailed);
    await expect(makeSecondment(world(appointed()).deps, hr, { applicationId: '5b1f4c1e-0000-4000-8000-000000000999' }, now)).rejects.toThrow(NotFound);
  });

  it('makes one of an application appointed before offers existed from HR’s first day and months, judged against the initial limits', async () => {
    const old = appointed({ offer: undefined });

    await expect(makeSecondment(world(old).deps, hr, { applicationId: old.id }, now)).rejects.toThrow(ValidationFailed);
    await expect(makeSecondment(world(old).deps, hr, { applicationId: old.id, firstDay: '2027-01-01', months: 11 }, now)).rejects.toThrow(SecondmentRulesBroken);
    const { secondment } = await makeSecondment(world(old).deps, hr, { applicationId: old.id, firstDay: '2027-01-01', months: 24 }, now);
    expect([secondment.firstDay, secondment.lastDay]).toEqual(['2027-01-01', '2028-12-31']);
  });
});

describe('an extension, step by step (issue 17, point 2)', () => {
  it('is asked, confirmed by the NCB with the letter, approved by HR: the last day moves, each step audited', async () => {
    const { secondment, store, audits, newExtensionId } = await seconded('regular', '2027-01-01', 36);
    const objects = { head: async () => ({ size: 9, contentType: 'application/pdf', lastModified: now }), read: async () => new TextEncoder().encode('%PDF-1.7\n'), write: async () => undefined, remove: async () => undefined };

    const asked = await askExtension({ secondments: store, newExtensionId }, ncbSenegal, secondment.id, { months: 12, reason: 'Project runs on.', version: 1 }, now);
    expect(asked.extension).toMatchObject({ months: 12, fromLastDay: '2029-12-31', toLastDay: '2030-12-31', requestedBy: { as: 'ncb' }, state: 'awaiting-home-confirmation' });
    const key = `uploads/${secondment.id}/extension-${asked.extension.id}/6c1f2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f`;
    await expect(confirmExtension({ secondments: store, objects }, ncbSenegal, secondment.id, asked.extension.id, { key: 'uploads/other/x', version: 2 }, now)).rejects.toThrow(DocumentRejected);
    const confirmed = await confirmExtension({ secondments: store, objects }, ncbSenegal, secondment.id, asked.extension.id, { key, version: 2 }, now);
    expect(confirmed.extensions[0]).toMatchObject({ state: 'awaiting-approval', homeConfirmation: { by: ncbSenegal.email, letter: { key: `applications/${secondment.id}/extension-${asked.extension.id}/6c1f2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f` } } });
    const approved = await decideExtension({ secondments: store }, hr, secondment.id, asked.extension.id, { decision: 'approve', version: 3 }, now);

    expect(approved.lastDay).toBe('2030-12-31');
    expect(approved.extensions[0]?.state).toBe('approved');
    expect(secondmentView(approved, now)).toMatchObject({ state: 'extended', room: { limit: 72, taken: 48, left: 24 } });
    expect(audits.map((entry) => entry.action)).toEqual(['created', 'extension-asked', 'extension-home-confirmed', 'extension-approved']);
  });

  it.each([
    ['regular', 60, 13, 72, 12],
    ['regular', 72, 1, 72, 0],
    ['short-term', 30, 7, 36, 6],
    ['short-term', 36, 1, 36, 0],
  ] as const)('refuses a %s secondment of %i months %i more, saying the limit %i and the %i left', async (type, months, more, limit, left) => {
    const { secondment, store, newExtensionId } = await seconded(type, '2026-01-01', months);

    const refusal = await askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: more, reason: 'More time.', version: 1 }, new Date('2026-06-01T08:00:00Z')).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ExtensionBeyondLimit);
    expect((refusal as ExtensionBeyondLimit).room).toEqual({ limit, taken: months, left });
    expect((refusal as ExtensionBeyondLimit).translation).toEqual({ key: 'problem.secondmentRules.extensionLimit', values: { type, limit, taken: months, left, months: more } });
    expect((refusal as ExtensionBeyondLimit).message).toContain(`at most ${limit} months in all`);
  });

  it('takes exactly what is left at the limit', async () => {
    const { secondment, store, newExtensionId } = await seconded('regular', '2026-01-01', 60);

    const { extension } = await askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 12, reason: 'To the sixth year.', version: 1 }, new Date('2026-06-01T08:00:00Z'));

    expect(extension.toLastDay).toBe('2031-12-31');
  });

  it('refuses a second while one is under way, a stale version, an ended secondment', async () => {
    const { secondment, store, newExtensionId, items } = await seconded('regular', '2027-01-01', 24);
    await askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 12, reason: 'One.', version: 1 }, now);

    await expect(askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 6, reason: 'Two.', version: 2 }, now)).rejects.toMatchObject({ translation: { key: 'problem.conflict.extensionUnderWay' } });
    await expect(askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 6, reason: 'Two.', version: 1 }, now)).rejects.toMatchObject({ translation: { key: 'problem.conflict.secondmentChanged' } });
    items.set(secondment.id, { ...secondment, extensions: [], version: 5 });
    await expect(askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 6, reason: 'Late.', version: 5 }, new Date('2029-01-02T08:00:00Z'))).rejects.toMatchObject({
      translation: { key: 'problem.conflict.secondmentEnded' },
    });
  });

  it('keeps an NCB to its own country’s secondments: another’s is the 404 of an unknown id', async () => {
    const { secondment, store, newExtensionId } = await seconded('regular', '2027-01-01', 24);

    await expect(askExtension({ secondments: store, newExtensionId }, ncbFrance, secondment.id, { months: 6, reason: 'Ours?', version: 1 }, now)).rejects.toMatchObject({
      translation: { key: 'problem.notFound.secondment' },
    });
  });

  it('lets only the asker withdraw, and only while under way', async () => {
    const { secondment, store, newExtensionId } = await seconded('regular', '2027-01-01', 24);
    const { extension } = await askExtension({ secondments: store, newExtensionId }, ncbSenegal, secondment.id, { months: 6, reason: 'Asked.', version: 1 }, now);

    await expect(withdrawExtension({ secondments: store }, hr, secondment.id, extension.id, { reason: 'Not HR’s.', version: 2 }, now)).rejects.toThrow(Forbidden);
    const withdrawn = await withdrawExtension({ secondments: store }, ncbSenegal, secondment.id, extension.id, { reason: 'The administration changed its mind.', version: 2 }, now);
    expect(withdrawn.extensions[0]).toMatchObject({ state: 'withdrawn', withdrawal: { by: ncbSenegal.email, reason: 'The administration changed its mind.' } });
    await expect(withdrawExtension({ secondments: store }, ncbSenegal, secondment.id, extension.id, { reason: 'Again.', version: 3 }, now)).rejects.toMatchObject({
      translation: { key: 'problem.conflict.extensionNotAt', values: { state: 'withdrawn' } },
    });
  });

  it('lets HR approve only what the home administration confirmed, and refuse with a reason at either step', async () => {
    const { secondment, store, newExtensionId } = await seconded('regular', '2027-01-01', 24);
    const { extension } = await askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 6, reason: 'Asked.', version: 1 }, now);

    await expect(decideExtension({ secondments: store }, hr, secondment.id, extension.id, { decision: 'approve', version: 2 }, now)).rejects.toThrow(Conflict);
    expect(extensionDecisionSchema.safeParse({ decision: 'refuse', version: 2 }).success).toBe(false);
    const refused = await decideExtension({ secondments: store }, hr, secondment.id, extension.id, { decision: 'refuse', reason: 'Budget.', version: 2 }, now);
    expect(refused.extensions[0]).toMatchObject({ state: 'refused', decision: { by: hr.email, reason: 'Budget.' } });
    expect(refused.lastDay).toBe(secondment.lastDay);
  });
});

describe('the end of a secondment', () => {
  it('records an early end with its reason, not past the planned last day nor while an extension is under way', async () => {
    const { secondment, store, newExtensionId } = await seconded('regular', '2027-01-01', 24);

    await expect(recordEnd({ secondments: store }, hr, secondment.id, { lastDay: '2029-01-01', reason: 'Late.', version: 1 }, now)).rejects.toThrow(ValidationFailed);
    const { extension } = await askExtension({ secondments: store, newExtensionId }, hr, secondment.id, { months: 6, reason: 'Asked.', version: 1 }, now);
    await expect(recordEnd({ secondments: store }, hr, secondment.id, { lastDay: '2027-09-30', reason: 'Recalled.', version: 2 }, now)).rejects.toThrow(Conflict);
    await withdrawExtension({ secondments: store }, hr, secondment.id, extension.id, { reason: 'No.', version: 2 }, now);
    const ended = await recordEnd({ secondments: store }, hr, secondment.id, { lastDay: '2027-09-30', reason: 'Recalled by the home administration.', version: 3 }, now);

    expect(ended.ended).toMatchObject({ lastDay: '2027-09-30', early: true, reason: 'Recalled by the home administration.', by: hr.email });
    expect(secondmentView(ended, now).state).toBe('ending');
    expect(secondmentView(ended, new Date('2027-10-01T08:00:00Z')).state).toBe('ended');
    await expect(recordEnd({ secondments: store }, hr, secondment.id, { lastDay: '2027-09-30', reason: 'Twice.', version: 4 }, now)).rejects.toThrow(Conflict);
  });
});
