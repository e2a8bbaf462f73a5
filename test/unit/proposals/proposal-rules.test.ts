import { describe, expect, it } from 'vitest';
import { problemText } from '#functions/http/problem-message.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { hasLapsed, lapsesAt } from '#shared/proposals/lapse.js';
import { judgeMove } from '#shared/proposals/moves.js';
import { proposalStates, type ProposalState } from '#shared/proposals/proposal.js';
import { proposalCreateSchema } from '#shared/proposals/schema.js';
import { nextProposalState, ProposalMoveRefused, type ProposalMove } from '#shared/proposals/state-machine.js';
import { fixedClock } from '#shared/time/clock.js';

/** Issue 15, point 7: the proposal's rules, each on a table of cases. */

const moves: ProposalMove[] = ['open', 'match', 'withdraw', 'decline', 'lapse', 'documents'];

/** What each state allows, and where each move leads: every other pair is refused. */
const allowed: Record<ProposalState, Partial<Record<ProposalMove, ProposalState>>> = {
  incomplete: { open: 'open', withdraw: 'withdrawn', lapse: 'lapsed', documents: 'incomplete' },
  open: { match: 'matched', withdraw: 'withdrawn', decline: 'declined', lapse: 'lapsed', documents: 'open' },
  matched: {},
  withdrawn: {},
  declined: {},
  lapsed: {},
};

const cases = proposalStates.flatMap((state) => moves.map((move) => ({ state, move, to: allowed[state][move] })));

describe('the proposal’s state machine', () => {
  it.each(cases.filter((one) => one.to !== undefined))('moves $state by $move to $to', ({ state, move, to }) => {
    expect(nextProposalState(state, move)).toBe(to);
  });

  it.each(cases.filter((one) => one.to === undefined))('refuses to $move a $state proposal, saying its state', ({ state, move }) => {
    const refusal = (() => {
      try {
        nextProposalState(state, move);
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(refusal).toBeInstanceOf(ProposalMoveRefused);
    expect((refusal as ProposalMoveRefused).kind).toBe('conflict');
    expect((refusal as ProposalMoveRefused).translation).toEqual({ key: 'problem.conflict.proposalState', values: { state } });
  });

  it('says the refusal in the NCB’s language (French), the English detail unchanged', () => {
    const refusal = new ProposalMoveRefused('declined', 'withdraw');
    const translation = { key: 'problem.conflict.proposalState', values: { state: 'declined' } } as const;

    expect(refusal.message).toBe('This proposal is declined: this is no longer possible.');
    expect(refusal.translation).toEqual(translation);
    expect(problemText(validationTranslatorFor('fr'), translation)).toBe('Cette proposition est déclinée : ce n’est plus possible.');
    expect(problemText(validationTranslatorFor('ar'), translation)).toContain('مرفوض');
  });
});

describe('the lapse, from the injected clock and the stage’s period', () => {
  const proposedAt = fixedClock('2026-12-07T09:15:30.250Z').now();
  const at = lapsesAt(proposedAt, 30);

  it('comes the open period after the proposal, to the millisecond', () => {
    expect(at.toISOString()).toBe('2027-01-06T09:15:30.250Z');
    expect(lapsesAt(proposedAt, 180).toISOString()).toBe('2027-06-05T09:15:30.250Z');
  });

  it.each([
    { state: 'open', now: new Date(at.getTime() - 1), lapsed: false },
    { state: 'open', now: at, lapsed: true },
    { state: 'incomplete', now: at, lapsed: true },
    { state: 'open', now: new Date(at.getTime() + 1), lapsed: true },
    { state: 'matched', now: new Date(at.getTime() + 1), lapsed: false },
    { state: 'withdrawn', now: at, lapsed: false },
  ] as const)('a $state proposal at $now has lapsed: $lapsed', ({ state, now, lapsed }) => {
    expect(hasLapsed({ state, lapsesAt: at.toISOString() }, now)).toBe(lapsed);
  });

  it('refuses a match at the exact instant of the lapse, before the job has closed the proposal; one millisecond before, it is allowed', () => {
    const proposal = { state: 'open' as const, lapsesAt: at.toISOString() };

    expect(judgeMove(proposal, 'match', new Date(at.getTime() - 1))).toBe('matched');
    expect(() => judgeMove(proposal, 'match', at)).toThrow(ProposalMoveRefused);
    expect(judgeMove(proposal, 'lapse', at)).toBe('lapsed');
  });
});

const body = {
  officer: {
    givenName: 'Claire',
    familyName: 'Martin',
    email: 'Claire.Martin@interieur.gouv.fr',
    nationality: 'FR',
    rank: 'Commissaire de police',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 14,
    education: 'master',
    languages: ['fr', 'en'],
    languageLevels: { fr: 'C2', en: 'C1' },
    preferredLanguage: 'fr',
  },
  offer: { areas: ['cybercrime', 'financialCrime'], availableFrom: '2027-03-01', durationMonths: 12 },
  screening: { clearance: 'Enhanced', screenedOn: '2026-10-01' },
};

const withDuration = (durationMonths: unknown) => ({ ...body, offer: { ...body.offer, durationMonths } });

describe('the proposal’s body (shared zod schema)', () => {
  it.each([
    { months: 5, ok: false },
    { months: 6, ok: true },
    { months: 36, ok: true },
    { months: 37, ok: false },
    { months: 12.5, ok: false },
  ])('a short-term secondment of $months months is accepted: $ok', ({ months, ok }) => {
    expect(proposalCreateSchema.safeParse(withDuration(months)).success).toBe(ok);
  });

  it('takes the application’s rules for the officer: the address lower-cased, a member country, a level only for a language named', () => {
    const parsed = proposalCreateSchema.parse(body);

    expect(parsed.officer.email).toBe('claire.martin@interieur.gouv.fr');
    expect(proposalCreateSchema.safeParse({ ...body, officer: { ...body.officer, nationality: 'XX' } }).success).toBe(false);
    expect(proposalCreateSchema.safeParse({ ...body, officer: { ...body.officer, languageLevels: { de: 'B2' } } }).success).toBe(false);
  });

  it.each([
    ['an unknown field', { ...body, extra: true }],
    ['an unknown area', { ...body, offer: { ...body.offer, areas: ['piracy'] } }],
    ['no area', { ...body, offer: { ...body.offer, areas: [] } }],
    ['an area twice', { ...body, offer: { ...body.offer, areas: ['forensics', 'forensics'] } }],
    ['a screening level HR does not know', { ...body, screening: { clearance: 'basic', screenedOn: '2026-10-01' } }],
    ['an availability that is no date', { ...body, offer: { ...body.offer, availableFrom: '2027-02-30' } }],
  ])('refuses %s', (_what, input) => {
    expect(proposalCreateSchema.safeParse(input).success).toBe(false);
  });
});
