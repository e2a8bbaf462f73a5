import { describe, expect, it } from 'vitest';
import type { RosterExpert } from '#shared/expert-roster/expert.js';
import { matchExperts, postPeriod, type MatchCall, type MatchReason } from '#shared/expert-roster/matching.js';

/**
 * Which experts of the roster a call could use, and why (issue 18, point 7): the call's field,
 * experience and languages as an application is judged, availability with 90 days of grace, and
 * vetting through the post's end.
 */
const NOW = new Date('2026-12-01T09:00:00Z');

const call = (overrides: Partial<MatchCall> = {}, mission: Partial<MatchCall['mission']> = {}): MatchCall => ({
  number: 'EUMM-26-03',
  title: 'Monitor',
  location: 'Tbilisi',
  timeZone: 'Asia/Tbilisi',
  deadline: '2026-12-20',
  status: 'open',
  durationMonths: 12,
  clearance: 'Basic',
  notice: {
    experience: { minimumYears: 5, items: [{ text: 'Five years in border management.', need: 'required' }] },
    languages: [
      { language: 'en', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
      { language: 'fr', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
      { language: 'ru', level: 'B1', need: 'asset', wording: 'Working Russian' },
    ],
    // A law-enforcement notice would refuse a civilian applicant; the roster matches by field instead.
    standing: { audience: 'This vacancy announcement pertains to law enforcement officials only.' },
  },
  mission: { mission: 'EUMM Georgia', organisation: 'EU', roleCategory: 'border-monitoring', rankSought: 'Monitor', missionDeadline: '2027-01-20', nominationsAllowed: 3, ...mission },
  ...overrides,
});

let next = 0;
const expert = (overrides: Partial<RosterExpert> = {}): RosterExpert => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    givenName: 'Nino',
    familyName: 'Beridze',
    email: `expert${next}@experts.example`,
    language: 'en',
    fields: ['border-monitoring'],
    languages: [{ language: 'en', level: 'C1' }],
    yearsOfExperience: 8,
    availableFrom: '2027-01-01',
    vettingExpiresOn: '2029-01-01',
    invitations: [],
    version: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
};

const only = (experts: RosterExpert[], theCall: MatchCall = call(), applied: string[] = []) => {
  const { matches } = matchExperts(theCall, experts, applied, NOW);
  expect(matches).toHaveLength(1);
  return matches[0] as NonNullable<(typeof matches)[number]>;
};
const reason = <K extends MatchReason['kind']>(reasons: readonly MatchReason[], kind: K, language?: string) =>
  reasons.find((one) => one.kind === kind && (language === undefined || (one.kind === 'language' && one.language === language))) as Extract<MatchReason, { kind: K }> | undefined;

describe('the post’s period', () => {
  it('runs from the mission’s deadline for the call’s months', () => {
    expect(postPeriod(call())).toEqual({ from: '2027-01-20', until: '2028-01-19' });
  });

  it('runs until the call’s end day when it gives one', () => {
    expect(postPeriod(call({ durationMonths: undefined, endsOn: '2027-09-30' }))).toEqual({ from: '2027-01-20', until: '2027-09-30' });
  });
});

describe('matching the roster to a call', () => {
  it('lists only experts one of whose fields is the call’s role category, the field met', () => {
    const { matches } = matchExperts(call(), [expert({ fields: ['human-rights', 'border-monitoring'] }), expert({ fields: ['rule-of-law'] })], [], NOW);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.reasons[0]).toEqual({ kind: 'field', verdict: 'met', field: 'border-monitoring' });
  });

  it('lists nobody for a police role category', () => {
    const police = call({}, { roleCategory: 'mentoring-and-advising' });
    expect(matchExperts(police, [expert(), expert({ fields: ['police-training'] })], [], NOW).matches).toEqual([]);
  });

  it('gives every reason of an expert who meets the call, and the call and period', () => {
    const nino = expert({ languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'B2' }] });
    const answer = matchExperts(call(), [nino], [], NOW);
    expect(answer.call).toEqual({ number: 'EUMM-26-03', title: 'Monitor', location: 'Tbilisi', timeZone: 'Asia/Tbilisi', deadline: '2026-12-20', status: 'open', mission: call().mission });
    expect(answer.period).toEqual({ from: '2027-01-20', until: '2028-01-19' });
    expect(answer.matches[0]).toEqual({
      expert: { id: nino.id, name: 'Nino Beridze', email: nino.email, fields: ['border-monitoring'], languages: nino.languages, availableFrom: '2027-01-01', vettingExpiresOn: '2029-01-01' },
      verdict: 'met',
      reasons: [
        { kind: 'field', verdict: 'met', field: 'border-monitoring' },
        { kind: 'experience', verdict: 'met', minimumYears: 5, years: 8 },
        { kind: 'language', verdict: 'met', language: 'en', need: 'required', level: 'B2', statedLevel: 'C1', oneOf: ['en', 'fr'] },
        { kind: 'language', verdict: 'unmet', language: 'fr', need: 'required', level: 'B2', oneOf: ['en', 'fr'] },
        { kind: 'language', verdict: 'met', language: 'ru', need: 'asset', level: 'B1', statedLevel: 'B2' },
        { kind: 'availability', verdict: 'met', from: '2027-01-01', needFrom: '2027-04-20', needUntil: '2028-01-19' },
        { kind: 'vetting', verdict: 'met', expiresOn: '2029-01-01', needUntil: '2028-01-19' },
      ],
      applied: false,
    });
  });

  it('is unmet for too little experience', () => {
    const match = only([expert({ yearsOfExperience: 4 })]);
    expect(reason(match.reasons, 'experience')).toEqual({ kind: 'experience', verdict: 'unmet', minimumYears: 5, years: 4 });
    expect(match.verdict).toBe('unmet');
  });

  it('takes one language of an alternative as enough, and the other’s level too low as unmet', () => {
    const french = only([expert({ languages: [{ language: 'fr', level: 'C2' }] })]);
    expect(reason(french.reasons, 'language', 'fr')?.verdict).toBe('met');
    expect(reason(french.reasons, 'language', 'en')).toMatchObject({ verdict: 'unmet', oneOf: ['en', 'fr'] });
    expect(french.verdict).toBe('met');
    const weak = only([expert({ languages: [{ language: 'en', level: 'B1' }] })]);
    expect(reason(weak.reasons, 'language', 'en')).toMatchObject({ verdict: 'unmet', statedLevel: 'B1', level: 'B2' });
    expect(weak.verdict).toBe('unmet');
  });

  it('never lets an asset decide', () => {
    const match = only([expert({ languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'A1' }] })]);
    expect(reason(match.reasons, 'language', 'ru')?.verdict).toBe('unmet');
    expect(match.verdict).toBe('met');
  });

  it('meets availability up to 90 days into the post, and not a day later', () => {
    const edge = only([expert({ availableFrom: '2027-04-20' })]);
    expect(reason(edge.reasons, 'availability')).toMatchObject({ verdict: 'met', from: '2027-04-20', needFrom: '2027-04-20' });
    const late = only([expert({ availableFrom: '2027-04-21' })]);
    expect(reason(late.reasons, 'availability')?.verdict).toBe('unmet');
    expect(late.verdict).toBe('unmet');
  });

  it('never stretches the grace past a short post’s last day', () => {
    // A month's post from the mission's deadline, 2027-01-20: its last day is before the 90 days' end.
    const short = call({ durationMonths: 1 });
    const lastDay = reason(only([expert()], short).reasons, 'availability');
    expect(lastDay).toMatchObject({ verdict: 'met' });
    const needFrom = (lastDay as { needFrom: string }).needFrom;
    expect(needFrom < '2027-04-20').toBe(true);
    expect(reason(only([expert({ availableFrom: needFrom })], short).reasons, 'availability')?.verdict).toBe('met');
    expect(reason(only([expert({ availableFrom: '2027-04-20' })], short).reasons, 'availability')?.verdict).toBe('unmet');
  });

  it('needs the expert available until the post’s last day; none given is open-ended', () => {
    expect(reason(only([expert({ availableUntil: '2028-01-19' })]).reasons, 'availability')).toMatchObject({ verdict: 'met', until: '2028-01-19' });
    expect(reason(only([expert({ availableUntil: '2028-01-18' })]).reasons, 'availability')?.verdict).toBe('unmet');
    expect(reason(only([expert()]).reasons, 'availability')).not.toHaveProperty('until');
  });

  it('judges vetting through the post’s end: none yet is unknown, one that lapses during the post unmet', () => {
    const none = only([expert({ vettingExpiresOn: undefined })]);
    expect(reason(none.reasons, 'vetting')).toEqual({ kind: 'vetting', verdict: 'unknown', needUntil: '2028-01-19' });
    expect(none.verdict).toBe('unknown');
    expect(reason(only([expert({ vettingExpiresOn: '2028-01-19' })]).reasons, 'vetting')?.verdict).toBe('met');
    const lapsing = only([expert({ vettingExpiresOn: '2028-01-18' })]);
    expect(reason(lapsing.reasons, 'vetting')?.verdict).toBe('unmet');
    expect(lapsing.verdict).toBe('unmet');
  });

  it('orders met, then unknown, then unmet, each by family then given name', () => {
    const experts = [
      expert({ givenName: 'Zurab', familyName: 'Abashidze', yearsOfExperience: 1 }),
      expert({ givenName: 'Tamar', familyName: 'Kapanadze', vettingExpiresOn: undefined }),
      expert({ givenName: 'Anna', familyName: 'Lomidze' }),
      expert({ givenName: 'Giorgi', familyName: 'Lomidze' }),
      expert({ givenName: 'Eka', familyName: 'Abashidze', vettingExpiresOn: undefined }),
      expert({ givenName: 'Levan', familyName: undefined }),
    ];
    const { matches } = matchExperts(call(), experts, [], NOW);
    expect(matches.map((match) => [match.expert.name, match.verdict])).toEqual([
      // A person with one name sorts by it: "Levan" before "Lomidze, Anna".
      ['Levan', 'met'],
      ['Anna Lomidze', 'met'],
      ['Giorgi Lomidze', 'met'],
      ['Eka Abashidze', 'unknown'],
      ['Tamar Kapanadze', 'unknown'],
      ['Zurab Abashidze', 'unmet'],
    ]);
  });

  it('says who applied (whatever the address’s case) and when each was invited to this call', () => {
    const invited = expert({ email: 'nino.beridze@experts.example', invitations: [{ vacancy: 'OSCE-26-01', at: '2026-10-01T09:00:00.000Z', by: 'hr@unit.example' }, { vacancy: 'EUMM-26-03', at: '2026-11-20T09:00:00.000Z', by: 'hr@unit.example' }] });
    const match = only([invited], call(), ['Nino.Beridze@Experts.example']);
    expect(match).toMatchObject({ applied: true, invitedAt: '2026-11-20T09:00:00.000Z' });
    expect(only([expert({ invitations: [{ vacancy: 'OSCE-26-01', at: '2026-10-01T09:00:00.000Z', by: 'hr@unit.example' }] })])).not.toHaveProperty('invitedAt');
  });

  it('says a call whose national deadline passed in the duty station is closed', () => {
    const after = matchExperts(call(), [], [], new Date('2026-12-20T20:00:00Z'));
    expect(after.call.status).toBe('closed');
  });
});
