import { aminaSubmission } from '../support/candidates.js';

/**
 * The requests of the concurrent-submission run (issue 7.3), built from a seed so a failure
 * replays the same way. Every email is one candidate: whatever the order the requests land in,
 * each email ends with one application per submission made with it (an Idempotency-Key, or a
 * keyless request) and, once confirmed, exactly one that counts, so the expected counts never
 * depend on timing.
 */

export type SubmitRole =
  /** A candidate's first request; one in ten sends no Idempotency-Key, as a client may. */
  | 'original'
  /** The same body under the same key: a retry, to be answered with the first answer. */
  | 'same-key'
  /** The same key with a changed body: refused 422, unless it lands first and the retries are refused instead. */
  | 'other-body'
  /** The same email (its case changed on every other one) under a fresh key or none: an application of its own, whose confirmation is refused (409) if the other's came first. */
  | 'same-email'
  /** A stranger using a victim's address with invented details (the squatting storm). */
  | 'stranger';

export interface PlannedSubmit {
  n: number;
  role: SubmitRole;
  body: ReturnType<typeof aminaSubmission>;
  key?: string;
  /** The candidate, by normalised email: the application this request is about. */
  email: string;
}

export interface SubmitPlan {
  /** In the order they are fired. */
  requests: PlannedSubmit[];
  /** One per application expected. */
  emails: string[];
}

/** mulberry32: a small seeded generator, so the plan is the same for the same seed. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

const nationalities = ['SN', 'FR', 'BR', 'KE', 'JP', 'CA'];

/**
 * `total` requests to one vacancy, of which `keyRepeats` repeat another's Idempotency-Key (one in
 * ten with a changed body) and `emailRepeats` another's email under another key. Half the repeats
 * are placed right beside their original, so they are in flight together; the rest anywhere.
 */
export const submissionPlan = ({ seed, total, keyRepeats, emailRepeats, vacancy }: { seed: number; total: number; keyRepeats: number; emailRepeats: number; vacancy: string }): SubmitPlan => {
  const random = seededRandom(seed);
  const originalCount = total - keyRepeats - emailRepeats;
  const originals: PlannedSubmit[] = Array.from({ length: originalCount }, (_, i) => {
    const email = `candidate.${i}@police.example`;
    return {
      n: i,
      role: 'original',
      email,
      body: aminaSubmission({ vacancy, email, givenName: `Candidate ${i}`, nationality: nationalities[i % nationalities.length], yearsOfExperience: 5 + (i % 20) }),
      ...(i % 10 === 9 ? {} : { key: `seed-${seed}-candidate-${i}` }),
    };
  });

  // Disjoint targets: an email group (original + same-email) and a key group (original + its retries) never mix.
  const order = shuffled(originals, random);
  const emailTargets = order.slice(0, emailRepeats);
  const keyPool = order.slice(emailRepeats).filter((original) => original.key !== undefined).slice(0, Math.ceil(keyRepeats / 2));
  if (emailTargets.length < emailRepeats || keyPool.length === 0) throw new Error('too few originals for the repeats asked');

  const repeats: Array<PlannedSubmit & { target: PlannedSubmit }> = [];
  for (let j = 0; j < keyRepeats; j += 1) {
    const target = keyPool[j < keyPool.length ? j : Math.floor(random() * keyPool.length)] as PlannedSubmit;
    const otherBody = j % 10 === 0;
    repeats.push({
      n: originalCount + repeats.length,
      role: otherBody ? 'other-body' : 'same-key',
      email: target.email,
      body: otherBody ? { ...target.body, currentTitle: 'Inspecteur principal' } : target.body,
      ...(target.key ? { key: target.key } : {}),
      target,
    });
  }
  for (const [j, target] of emailTargets.entries()) {
    const [local, domain] = target.email.split('@') as [string, string];
    repeats.push({
      n: originalCount + repeats.length,
      role: 'same-email',
      email: target.email,
      body: aminaSubmission({ vacancy, email: j % 2 === 0 ? target.email : `${local[0]?.toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`, givenName: `Someone ${j}` }),
      ...(j % 3 === 2 ? {} : { key: `seed-${seed}-someone-${j}` }),
      target,
    });
  }

  // Positions: originals at 0, 1, 2, ...; a repeat beside its original (just before or after) or anywhere.
  const position = new Map(order.map((original, index) => [original, index]));
  const placed = [
    ...order.map((original, index) => ({ at: index, request: original as PlannedSubmit })),
    ...repeats.map(({ target, ...request }) => ({
      at: random() < 0.5 ? (position.get(target) ?? 0) + (random() * 4 - 1.5) : random() * order.length,
      request,
    })),
  ];
  placed.sort((a, b) => a.at - b.at);
  return { requests: placed.map((entry) => entry.request), emails: originals.map((original) => original.email) };
};

/**
 * The squatting storm (issue 12, point 6): `strangers` submissions with one victim's address and
 * invented details, half under a key and half without, with the victim's own submission among
 * them at a random place; a third of the strangers withdraw what they submitted.
 */
export const squattingPlan = ({ seed, strangers, vacancy, victim }: { seed: number; strangers: number; vacancy: string; victim: string }) => {
  const random = seededRandom(seed);
  const requests: PlannedSubmit[] = Array.from({ length: strangers }, (_, i) => ({
    n: i,
    role: 'stranger' as const,
    email: victim,
    body: aminaSubmission({ vacancy, email: i % 2 === 0 ? victim : victim.toUpperCase(), givenName: `Stranger ${i}`, familyName: 'Visit evil.example', currentTitle: `Squatter ${i}` }),
    ...(i % 2 === 0 ? { key: `seed-${seed}-stranger-${i}` } : {}),
  }));
  const own: PlannedSubmit = { n: strangers, role: 'original', email: victim, body: aminaSubmission({ vacancy, email: victim }), key: `seed-${seed}-victim` };
  requests.splice(Math.floor(random() * (requests.length + 1)), 0, own);
  return { requests, own, withdrawing: (request: PlannedSubmit) => request.role === 'stranger' && request.n % 3 === 0 };
};
