/**
 * Bench sizes: the full ones by default; BENCH_QUICK=1 picks small ones for a smoke run (minutes,
 * not the figures to quote). A bench's own variable (BENCH_DURATION, BENCH_JOB_SIZES, ...) wins over both.
 */
export const quick = process.env.BENCH_QUICK === '1';

export const knob = (name: string, full: string, smoke: string): string => process.env[name] ?? (quick ? smoke : full);

export const numberKnob = (name: string, full: number, smoke: number): number => {
  const value = Number(knob(name, String(full), String(smoke)));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${process.env[name]}".`);
  return value;
};

export const listKnob = (name: string, full: number[], smoke: number[]): number[] => {
  const values = knob(name, full.join(','), smoke.join(',')).split(',').map(Number);
  if (values.some((value) => !Number.isInteger(value) || value <= 0)) throw new Error(`${name} must be positive whole numbers separated by commas, not "${process.env[name]}".`);
  return values;
};
