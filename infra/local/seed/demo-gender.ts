import type { Gender } from '#shared/applications/gender.js';

/** The demo's own mulberry32 stream for the question, so every other answer of a candidate stays as it was. */
const draw = (seed: number) => {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** About a third of the demo candidates answer the optional gender question; most prefer not to say. */
export const ANSWER_RATE = 0.35;

/**
 * How the demo candidate number `i` answered the optional gender question (shared/applications/gender.ts),
 * or undefined when they did not: the same on every machine, so the reports page has counts to show locally.
 */
export const demoGender = (i: number): Gender | undefined => {
  if (draw(77_003 + i * 2) >= ANSWER_RATE) return undefined;
  const roll = draw(77_004 + i * 2);
  return roll < 0.47 ? 'woman' : roll < 0.96 ? 'man' : 'another';
};
