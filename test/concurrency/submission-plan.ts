import { aminaSubmission } from '../support/candidates.js';

/**
 * The requests of the concurrent-submission run (issue 7.3), built from a seed so a failure
 * replays the same way. Every email is one candidate: whatever the order the requests land in,
 * each email ends with exactly one application, so the expected counts never depend on timing.
 */

export type SubmitRole =
  /** A candidate's first request; one in ten sends no Idempotency-Key, as a client may. */
  | 'original'
  /** The same body under the same key: a retry, to be answered with the first answer. */
  | 'same-key'
  /** The same key with a changed body: refused 422, unless it lands first and the retries are refused instead. */
  | 'other-body'
  /** The same email (its case changed on every other one) under a fresh key or none: one of the two is 409. */
  | 'same-email';

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
